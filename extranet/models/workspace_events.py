"""Meetings of a workspace: listed inside it and exported as iCalendar to its members."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.dates import time_range
from extranet.models.workspaces import Workspace


class WorkspaceEvent(models.Model):
    """A meeting of the workspace: when, where (a place, an online link or both) and what for.
    `uid` and `sequence` let calendar programs recognise the event and its later changes."""

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="events", verbose_name=_("workspace")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    location = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("online meeting link"), max_length=1000, blank=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("added by"),
    )
    created_at = models.DateTimeField(_("added"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("workspace event")
        verbose_name_plural = _("workspace events")
        ordering = ["starts_at", "pk"]

    def __str__(self):
        return self.title

    @property
    def time_range(self):
        """When, in the site's time zone and the reader's language: "ti 14.10.2025 klo 13.00–15.00"."""
        return time_range(self.starts_at, self.ends_at)

    @property
    def is_past(self):
        return self.ends_at < timezone.now()


class EventAttendance(models.Model):
    """A member's answer to whether they come to a workspace meeting."""

    class Answer(models.TextChoices):
        COMING = "coming", _("Coming")
        MAYBE = "maybe", _("Maybe")
        NOT_COMING = "not_coming", _("Not coming")

    event = models.ForeignKey(
        WorkspaceEvent,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("event"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("member"),
    )
    answer = models.CharField(_("answer"), max_length=10, choices=Answer.choices)
    answered_at = models.DateTimeField(_("answered"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance answer")
        verbose_name_plural = _("attendance answers")
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="one_answer_per_member")
        ]

    def __str__(self):
        return f"{self.user} → {self.event}: {self.answer}"
