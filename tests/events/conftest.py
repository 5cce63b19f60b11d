import datetime
import zoneinfo

import pytest

from django.utils import timezone

from wagtail.models import Locale

from events.models import EventIndexPage, EventPage, Registration
from home.models import Topic

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
INDEX = {
    "fi": ("Tapahtumat", "tapahtumat"),
    "sv": ("Evenemang", "evenemang"),
    "en": ("Events", "events"),
}


def helsinki(*args):
    """A moment in Finnish local time, as editors enter it."""
    return datetime.datetime(*args, tzinfo=HELSINKI)


def add_event(index, title, slug, start=None, end=None, publish=True, **fields):
    """An event under `index`; by default it starts in a week and lasts two hours."""
    start = start or timezone.now() + datetime.timedelta(days=7)
    fields.setdefault("summary", f"Tiivistelmä: {title}")
    fields.setdefault("city", "Helsinki")
    event = EventPage(
        title=title,
        slug=slug,
        locale=index.locale,
        start=start,
        end=end or start + datetime.timedelta(hours=2),
        live=publish,
        **fields,
    )
    index.add_child(instance=event)
    revision = event.save_revision()
    if publish:
        revision.publish()
    event.refresh_from_db()
    return event


def add_registrations(event, count, status=Registration.Status.CONFIRMED, start=0):
    """`count` registrations for `event` at once, numbered from `start`."""
    Registration.objects.bulk_create(
        Registration(
            event=event,
            event_key=event.translation_key,
            language="fi",
            name=f"Osallistuja {number}",
            email=f"osallistuja{number}@example.fi",
            organisation="Kunta",
            status=status,
        )
        for number in range(start, start + count)
    )


def translate_index(index, code):
    translated = index.copy_for_translation(Locale.objects.get(language_code=code))
    translated.title, translated.slug = INDEX[code]
    translated.save_revision().publish()
    return EventIndexPage.objects.get(pk=translated.pk)


def translate_event(event, code, title, slug):
    translated = event.copy_for_translation(
        Locale.objects.get(language_code=code), copy_parents=False
    )
    translated.title, translated.slug = title, slug
    translated.save_revision().publish()
    return EventPage.objects.get(pk=translated.pk)


@pytest.fixture
def events_index(site_tree):
    home = site_tree.page("home", "fi")
    index = home.add_child(
        instance=EventIndexPage(
            title="Tapahtumat",
            slug="tapahtumat",
            locale=home.locale,
            introduction="Tilaisuuksia ja webinaareja.",
        )
    )
    index.save_revision().publish()
    index.refresh_from_db()
    return index


@pytest.fixture
def indexes(events_index):
    return {"fi": events_index} | {
        code: translate_index(events_index, code) for code in ("sv", "en")
    }


@pytest.fixture
def topic(db):
    fi = Locale.objects.get_or_create(language_code="fi")[0]
    return Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=fi)
