"""Events and webinars: funding information sessions, coordinators' meetings, research webinars.

Editors enter times in Finnish local time (TIME_ZONE); they are stored in UTC and shown to
readers, and written to calendar files, from there.
"""

import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import HeroMixin, Topic
from home.pagination import page_of
from home.routes import LocalisedRoutesMixin, route_pattern
from home.slugs import OwnLanguageSlugMixin
from home.visibility import public

from . import dates


class EventLanguage(models.TextChoices):
    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")
    PLAIN_FINNISH = "fi-plain", _("Plain Finnish (selkosuomi)")
    OTHER = "other", _("Other language")


class EventPageForm(WagtailAdminPageForm):
    """The languages are a list in one JSON column (portable to SQLite); editors tick boxes."""

    languages = forms.MultipleChoiceField(
        choices=EventLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("languages of the event"),
    )


def visible_events():
    """Every event a reader may see: live and public."""
    return public(EventPage.objects.live())


def upcoming(events, now=None):
    """Events that have not ended, soonest first; one that is running now is still upcoming."""
    return events.filter(end__gte=now or timezone.now()).order_by("start", "pk")


def past(events, now=None):
    return events.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


def for_listing(events):
    return events.select_related("locale").prefetch_related("topics")


class EventPage(OwnLanguageSlugMixin, RoutablePageMixin, HeroMixin, Page):
    """One event or webinar, online or in a place (or both), with its calendar file."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences for listings and calendars."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    start = models.DateTimeField(_("starts"), help_text=_("Finnish time."))
    end = models.DateTimeField(_("ends"), help_text=_("Finnish time."))
    online_url = models.URLField(
        _("online address"),
        blank=True,
        help_text=_("Where participants join an online event, for example a Teams link."),
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Registration on another site. Leave empty when registering here."),
    )
    registration_enabled = models.BooleanField(
        _("registration on this site"),
        default=False,
        help_text=_("Readers register on the event page; you see the registrations."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("How many can register. Shared by the event's language versions."),
    )
    waiting_list_enabled = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the places are taken, people join a waiting list."),
    )
    ask_dietary_needs = models.BooleanField(_("ask for dietary needs"), default=False)
    ask_accessibility_needs = models.BooleanField(_("ask for accessibility needs"), default=False)
    registration_questions = models.TextField(
        _("other questions"),
        blank=True,
        help_text=_("One question per line; answering them is optional."),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Finnish time. After it the page says registration has closed."),
    )
    cancelled = models.BooleanField(
        pgettext_lazy("event", "cancelled"),
        default=False,
        help_text=_("Readers see that the event is cancelled, and everyone registered is told."),
    )
    languages = models.JSONField(_("languages of the event"), default=list, blank=True)
    topics = ParentalManyToManyField(Topic, blank=True, related_name="+", verbose_name=_("topics"))

    base_form_class = EventPageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("cancelled")],
            heading=_("Date and time"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("online_url"),
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
            ],
            heading=_("Place"),
            help_text=_("Give an online address, a place, or both."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list_enabled")]),
                FieldPanel("registration_deadline"),
                FieldRowPanel(
                    [FieldPanel("ask_dietary_needs"), FieldPanel("ask_accessibility_needs")]
                ),
                FieldPanel("registration_questions"),
                FieldPanel("registration_url"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("languages"), FieldPanel("topics")],
            heading=_("Organiser, languages and topics"),
        ),
        *HeroMixin.panels,
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if not self.online_url and not (self.venue_name or self.city):
            errors["online_url"] = _("Give an online address, a place, or both.")
        if self.registration_enabled and not self.capacity:
            errors["capacity"] = _("Give the number of places for registration on this site.")
        if self.registration_enabled and self.registration_url:
            errors["registration_url"] = _(
                "Registration is on this site: leave the link to another site empty."
            )
        if errors:
            raise ValidationError(errors)

    # What readers see

    @property
    def sharing_image(self):
        return self.hero_image

    @property
    def index_page(self):
        return self.get_parent().specific

    @property
    def time_range(self):
        return dates.time_range(self.start, self.end)

    @property
    def registration_deadline_text(self):
        return dates.moment(self.registration_deadline) if self.registration_deadline else ""

    @property
    def has_ended(self):
        return self.end < timezone.now()

    @property
    def registration_closed(self):
        if self.has_ended or self.cancelled:
            return True
        return bool(self.registration_deadline and self.registration_deadline < timezone.now())

    @property
    def place(self):
        """The venue in one line: "Tieteiden talo, Kirkkokatu 6, 00170 Helsinki"."""
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.venue_name, self.street_address, town) if part)

    @property
    def place_or_online(self):
        """What a listing says about where: the city, "Online", or both."""
        town = self.city or self.venue_name
        if town and self.online_url:
            return _("%(place)s and online") % {"place": town}
        return town or (_("Online") if self.online_url else "")

    @property
    def announced_details(self):
        """What registrants are told again when it changes."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "place": self.place,
            "online_url": self.online_url,
            "cancelled": self.cancelled,
        }

    @property
    def public_online_url(self):
        """The online address readers may see: with registration on, only those who have a
        place get it, by email."""
        return "" if self.registration_enabled else self.online_url

    @property
    def location(self):
        """For public calendars: the place, else the public online address."""
        return self.place or self.public_online_url

    @property
    def language_names(self):
        labels = dict(EventLanguage.choices)
        return [str(labels[code]) for code in self.languages if code in labels]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.topics.all()
        if self.registration_enabled:
            from . import registrations
            from .forms import RegistrationForm

            context["registration_form"] = RegistrationForm(event=self)
            context["registration_open"] = registrations.is_open(self)
            context["places_taken"] = registrations.taken_places(self)
            context["places_left"] = max((self.capacity or 0) - context["places_taken"], 0)
        return context

    # Addresses

    @path("")
    def event(self, request):
        response = self.render(request)
        if self.registration_enabled and not self.has_ended:
            # The places left change with every registration: always rendered afresh, and a
            # registration leaves the rest of the site's cached pages alone.
            add_never_cache_headers(response)
        return response

    @path("register/", name="register")
    def register(self, request):
        from .views import register

        return register(request, self)

    @path("registration/<str:token>/", name="registration")
    def own_registration(self, request, token):
        from .views import own_registration

        return own_registration(request, self, token)

    @path("ical/", name="ical")
    def ical(self, request):
        from .ical import calendar_response

        return calendar_response(
            [self], request, name=self.title, filename=f"{self.slug}.ics", host=_host(self)
        )


