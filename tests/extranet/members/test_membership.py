"""Membership decisions: status, the Members group, the audit log and the member's email."""

import smtplib

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import translation

from wagtail.models import ModelLogEntry

from extranet.members import membership
from extranet.members.tasks import send_membership_email
from extranet.models import MemberProfile
from tests.extranet.builders import make_member, make_staff

Status = MemberProfile.Status


@pytest.fixture
def admin_user(db):
    return make_staff("paivi.paatoksentekija@example.fi", first_name="Päivi")


@pytest.fixture
def decide(django_capture_on_commit_callbacks):
    """Run a decision and the email task it queues once the change is committed."""

    def run(action, profile, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(profile, *args, **kwargs)

    return run


def in_members_group(profile):
    return profile.user.groups.filter(name=membership.MEMBERS_GROUP).exists()


def test_the_members_group_exists_after_migrations(db):
    assert Group.objects.filter(name="Members").exists()


def test_approving_an_application_makes_a_member_and_emails_them_in_their_language(
    admin_user, decide
):
    applicant = make_member(Status.PENDING, first_name="Aino", language="sv")

    decide(membership.approve, applicant, admin_user, "Välkommen!")

    applicant.refresh_from_db()
    assert applicant.status == Status.APPROVED
    assert applicant.decided_by == admin_user
    assert applicant.decided_at is not None
    assert applicant.member_since is not None
    assert applicant.status_message == "Välkommen!"
    assert in_members_group(applicant)
    [email] = mail.outbox
    assert email.to == [applicant.user.email]
    assert "Aino" in email.body
    assert "Välkommen!" in email.body
    assert "http://testserver/sv/extranet/" in email.body


def test_the_email_is_written_in_the_language_the_member_chose(admin_user, decide):
    applicant = make_member(Status.PENDING, first_name="", last_name="", language="sv")

    decide(membership.approve, applicant, admin_user)

    [email] = mail.outbox
    assert email.body.startswith("Hej,")
    assert "http://testserver/sv/extranet/" in email.body


def test_a_denied_applicant_gets_the_reason_in_finnish_and_stays_out_of_the_group(
    admin_user, decide
):
    applicant = make_member(Status.PENDING, first_name="Eero", language="fi")

    decide(membership.deny, applicant, admin_user, "Jäsenyys on tarkoitettu ammattilaisille.")

    applicant.refresh_from_db()
    assert applicant.status == Status.DENIED
    assert applicant.member_since is None
    assert not in_members_group(applicant)
    [email] = mail.outbox
    assert "Jäsenyys on tarkoitettu ammattilaisille." in email.body
    assert "http://testserver/fi/extranet/status/" in email.body


def test_suspending_removes_the_member_from_the_group_and_tells_them_why(admin_user, decide):
    member = make_member(Status.PENDING, language="en")
    decide(membership.approve, member, admin_user)
    assert in_members_group(member)
    mail.outbox.clear()

    decide(membership.suspend, member, admin_user, "Spam in discussions.")

    member.refresh_from_db()
    assert member.status == Status.SUSPENDED
    assert not in_members_group(member)
    [email] = mail.outbox
    assert "Spam in discussions." in email.body
    assert "http://testserver/en/extranet/status/" in email.body


def test_reinstating_keeps_the_original_member_since_date(admin_user, decide):
    member = make_member(Status.SUSPENDED)
    joined = member.member_since

    decide(membership.reinstate, member, admin_user)

    member.refresh_from_db()
    assert member.status == Status.APPROVED
    assert member.member_since == joined
    assert in_members_group(member)
    assert len(mail.outbox) == 1


def test_ending_a_suspended_membership_is_allowed(admin_user, decide):
    member = make_member(Status.SUSPENDED)

    decide(membership.end, member, admin_user, "Left the field.")

    member.refresh_from_db()
    assert member.status == Status.ENDED
    assert mail.outbox[0].to == [member.user.email]


@pytest.mark.parametrize(
    ("status", "action", "args"),
    [
        (Status.APPROVED, membership.approve, ()),
        (Status.APPROVED, membership.deny, ()),
        (Status.PENDING, membership.suspend, ("reason",)),
        (Status.DENIED, membership.end, ("reason",)),
        (Status.APPROVED, membership.reinstate, ()),
        (Status.PENDING, membership.reinstate, ()),
    ],
)
def test_a_decision_the_status_does_not_allow_is_refused_and_changes_nothing(
    admin_user, decide, status, action, args
):
    profile = make_member(status)

    with pytest.raises(membership.MembershipError):
        decide(action, profile, admin_user, *args)

    profile.refresh_from_db()
    assert profile.status == status
    assert profile.decided_by is None
    assert mail.outbox == []
    assert not ModelLogEntry.objects.for_instance(profile).exists()


def test_suspending_or_ending_without_a_reason_is_refused(admin_user, decide):
    member = make_member()

    for action in (membership.suspend, membership.end):
        with pytest.raises(membership.MembershipError):
            decide(action, member, admin_user, "   ")

    member.refresh_from_db()
    assert member.status == Status.APPROVED


def test_every_decision_is_written_to_the_audit_log(admin_user, decide):
    profile = make_member(Status.PENDING)

    decide(membership.approve, profile, admin_user)
    decide(membership.suspend, profile, admin_user, "Checking reports.")
    decide(membership.reinstate, profile, admin_user)
    decide(membership.end, profile, admin_user, "Asked to leave.")

    entries = ModelLogEntry.objects.for_instance(profile).order_by("timestamp", "pk")
    assert [entry.action for entry in entries] == [
        "extranet.membership.approve",
        "extranet.membership.suspend",
        "extranet.membership.reinstate",
        "extranet.membership.end",
    ]
    assert all(entry.user == admin_user for entry in entries)
    assert entries[1].data["message"] == "Checking reports."
    with translation.override("en"):
        assert entries[1].message == "Membership suspended"


def test_a_new_application_is_emailed_to_the_people_who_manage_memberships(
    admin_user, django_capture_on_commit_callbacks
):
    make_staff("no-permission@example.fi", groups=())
    applicant = make_member(Status.PENDING, first_name="Ville", organisation="Kotka")

    with django_capture_on_commit_callbacks(execute=True):
        membership.application_received(applicant)

    [email] = mail.outbox
    assert email.to == [admin_user.email]
    assert "Ville" in email.subject
    assert f"http://testserver/admin/extranet/members/{applicant.pk}/" in email.body
    assert ModelLogEntry.objects.for_instance(applicant).get().action == (
        "extranet.membership.apply"
    )


def test_the_email_is_not_sent_when_a_later_decision_replaced_it(admin_user):
    member = make_member(Status.SUSPENDED)

    result = send_membership_email.call(member.pk, "approve", "")

    assert result == "superseded"
    assert mail.outbox == []


class FailsOnceBackend(EmailBackend):
    """A mail server that refuses the first message and takes the rest."""

    refused = 0

    def send_messages(self, messages):
        if not type(self).refused:
            type(self).refused += 1
            raise smtplib.SMTPServerDisconnected("down")
        return super().send_messages(messages)


def test_a_failed_email_is_retried(admin_user, settings):
    member = make_member(Status.DENIED)
    settings.EMAIL_DELIVERY_BACKEND = "tests.extranet.members.test_membership.FailsOnceBackend"
    FailsOnceBackend.refused = 0

    with pytest.raises(smtplib.SMTPServerDisconnected):
        send_membership_email.call(member.pk, "deny", "")

    # The immediate backend ran the retry at once, and it succeeded.
    assert FailsOnceBackend.refused == 1
    assert [message.to for message in mail.outbox] == [[member.user.email]]
