"""What members and staff do with workspaces. Each action checks the rules of
extranet.models.Workspace, refuses with a translated WorkspaceError, and leaves an entry in the
Wagtail audit log.

Admins add existing active members here (found by directory search); invitations by email, which
lead people who are not yet members through sign-up into the workspace, are in
extranet.workspaces.invitations.services. Members are told of requests, acceptance, being added and closing through
extranet.notifications.services."""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from extranet.access import Standing, standing
from extranet.errors import WorkspaceError
from extranet.models import JoinRequest, Workspace, WorkspaceMembership
from extranet.notifications import services as notifications
from extranet.search import services as content_search

Role = WorkspaceMembership.Role

# Audit-log actions, labelled in extranet/wagtail_hooks.py.
LOG_ACTIONS = {
    "extranet.workspace.create": gettext_lazy("Workspace created"),
    "extranet.workspace.edit": gettext_lazy("Workspace settings changed"),
    "extranet.workspace.join": gettext_lazy("Joined a workspace"),
    "extranet.workspace.request": gettext_lazy("Asked to join a workspace"),
    "extranet.workspace.accept": gettext_lazy("Request to join accepted"),
    "extranet.workspace.decline": gettext_lazy("Request to join declined"),
    "extranet.workspace.invite": gettext_lazy("Member added to a workspace"),
    "extranet.workspace.leave": gettext_lazy("Left a workspace"),
    "extranet.workspace.remove": gettext_lazy("Member removed from a workspace"),
    "extranet.workspace.role": gettext_lazy("Workspace role changed"),
    "extranet.workspace.hand_over": gettext_lazy("Workspace ownership handed over"),
    "extranet.workspace.archive": gettext_lazy("Workspace archived"),
    "extranet.workspace.restore": gettext_lazy("Workspace restored"),
    "extranet.workspace.delete": gettext_lazy("Workspace deleted"),
    "extranet.workspace.purge": gettext_lazy("Deleted workspace purged"),
    "extranet.workspace.close": gettext_lazy("Workspace closed by the administrators"),
    "extranet.workspace.reopen": gettext_lazy("Workspace reopened by the administrators"),
    "extranet.workspace.recover": gettext_lazy("Deleted workspace recovered by the administrators"),
    "extranet.workspace.invitation": gettext_lazy("Invitation sent by email"),
    "extranet.workspace.invitation_cancel": gettext_lazy("Invitation cancelled"),
    "extranet.workspace.invitation_accept": gettext_lazy("Invitation accepted"),
}


def _refuse(allowed, message=None):
    if not allowed:
        raise WorkspaceError(message or _("You can't do that in this workspace."))


def _log(workspace, action, by, **data):
    log(instance=workspace, action=action, user=by, data=data or None)


def _membership(workspace, user):
    membership = workspace.memberships.filter(user=user).first()
    if membership is None:
        raise WorkspaceError(_("That person is not a member of this workspace."))
    return membership


@transaction.atomic
def create(user, *, topics=(), **fields):
    """A new workspace, with `user` as its owner."""
    _refuse(standing(user) == Standing.MEMBER, _("Only approved members can create a workspace."))
    workspace = Workspace.objects.create(created_by=user, **fields)
    if topics:
        workspace.topics.set(topics)
    WorkspaceMembership.objects.create(workspace=workspace, user=user, role=Role.OWNER)
    content_search.index_workspace(workspace)
    _log(workspace, "extranet.workspace.create", user)
    return workspace


def edit(workspace, by, changed=()):
    """Record that the workspace's settings were saved by an admin (the form saves them)."""
    _refuse(workspace.can_edit_settings(by))
    content_search.index_workspace(workspace)
    _log(workspace, "extranet.workspace.edit", by, fields=sorted(changed))


def _add(workspace, user, role=Role.MEMBER):
    try:
        with transaction.atomic():
            membership = WorkspaceMembership.objects.create(
                workspace=workspace, user=user, role=role
            )
    except IntegrityError:
        raise WorkspaceError(_("That person is already a member of this workspace.")) from None
    workspace.forget_memberships()
    return membership


@transaction.atomic
def join(workspace, user):
    """Join an open workspace."""
    _refuse(workspace.can_join(user), _("You can't join this workspace."))
    membership = _add(workspace, user)
    _log(workspace, "extranet.workspace.join", user)
    return membership


@transaction.atomic
def request_to_join(workspace, user, message=""):
    """Ask to join a closed workspace; its admins decide."""
    _refuse(workspace.can_request_to_join(user), _("You can't ask to join this workspace."))
    if workspace.join_requests.filter(user=user, status=JoinRequest.Status.PENDING).exists():
        raise WorkspaceError(_("You have already asked to join. The administrators will decide."))
    join_request = JoinRequest.objects.create(workspace=workspace, user=user, message=message)
    _log(workspace, "extranet.workspace.request", user)
    notifications.join_requested(join_request)
    return join_request


