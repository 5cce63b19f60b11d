"""What members do in a workspace's discussions: start one, reply, edit and delete their
messages; what its administrators do: pin, lock, delete others' messages; and how far each
member has read.

Every action checks the workspace's rules (extranet.models.Workspace: writing needs `can_post`,
so archived and closed workspaces are read-only), refuses with a translated WorkspaceError,
keeps the discussion's post count and latest activity right, and tells search and
notifications. Decisions:

- A locked discussion takes no new replies or edits, except from the workspace's
  administrators (who may, say, post a closing note).
- Deleting is soft: the post stays for the moderators and shows as "This message was deleted".
  Deleting the opening post of a discussion no one has replied to removes the whole discussion,
  unless someone has reported the post (the moderators need it).
- Unread: posts by others, newer than the member's read marker or, before their first visit,
  than their joining the workspace."""

from django.db import transaction
from django.db.models import Count, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from extranet.errors import WorkspaceError
from extranet.models import (
    Discussion,
    DiscussionRead,
    FileVersion,
    MemberProfile,
    Post,
    WorkspaceMembership,
)
from extranet.notifications import services as notifications
from extranet.search import services as content_search
from extranet.workspaces.discussions import formatting
from extranet.workspaces.files import services as files

PER_PAGE = 25  # messages on a page of a discussion

# Audit-log actions, labelled in extranet/wagtail_hooks.py.
LOG_ACTIONS = {
    "extranet.discussion.pin": gettext_lazy("Discussion pinned"),
    "extranet.discussion.unpin": gettext_lazy("Discussion unpinned"),
    "extranet.discussion.lock": gettext_lazy("Discussion locked"),
    "extranet.discussion.unlock": gettext_lazy("Discussion unlocked"),
    "extranet.discussion.delete_post": gettext_lazy("Message deleted by an administrator"),
}


# The rules, for views deciding what to offer and for the actions below.


def can_reply(discussion, user):
    workspace = discussion.workspace
    return (
        discussion.hidden_at is None
        and workspace.can_post(user)
        and (not discussion.is_locked or workspace.can_manage(user))
    )


def can_edit(post, user):
    return (
        not post.is_removed
        and post.author_id is not None
        and post.author_id == user.pk
        and can_reply(post.discussion, user)
    )


def can_delete(post, user):
    if post.is_removed or post.discussion.hidden_at is not None:
        return False
    workspace = post.discussion.workspace
    if workspace.can_manage(user):
        return True
    return (
        post.author_id is not None
        and post.author_id == user.pk
        and can_reply(post.discussion, user)
    )


def can_moderate(discussion, user):
    """Pin and lock: the workspace's administrators, while it is active."""
    return discussion.hidden_at is None and discussion.workspace.can_manage(user)


def _refusal(workspace, user):
    if workspace.can_read(user) and not workspace.is_active:
        return _("This workspace is read-only.")
    return _("You can't do that in this workspace.")


def _refuse(allowed, message):
    if not allowed:
        raise WorkspaceError(message)


def _log(discussion, action, by, **data):
    log(
        instance=discussion.workspace,
        action=action,
        user=by,
        data={"discussion": discussion.pk, "title": discussion.title, **data},
    )


# Writing


def _clean_title(title):
    title = " ".join((title or "").split())
    if not title:
        raise WorkspaceError(_("Give the discussion a title."))
    if len(title) > Discussion._meta.get_field("title").max_length:
        raise WorkspaceError(_("The title is too long: at most 200 characters, please."))
    return title


def _clean_body(body):
    body = (body or "").strip()
    if not body:
        raise WorkspaceError(_("Write a message."))
    if len(body) > Post._meta.get_field("body").max_length:
        raise WorkspaceError(_("The message is too long: at most 20,000 characters, please."))
    return body


def mentionable(workspace):
    """The workspace's current members who can be mentioned, by name: {name: MemberProfile}.
    Members without a name can't be mentioned; of two with the same name, the earlier one."""
    people = {}
    profiles = (
        MemberProfile.objects.active()
        .filter(user__workspace_memberships__workspace=workspace)
        .select_related("user")
        .order_by("pk")
    )
    for profile in profiles:
        name = " ".join(profile.user.get_full_name().split())
        if name:
            people.setdefault(name, profile)
    return people


