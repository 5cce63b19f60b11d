"""Telling members what happens in their workspaces. The discussion, file and event services
call these hooks after their change is saved; each creates the in-site notifications (one row
per recipient) and queues the emails, as each member chose (WorkspaceMembership.notify).

Which emails go when:
- new discussions, replies, files and events ("activity") follow the member's setting for the
  workspace: every post → one email each, at once; daily digest → the daily
  `send_workspace_digests` run; nothing → no email (still in the bell);
- mentions, requests to join, acceptance, being added and closing ("personal") are emailed at
  once unless the member chose nothing;
- an email that could not be sent for good (the mail server was down through every retry) goes
  out in the next daily digest, so nothing is lost.

`emailed_at` is set only after a successful send, inside the transaction that locks the row:
a failed send marks nothing, and a notification is never emailed twice.
"""

import html
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from extranet.models import MemberProfile, Notification, Workspace, WorkspaceMembership
from home.mail import delivery_connection, render_email, site_email

Kind = Notification.Kind
Notify = WorkspaceMembership.Notify

ACTIVITY = (Kind.DISCUSSION, Kind.REPLY, Kind.FILE, Kind.EVENT)
PERSONAL = (Kind.MENTION, Kind.JOIN_REQUEST, Kind.ACCEPTED, Kind.ADDED, Kind.CLOSED)
# A digest tells of what happened lately; older unsent notifications stay in the bell only (so
# switching from "nothing" to "daily" doesn't bring a flood of old news).
DIGEST_LOOKBACK = timedelta(days=7)
# An email meant to go at once that is still unsent after this went through every retry and
# failed: the digest takes it.
SWEEP_AFTER = timedelta(hours=1)
EXCERPT_LENGTH = 300
BELL_CAP = 99


# The hooks


def discussion_started(discussion, post):
    """A new discussion with its opening post."""
    _notify_members(
        discussion.workspace,
        Kind.DISCUSSION,
        actor=post.author,
        skip=_mentioned_in(post),
        discussion=discussion,
        post=post,
    )


def replied(post):
    """A reply in a discussion. Members mentioned in it get the mention instead, whichever of
    replied() and mentioned() is called first."""
    discussion = post.discussion
    _notify_members(
        discussion.workspace,
        Kind.REPLY,
        actor=post.author,
        skip=_mentioned_in(post),
        discussion=discussion,
        post=post,
    )


def mentioned(post, users):
    """`users` were mentioned in `post` (members of the workspace only)."""
    discussion = post.discussion
    workspace = discussion.workspace
    ids = {user.pk for user in users} - {post.author_id}
    if not ids:
        return
    # The plain notification of the same post, if already made, gives way to the mention.
    Notification.objects.filter(
        post=post,
        recipient_id__in=ids,
        kind__in=[Kind.REPLY, Kind.DISCUSSION],
        emailed_at__isnull=True,
    ).delete()
    already = set(
        Notification.objects.filter(post=post, kind=Kind.MENTION).values_list(
            "recipient_id", flat=True
        )
    )
    _notify_members(
        workspace,
        Kind.MENTION,
        actor=post.author,
        only=ids - already,
        discussion=discussion,
        post=post,
    )


def file_added(workspace_file):
    """A new file or link, or a new version of a file."""
    version = workspace_file.current_version
    actor = version.uploaded_by if version is not None else None
    _notify_members(
        workspace_file.workspace,
        Kind.FILE,
        actor=actor or workspace_file.created_by,
        file=workspace_file,
    )


def event_added(event):
    """A new meeting in the workspace."""
    _notify_members(event.workspace, Kind.EVENT, actor=event.created_by, event=event)


def join_requested(join_request):
    """A member asks to join a closed workspace: its administrators are told."""
    _notify_members(
        join_request.workspace,
        Kind.JOIN_REQUEST,
        actor=join_request.user,
        admins_only=True,
    )


def request_accepted(workspace, user, by):
    _notify_members(workspace, Kind.ACCEPTED, actor=by, only={user.pk})


def added(workspace, user, by):
    """`user` was added to the workspace by an administrator or by an invitation."""
    _notify_members(workspace, Kind.ADDED, actor=by, only={user.pk})


