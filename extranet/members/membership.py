"""What administrators decide about a membership: approve or deny an application, suspend, end
or reinstate a membership. The one place that changes a MemberProfile's status.

Every decision is recorded (who, when, the message), written to Wagtail's audit log, keeps the
"Members" group (the group members-only CMS pages are restricted to) in step with the status,
and emails the person in their own language once the change is committed.
"""

from dataclasses import dataclass
from functools import partial

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from extranet.errors import MembershipError
from extranet.members.signals import membership_approved
from extranet.models import MemberProfile

MEMBERS_GROUP = "Members"
PERMISSION = "extranet.manage_membership"
Status = MemberProfile.Status


@dataclass(frozen=True)
class Decision:
    name: str  # also the email template and the audit log action's last part
    allowed_from: frozenset
    result: str
    label: str  # for the audit log and admin buttons
    needs_reason: bool = False

    @property
    def log_action(self):
        return f"extranet.membership.{self.name}"


DECISIONS = {
    decision.name: decision
    for decision in [
        Decision(
            "approve",
            frozenset({Status.PENDING, Status.DENIED}),
            Status.APPROVED,
            gettext_lazy("Membership approved"),
        ),
        Decision(
            "deny", frozenset({Status.PENDING}), Status.DENIED, gettext_lazy("Application denied")
        ),
        Decision(
            "suspend",
            frozenset({Status.APPROVED}),
            Status.SUSPENDED,
            gettext_lazy("Membership suspended"),
            needs_reason=True,
        ),
        Decision(
            "end",
            frozenset({Status.APPROVED, Status.SUSPENDED}),
            Status.ENDED,
            gettext_lazy("Membership ended"),
            needs_reason=True,
        ),
        Decision(
            "reinstate",
            frozenset({Status.SUSPENDED, Status.ENDED}),
            Status.APPROVED,
            gettext_lazy("Membership reinstated"),
        ),
    ]
}
APPLICATION_RECEIVED = "extranet.membership.apply"


def can_manage(user):
    return user.is_active and user.has_perm(PERMISSION)


def decisions_for(profile):
    """The decisions that can be made about this membership now, in a stable order."""
    return [d for d in DECISIONS.values() if profile.status in d.allowed_from]


def members_group():
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
    return group


def sync_members_group(profile):
    """Approved members are in the Members group, and nobody else."""
    group = members_group()
    if profile.status == Status.APPROVED:
        profile.user.groups.add(group)
    else:
        profile.user.groups.remove(group)


def application_received(profile):
    """A new (or renewed) application: record it in the audit log and tell the people who
    decide on memberships. Called by the application view once the profile is saved."""
    log(instance=profile, action=APPLICATION_RECEIVED, user=profile.user)
    sync_members_group(profile)
    from extranet.members.tasks import notify_staff_of_application

    transaction.on_commit(partial(notify_staff_of_application.enqueue, profile.pk))


def decide(profile, decision_name, by, message=""):
    """Apply one decision to a membership; returns the updated profile.

    Raises MembershipError if the status does not allow it (for example approving someone who
    is already a member) or if a suspension or ending has no reason.
    """
    decision = DECISIONS[decision_name]
    message = (message or "").strip()
    if decision.needs_reason and not message:
        raise MembershipError(_("Give a reason: it is shown and emailed to the member."))
    with transaction.atomic():
        # Lock the row so two administrators deciding at once cannot both succeed.
        locked = MemberProfile.objects.select_for_update().select_related("user").get(pk=profile.pk)
        if locked.status not in decision.allowed_from:
            raise MembershipError(
                _("%(name)s's membership is “%(status)s”, so this cannot be done: %(action)s.")
                % {
                    "name": locked.display_name,
                    "status": locked.get_status_display(),
                    "action": decision.label,
                }
            )
        previous = locked.status
        now = timezone.now()
        locked.status = decision.result
        locked.decided_at = now
        locked.decided_by = by
        locked.status_message = message
        fields = ["status", "decided_at", "decided_by", "status_message", "updated_at"]
        if decision.result == Status.APPROVED and locked.member_since is None:
            locked.member_since = now
            fields.append("member_since")
        locked.save(update_fields=fields)
        sync_members_group(locked)
        log(
            instance=locked,
            action=decision.log_action,
            user=by,
            data={"previous_status": previous, "status": locked.status, "message": message},
        )
        if decision.name == "approve":
            membership_approved.send(sender=MemberProfile, profile=locked)
        from extranet.members.tasks import send_membership_email

        transaction.on_commit(
            partial(send_membership_email.enqueue, locked.pk, decision.name, message)
        )
    # The caller's object reflects the decision too.
    for field in ["status", "decided_at", "decided_by", "status_message", "member_since"]:
        setattr(profile, field, getattr(locked, field))
    return profile


def approve(profile, by, message=""):
    return decide(profile, "approve", by, message)


def deny(profile, by, message=""):
    return decide(profile, "deny", by, message)


def suspend(profile, by, reason):
    return decide(profile, "suspend", by, reason)


def end(profile, by, reason):
    return decide(profile, "end", by, reason)


def reinstate(profile, by, message=""):
    return decide(profile, "reinstate", by, message)


def pending_count():
    return MemberProfile.objects.filter(status=Status.PENDING).count()