def _render(workspace, body):
    """The post's safe HTML and the users it mentions."""
    people = mentionable(workspace)
    formatter = formatting.Formatter(
        {
            name: reverse("extranet:member_detail", args=[profile.pk])
            for name, profile in people.items()
        }
    )
    html = formatter.render(body)
    return html, [people[name].user for name in sorted(formatter.mentioned)]


def _notify_mentioned(post, users, by):
    others = [user for user in users if user.pk != by.pk]
    if others:
        notifications.mentioned(post, others)


def _new_post(discussion, by, body, uploads, now):
    html, mentioned = _render(discussion.workspace, body)
    post = Post.objects.create(
        discussion=discussion, author=by, body=body, body_html=html, created_at=now
    )
    if mentioned:
        post.mentions.set(mentioned)
    if uploads:
        files.attach(post, uploads, by)
    content_search.index_post(post)
    mark_read(discussion, by, now)
    return post, mentioned


@transaction.atomic
def start(workspace, by, title, body, uploads=()):
    """A new discussion with its opening post (and the post's attachments)."""
    _refuse(workspace.can_post(by), _refusal(workspace, by))
    title, body = _clean_title(title), _clean_body(body)
    now = timezone.now()
    discussion = Discussion.objects.create(
        workspace=workspace,
        title=title,
        created_by=by,
        created_at=now,
        last_post_at=now,
        post_count=1,
    )
    post, mentioned = _new_post(discussion, by, body, uploads, now)
    content_search.index_discussion(discussion)
    notifications.discussion_started(discussion, post)
    _notify_mentioned(post, mentioned, by)
    return discussion


@transaction.atomic
def reply(discussion, by, body, uploads=()):
    """A reply at the end of the discussion."""
    workspace = discussion.workspace
    if discussion.is_locked and workspace.can_post(by) and not workspace.can_manage(by):
        raise WorkspaceError(_("This discussion is locked: it takes no new replies."))
    _refuse(can_reply(discussion, by), _refusal(workspace, by))
    body = _clean_body(body)
    now = timezone.now()
    post, mentioned = _new_post(discussion, by, body, uploads, now)
    Discussion.objects.filter(pk=discussion.pk).update(
        post_count=F("post_count") + 1, last_post_at=Greatest(F("last_post_at"), now)
    )
    discussion.refresh_from_db(fields=["post_count", "last_post_at"])
    notifications.replied(post)
    _notify_mentioned(post, mentioned, by)
    return post


@transaction.atomic
def edit(post, by, body):
    """The author changes their message; it is then shown as edited, with the time. Members
    mentioned for the first time are told."""
    _refuse(can_edit(post, by), _("You can only edit your own messages."))
    body = _clean_body(body)
    if body == post.body:
        return post
    before = set(post.mentions.values_list("pk", flat=True))
    post.body = body
    post.body_html, mentioned = _render(post.discussion.workspace, body)
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "body_html", "edited_at"])
    post.mentions.set(mentioned)
    content_search.index_post(post)
    _notify_mentioned(post, [user for user in mentioned if user.pk not in before], by)
    return post


def is_opening(post):
    first = post.discussion.posts.order_by("created_at", "pk").values_list("pk", flat=True)[:1]
    return list(first) == [post.pk]


def deletes_discussion(post):
    """Whether deleting `post` removes its whole discussion: the opening post, no replies (not
    even deleted ones) and no reports about it."""
    return (
        is_opening(post)
        and not post.discussion.posts.exclude(pk=post.pk).exists()
        and not post.reports.exists()
    )


@transaction.atomic
def delete(post, by):
    """The author or a workspace administrator deletes a message. Returns the discussion, or
    None if it went with its opening post."""
    _refuse(can_delete(post, by), _("You can only delete your own messages."))
    discussion = post.discussion
    by_admin = post.author_id != by.pk
    if by_admin:
        _log(
            discussion,
            "extranet.discussion.delete_post",
            by,
            post=post.pk,
            author=post.author_id,
        )
    if deletes_discussion(post):
        _delete_discussion(discussion)
        return None
    post.deleted_at = timezone.now()
    post.save(update_fields=["deleted_at"])
    content_search.index_post(post)
    refresh_counts(discussion)
    return discussion


