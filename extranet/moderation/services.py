"""Reports of workspace content and what the moderators decide about them.

A workspace member reports a post or a file they can read. Staff with the
extranet.moderate_workspaces permission see the reported item (and only it: the admin is no way
to browse workspaces) and decide: hide it, show it again, warn its author, suspend the author's
membership, or dismiss the reports. All the waiting reports of one item are decided together;
every report and decision is written to Wagtail's audit log.

Hidden content stays in the database: members see "hidden by the moderators" in its place, and
it is left out of downloads and search (the discussions, files and search views check
`hidden_at`)."""

from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from extranet.errors import ModerationError
from extranet.members import membership
from extranet.models import MemberProfile, Post, Report, WorkspaceFile
from extranet.search import services as content_search
from extranet.workspaces.discussions import services as discussions

PERMISSION = "extranet.moderate_workspaces"
Status = Report.Status

# Audit-log actions, labelled in extranet/wagtail_hooks.py.
LOG_ACTIONS = {
    "extranet.report.create": gettext_lazy("Workspace content reported"),
    "extranet.report.hide": gettext_lazy("Reported content hidden"),
    "extranet.report.unhide": gettext_lazy("Hidden content shown again"),
    "extranet.report.warn": gettext_lazy("Author of reported content warned"),
    "extranet.report.suspend": gettext_lazy("Author of reported content suspended"),
    "extranet.report.dismiss": gettext_lazy("Reports dismissed"),
}


def can_moderate(user):
    return user.is_authenticated and user.is_active and user.has_perm(PERMISSION)


# Reporting


def _post_is_shown(post):
    return post.deleted_at is None and post.hidden_at is None and post.discussion.hidden_at is None


def can_report(user, item):
    """Whoever may read a shown post or file may report it, also in archived and closed
    workspaces; nothing in deleted ones."""
    if isinstance(item, Post):
        return _post_is_shown(item) and item.discussion.workspace.can_read(user)
    return item.hidden_at is None and item.workspace.can_read(user)


def _target(item):
    return {"post": item} if isinstance(item, Post) else {"file": item}


def waiting_report(user, item):
    """`user`'s report of `item` still waiting for the moderators, or None."""
    return Report.objects.filter(reporter=user, status=Status.OPEN, **_target(item)).first()


def report(user, item, reason, message=""):
    """`user` reports a post or a file to the moderators."""
    if not can_report(user, item):
        raise ModerationError(_("You can't report this."))
    if reason not in Report.Reason.values:
        raise ModerationError(_("Choose a reason."))
    workspace = item.discussion.workspace if isinstance(item, Post) else item.workspace
    try:
        with transaction.atomic():
            created = Report.objects.create(
                workspace=workspace,
                reporter=user,
                reason=reason,
                message=(message or "").strip(),
                **_target(item),
            )
            log(instance=created, action="extranet.report.create", user=user)
    except IntegrityError:
        raise ModerationError(
            _("You have already reported this. The moderators will look at it.")
        ) from None
    return created


def open_count():
    return Report.objects.filter(status=Status.OPEN).count()


# What the moderators see


def item_reports(report):
    """Every report of the same post or file as `report`, the oldest first."""
    same = {"post_id": report.post_id} if report.post_id else {"file_id": report.file_id}
    return Report.objects.filter(**same).order_by("created_at", "pk")


def author_of(report):
    item = report.item
    return item.author if report.post_id else item.created_by


def is_hidden(report):
    return report.item.hidden_at is not None


def actions_for(report):
    """The decisions that can be made about the reported item now, in a stable order."""
    actions = ["unhide"] if is_hidden(report) else ["hide"]
    author = author_of(report)
    if author is not None and author.email:
        actions.append("warn")
    profile = MemberProfile.objects.filter(user=author).first() if author else None
    if profile is not None and profile.status == MemberProfile.Status.APPROVED:
        actions.append("suspend")
    if item_reports(report).filter(status=Status.OPEN).exists():
        actions.append("dismiss")
    return actions


# The decisions


def _refuse_unless_moderator(by):
    if not can_moderate(by):
        raise ModerationError(_("You may not handle reports."))


def _settle(report, by, status, note, from_statuses=(Status.OPEN,)):
    """Record the decision on the item's reports in `from_statuses`; returns their ids."""
    reports = item_reports(report).filter(status__in=from_statuses)
    ids = list(reports.select_for_update().values_list("pk", flat=True))
    Report.objects.filter(pk__in=ids).update(
        status=status, handled_by=by, handled_at=timezone.now(), decision_note=note
    )
    return ids


