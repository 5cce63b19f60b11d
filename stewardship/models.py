"""Keeping the public site's content current: who answers for each page and when it is next
checked (PageReview), and the law changes that make pages under a section or topic suspect until
they are checked again (LawChange)."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from .forms import LawChangeForm


class PageReview(models.Model):
    """A page's owner (a person or a group), the date it is to be checked by, and its last check.

    Kept outside the page's revisions: changing the owner or marking a page reviewed takes
    effect at once, without publishing the page again."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="review_schedule",
        verbose_name=_("page"),
    )
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("owner (person)"),
    )
    owner_group = models.ForeignKey(
        "auth.Group",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("owner (group)"),
    )
    review_by = models.DateField(_("review by"), db_index=True)
    last_reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("last reviewed by"),
    )

    class Meta:
        verbose_name = _("page review")
        verbose_name_plural = _("page reviews")

    def __str__(self):
        return str(self.page)

    @property
    def owner(self):
        return self.owner_user or self.owner_group

    @property
    def owner_name(self):
        """The owner as people know them: a person's full name, or the group's name."""
        if self.owner_user:
            return self.owner_user.get_full_name() or self.owner_user.get_username()
        return self.owner_group.name if self.owner_group else ""


def finnish_topics():
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class LawChange(ClusterableModel):
    """A change in law that pages under some sections or about some topics may not reflect yet:
    each of them shows readers a notice until it is reviewed on or after the change's date."""

    date = models.DateField(
        _("date of the change"), help_text=_("When the change took or takes effect.")
    )
    notice_fi = models.CharField(
        _("notice in Finnish"),
        max_length=300,
        help_text=_("For example: Kotoutumislakia muutettiin 1.1.2025."),
    )
    notice_sv = models.CharField(
        _("notice in Swedish"),
        max_length=300,
        help_text=_("For example: Integrationslagen ändrades 1.1.2025."),
    )
    notice_en = models.CharField(
        _("notice in English"),
        max_length=300,
        help_text=_(
            "For example: The Act on the Promotion of Integration was amended on 1.1.2025."
        ),
    )
    link = models.URLField(
        _("more about the change"),
        blank=True,
        help_text=_("For example, the amendment in Finlex."),
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        blank=True,
        related_name="+",
        limit_choices_to=finnish_topics,
        verbose_name=_("topics"),
        help_text=_("Pages filed under these topics, in every language, show the notice."),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    base_form_class = LawChangeForm

    panels = [
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("notice_fi"), FieldPanel("notice_sv"), FieldPanel("notice_en")],
            heading=_("Notice shown to readers"),
        ),
        FieldPanel("link"),
        InlinePanel(
            "sections",
            heading=_("Sections"),
            label=_("Section"),
            help_text=_("These pages and every page under them, in every language."),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        verbose_name = _("law change")
        verbose_name_plural = _("law changes")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return self.notice

    @property
    @admin.display(description=_("notice"))
    def notice(self):
        """The notice in the active language."""
        language = translation.get_language() or settings.LANGUAGE_CODE
        return getattr(self, f"notice_{language}", None) or self.notice_fi


class LawChangeSection(Orderable):
    law_change = ParentalKey(LawChange, on_delete=models.CASCADE, related_name="sections")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")


@register_setting(icon="time")
class UpkeepSettings(BaseSiteSetting):
    """What editors decide about keeping content current: review intervals, readability limits."""

    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval (months)"),
        default=12,
        help_text=_(
            "A published page is due for review this long after it is published or reviewed."
        ),
    )
    readability_warning_lix = models.PositiveSmallIntegerField(
        _("readability warning, standard pages (LIX)"),
        default=60,
        help_text=_("Editors see a warning when a page's text has a readability index above this."),
    )
    plain_readability_warning_lix = models.PositiveSmallIntegerField(
        _("readability warning, plain-language pages (LIX)"),
        default=45,
        help_text=_("The same for plain-language versions, which must be easier to read."),
    )

    panels = [
        FieldPanel("review_interval_months"),
        MultiFieldPanel(
            [FieldPanel("readability_warning_lix"), FieldPanel("plain_readability_warning_lix")],
            heading=_("Readability"),
            help_text=_(
                "LIX: under 30 very easy, 30–40 easy, 40–50 plain, 50–60 difficult, over 60 very"
                " difficult."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("content upkeep")


class ReviewReminder(models.Model):
    """One weekly email of due pages to one person: recorded before it is sent, so that it is
    never sent twice in a week, however often the command runs or however many workers run it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.DateField(_("week"), help_text=_("The Monday of the week."))
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(fields=["user", "week"], name="one_review_reminder_a_week")
        ]