def closed(workspace, by):
    """Staff closed the workspace; its members are told, with the reason."""
    _notify_members(workspace, Kind.CLOSED, actor=by)


def _mentioned_in(post):
    if post.pk is None:
        return set()
    return set(post.mentions.values_list("pk", flat=True)) | set(
        Notification.objects.filter(post=post, kind=Kind.MENTION).values_list(
            "recipient_id", flat=True
        )
    )


def _notify_members(
    workspace, kind, *, actor=None, skip=(), only=None, admins_only=False, **targets
):
    """One notification for each active member of the workspace (the actor left out), and
    their emails queued once the change is committed."""
    memberships = WorkspaceMembership.objects.filter(
        workspace=workspace,
        user__is_active=True,
        user__member_profile__status=MemberProfile.Status.APPROVED,
    )
    if actor is not None:
        memberships = memberships.exclude(user=actor)
    if only is not None:
        memberships = memberships.filter(user_id__in=only)
    if admins_only:
        memberships = memberships.filter(
            role__in=[WorkspaceMembership.Role.OWNER, WorkspaceMembership.Role.ADMIN]
        )
    recipients = [
        (user_id, notify)
        for user_id, notify in memberships.values_list("user_id", "notify")
        if user_id not in skip
    ]
    if not recipients:
        return []
    now = timezone.now()
    made = Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                workspace=workspace,
                kind=kind,
                actor=actor,
                created_at=now,
                **targets,
            )
            for user_id, _notify in recipients
        ]
    )
    at_once = [
        notification.pk
        for notification, (_user_id, notify) in zip(made, recipients, strict=True)
        if emailed_at_once(kind, notify)
    ]
    if at_once:
        transaction.on_commit(partial(_queue_emails, at_once))
    return made


def _queue_emails(notification_ids):
    from extranet.notifications.tasks import send_notification_email

    for pk in notification_ids:
        send_notification_email.enqueue(pk)


def emailed_at_once(kind, notify):
    if notify == Notify.NONE:
        return False
    return notify == Notify.EVERY_POST or kind in PERSONAL


# What a member may still see


# A hidden or deleted post, a hidden discussion or file: the notification shows nothing of it.
VISIBLE_CONTENT = (
    (Q(post__isnull=True) | Q(post__hidden_at__isnull=True, post__deleted_at__isnull=True))
    & (Q(discussion__isnull=True) | Q(discussion__hidden_at__isnull=True))
    & (Q(file__isnull=True) | Q(file__hidden_at__isnull=True))
)


def readable(user):
    """`user`'s notifications about what they may read now: workspaces they still belong to,
    not deleted, and content not hidden or deleted since. Filtered by the rules of today, so a
    member who left or was removed sees nothing more of the workspace."""
    return _in_workspaces_read_by(user).filter(VISIBLE_CONTENT)


def _in_workspaces_read_by(user):
    mine = WorkspaceMembership.objects.filter(workspace=OuterRef("workspace"), user=user)
    return (
        Notification.objects.filter(recipient=user)
        .exclude(workspace__state=Workspace.State.DELETED)
        .filter(Exists(mine))
    )


def no_longer_visible(user):
    """`user`'s notifications in workspaces they still read about content hidden or deleted
    since: opening one says what became of it."""
    return (
        _in_workspaces_read_by(user)
        .exclude(VISIBLE_CONTENT)
        .select_related("post", "discussion", "file")
    )


def hidden(notification):
    """Whether the moderators hid what the notification is about (rather than its author
    deleting it)."""
    return any(
        thing is not None and thing.hidden_at is not None
        for thing in (notification.post, notification.discussion, notification.file)
    )


def for_display(queryset):
    """With what the list and emails show, fetched up front."""
    return queryset.select_related("workspace", "actor", "discussion", "post", "file", "event")


@dataclass(frozen=True)
class Bell:
    count: int

    @property
    def label(self):
        return f"{BELL_CAP}+" if self.count > BELL_CAP else str(self.count)


def bell(user):
    """The unread count for the navigation, in one query (counting stops past BELL_CAP)."""
    unread = readable(user).filter(read_at__isnull=True).order_by()
    return Bell(unread[: BELL_CAP + 1].count())


