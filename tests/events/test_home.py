import datetime

import pytest

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from .conftest import add_event, translate_event

pytestmark = pytest.mark.django_db


def render_section(language):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        return Template("{% load events_tags %}{% upcoming_events_section %}").render(
            Context({"request": request})
        )


def test_home_section_shows_the_next_three_events_of_the_current_language(indexes):
    now = timezone.now()
    events = [
        add_event(
            indexes["fi"],
            f"Tapahtuma {days}",
            f"tapahtuma-{days}",
            start=now + datetime.timedelta(days=days),
        )
        for days in (9, 2, 5, 30)
    ]
    add_event(indexes["fi"], "Mennyt", "mennyt", start=now - datetime.timedelta(days=2))
    add_event(
        indexes["fi"], "Luonnos", "luonnos", start=now + datetime.timedelta(days=1), publish=False
    )
    translate_event(events[0], "sv", "Evenemang nio", "evenemang-nio")

    finnish = render_section("fi")
    swedish = render_section("sv")
    english = render_section("en")

    assert (
        finnish.index("Tapahtuma 2") < finnish.index("Tapahtuma 5") < finnish.index("Tapahtuma 9")
    )
    assert "Tapahtuma 30" not in finnish and "Mennyt" not in finnish and "Luonnos" not in finnish
    assert "Tulevat tapahtumat" in finnish
    assert 'href="/fi/tapahtumat/"' in finnish
    assert "Evenemang nio" in swedish and "Tapahtuma 2" not in swedish
    assert 'href="/sv/evenemang/"' in swedish
    assert english.strip() == ""