def pending_request(workspace, user):
    if not getattr(user, "is_authenticated", False):
        return None
    return workspace.join_requests.filter(user=user, status=JoinRequest.Status.PENDING).first()


def _decide(join_request, by, status):
    workspace = join_request.workspace
    _refuse(workspace.can_manage(by))
    if join_request.status != JoinRequest.Status.PENDING:
        raise WorkspaceError(_("This request has already been decided."))
    join_request.status = status
    join_request.decided_by = by
    join_request.decided_at = timezone.now()
    join_request.save(update_fields=["status", "decided_by", "decided_at"])


@transaction.atomic
def accept(join_request, by):
    """A workspace admin lets the person in (if they are still an active member)."""
    _decide(join_request, by, JoinRequest.Status.ACCEPTED)
    if standing(join_request.user) != Standing.MEMBER:
        raise WorkspaceError(_("That person is no longer an active member."))
    membership = _add(join_request.workspace, join_request.user)
    _log(join_request.workspace, "extranet.workspace.accept", by, member=join_request.user_id)
    notifications.request_accepted(join_request.workspace, join_request.user, by)
    return membership


@transaction.atomic
def decline(join_request, by):
    _decide(join_request, by, JoinRequest.Status.DECLINED)
    _log(join_request.workspace, "extranet.workspace.decline", by, member=join_request.user_id)


@transaction.atomic
def invite(workspace, user, by):
    """A workspace admin adds an existing, active member, whatever the visibility."""
    _refuse(workspace.can_manage(by))
    if standing(user) != Standing.MEMBER:
        raise WorkspaceError(_("Only active members can be added to a workspace."))
    membership = _add(workspace, user)
    # A waiting request from the same person is settled by the invitation.
    workspace.join_requests.filter(user=user, status=JoinRequest.Status.PENDING).update(
        status=JoinRequest.Status.ACCEPTED, decided_by=by, decided_at=timezone.now()
    )
    _log(workspace, "extranet.workspace.invite", by, member=user.pk)
    notifications.added(workspace, user, by)
    return membership


def add_invited(workspace, user, invited_by=None):
    """Add `user` on an invitation by email that an admin sent (the invitation is their
    permission); nothing changes if they already belong. Returns the membership, or None if the
    workspace no longer takes members."""
    if not workspace.is_active:
        return None
    membership = workspace.memberships.filter(user=user).first()
    if membership is not None:
        return membership
    membership = _add(workspace, user)
    workspace.join_requests.filter(user=user, status=JoinRequest.Status.PENDING).update(
        status=JoinRequest.Status.ACCEPTED, decided_by=invited_by, decided_at=timezone.now()
    )
    notifications.added(workspace, user, invited_by)
    return membership


@transaction.atomic
def leave(workspace, user):
    membership = _membership(workspace, user)
    if membership.role == Role.OWNER:
        raise WorkspaceError(
            _("As the owner, hand the workspace over to another member before you leave.")
        )
    _refuse(workspace.can_leave(user))
    membership.delete()
    workspace.forget_memberships()
    _log(workspace, "extranet.workspace.leave", user)


@transaction.atomic
def remove_member(workspace, user, by):
    _refuse(workspace.can_manage(by))
    membership = _membership(workspace, user)
    if membership.role == Role.OWNER:
        raise WorkspaceError(_("The owner can't be removed."))
    if membership.role == Role.ADMIN and workspace.role_of(by) != Role.OWNER:
        raise WorkspaceError(_("Only the owner can remove an administrator."))
    membership.delete()
    workspace.forget_memberships()
    _log(workspace, "extranet.workspace.remove", by, member=user.pk)


@transaction.atomic
def change_role(workspace, user, role, by):
    """Make a member an admin or an admin a member; ownership moves by hand_over_ownership."""
    _refuse(workspace.can_manage(by))
    if role not in (Role.ADMIN, Role.MEMBER):
        raise WorkspaceError(_("Choose administrator or member."))
    membership = _membership(workspace, user)
    if membership.role == Role.OWNER:
        raise WorkspaceError(_("The owner's role changes only when ownership is handed over."))
    membership.role = role
    membership.save(update_fields=["role"])
    workspace.forget_memberships()
    _log(workspace, "extranet.workspace.role", by, member=user.pk, role=role)


@transaction.atomic
def hand_over_ownership(workspace, to, by):
    """The owner makes another member the owner and becomes an admin."""
    _refuse(workspace.is_owner(by) and workspace.is_active, _("Only the owner can do that."))
    new = _membership(workspace, to)
    if new.user_id == by.pk:
        raise WorkspaceError(_("You already own this workspace."))
    if standing(to) != Standing.MEMBER:
        raise WorkspaceError(_("Only active members can own a workspace."))
    old = _membership(workspace, by)
    old.role = Role.ADMIN
    old.save(update_fields=["role"])  # first, so the workspace never has two owners
    new.role = Role.OWNER
    new.save(update_fields=["role"])
    workspace.forget_memberships()
    _log(workspace, "extranet.workspace.hand_over", by, member=to.pk)