# What a notification says, where it leads


def actor_name(notification):
    actor = notification.actor
    if actor is None:
        return _("A former member")
    return actor.get_full_name() or _("A member")


def summary(notification):
    """One sentence in the current language: who did what."""
    title = ""
    if notification.discussion_id:
        title = notification.discussion.title
    elif notification.file_id:
        title = notification.file.title
    elif notification.event_id:
        title = notification.event.title
    values = {"actor": actor_name(notification), "title": title}
    if notification.kind == Kind.ADDED and notification.actor_id is None:
        return _("You were added to the workspace.")
    sentences = {
        Kind.DISCUSSION: _("%(actor)s started a discussion: %(title)s"),
        Kind.REPLY: _("%(actor)s replied in the discussion: %(title)s"),
        Kind.MENTION: _("%(actor)s mentioned you in the discussion: %(title)s"),
        Kind.FILE: _("%(actor)s shared a file: %(title)s"),
        Kind.EVENT: _("%(actor)s added an event: %(title)s"),
        Kind.JOIN_REQUEST: _("%(actor)s asked to join the workspace."),
        Kind.ACCEPTED: _("Your request to join was accepted. Welcome!"),
        Kind.ADDED: _("%(actor)s added you to the workspace."),
        Kind.CLOSED: _("The workspace was closed by the administrators."),
    }
    return sentences[notification.kind] % values


def excerpt(notification, length=EXCERPT_LENGTH):
    """A short plain-text excerpt of the post, or of the event's or file's description."""
    if notification.post_id:
        post = notification.post
        text = html.unescape(strip_tags(post.body_html)) if post.body_html else post.body
    elif notification.kind == Kind.CLOSED:
        text = notification.workspace.close_reason
    elif notification.file_id:
        text = notification.file.description
    elif notification.event_id:
        text = notification.event.description
    else:
        text = ""
    return Truncator(re.sub(r"\s+", " ", text).strip()).chars(length)


def target_url(notification):
    slug = notification.workspace.slug
    kind = notification.kind
    if kind in (Kind.REPLY, Kind.MENTION) and notification.post_id:
        return reverse("extranet:post_link", args=[slug, notification.post_id])
    if notification.discussion_id:
        return reverse("extranet:discussion_detail", args=[slug, notification.discussion_id])
    if notification.file_id:
        return reverse("extranet:file_detail", args=[slug, notification.file_id])
    if notification.event_id:
        return reverse("extranet:event_detail", args=[slug, notification.event_id])
    if kind == Kind.JOIN_REQUEST:
        return reverse("extranet:workspace_members", args=[slug])
    return reverse("extranet:workspace_detail", args=[slug])


def settings_url(workspace=None):
    url = reverse("extranet:notification_settings")
    return f"{url}#notify-{workspace.slug}" if workspace is not None else url


def absolute(url):
    return settings.WAGTAILADMIN_BASE_URL + url


def mark_read(notification):
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])


def mark_all_read(user):
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def save_settings(memberships, choices):
    """Save the member's choices {membership pk: notify}; returns how many changed."""
    changed = []
    for membership in memberships:
        choice = choices.get(membership.pk)
        if choice in Notify.values and choice != membership.notify:
            membership.notify = choice
            changed.append(membership)
    WorkspaceMembership.objects.bulk_update(changed, ["notify"])
    return len(changed)


# Email


def _language_of(user):
    profile = getattr(user, "member_profile", None)
    return profile.language if profile is not None else settings.LANGUAGE_CODE


def _recipient_may_read(notification):
    user = notification.recipient
    profile = getattr(user, "member_profile", None)
    return (
        user.is_active
        and user.email
        and profile is not None
        and profile.status == MemberProfile.Status.APPROVED
        and readable(user).filter(pk=notification.pk).exists()
    )


def _item(notification):
    return {
        "workspace": notification.workspace.name,
        "summary": summary(notification),
        "excerpt": excerpt(notification),
        "url": absolute(target_url(notification)),
    }


