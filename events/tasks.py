"""Registration emails, in the registrant's language, through the task queue: confirmed (with
the event's calendar file and, for online events, the meeting link), on the waiting list,
promoted from it, the reminder the day before, and the notices of a changed or cancelled event.
Each has the link for cancelling."""

import datetime

from django_tasks import task

from django.db import transaction
from django.utils import timezone, translation

from home import mail

from . import registrations
from .ical import build_calendar
from .models import EventPage, Registration

RETRY_SECONDS = 300
TEMPLATES = {
    "confirmed": "events/email/registration_confirmed",
    "promoted": "events/email/registration_promoted",
    "waiting": "events/email/registration_waiting",
    "reminder": "events/email/registration_reminder",
    "changed": "events/email/event_changed",
    "cancelled": "events/email/event_cancelled",
}
# Only those with a place hear these; the others go to everyone registered.
FOR_CONFIRMED_ONLY = {"confirmed", "promoted", "reminder"}
WITH_CALENDAR = {"confirmed", "promoted", "changed"}


def status_url(registration):
    return f"{registration.event.get_full_url()}registration/{registration.token}/"


def calendar_file(event):
    calendar = build_calendar(
        [event], None, name=event.title, host=mail.site_domain(), for_participant=True
    )
    return f"{event.slug}.ics", calendar.to_ical(), "text/calendar; charset=utf-8"


@task()
def send_event_reminders():
    """Queue the reminder to each confirmed registrant of an event that starts before the end of
    tomorrow, Finnish time, and has not started. Each registration is reminded once, however
    often or however many at once this runs."""
    now = timezone.now()
    until = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate(now) + datetime.timedelta(days=2), datetime.time()
        )
    )
    due = Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__live=True,
        event__cancelled=False,
        event__start__gt=now,
        event__start__lt=until,
    )
    with transaction.atomic():
        claimed = list(
            due.select_for_update(skip_locked=True, of=("self",)).values_list("pk", flat=True)
        )
        Registration.objects.filter(pk__in=claimed).update(reminder_sent_at=now)
        for registration_id in claimed:
            transaction.on_commit(
                lambda pk=registration_id: send_registration_email.enqueue(pk, "reminder")
            )
    return f"queued {len(claimed)} reminders"


@task()
def send_registration_email(registration_id, kind, page_id=None, attempt=1):
    """`page_id`: for a change, the published version of the event that brought it."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or registration.status == Registration.Status.CANCELLED:
        return "nothing to send"
    confirmed = registration.status == Registration.Status.CONFIRMED
    if kind in FOR_CONFIRMED_ONLY and not confirmed:
        return "no place to tell of"
    event = registration.event
    details = EventPage.objects.filter(pk=page_id).first() if page_id else None
    details = details or event
    context = {
        "registration": registration,
        "event": event,
        "details": details,
        "event_url": event.get_full_url(),
        "status_url": status_url(registration),
        "position": registrations.waiting_position(registration),
        "online_url": details.online_url if confirmed else "",
    }
    with translation.override(registration.language):
        subject, body = mail.render_email(TEMPLATES[kind], context, registration.language)
        message = mail.site_email(
            subject,
            body,
            [registration.email],
            language=registration.language,
            connection=mail.delivery_connection(),
        )
        if confirmed and kind in WITH_CALENDAR:
            message.attach(*calendar_file(details))
    try:
        message.send()
    except mail.MAIL_ERRORS:
        mail.retry_later(
            send_registration_email,
            (registration_id, kind, page_id),
            attempt,
            RETRY_SECONDS,
            about=registration_id,
        )
        raise
    return f"sent {kind}"