def _set_state(workspace, state, **fields):
    workspace.state = state
    for name, value in fields.items():
        setattr(workspace, name, value)
    workspace.save(update_fields=["state", *fields])


@transaction.atomic
def archive(workspace, by):
    _refuse(workspace.can_archive(by), _("Only the owner can archive an active workspace."))
    _set_state(workspace, Workspace.State.ARCHIVED, archived_at=timezone.now())
    _log(workspace, "extranet.workspace.archive", by)


@transaction.atomic
def restore(workspace, by):
    _refuse(workspace.can_restore(by), _("Only the owner can restore an archived workspace."))
    _set_state(workspace, Workspace.State.ACTIVE, archived_at=None)
    _log(workspace, "extranet.workspace.restore", by)


@transaction.atomic
def delete(workspace, by):
    """Soft delete: hidden from everyone at once, purged after the retention period."""
    _refuse(workspace.can_delete(by), _("Only the owner can delete this workspace."))
    _set_state(workspace, Workspace.State.DELETED, deleted_at=timezone.now())
    _log(workspace, "extranet.workspace.delete", by)


@transaction.atomic
def close(workspace, by, reason):
    """Staff close a workspace for improper or illegal activity: read-only to its members, who
    see the reason, and hidden from everyone else."""
    _refuse(Workspace.can_close(by), _("You may not close workspaces."))
    reason = (reason or "").strip()
    if not reason:
        raise WorkspaceError(_("Give the reason for closing; the workspace's members see it."))
    if workspace.state not in (Workspace.State.ACTIVE, Workspace.State.ARCHIVED):
        raise WorkspaceError(_("Only an active or archived workspace can be closed."))
    _set_state(
        workspace,
        Workspace.State.CLOSED,
        closed_at=timezone.now(),
        closed_by=by,
        close_reason=reason,
    )
    _log(workspace, "extranet.workspace.close", by, reason=reason)
    notifications.closed(workspace, by)


@transaction.atomic
def reopen(workspace, by):
    """Back to what it was before closing: archived if it was archived, else active."""
    _refuse(Workspace.can_close(by), _("You may not reopen workspaces."))
    if workspace.state != Workspace.State.CLOSED:
        raise WorkspaceError(_("Only a closed workspace can be reopened."))
    state = Workspace.State.ARCHIVED if workspace.archived_at else Workspace.State.ACTIVE
    _set_state(workspace, state, closed_at=None, closed_by=None, close_reason="")
    _log(workspace, "extranet.workspace.reopen", by)


def recoverable_until(workspace):
    """When a deleted workspace is purged for good, or None if it is not deleted."""
    if workspace.state != Workspace.State.DELETED or workspace.deleted_at is None:
        return None
    return workspace.deleted_at + timedelta(days=settings.WORKSPACE_DELETE_RETENTION_DAYS)


def can_recover(workspace, user, now=None):
    until = recoverable_until(workspace)
    return Workspace.can_close(user) and until is not None and (now or timezone.now()) < until


@transaction.atomic
def recover(workspace, by):
    """Staff bring back a deleted workspace within the retention period: archived if it had been
    archived before, else active. The owner is emailed, as it undoes their decision."""
    _refuse(Workspace.can_close(by), _("You may not recover workspaces."))
    if workspace.state != Workspace.State.DELETED:
        raise WorkspaceError(_("Only a deleted workspace can be recovered."))
    if not can_recover(workspace, by):
        raise WorkspaceError(
            _("The retention period is over: the workspace can no longer be recovered.")
        )
    state = Workspace.State.ARCHIVED if workspace.archived_at else Workspace.State.ACTIVE
    _set_state(workspace, state, deleted_at=None)
    _log(workspace, "extranet.workspace.recover", by, state=state)
    from extranet.workspaces.tasks import send_recovery_email

    transaction.on_commit(partial(send_recovery_email.enqueue, workspace.pk))


# Finding a workspace for a view


def visible_workspace(request, slug):
    """The workspace, if the member may know it exists; 404 otherwise."""
    workspace = get_object_or_404(Workspace, slug=slug)
    if not workspace.can_see_description(request.user):
        raise Http404
    return workspace


def readable_workspace(request, slug):
    """The workspace, if the person is one of its members and it isn't deleted; 404 otherwise."""
    workspace = get_object_or_404(Workspace, slug=slug)
    if not workspace.can_read(request.user):
        raise Http404
    return workspace


def my_workspaces(user, limit=12):
    """The member's active workspaces for the extranet home, newest membership first."""
    return list(
        Workspace.objects.of_member(user)
        .filter(state=Workspace.State.ACTIVE)
        .order_by("-memberships__joined_at", "pk")[:limit]
    )
