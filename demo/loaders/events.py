"""Demo events for `manage.py seed_demo`: an events index per language and ten events
(demo/content/events/), some coming and some past, dated relative to the day the demo is
seeded."""

import datetime

from django.utils import timezone

from demo import reader
from demo.reader import LANGUAGES
from demo.seeding import block_value, demo_locales, demo_topics, seed_index_page, translate_page
from events.models import EventIndexPage, EventPage


def seed(home, report):
    """Create whatever of this app's demo content is missing under the Finnish home page."""
    locales = demo_locales()
    spec = reader.data("index_pages")["events"]
    index = seed_index_page(home, EventIndexPage, spec, locales, report, "events index")
    topics = demo_topics(locales)
    today = timezone.localdate()
    for spec in reader.pages("events"):
        _seed_event(index, spec, locales, topics, today, report)


def _at(day, hour_minute):
    """Finnish local time on a day ("13:00"), as an editor would enter it."""
    hour, minute = (int(part) for part in hour_minute.split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _seed_event(index, spec, locales, topics, today, report):
    if index.get_children().filter(slug=spec["slug"]["fi"]).exists():
        return
    start = _at(today + datetime.timedelta(days=spec["days"]), spec["start"])
    end = start + datetime.timedelta(hours=spec["hours"])
    place = spec.get("place", {})
    deadline = None
    if "registration_days" in spec:
        deadline = _at(today + datetime.timedelta(days=spec["registration_days"]), "23:59")
    finnish = None
    for code in LANGUAGES:
        fields = {
            "title": spec["title"][code],
            "slug": spec["slug"][code],
            "summary": spec["summary"][code],
            "body": [block_value(block, code, {}, {}) for block in spec["body"][code]],
            "start": start,
            "end": end,
            "online_url": spec.get("online_url", ""),
            "venue_name": place.get("venue", ""),
            "street_address": place.get("street", ""),
            "postal_code": place.get("postal_code", ""),
            "city": place.get("city", ""),
            "organiser": spec["organiser"][code],
            "registration_url": spec.get("registration_url", ""),
            "registration_deadline": deadline,
            "languages": spec["languages"],
        }
        if code == "fi":
            event = finnish = EventPage(locale=locales["fi"], **fields)
            index.add_child(instance=event)
        else:
            event = translate_page(finnish, locales[code], fields, publish=False)
        event.topics.set([topics[key, code] for key in spec["topics"] if (key, code) in topics])
        event.save_revision().publish()
        report.created.append(f"event {spec['key']} ({code})")