def _delete_discussion(discussion):
    """For good, with the files attached to its posts (their bytes once the deletion holds)."""
    versions = list(FileVersion.objects.filter(file__post__discussion=discussion))
    for version in versions:
        transaction.on_commit(lambda blob=version.blob: blob.delete(save=False))
    discussion.workspace.files.filter(post__discussion=discussion).delete()
    discussion.delete()


def refresh_counts(discussion):
    """Recount the discussion's posts still shown and its latest activity, after a post was
    deleted or hidden by the moderators."""
    live = discussion.posts.filter(deleted_at__isnull=True, hidden_at__isnull=True).aggregate(
        count=Count("pk"), latest=Max("created_at")
    )
    discussion.post_count = live["count"]
    discussion.last_post_at = live["latest"] or discussion.created_at
    discussion.save(update_fields=["post_count", "last_post_at"])


# Administrators' tools


def _moderate(discussion, by, field, value, action):
    _refuse(can_moderate(discussion, by), _("Only the workspace's administrators can do that."))
    if getattr(discussion, field) == value:
        return discussion
    setattr(discussion, field, value)
    discussion.save(update_fields=[field])
    _log(discussion, action, by)
    return discussion


@transaction.atomic
def pin(discussion, by):
    return _moderate(discussion, by, "is_pinned", True, "extranet.discussion.pin")


@transaction.atomic
def unpin(discussion, by):
    return _moderate(discussion, by, "is_pinned", False, "extranet.discussion.unpin")


@transaction.atomic
def lock(discussion, by):
    return _moderate(discussion, by, "is_locked", True, "extranet.discussion.lock")


@transaction.atomic
def unlock(discussion, by):
    return _moderate(discussion, by, "is_locked", False, "extranet.discussion.unlock")


# Reading


def visible(workspace):
    """The workspace's discussions its members see: those the moderators haven't hidden."""
    return workspace.discussions.filter(hidden_at__isnull=True)


_UNKNOWN = object()


def mark_read(discussion, user, up_to, current=_UNKNOWN):
    """`user` has read `discussion` up to the time `up_to`; a marker never moves back.

    current: the marker's time as the caller last read it (None for no marker), so a page
    read again costs no query."""
    has_marker = current is not _UNKNOWN and current is not None
    if has_marker and current >= up_to:
        return
    updated = DiscussionRead.objects.filter(
        discussion=discussion, user=user, last_read_at__lt=up_to
    ).update(last_read_at=up_to)
    if not updated and not has_marker:
        DiscussionRead.objects.get_or_create(
            discussion=discussion, user=user, defaults={"last_read_at": up_to}
        )


def unread_posts(user):
    """Posts `user` hasn't read, in the workspaces they belong to: by others, shown, newer than
    their read marker or, without one, than their joining."""
    if not getattr(user, "is_authenticated", False):
        return Post.objects.none()
    return (
        Post.objects.filter(
            deleted_at__isnull=True, hidden_at__isnull=True, discussion__hidden_at__isnull=True
        )
        .exclude(author=user)
        .alias(
            joined=Subquery(
                WorkspaceMembership.objects.filter(
                    workspace=OuterRef("discussion__workspace"), user=user
                ).values("joined_at")[:1]
            ),
            read=Subquery(
                DiscussionRead.objects.filter(discussion=OuterRef("discussion"), user=user).values(
                    "last_read_at"
                )[:1]
            ),
        )
        .filter(joined__isnull=False, created_at__gt=Coalesce(F("read"), F("joined")))
    )


def unread_by_discussion(user, discussions):
    """{discussion pk: number of unread posts} for the given discussions (pks or objects)."""
    rows = (
        unread_posts(user)
        .filter(discussion__in=discussions)
        .values("discussion")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {row["discussion"]: row["count"] for row in rows}


def unread_by_workspace(user, workspaces):
    """{workspace pk: number of unread posts} for the given workspaces (pks or objects)."""
    rows = (
        unread_posts(user)
        .filter(discussion__workspace__in=workspaces)
        .values("discussion__workspace")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {row["discussion__workspace"]: row["count"] for row in rows}


def first_unread(discussion, user):
    return unread_posts(user).filter(discussion=discussion).order_by("created_at", "pk").first()


def page_of_post(post, per_page=PER_PAGE):
    """The page of its discussion on which `post` is shown."""
    before = (
        post.discussion.posts.filter(
            Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk)
        )
        .order_by()
        .count()
    )
    return before // per_page + 1
