"""The weekly email to page owners of the pages they are to review."""

import datetime

from django_tasks import task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from home.mail import send_templated_or_retry

from . import reviews
from .models import ReviewReminder

RETRY_SECONDS = 600


def monday_of(day):
    return day - datetime.timedelta(days=day.weekday())


def admin_language(user):
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


@task()
def send_review_reminders():
    """Queue this week's email for each person who owns due pages (directly or via a group)."""
    week = monday_of(timezone.localdate()).isoformat()
    recipients = reviews.reviewers_with_due_pages(reviews.due_reviews())
    for user in recipients:
        send_review_reminder.enqueue(user.pk, week)
    return f"queued {len(recipients)} reminders"


@task()
def send_review_reminder(user_id, week, attempt=1):
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return "nobody to tell"
    if attempt == 1:
        _reminder, created = ReviewReminder.objects.get_or_create(
            user=user, week=datetime.date.fromisoformat(week)
        )
        if not created:
            return "already sent this week"
    group_ids = set(user.groups.values_list("pk", flat=True))
    due = reviews.owned_by(reviews.due_reviews(), user, group_ids)
    if not due:
        return "nothing due"
    base = settings.WAGTAILADMIN_BASE_URL
    send_templated_or_retry(
        "stewardship/email/review_reminder",
        {
            "user": user,
            "reviews": [
                (review, base + reverse("wagtailadmin_pages:edit", args=[review.page_id]))
                for review in due
            ],
            "report_url": base + reverse("pages_to_review_report") + "?owner=mine",
        },
        [user.email],
        language=admin_language(user),
        retry_task=send_review_reminder,
        args=(user_id, week),
        attempt=attempt,
        retry_seconds=RETRY_SECONDS,
    )
    return f"told {user.email} of {len(due)} pages"
