"""Workspaces: where members work together. Who may see and do what is decided here, in one
place: `Workspace.objects.visible_to(user)` for listings and the `can_*` methods for each
action. What is said and shared inside a workspace is for its members only."""

import hashlib

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from extranet.models.members import unique_slug
from extranet.storage import private_storage, random_name


def workspace_cover_path(instance, filename):
    return random_name("workspace-covers", filename)


# Taken by the extranet's own addresses under workspaces/.
RESERVED_SLUGS = {"new"}


def _is_member_standing(user):
    from extranet.access import Standing, standing

    return standing(user) == Standing.MEMBER


class WorkspaceQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The workspaces `user` may know exist: none unless an approved member; open and
        closed active or archived ones to every member; secret ones and those closed by staff
        only to their own members; deleted ones to nobody."""
        if not _is_member_standing(user):
            return self.none()
        mine = WorkspaceMembership.objects.filter(workspace=OuterRef("pk"), user=user)
        return (
            self.exclude(state=Workspace.State.DELETED)
            .annotate(is_mine=Exists(mine))
            .filter(
                Q(is_mine=True)
                | Q(
                    visibility__in=[Workspace.Visibility.OPEN, Workspace.Visibility.CLOSED],
                    state__in=[Workspace.State.ACTIVE, Workspace.State.ARCHIVED],
                )
            )
        )

    def of_member(self, user):
        """The workspaces `user` belongs to, deleted ones left out."""
        return self.filter(memberships__user=user).exclude(state=Workspace.State.DELETED)


class Workspace(models.Model):
    class Purpose(models.TextChoices):
        WORKING_GROUP = "working-group", _("Working group")
        PROJECT = "project", _("Project")
        EVENT = "event", _("Event")
        NETWORK = "network", _("Network")
        OTHER = "other", _("Other")

    class Visibility(models.TextChoices):
        OPEN = "open", _("Open: any member can see it and join")
        CLOSED = "closed", _("Closed: members see it and ask to join")
        SECRET = "secret", _("Secret: by invitation only, hidden from others")

    class State(models.TextChoices):
        ACTIVE = "active", _("Active")
        ARCHIVED = "archived", _("Archived")
        DELETED = "deleted", _("Deleted")
        CLOSED = "closed", _("Closed by the administrators")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    description = models.TextField(_("description"), max_length=3000, blank=True)
    purpose = models.CharField(
        _("purpose"), max_length=16, choices=Purpose.choices, default=Purpose.WORKING_GROUP
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    topics = models.ManyToManyField(
        "home.Topic", blank=True, related_name="workspaces", verbose_name=_("topics")
    )
    cover = models.ImageField(
        _("cover image"), storage=private_storage, upload_to=workspace_cover_path, blank=True
    )
    visibility = models.CharField(
        _("visibility"),
        max_length=8,
        choices=Visibility.choices,
        default=Visibility.OPEN,
        db_index=True,
    )
    state = models.CharField(
        _("state"), max_length=8, choices=State.choices, default=State.ACTIVE, db_index=True
    )
    archived_at = models.DateTimeField(_("archived"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("closed by"),
    )
    close_reason = models.TextField(_("reason for closing"), max_length=2000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    search_document = models.TextField(blank=True, editable=False)
    # On PostgreSQL a trigger keeps it the tsvector of search_document (migration 0012).
    search_vector = SearchVectorField(null=True, editable=False)

    objects = WorkspaceQuerySet.as_manager()

    class Meta:
        verbose_name = _("workspace")
        verbose_name_plural = _("workspaces")
        ordering = ["name"]
        permissions = [("close_workspace", "Can close and reopen workspaces")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        return unique_slug(self, (slugify(self.name) or "workspace")[:120], RESERVED_SLUGS)

    # Who is who

    def membership_of(self, user):
        """`user`'s WorkspaceMembership here, or None; remembered for the object's lifetime."""
        if not getattr(user, "is_authenticated", False):
            return None
        cache = self.__dict__.setdefault("_membership_cache", {})
        if user.pk not in cache:
            cache[user.pk] = self.memberships.filter(user=user).first()
        return cache[user.pk]

    def forget_memberships(self):
        self.__dict__.pop("_membership_cache", None)

    def role_of(self, user):
        membership = self.membership_of(user)
        return membership.role if membership else None

    @property
    def owner_membership(self):
        return self.memberships.filter(role=WorkspaceMembership.Role.OWNER).first()

    # States

    @property
    def cover_url(self):
        """The members-only address of the cover, changing with the picture: its response may
        be kept in the browser for an hour, and a new cover must show at once."""
        if not self.cover:
            return ""
        version = hashlib.sha256(self.cover.name.encode()).hexdigest()[:12]
        return f"{reverse('extranet:workspace_cover', args=[self.slug])}?v={version}"

    @property
    def is_active(self):
        return self.state == self.State.ACTIVE

    @property
    def is_listed(self):
        """Open or closed, active or archived: known to every member."""
        return self.visibility != self.Visibility.SECRET and self.state in (
            self.State.ACTIVE,
            self.State.ARCHIVED,
        )

    # The rules: every view and service asks these.

    def _member(self, user):
        """`user`'s membership, if they are an approved member and the workspace not deleted."""
        if self.state == self.State.DELETED or not _is_member_standing(user):
            return None
        return self.membership_of(user)

    def can_see_description(self, user):
        if self.state == self.State.DELETED or not _is_member_standing(user):
            return False
        return self.is_listed or self.membership_of(user) is not None

    def can_read(self, user):
        """What is said and shared inside is for the workspace's members only."""
        return self._member(user) is not None

    def can_post(self, user):
        return self.is_active and self._member(user) is not None

    def can_manage(self, user):
        membership = self._member(user)
        return self.is_active and membership is not None and membership.is_admin

    def is_owner(self, user):
        membership = self._member(user)
        return membership is not None and membership.role == WorkspaceMembership.Role.OWNER

    def can_archive(self, user):
        return self.is_active and self.is_owner(user)

    def can_restore(self, user):
        return self.state == self.State.ARCHIVED and self.is_owner(user)

    def can_delete(self, user):
        return self.state in (self.State.ACTIVE, self.State.ARCHIVED) and self.is_owner(user)

    def can_join(self, user):
        return (
            self.is_active
            and self.visibility == self.Visibility.OPEN
            and _is_member_standing(user)
            and self.membership_of(user) is None
        )

    def can_request_to_join(self, user):
        return (
            self.is_active
            and self.visibility == self.Visibility.CLOSED
            and _is_member_standing(user)
            and self.membership_of(user) is None
        )

    def can_leave(self, user):
        membership = self._member(user)
        return membership is not None and membership.role != WorkspaceMembership.Role.OWNER

    def can_edit_settings(self, user):
        return self.can_manage(user)

    @staticmethod
    def can_close(user):
        """Staff who may close and reopen workspaces (the extranet.close_workspace permission)."""
        return (
            user.is_authenticated and user.is_active and user.has_perm("extranet.close_workspace")
        )