def _log(report, action, by, ids, **data):
    item = f"post {report.post_id}" if report.post_id else f"file {report.file_id}"
    log(instance=report, action=action, user=by, data={"item": item, "reports": ids, **data})


def _is_opening_post(post):
    first = post.discussion.posts.order_by("created_at", "pk").values_list("pk", flat=True)[:1]
    return list(first) == [post.pk]


def _reindex(report):
    if report.post_id:
        content_search.index_post(report.post)
        content_search.index_discussion(report.post.discussion)
    else:
        content_search.index_file(report.file)


@transaction.atomic
def hide(report, by, note=""):
    """Hide the reported item from the workspace's members. A post's attachments are hidden
    with it, and hiding the opening post of a discussion hides the whole discussion."""
    _refuse_unless_moderator(by)
    item = report.item
    if item.hidden_at is not None:
        raise ModerationError(_("This content is already hidden."))
    now = timezone.now()
    item.hidden_at = now
    item.save(update_fields=["hidden_at"])
    if report.post_id:
        WorkspaceFile.objects.filter(post=item, hidden_at__isnull=True).update(hidden_at=now)
        if _is_opening_post(item):
            item.discussion.hidden_at = now
            item.discussion.save(update_fields=["hidden_at"])
        discussions.refresh_counts(item.discussion)
    _reindex(report)
    ids = _settle(report, by, Status.HIDDEN, note)
    _log(report, "extranet.report.hide", by, ids, note=note)


@transaction.atomic
def unhide(report, by, note=""):
    """Show the item again, with what was hidden along with it; its reports hidden so far count
    as needing no action."""
    _refuse_unless_moderator(by)
    item = report.item
    hidden_at = item.hidden_at
    if hidden_at is None:
        raise ModerationError(_("This content is not hidden."))
    item.hidden_at = None
    item.save(update_fields=["hidden_at"])
    if report.post_id:
        WorkspaceFile.objects.filter(post=item, hidden_at=hidden_at).update(hidden_at=None)
        discussion = item.discussion
        if discussion.hidden_at == hidden_at:
            discussion.hidden_at = None
            discussion.save(update_fields=["hidden_at"])
        discussions.refresh_counts(discussion)
    _reindex(report)
    ids = _settle(report, by, Status.DISMISSED, note, (Status.OPEN, Status.HIDDEN))
    _log(report, "extranet.report.unhide", by, ids, note=note)


@transaction.atomic
def warn(report, by, message):
    """Email the author a warning with the moderator's message, in the author's language."""
    _refuse_unless_moderator(by)
    message = (message or "").strip()
    if not message:
        raise ModerationError(_("Write the message to the author: it is emailed to them."))
    author = author_of(report)
    if author is None or not author.email:
        raise ModerationError(_("The author's account no longer exists."))
    ids = _settle(report, by, Status.WARNED, message)
    _log(report, "extranet.report.warn", by, ids, author=author.pk, message=message)
    from extranet.moderation.tasks import send_warning_email

    transaction.on_commit(partial(send_warning_email.enqueue, report.pk, author.pk, message))


@transaction.atomic
def suspend_author(report, by, reason):
    """Suspend the author's membership (extranet.members.membership, which emails them the reason)."""
    _refuse_unless_moderator(by)
    author = author_of(report)
    profile = MemberProfile.objects.filter(user=author).first() if author else None
    if profile is None:
        raise ModerationError(_("The author's account no longer exists."))
    try:
        membership.suspend(profile, by, reason)
    except membership.MembershipError as error:
        raise ModerationError(str(error)) from None
    ids = _settle(report, by, Status.SUSPENDED, reason.strip())
    _log(report, "extranet.report.suspend", by, ids, author=author.pk)


@transaction.atomic
def dismiss(report, by, note=""):
    """Nothing wrong: the waiting reports of the item need no action."""
    _refuse_unless_moderator(by)
    ids = _settle(report, by, Status.DISMISSED, note)
    if not ids:
        raise ModerationError(_("These reports have already been handled."))
    _log(report, "extranet.report.dismiss", by, ids, note=note)


DECISIONS = {
    "hide": hide,
    "unhide": unhide,
    "warn": warn,
    "suspend": suspend_author,
    "dismiss": dismiss,
}


def decide(report, action, by, text=""):
    DECISIONS[action](report, by, text)
