"""Registrants' data: deleted a set number of days after the event, and exported or erased for
one address from the admin's personal data requests, beside comments."""

import datetime
import json

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events import registrations
from events.models import Registration
from tests.extranet.builders import make_staff

from .conftest import add_event

pytestmark = pytest.mark.django_db

DATA_REQUESTS = "/admin/blog/commenter-data/"
Status = Registration.Status


def event_at(index, slug, start, **fields):
    return add_event(
        index,
        slug.title(),
        slug,
        start=start,
        registration_enabled=True,
        capacity=1,
        waiting_list_enabled=True,
        **fields,
    )


def registration(event, email, status=Status.CONFIRMED):
    return Registration.objects.create(
        event=event,
        event_key=event.translation_key,
        language="fi",
        name=email.split("@")[0].title(),
        email=email,
        organisation="Kunta",
        status=status,
    )


def test_registrations_are_deleted_the_set_number_of_days_after_the_event(settings, events_index):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    now = timezone.now()
    long_ago = event_at(events_index, "keväällä", now - datetime.timedelta(days=40))
    lately = event_at(events_index, "viime-viikolla", now - datetime.timedelta(days=7))
    coming = event_at(events_index, "ensi-viikolla", now + datetime.timedelta(days=7))
    for event in (long_ago, lately, coming):
        registration(event, "aino@example.fi")

    call_command("erase_event_registrations", verbosity=0)

    left = set(Registration.objects.values_list("event__slug", flat=True))
    assert left == {"viime-viikolla", "ensi-viikolla"}


@pytest.fixture
def editor(client):
    client.force_login(make_staff("editor@example.fi"))
    return client


def test_a_data_request_downloads_the_registrations_of_that_address(editor, events_index):
    event = event_at(events_index, "rahoitusinfo", timezone.now() + datetime.timedelta(days=3))
    registration(event, "aino@example.fi")
    registration(event, "ben@example.fi", Status.WAITING)

    response = editor.post(DATA_REQUESTS, {"email": "AINO@example.fi", "action": "export"})

    data = json.loads(response.content)
    assert [entry["event"] for entry in data["event_registrations"]] == ["Rahoitusinfo"]
    assert data["event_registrations"][0]["organisation"] == "Kunta"
    assert data["comments"] == []


def test_erasing_a_persons_data_deletes_their_registrations_and_frees_the_place(
    editor, events_index, django_capture_on_commit_callbacks
):
    event = event_at(events_index, "rahoitusinfo", timezone.now() + datetime.timedelta(days=3))
    registration(event, "aino@example.fi")
    waiting = registration(event, "ben@example.fi", Status.WAITING)

    asked = editor.post(DATA_REQUESTS, {"email": "aino@example.fi", "action": "erase"})
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(DATA_REQUESTS, {"email": "aino@example.fi", "action": "erase-confirmed"})

    assert "1 event registration" in asked.content.decode()
    assert not Registration.objects.filter(email="aino@example.fi").exists()
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    assert [message.to for message in mail.outbox] == [["ben@example.fi"]]
    assert registrations.taken_places(event) == 1
