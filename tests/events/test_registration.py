"""Registering for an event on the site: places, the waiting list, the same address twice,
cancelling by the emailed link, the emails with their calendar file, and bad input."""

import datetime

import icalendar
import pytest

from django.core import mail
from django.utils import timezone

from events import registrations
from events.models import Registration

from .conftest import add_event, add_registrations, translate_event

pytestmark = pytest.mark.django_db

Status = Registration.Status
MEETING = "https://teams.example.fi/rahoitusinfo"


def open_event(index, capacity=2, **fields):
    fields = {
        "registration_enabled": True,
        "capacity": capacity,
        "waiting_list_enabled": True,
        "online_url": MEETING,
        "ask_dietary_needs": True,
        "registration_questions": "Mitä haluat kysyä?\nMistä kuulit tapahtumasta?",
        **fields,
    }
    return add_event(index, "Rahoitusinfo", "rahoitusinfo", **fields)


def form_data(email="aino@example.fi", **fields):
    return {
        "name": "Aino Virtanen",
        "email": email,
        "organisation": "Helsingin kaupunki",
        "dietary_needs": "Vegaaninen",
        "question_0": "Miten haetaan?",
        "consent": "on",
        **fields,
    }


@pytest.fixture
def client(client, django_capture_on_commit_callbacks):
    """The emails are queued once the registration is committed: each POST runs those
    callbacks when it is done, as a committed request would."""
    post = client.post

    def post_and_commit(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post(*args, **kwargs)

    client.post = post_and_commit
    return client


def register(client, event, email="aino@example.fi", **fields):
    return client.post(f"{event.url}register/", form_data(email, **fields))


def test_a_reader_registers_sees_the_places_and_gets_a_confirmation_with_the_calendar(
    client, events_index
):
    event = open_event(events_index, capacity=50)

    page = client.get(event.url).content.decode()
    response = register(client, event)

    assert "0/50 paikasta varattu" in page
    assert MEETING not in page  # only those with a place get the meeting link
    registration = Registration.objects.get()
    assert (registration.status, registration.language) == (Status.CONFIRMED, "fi")
    assert registration.answers == [["Mitä haluat kysyä?", "Miten haetaan?"]]
    assert registration.dietary_needs == "Vegaaninen"
    assert response.status_code == 302
    assert response["Location"].endswith(f"registration/{registration.token}/")
    (message,) = mail.outbox
    assert message.to == ["aino@example.fi"]
    assert "Rahoitusinfo" in message.subject
    assert MEETING in message.body
    assert f"registration/{registration.token}/" in message.body
    (name, content, mimetype) = message.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert vevent["summary"] == "Rahoitusinfo"
    assert vevent.decoded("dtstart") == event.start.replace(microsecond=0)
    assert "1/50" in client.get(event.url).content.decode()


def test_the_public_calendar_file_leaves_out_the_meeting_link(client, events_index):
    event = open_event(events_index)

    calendar = client.get(f"{event.url}ical/").content.decode()

    assert MEETING not in calendar


def test_when_the_places_are_taken_the_next_one_waits_and_a_cancellation_promotes_them(
    client, events_index
):
    event = open_event(events_index, capacity=1)
    register(client, event, "eka@example.fi")
    register(client, event, "toka@example.fi")
    first, second = Registration.objects.order_by("created_at")
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITING)
    assert registrations.waiting_position(second) == 1
    waiting_mail = mail.outbox[1]
    assert waiting_mail.subject.startswith("Varasijalla")
    assert not waiting_mail.attachments and MEETING not in waiting_mail.body
    mail.outbox.clear()

    status_page = client.get(f"{event.url}registration/{first.token}/")
    cancelled = client.post(f"{event.url}registration/{first.token}/")

    assert "Peru ilmoittautumiseni" in status_page.content.decode()
    assert '<meta name="robots" content="noindex">' in status_page.content.decode()
    assert cancelled.status_code == 200
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.CANCELLED, Status.CONFIRMED)
    (promotion,) = mail.outbox
    assert promotion.to == ["toka@example.fi"]
    assert MEETING in promotion.body and promotion.attachments