def email_one(notification_id):
    """Email one notification on its own, if still wanted and unsent. Raises what the mail
    server raised; the row is then left unsent."""
    with transaction.atomic():
        notification = (
            for_display(Notification.objects.select_related("recipient__member_profile"))
            .select_for_update(of=("self",), skip_locked=True)
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None:
            return "nothing to send"
        membership = WorkspaceMembership.objects.filter(
            workspace_id=notification.workspace_id, user_id=notification.recipient_id
        ).first()
        if membership is None or not emailed_at_once(notification.kind, membership.notify):
            return "not wanted"
        if not _recipient_may_read(notification):
            return "no longer for them"
        recipient = notification.recipient
        subject, body = render_email(
            "extranet/email/notification",
            lambda: {
                "name": recipient.get_full_name(),
                "item": _item(notification),
                "kind": notification.kind,
                "setting": membership.get_notify_display(),
                # Personal news goes at once whatever the setting, so the setting isn't why.
                "always_at_once": membership.notify != Notify.EVERY_POST,
                "settings_url": absolute(settings_url(notification.workspace)),
            },
            _language_of(recipient),
        )
        _send(subject, body, recipient)
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return f"emailed {notification.kind}"


def _send(subject, body, recipient):
    """Straight to the mail server (the worker runs this): what failed is left unsent."""
    site_email(
        subject,
        body,
        [recipient.email],
        language=_language_of(recipient),
        connection=delivery_connection(),
    ).send()


def _digest_candidates(now):
    membership = WorkspaceMembership.objects.filter(
        workspace=OuterRef("workspace"), user=OuterRef("recipient")
    )
    personal_failed = Q(created_at__lt=now - SWEEP_AFTER) & (
        Q(notify=Notify.EVERY_POST) | Q(notify=Notify.DAILY_DIGEST, kind__in=PERSONAL)
    )
    return (
        Notification.objects.filter(
            emailed_at__isnull=True,
            created_at__gte=now - DIGEST_LOOKBACK,
            recipient__is_active=True,
            recipient__member_profile__status=MemberProfile.Status.APPROVED,
        )
        .exclude(recipient__email="")
        .exclude(workspace__state=Workspace.State.DELETED)
        .filter(VISIBLE_CONTENT)
        .annotate(notify=Subquery(membership.values("notify")[:1]))
        .filter(Q(notify=Notify.DAILY_DIGEST, kind__in=ACTIVITY) | personal_failed)
    )


def send_digests(now=None, on_failure=None):
    """One email per member with their unsent notifications for the workspaces they get a
    daily digest of (and any email that failed for good). Returns (sent, failed). A member
    whose email fails keeps everything unsent for the next run."""
    now = now or timezone.now()
    recipient_ids = list(
        _digest_candidates(now).order_by().values_list("recipient_id", flat=True).distinct()
    )
    sent = failed = 0
    for recipient_id in recipient_ids:
        try:
            if _send_digest(recipient_id, now):
                sent += 1
        except OSError as error:  # smtplib.SMTPException is an OSError
            failed += 1
            if on_failure is not None:
                on_failure(recipient_id, error)
    return sent, failed


def _send_digest(recipient_id, now):
    with transaction.atomic():
        notifications = list(
            for_display(_digest_candidates(now).filter(recipient_id=recipient_id))
            .select_related("recipient__member_profile")
            .select_for_update(of=("self",), skip_locked=True)
            .order_by("workspace__name", "workspace_id", "created_at", "pk")
        )
        if not notifications:
            return False
        recipient = notifications[0].recipient

        def digest_context():
            groups = {}
            for notification in notifications:
                workspace = notification.workspace
                if workspace.pk not in groups:
                    groups[workspace.pk] = {
                        "name": workspace.name,
                        "settings_url": absolute(settings_url(workspace)),
                        "items": [],
                    }
                groups[workspace.pk]["items"].append(_item(notification))
            return {
                "name": recipient.get_full_name(),
                "count": len(notifications),
                "workspaces": list(groups.values()),
                "notifications_url": absolute(reverse("extranet:notifications")),
                "settings_url": absolute(settings_url()),
            }

        subject, body = render_email(
            "extranet/email/digest", digest_context, _language_of(recipient)
        )
        _send(subject, body, recipient)
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(emailed_at=now)
    return True
