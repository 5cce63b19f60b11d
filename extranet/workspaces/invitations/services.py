"""Invitations to a workspace by email. A workspace admin enters addresses: an address of an
active member adds that member at once; any other address gets an email with a link
(`extranet:invitation_accept`). The invitation is for the address it was sent to: only an account
that holds that address, verified, may use it. A member who holds it joins with one click; a
newcomer signs up with it, verifies it and applies, and is added when the staff approve the
membership (`accept_on_approval` receives extranet.members.signals.membership_approved). Anyone
else who opens the link (a forwarded email, another account) is told it was sent to another
address, and nothing more.

An invitation is pending until it is accepted, cancelled by an admin, or expires after
WORKSPACE_INVITATION_DAYS."""

from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from functools import partial

from allauth.account.models import EmailAddress

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from extranet.access import Standing, standing
from extranet.errors import WorkspaceError
from extranet.models import Workspace, WorkspaceInvitation
from extranet.workspaces import services as workspaces


class State(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    UNAVAILABLE = "unavailable"  # the workspace no longer takes members


def _lifetime():
    return timedelta(days=settings.WORKSPACE_INVITATION_DAYS)


def expires_at(invitation):
    return invitation.created_at + _lifetime()


def state_of(invitation, now=None):
    now = now or timezone.now()
    if invitation.accepted_at is not None:
        return State.ACCEPTED
    if invitation.cancelled_at is not None:
        return State.CANCELLED
    if invitation.workspace.state != Workspace.State.ACTIVE:
        return State.UNAVAILABLE
    if now >= expires_at(invitation):
        return State.EXPIRED
    return State.PENDING


def pending(workspace, now=None):
    """The workspace's invitations still waiting, newest first."""
    now = now or timezone.now()
    return workspace.invitations.filter(
        accepted_at__isnull=True, cancelled_at__isnull=True, created_at__gt=now - _lifetime()
    )


@dataclass
class Outcome:
    """What became of each address: the lists hold email addresses."""

    added: list = field(default_factory=list)
    already_members: list = field(default_factory=list)
    invited: list = field(default_factory=list)
    already_invited: list = field(default_factory=list)


def _refuse_unless_admin(workspace, by):
    if not workspace.can_manage(by):
        raise WorkspaceError(_("You can't do that in this workspace."))


def _log(workspace, action, by, **data):
    log(instance=workspace, action=action, user=by, data=data or None)


def _verified_owners(emails):
    """{address: user} for the addresses verified by an account."""
    found = (
        EmailAddress.objects.annotate(address=Lower("email"))
        .filter(address__in=emails, verified=True)
        .select_related("user")
    )
    return {email.address: email.user for email in found}


@transaction.atomic
def invite_by_email(workspace, by, emails, message=""):
    """Invite each address (lower-cased, each once) to the workspace. Refused with a
    WorkspaceError if `by` may not manage it, or past the daily limit of invitations."""
    _refuse_unless_admin(workspace, by)
    emails = list(dict.fromkeys(email.strip().lower() for email in emails if email.strip()))
    if len(emails) > settings.WORKSPACE_INVITATION_MAX_ADDRESSES:
        raise WorkspaceError(
            _("Invite at most %(count)s addresses at a time.")
            % {"count": settings.WORKSPACE_INVITATION_MAX_ADDRESSES}
        )
    now = timezone.now()
    sent_today = workspace.invitations.filter(created_at__gt=now - timedelta(days=1)).count()
    if sent_today + len(emails) > settings.WORKSPACE_INVITATIONS_PER_DAY:
        raise WorkspaceError(
            _(
                "This workspace has sent as many invitations as it may in one day "
                "(%(count)s). Please try again tomorrow."
            )
            % {"count": settings.WORKSPACE_INVITATIONS_PER_DAY}
        )
    outcome = Outcome()
    owners = _verified_owners(emails)
    waiting = set(pending(workspace, now).values_list("email", flat=True))
    message = (message or "").strip()
    for email in emails:
        user = owners.get(email)
        if user is not None and standing(user) == Standing.MEMBER:
            if workspace.membership_of(user) is not None:
                outcome.already_members.append(email)
            else:
                workspaces.invite(workspace, user, by)
                outcome.added.append(email)
        elif email in waiting:
            outcome.already_invited.append(email)
        else:
            invitation = WorkspaceInvitation.objects.create(
                workspace=workspace, email=email, message=message, invited_by=by
            )
            _log(workspace, "extranet.workspace.invitation", by, email=email)
            transaction.on_commit(partial(_queue_email, invitation.pk))
            outcome.invited.append(email)
    return outcome


def _queue_email(invitation_id):
    from extranet.workspaces.invitations.tasks import send_invitation_email

    send_invitation_email.enqueue(invitation_id)


@transaction.atomic
def cancel(invitation, by):
    workspace = invitation.workspace
    _refuse_unless_admin(workspace, by)
    if state_of(invitation) != State.PENDING:
        raise WorkspaceError(_("This invitation is no longer waiting."))
    invitation.cancelled_at = timezone.now()
    invitation.save(update_fields=["cancelled_at"])
    _log(workspace, "extranet.workspace.invitation_cancel", by, email=invitation.email)


def _refuse_unless_pending(invitation):
    if state_of(invitation) != State.PENDING:
        raise WorkspaceError(_("This invitation can no longer be used."))


def is_addressed_to(invitation, user, verified=True):
    """Whether `user` holds the address the invitation was sent to (and has verified it, unless
    `verified` is False: someone who has just signed up with it and not confirmed it yet)."""
    addresses = EmailAddress.objects.filter(user=user, email__iexact=invitation.email)
    if verified:
        addresses = addresses.filter(verified=True)
    return addresses.exists()


@transaction.atomic
def accept(invitation, user):
    """An approved member uses the invitation and joins the workspace."""
    invitation = (
        WorkspaceInvitation.objects.select_for_update(of=("self",))
        .select_related("workspace")
        .get(pk=invitation.pk)
    )
    _refuse_unless_pending(invitation)
    if standing(user) != Standing.MEMBER:
        raise WorkspaceError(_("Only approved members can join a workspace."))
    if not is_addressed_to(invitation, user):
        raise WorkspaceError(_("This invitation was sent to another email address."))
    membership = workspaces.add_invited(invitation.workspace, user, invitation.invited_by)
    _mark_accepted(invitation, user)
    return membership


def _mark_accepted(invitation, user):
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    _log(invitation.workspace, "extranet.workspace.invitation_accept", user, email=invitation.email)


def accept_on_approval(sender, profile, **kwargs):
    """Receives membership_approved: invitations to workspaces waiting for the person are
    accepted now."""
    return accept_for_approved(profile.user, profile.applied_at)


def accept_for_approved(user, applied_at):
    """The membership of `user` was just approved: accept the invitations sent to an address
    they verified that were still valid when they applied. Returns the workspaces they were
    added to."""
    emails = list(
        EmailAddress.objects.filter(user=user, verified=True)
        .annotate(address=Lower("email"))
        .values_list("address", flat=True)
    )
    invitations = (
        WorkspaceInvitation.objects.select_for_update(of=("self",))
        .select_related("workspace", "invited_by")
        .filter(
            accepted_at__isnull=True,
            cancelled_at__isnull=True,
            workspace__state=Workspace.State.ACTIVE,
        )
        .filter(email__in=emails, created_at__gt=min(applied_at, timezone.now()) - _lifetime())
        .order_by("created_at", "pk")
    )
    joined = []
    for invitation in invitations:
        if workspaces.add_invited(invitation.workspace, user, invitation.invited_by):
            _mark_accepted(invitation, user)
            joined.append(invitation.workspace)
    return joined
