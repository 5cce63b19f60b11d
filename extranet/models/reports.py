"""Reports of posts or files that break the rules, handled by staff in the Wagtail admin
(extranet.moderation.services). A report points at exactly one post or one file; the reports of one item
are decided together."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from extranet.models.discussions import Post
from extranet.models.files import WorkspaceFile
from extranet.models.workspaces import Workspace


class Report(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Harassment or hate speech")
        ILLEGAL = "illegal", _("Illegal content")
        PRIVACY = "privacy", _("Someone's personal data")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting")
        HIDDEN = "hidden", _("Content hidden")
        WARNED = "warned", _("Author warned")
        SUSPENDED = "suspended", _("Author suspended")
        DISMISSED = "dismissed", _("No action needed")

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="reports", verbose_name=_("workspace")
    )
    post = models.ForeignKey(
        Post,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("post"),
    )
    file = models.ForeignKey(
        WorkspaceFile,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("file"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=8, choices=Reason.choices)
    message = models.TextField(_("details"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    decision_note = models.TextField(_("note"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at", "-pk"]
        permissions = [("moderate_workspaces", "Can handle reports of workspace content")]
        constraints = [
            models.CheckConstraint(
                condition=Q(post__isnull=False) | Q(file__isnull=False),
                name="extranet_report_has_target",
            ),
            # One waiting report per person and item: a second click says it is already reported.
            models.UniqueConstraint(
                fields=["reporter", "post"],
                condition=Q(status="open", post__isnull=False),
                name="extranet_report_post_once",
            ),
            models.UniqueConstraint(
                fields=["reporter", "file"],
                condition=Q(status="open", file__isnull=False),
                name="extranet_report_file_once",
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.workspace})"

    @property
    def item(self):
        """The reported post or file."""
        return self.post if self.post_id else self.file

    @property
    def is_open(self):
        return self.status == self.Status.OPEN
