"""Owners hear once a week, through the database task queue, of the pages due for review."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.users.models import UserProfile

from stewardship.models import PageReview, ReviewReminder
from tests.extranet.builders import make_staff
from tests.task_queue import run_worker

# The worker closes the database connection between tasks, as it does in production.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def due(page, *, user=None, group=None, days=-3):
    PageReview.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "owner_user": user,
            "owner_group": group,
            "review_by": timezone.localdate() + datetime.timedelta(days=days),
        },
    )


@pytest.fixture
def owners(site_tree):
    editors = Group.objects.get(name="Editors")
    anna = make_staff("anna@example.fi", groups=("Editors",))
    ben = make_staff("ben@example.fi", groups=())
    nobody_due = make_staff("cecilia@example.fi", groups=())
    PageReview.objects.update(review_by=timezone.localdate() + datetime.timedelta(days=365))
    due(site_tree.page("content", "fi"), group=editors)  # anna, through the Editors group
    due(site_tree.page("content", "sv"), user=anna, days=10)
    due(site_tree.page("section", "en"), user=ben)
    due(site_tree.page("home", "fi"), user=nobody_due, days=200)  # not due yet
    return anna, ben, nobody_due


def test_each_owner_gets_one_email_a_week_of_their_due_pages_in_their_language(
    database_queue, owners, site_tree
):
    anna, ben, nobody_due = owners
    profile = UserProfile.get_for_user(anna)
    profile.preferred_language = "sv"
    profile.save()

    call_command("send_review_reminders", verbosity=0)
    run_worker()
    first_run = {message.to[0]: message for message in mail.outbox}
    call_command("send_review_reminders", verbosity=0)
    run_worker()

    assert set(first_run) == {"anna@example.fi", "ben@example.fi"}
    assert len(mail.outbox) == 2  # the second run the same week sends nothing
    to_anna = first_run["anna@example.fi"].body
    assert site_tree.page("content", "fi").title in to_anna
    assert site_tree.page("content", "sv").title in to_anna
    assert site_tree.page("section", "en").title not in to_anna
    assert f"/admin/pages/{site_tree.page('content', 'fi').pk}/edit/" in to_anna
    assert ReviewReminder.objects.filter(user=anna).count() == 1
    assert "sidor att granska" in first_run["anna@example.fi"].subject
    assert "pages to review" in first_run["ben@example.fi"].subject.lower() or first_run[
        "ben@example.fi"
    ].subject.startswith("1 ")


def test_next_week_they_hear_again(database_queue, owners):
    anna, _ben, _nobody = owners
    call_command("send_review_reminders", verbosity=0)
    run_worker()
    ReviewReminder.objects.update(week=timezone.localdate() - datetime.timedelta(days=14))

    call_command("send_review_reminders", verbosity=0)
    run_worker()

    assert [m.to[0] for m in mail.outbox].count("anna@example.fi") == 2
