"""Discussions inside a workspace: topics of discussion, their posts, and how far each member
has read. Visible to the workspace's members only; the rules are on Workspace."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from extranet.models.workspaces import Workspace


class Discussion(models.Model):
    """A topic of discussion: a title, an opening post and the replies to it."""

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="discussions", verbose_name=_("workspace")
    )
    title = models.CharField(_("title"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    last_post_at = models.DateTimeField(_("latest post"), default=timezone.now)
    post_count = models.PositiveIntegerField(_("posts"), default=0)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    hidden_at = models.DateTimeField(_("hidden by the moderators"), null=True, blank=True)
    search_document = models.TextField(blank=True, editable=False)
    # On PostgreSQL a trigger keeps it the tsvector of search_document (migration 0012).
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        ordering = ["-is_pinned", "-last_post_at", "-pk"]
        indexes = [
            models.Index(
                fields=["workspace", "-is_pinned", "-last_post_at"],
                name="extranet_discussion_list",
            )
        ]

    def __str__(self):
        return self.title


class Post(models.Model):
    """One message in a discussion. `body` is what the author wrote; `body_html` is its safe,
    rendered form (extranet.workspaces.discussions.formatting), kept so that a long discussion isn't re-rendered on
    every view."""

    discussion = models.ForeignKey(
        Discussion, on_delete=models.CASCADE, related_name="posts", verbose_name=_("discussion")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workspace_posts",
        verbose_name=_("author"),
    )
    body = models.TextField(_("message"), max_length=20000)
    body_html = models.TextField(blank=True, editable=False)
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("mentioned")
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden by the moderators"), null=True, blank=True)
    search_document = models.TextField(blank=True, editable=False)
    # On PostgreSQL a trigger keeps it the tsvector of search_document (migration 0012).
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["discussion", "created_at"], name="extranet_post_in_order")]

    def __str__(self):
        return f"{self.discussion} #{self.pk}"

    @property
    def is_removed(self):
        """Deleted by its author or hidden by the moderators: shown as a marker, not its text."""
        return self.deleted_at is not None or self.hidden_at is not None


class DiscussionRead(models.Model):
    """How far a member has read a discussion: posts after `last_read_at` are unread."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    discussion = models.ForeignKey(Discussion, on_delete=models.CASCADE, related_name="reads")
    last_read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "discussion"], name="extranet_discussion_read_once"
            )
        ]