class WorkspaceMembership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        ADMIN = "admin", _("Administrator")
        MEMBER = "member", _("Member")

    class Notify(models.TextChoices):
        EVERY_POST = "every", _("Every post")
        DAILY_DIGEST = "daily", _("A daily digest")
        NONE = "none", _("Nothing")

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("workspace")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="workspace_memberships",
        verbose_name=_("member"),
    )
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    notify = models.CharField(
        _("notifications"), max_length=8, choices=Notify.choices, default=Notify.DAILY_DIGEST
    )

    class Meta:
        verbose_name = _("workspace membership")
        verbose_name_plural = _("workspace memberships")
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "user"], name="extranet_workspace_member_once"
            ),
            models.UniqueConstraint(
                fields=["workspace"],
                condition=Q(role="owner"),
                name="extranet_workspace_one_owner",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.workspace} ({self.role})"

    @property
    def is_admin(self):
        return self.role in (self.Role.OWNER, self.Role.ADMIN)


class JoinRequest(models.Model):
    """A member's request to join a closed workspace, decided by its admins."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    workspace = models.ForeignKey(
        Workspace,
        on_delete=models.CASCADE,
        related_name="join_requests",
        verbose_name=_("workspace"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="workspace_join_requests",
        verbose_name=_("member"),
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "user"],
                condition=Q(status="pending"),
                name="extranet_workspace_one_pending_request",
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.workspace}"
