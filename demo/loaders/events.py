"""Demo events for `manage.py seed_demo`: an events index per language and ten events, some
coming and some past, dated relative to the day the demo is seeded."""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from demo.loaders.home import block_value, seed_index_page, translate_page
from events import demo_content as content
from events.models import EventIndexPage, EventPage
from home.models import Topic


def seed(home, report):
    """Create whatever of this app's demo content is missing under the Finnish home page."""
    locales = {code: Locale.objects.get(language_code=code) for code in content.LANGUAGES}
    index = seed_index_page(home, EventIndexPage, content.INDEX, locales, report, "events index")
    topics = _topics(locales)
    today = timezone.localdate()
    for spec in content.EVENTS:
        _seed_event(index, spec, locales, topics, today, report)


def _topics(locales):
    """The blog's demo topics by (Finnish slug, language code); missing ones are left out."""
    topics = {}
    for topic in Topic.objects.filter(locale=locales["fi"]):
        topics[topic.slug, "fi"] = topic
        for translated in topic.get_translations().select_related("locale"):
            topics[topic.slug, translated.locale.language_code] = translated
    return topics


def _at(day, hour_minute):
    """Finnish local time on a day, as an editor would enter it."""
    hour, minute = hour_minute
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _seed_event(index, spec, locales, topics, today, report):
    if index.get_children().filter(slug=spec["slug"]["fi"]).exists():
        return
    start = _at(today + datetime.timedelta(days=spec["days"]), spec["start"])
    end = start + datetime.timedelta(hours=spec["hours"])
    venue, street, postal_code, city = spec.get("place", ("", "", "", ""))
    deadline = None
    if "registration_days" in spec:
        deadline = _at(today + datetime.timedelta(days=spec["registration_days"]), (23, 59))
    finnish = None
    for code in content.LANGUAGES:
        fields = {
            "title": spec["title"][code],
            "slug": spec["slug"][code],
            "summary": spec["summary"][code],
            "body": [block_value(block, code, {}, {}) for block in spec["body"][code]],
            "start": start,
            "end": end,
            "online_url": spec.get("online_url", ""),
            "venue_name": venue,
            "street_address": street,
            "postal_code": postal_code,
            "city": city,
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
        event.topics.set([topics[slug, code] for slug in spec["topics"] if (slug, code) in topics])
        event.save_revision().publish()
        report.created.append(f"event {spec['key']} ({code})")
