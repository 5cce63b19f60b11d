"""The monthly newsletter: subscribers, the signup page with its archive, issues and deliveries."""

import secrets

from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.pagination import page_of
from home.slugs import OwnLanguageSlugMixin

from .blocks import IssueBodyBlock

LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]
LINK_KEY = r"(?P<token>[-\w]{20,100})"


def page_address(page):
    """A page's absolute address on the public site, as links in emails need it."""
    parts = page.get_url_parts()
    page_path = parts[2] if parts else page.url or "/"
    return f"{settings.WAGTAILADMIN_BASE_URL}{page_path}"


def new_token():
    return secrets.token_urlsafe(32)


class SubscriberQuerySet(models.QuerySet):
    def subscribed(self):
        return self.filter(status=Subscriber.Status.SUBSCRIBED)


class Subscriber(models.Model):
    """A reader who asked for the newsletter. Subscribed only after following the emailed link."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        SUBSCRIBED = "subscribed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES, default="fi")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    # The only key to the confirm and unsubscribe links: long, random and never shown elsewhere.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    consented_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["email"]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class NewsletterPage(OwnLanguageSlugMixin, RoutablePageMixin, Page):
    """The newsletter's page in one language: what it is, the signup form and the archive."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count_per_parent = 1
    issues_per_page = 12

    class Meta:
        verbose_name = _("newsletter page")
        verbose_name_plural = _("newsletter pages")

    @property
    def language(self):
        return self.locale.language_code

    def get_sent_issues(self):
        return (
            NewsletterIssuePage.objects.child_of(self)
            .live()
            .public()
            .filter(sending_started_at__isnull=False)
            .order_by("-sending_started_at", "-pk")
        )

    def confirm_url(self, subscriber):
        return f"{page_address(self)}confirm/{subscriber.token}/"

    def unsubscribe_url(self, subscriber):
        return f"{page_address(self)}unsubscribe/{subscriber.token}/"

    def get_context(self, request, *args, form=None, **kwargs):
        from .forms import SignupForm

        context = super().get_context(request, *args, **kwargs)
        context["form"] = form or SignupForm(initial={"language": self.language})
        page_obj = page_of(request, self.get_sent_issues(), self.issues_per_page)
        context["page_obj"] = page_obj
        context["issues"] = page_obj.object_list
        return context

    @path("")
    def signup(self, request):
        if request.method == "POST":
            from .views import sign_up

            return sign_up(request, self)
        return self.render(request)

    @re_path(rf"^confirm/{LINK_KEY}/$", name="confirm")
    def confirm(self, request, token):
        from .views import confirm

        return confirm(request, self, get_object_or_404(Subscriber, token=token))

    @re_path(rf"^unsubscribe/{LINK_KEY}/$", name="unsubscribe")
    def unsubscribe(self, request, token):
        from .views import unsubscribe

        return unsubscribe(request, self, get_object_or_404(Subscriber, token=token))


class NewsletterIssuePage(OwnLanguageSlugMixin, Page):
    """One issue of the newsletter: composed here, previewed as the email, sent to subscribers
    of its language, and readable in the archive once sent."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(IssueBodyBlock(), blank=True, verbose_name=_("body"))
    sending_started_at = models.DateTimeField(_("sending started"), null=True, editable=False)
    sending_finished_at = models.DateTimeField(_("sending finished"), null=True, editable=False)
    sent_by = models.ForeignKey(
        "auth.User",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sent by"),
    )
    sent_count = models.PositiveIntegerField(_("sent"), default=0, editable=False)
    unconfirmed_count = models.PositiveIntegerField(
        _("not confirmed"),
        default=0,
        editable=False,
        help_text=_("Sends interrupted before the mail server confirmed them; never retried."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("sending_started_at", read_only=True),
                FieldPanel("sending_finished_at", read_only=True),
                FieldPanel("sent_count", read_only=True),
            ],
            heading=_("Sending"),
        )
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    parent_page_types = ["newsletter.NewsletterPage"]
    subpage_types = []
    # A copy or a translation is a new issue that nobody has been sent yet.
    exclude_fields_in_copy = [
        "sending_started_at",
        "sending_finished_at",
        "sent_by",
        "sent_count",
        "unconfirmed_count",
    ]

    preview_modes = [
        ("email", _("Email")),
        ("text", _("Email as plain text")),
        ("web", _("Archive page")),
    ]
    default_preview_mode = "email"

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        permissions = [("send_issue", _("Can send newsletter issues to subscribers"))]

    @property
    def language(self):
        return self.locale.language_code

    @property
    def is_sent(self):
        return self.sending_started_at is not None

    @property
    def has_content(self):
        """Something to read besides the title: an introduction or a block of the body."""
        return bool(self.introduction.strip() or len(self.body))

    @property
    def sending_in_progress(self):
        return self.is_sent and self.sending_finished_at is None

    @property
    def newsletter_page(self):
        return self.get_parent().specific

    def sections(self):
        from .content import issue_sections

        return issue_sections(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections()
        return context

    def serve(self, request, *args, **kwargs):
        # Only sent issues are public; editors see drafts through the preview.
        if not self.is_sent and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        from .emails import preview_issue_email

        if mode_name in ("email", "text"):
            html, text = preview_issue_email(self)
            if mode_name == "text":
                return HttpResponse(text, content_type="text/plain; charset=utf-8")
            return HttpResponse(html)
        return super().serve_preview(request, mode_name)


class Delivery(models.Model):
    """One issue to one subscriber. The row exists before the mail goes out, so no subscriber is
    ever sent the same issue twice, whatever happens to the process sending it."""

    class Status(models.TextChoices):
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    issue = models.ForeignKey(
        NewsletterIssuePage, on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENDING)
    started_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="newsletter_one_delivery_per_subscriber"
            )
        ]
