"""Two hundred people register for fifty places at the same moment, on the real PostgreSQL, each
from a connection of their own: exactly fifty get a place, and nobody is booked twice."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from django.db import connection, connections

from events import registrations
from events.models import Registration

from .conftest import add_event

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 200
PLACES = 50
# At once: as many as the database takes connections for beside the test's own.
AT_ONCE = 40


def register_all(event):
    start = threading.Barrier(AT_ONCE)

    def attempt(number):
        if number < AT_ONCE:
            start.wait()
        try:
            registration, _created = registrations.register(
                event,
                language="fi",
                name=f"Osallistuja {number}",
                email=f"osallistuja{number}@example.fi",
                organisation="Kunta",
            )
            return registration.status
        except registrations.EventFull:
            return "full"
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        return list(pool.map(attempt, range(PEOPLE)))


@pytest.fixture
def event(site_tree):
    from events.models import EventIndexPage

    home = site_tree.page("home", "fi")
    index = home.add_child(
        instance=EventIndexPage(title="Tapahtumat", slug="tapahtumat", locale=home.locale)
    )
    return add_event(
        index, "Rahoitusinfo", "rahoitusinfo", registration_enabled=True, capacity=PLACES
    )


def test_two_hundred_at_once_for_fifty_places_without_a_waiting_list(event, settings):
    event.waiting_list_enabled = False
    event.save()
    assert connection.vendor == "postgresql"

    outcomes = register_all(event)

    assert outcomes.count(Registration.Status.CONFIRMED) == PLACES
    assert outcomes.count("full") == PEOPLE - PLACES
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == PLACES


def test_two_hundred_at_once_for_fifty_places_with_a_waiting_list(event):
    outcomes = register_all(event)

    assert outcomes.count(Registration.Status.CONFIRMED) == PLACES
    waiting = Registration.objects.filter(status=Registration.Status.WAITING)
    assert waiting.count() == PEOPLE - PLACES
    positions = sorted(registrations.waiting_position(registration) for registration in waiting)
    assert positions == list(range(1, PEOPLE - PLACES + 1))


def test_the_same_address_twice_at_once_gets_one_registration(event):
    start = threading.Barrier(10)

    def attempt(_number):
        start.wait()
        try:
            return registrations.register(
                event, language="fi", name="Aino", email="aino@example.fi", organisation="Kunta"
            )[0].pk
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=10) as pool:
        ids = set(pool.map(attempt, range(10)))

    assert len(ids) == 1
    assert Registration.objects.count() == 1