def test_the_same_address_again_gets_its_registration_not_a_second_one(client, events_index):
    event = open_event(events_index)
    register(client, event, "Aino@Example.fi")
    mail.outbox.clear()

    again = register(client, event, "aino@example.fi")

    assert Registration.objects.count() == 1
    assert again.status_code == 200
    # Whoever typed the address does not get the registration's link; its owner does.
    registration = Registration.objects.get()
    assert registration.token not in again.content.decode()
    assert mail.outbox[0].to == ["Aino@Example.fi"]


def test_a_full_event_without_a_waiting_list_refuses_kindly(client, events_index):
    event = open_event(events_index, capacity=1, waiting_list_enabled=False)
    register(client, event, "eka@example.fi")

    page = client.get(event.url).content.decode()
    refused = register(client, event, "toka@example.fi")

    assert '<form class="registration-form"' not in page
    assert refused.status_code == 409
    assert Registration.objects.count() == 1
    assert "Tapahtuma on valitettavasti täynnä." in refused.content.decode()


def test_registration_closes_at_its_deadline(client, events_index):
    event = open_event(
        events_index, registration_deadline=timezone.now() - datetime.timedelta(hours=1)
    )

    response = register(client, event)

    assert response.status_code == 409
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "ei-osoite"}, "Please give an email address in the form name@example.fi."),
        ({"name": ""}, "Please give your name."),
        ({"consent": ""}, "Please confirm that your details may be stored."),
    ],
)
def test_bad_input_is_explained_in_english_and_what_was_typed_is_kept(
    client, indexes, events_index, fields, message
):
    event = open_event(events_index)
    english = translate_event(event, "en", "Funding info", "funding-info")
    data = form_data(**{"organisation": "City of Helsinki", **fields})

    response = client.post(f"{english.url}register/", data)

    content = response.content.decode()
    assert response.status_code == 400
    assert message in content
    assert "City of Helsinki" in content
    assert not Registration.objects.exists()


def test_the_language_versions_share_the_places(client, indexes, events_index):
    event = open_event(events_index, capacity=1)
    swedish = translate_event(event, "sv", "Finansieringsinfo", "finansieringsinfo")
    register(client, event, "eka@example.fi")

    client.post(f"{swedish.url}register/", form_data("andra@example.fi"))

    second = Registration.objects.get(email="andra@example.fi")
    assert (second.status, second.language) == (Status.WAITING, "sv")
    assert mail.outbox[-1].subject.startswith("På reservplats")


def test_an_unknown_cancellation_link_is_not_found(client, events_index):
    event = open_event(events_index)

    response = client.get(f"{event.url}registration/made-up-token/")

    assert response.status_code == 404


def test_the_event_page_costs_the_same_with_many_registrations(
    client, events_index, django_assert_max_num_queries
):
    event = open_event(events_index, capacity=500)
    client.get(event.url)  # warm up
    with django_assert_max_num_queries(60) as few:
        client.get(event.url)
    add_registrations(event, 300)

    with django_assert_max_num_queries(len(few)):
        response = client.get(event.url)

    assert "300/500" in response.content.decode()


def test_the_places_left_are_never_served_stale_from_the_page_cache(client, events_index, settings):
    from home import page_cache
    from home.models import SiteSettings

    event = open_event(events_index, capacity=50)
    SiteSettings.for_site(events_index.get_site())
    settings.PAGE_CACHE_SECONDS = 600
    client.get(events_index.url)
    version = page_cache.content_version()

    client.get(event.url)
    register(client, event)
    again = client.get(event.url)
    index = client.get(events_index.url)

    assert "1/50" in again.content.decode()
    assert again.get("X-Page-Cache") != "hit"
    # A registration changes only the event's page: the rest stays cached.
    assert page_cache.content_version() == version
    assert index.get("X-Page-Cache") == "hit"
