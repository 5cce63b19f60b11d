"""What a member is told about their workspaces: in the site (the bell) and by email, as each
member chose per workspace (WorkspaceMembership.notify). Also invitations by email to people
who are not members yet."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from extranet.models.discussions import Discussion, Post
from extranet.models.files import WorkspaceFile
from extranet.models.workspace_events import WorkspaceEvent
from extranet.models.workspaces import Workspace


class Notification(models.Model):
    class Kind(models.TextChoices):
        DISCUSSION = "discussion", _("New discussion")
        REPLY = "reply", _("New reply")
        MENTION = "mention", _("You were mentioned")
        FILE = "file", _("New file")
        EVENT = "event", _("New event")
        JOIN_REQUEST = "join-request", _("Request to join")
        ACCEPTED = "accepted", _("Request accepted")
        ADDED = "added", _("Added to a workspace")
        CLOSED = "closed", _("Workspace closed")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    discussion = models.ForeignKey(
        Discussion, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    file = models.ForeignKey(
        WorkspaceFile, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    event = models.ForeignKey(
        WorkspaceEvent, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Set when the notification went out by email, alone or in a digest; null means "not yet"
    # for those who want email, so a failed send is retried and nothing is lost.
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at", "-created_at"], name="extranet_bell"),
            models.Index(fields=["emailed_at", "recipient"], name="extranet_notify_unsent"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"


def invitation_token():
    return secrets.token_urlsafe(32)


class WorkspaceInvitation(models.Model):
    """An invitation by email. Accepting it (after signing up and being approved, if the person
    isn't a member yet) adds them to the workspace."""

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("workspace")
    )
    email = models.EmailField(_("email"))
    token = models.CharField(max_length=64, unique=True, default=invitation_token, editable=False)
    message = models.TextField(_("message"), max_length=1000, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.email} → {self.workspace}"