def new_registration_token():
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    """One person's registration for an event: confirmed, waiting for a place, or cancelled.

    The language versions of an event share its places: `event_key` is the event's translation
    key, and `event` the version the person registered on (its language is theirs)."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    event_key = models.UUIDField(editable=False)
    language = models.CharField(_("language"), max_length=10)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=200)
    dietary_needs = models.CharField(_("dietary needs"), max_length=500, blank=True)
    accessibility_needs = models.CharField(_("accessibility needs"), max_length=500, blank=True)
    answers = models.JSONField(_("answers"), default=list, blank=True)  # [[question, answer]]
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    token = models.CharField(max_length=64, unique=True, default=new_registration_token)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["event_key", "status", "created_at"])]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event_key",
                condition=~models.Q(status="cancelled"),
                name="one_registration_per_address_and_event",
            )
        ]

    def __str__(self):
        return f"{self.name} → {self.event}"


class AnnouncedDetails(models.Model):
    """The time, place and state of an event as its registrants were last told, so that a
    publication tells them of a change once, whichever language version brings it."""

    event_key = models.UUIDField(unique=True)
    details = models.JSONField()
    updated_at = models.DateTimeField(auto_now=True)


class EventIndexPage(OwnLanguageSlugMixin, LocalisedRoutesMixin, Page):
    """Lists the events under it: upcoming ones soonest first, past ones on their own list."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    events_per_page = 10
    feed_size = 200

    class Meta:
        verbose_name = _("events index")
        verbose_name_plural = _("events indexes")

    # Queries

    def get_events(self):
        return visible_events().child_of(self)

    def upcoming_events(self):
        return upcoming(self.get_events())

    def past_events(self):
        return past(self.get_events())

    # Addresses

    @property
    def past_url(self):
        return self.route_url("past")

    @property
    def ical_url(self):
        return f"{self.url}ical/"

    # Views

    def render_listing(self, request, events, *, showing_past=False, topic=None):
        page_obj = page_of(request, for_listing(events), self.events_per_page)
        context = self.get_context(request)
        context.update(
            {
                "page_obj": page_obj,
                "events": page_obj.object_list,
                "showing_past": showing_past,
                "current_topic": topic,
                "topics": Topic.objects.filter(locale=self.locale),
            }
        )
        return self.render(request, context_overrides=context)

    @path("")
    def upcoming_list(self, request):
        return self.render_listing(request, self.upcoming_events())

    @re_path(rf"^(?:{route_pattern('topic')})/(?P<slug>[-\w]+)/$", name="topic")
    def by_topic(self, request, slug):
        topic = self.topic_for_slug(slug)
        events = self.upcoming_events().filter(topics__translation_key=topic.translation_key)
        return self.render_listing(request, events.distinct(), topic=topic)

    @re_path(rf"^(?:{route_pattern('past')})/$", name="past")
    def past_list(self, request):
        return self.render_listing(request, self.past_events(), showing_past=True)

    @path("ical/", name="ical")
    def ical(self, request):
        from .ical import calendar_response

        events = self.upcoming_events().select_related("locale")[: self.feed_size]
        return calendar_response(
            events,
            request,
            name=self.title,
            filename=f"{self.slug}.ics",
            host=_host(self),
            as_attachment=False,
        )


def _host(page):
    site = page.get_site()
    return site.hostname if site else "localhost"


def upcoming_events(language_code=None, count=3):
    """The next live events in a language, for the home page."""
    language_code = language_code or translation.get_language()
    events = visible_events().filter(locale__language_code=language_code)
    return list(upcoming(events)[:count])
