"""Sign-ups that never verify their address are removed after a while."""

import datetime
from io import StringIO

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from extranet.models import MemberProfile
from tests.extranet.builders import make_member, make_user

User = get_user_model()


def joined_days_ago(user, days):
    User.objects.filter(pk=user.pk).update(
        date_joined=timezone.now() - datetime.timedelta(days=days)
    )
    return user


def purge(*args):
    out = StringIO()
    call_command("purge_unverified_accounts", *args, stdout=out)
    return out.getvalue()


@override_settings(ACCOUNT_UNVERIFIED_PURGE_DAYS=7)
def test_only_old_unverified_sign_ups_are_removed(db):
    stale = joined_days_ago(make_user("stale@example.fi", verified=False), 8)
    fresh = joined_days_ago(make_user("fresh@example.fi", verified=False), 6)
    verified = joined_days_ago(make_user("verified@example.fi"), 30)
    staff = joined_days_ago(make_user("staff@example.fi", verified=False, is_staff=True), 30)
    applicant = make_member(MemberProfile.Status.PENDING, email="applicant@example.fi")
    EmailAddress.objects.filter(user=applicant.user).update(verified=False)
    joined_days_ago(applicant.user, 30)
    created_by_hand = joined_days_ago(make_user("by-hand@example.fi", verified=None), 30)

    output = purge()

    assert "Deleted 1 " in output
    assert not User.objects.filter(pk=stale.pk).exists()
    assert not EmailAddress.objects.filter(email="stale@example.fi").exists()
    remaining = set(User.objects.values_list("email", flat=True))
    assert {
        fresh.email,
        verified.email,
        staff.email,
        applicant.user.email,
        created_by_hand.email,
    } <= remaining


def test_an_account_with_one_verified_address_among_others_is_kept(db):
    user = joined_days_ago(make_user("main@example.fi"), 30)
    EmailAddress.objects.create(user=user, email="new@example.fi", verified=False)

    assert "Deleted 0 " in purge()
    assert User.objects.filter(pk=user.pk).exists()


def test_running_twice_removes_nothing_more(db):
    joined_days_ago(make_user(verified=False), 30)

    assert "Deleted 1 " in purge()
    assert "Deleted 0 " in purge()


def test_a_dry_run_only_counts(db):
    user = joined_days_ago(make_user(verified=False), 30)

    assert "1 unverified account older" in purge("--dry-run")
    assert User.objects.filter(pk=user.pk).exists()


def test_the_age_can_be_given_on_the_command_line(db):
    user = joined_days_ago(make_user(verified=False), 3)

    assert "Deleted 0 " in purge()
    assert "Deleted 1 " in purge("--days", "2")
    assert not User.objects.filter(pk=user.pk).exists()


def test_a_nonsense_age_is_refused(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        purge("--days", "0")
