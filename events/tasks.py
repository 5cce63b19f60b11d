"""Registration emails, in the registrant's language, through the task queue: confirmed (with
the event's calendar file and, for online events, the meeting link), on the waiting list, and
promoted from it. Each has the link for cancelling."""

from django_tasks import task

from django.utils import translation

from home import mail

from . import registrations
from .ical import build_calendar
from .models import Registration

RETRY_SECONDS = 300
TEMPLATES = {
    "confirmed": "events/email/registration_confirmed",
    "promoted": "events/email/registration_promoted",
    "waiting": "events/email/registration_waiting",
}


def status_url(registration):
    return f"{registration.event.get_full_url()}registration/{registration.token}/"


def calendar_file(event):
    calendar = build_calendar(
        [event], None, name=event.title, host=mail.site_domain(), for_participant=True
    )
    return f"{event.slug}.ics", calendar.to_ical(), "text/calendar; charset=utf-8"


@task()
def send_registration_email(registration_id, kind, attempt=1):
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or registration.status == Registration.Status.CANCELLED:
        return "nothing to send"
    event = registration.event
    confirmed = registration.status == Registration.Status.CONFIRMED
    context = {
        "registration": registration,
        "event": event,
        "event_url": event.get_full_url(),
        "status_url": status_url(registration),
        "position": registrations.waiting_position(registration),
        "online_url": event.online_url if confirmed else "",
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
        if confirmed:
            message.attach(*calendar_file(event))
    try:
        message.send()
    except mail.MAIL_ERRORS:
        mail.retry_later(
            send_registration_email,
            (registration_id, kind),
            attempt,
            RETRY_SECONDS,
            about=registration_id,
        )
        raise
    return f"sent {kind}"
