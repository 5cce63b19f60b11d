"""The reminder the day before, through the real database task queue and never twice, and the
notice to everyone registered when an event's time, place or online address changes or the event
is cancelled."""

import datetime

import icalendar
import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events import registrations
from events.models import EventPage, Registration
from tests.task_queue import run_worker

from .conftest import add_event, translate_event

# The worker closes the database connection between tasks, as it does in production.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

Status = Registration.Status
MEETING = "https://teams.example.fi/verkostotapaaminen"


def tomorrow_at_ten():
    day = timezone.localdate() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def open_event(index, title, slug, starts_in=None, start=None, **fields):
    start = start or timezone.now() + starts_in
    return add_event(
        index,
        title,
        slug,
        start=start,
        registration_enabled=True,
        capacity=1,
        waiting_list_enabled=True,
        online_url=MEETING,
        **fields,
    )


def register(event, email, language="fi"):
    registration, _created = registrations.register(
        event, language=language, name="Aino Virtanen", email=email, organisation="Kunta"
    )
    return registration


def test_the_reminder_reaches_each_one_with_a_place_once_through_the_task_queue(
    database_queue, indexes, events_index
):
    tomorrow = open_event(events_index, "Verkostotapaaminen", "verkosto", start=tomorrow_at_ten())
    swedish = translate_event(tomorrow, "sv", "Nätverksmöte", "natverksmote")
    next_week = open_event(events_index, "Webinaari", "webinaari", datetime.timedelta(days=7))
    register(tomorrow, "aino@example.fi")
    register(swedish, "anna@example.fi", language="sv")  # no place left: on the waiting list
    register(next_week, "ben@example.fi")
    run_worker()
    mail.outbox.clear()

    call_command("send_event_reminders", verbosity=0)
    run_worker()
    call_command("send_event_reminders", verbosity=0)
    run_worker()

    (reminder,) = mail.outbox
    assert reminder.to == ["aino@example.fi"]
    assert reminder.subject == "Muistutus: Verkostotapaaminen"
    assert MEETING in reminder.body
    assert "registration/" in reminder.body  # the link for cancelling
    assert Registration.objects.filter(reminder_sent_at__isnull=False).count() == 1


def publish_change(event, **fields):
    page = EventPage.objects.get(pk=event.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_a_changed_time_is_told_once_to_everyone_registered_in_their_language(
    database_queue, indexes, events_index
):
    event = open_event(events_index, "Verkostotapaaminen", "verkosto", datetime.timedelta(days=7))
    swedish = translate_event(event, "sv", "Nätverksmöte", "natverksmote")
    register(event, "aino@example.fi")
    register(swedish, "anna@example.fi", language="sv")
    run_worker()
    mail.outbox.clear()
    later = event.start + datetime.timedelta(days=1)

    publish_change(event, start=later, end=later + datetime.timedelta(hours=2))
    publish_change(swedish, start=later, end=later + datetime.timedelta(hours=2))
    publish_change(event, summary="Uusi tiivistelmä.")  # nothing registrants need to hear
    run_worker()

    by_address = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 2
    finnish, swedish_mail = by_address["aino@example.fi"], by_address["anna@example.fi"]
    assert finnish.subject == "Muuttunut: Verkostotapaaminen"
    assert swedish_mail.subject == "Ändrat: Nätverksmöte"
    assert "reservplats" in swedish_mail.body
    (vevent,) = icalendar.Calendar.from_ical(finnish.attachments[0][1]).walk("VEVENT")
    assert vevent.decoded("dtstart") == later.replace(microsecond=0)
    assert not swedish_mail.attachments  # no place: no calendar entry


def test_a_cancelled_event_tells_its_registrants_and_takes_no_more(
    database_queue, client, events_index
):
    event = open_event(events_index, "Verkostotapaaminen", "verkosto", datetime.timedelta(days=7))
    register(event, "aino@example.fi")
    run_worker()
    mail.outbox.clear()

    publish_change(event, cancelled=True)
    run_worker()
    page = client.get(event.url).content.decode()

    (notice,) = mail.outbox
    assert notice.subject == "Peruttu: Verkostotapaaminen"
    assert "Tapahtuma on peruttu." in page
    assert 'class="registration-form"' not in page
    with pytest.raises(registrations.RegistrationClosed):
        register(EventPage.objects.get(pk=event.pk), "ben@example.fi")
