"""Events as iCalendar (RFC 5545) files that calendar programs import or subscribe to.

Times are written in UTC: every calendar program converts them to the reader's own time zone,
and no VTIMEZONE definition is needed.
"""

import datetime

import icalendar

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

PRODID = "-//Kotoutuminen.fi//Events//FI"


def _utc(value):
    return value.astimezone(datetime.UTC)


def event_uid(event, host):
    """The same for every language version of the event, and for as long as the event exists."""
    return f"event-{event.translation_key}@{host}"


def build_calendar(events, request, *, name, host):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    now = timezone.now()
    for event in events:
        url = event.get_full_url(request)
        item = icalendar.Event()
        item.add("uid", event_uid(event, host))
        item.add("dtstamp", _utc(event.last_published_at or now))
        item.add("dtstart", _utc(event.start))
        item.add("dtend", _utc(event.end))
        item.add("summary", event.title)
        item.add("description", f"{event.summary}\n\n{url}")
        if event.location:
            item.add("location", event.location)
        item.add("url", url)
        calendar.add_component(item)
    return calendar


def calendar_response(events, request, *, name, filename, host, as_attachment=True):
    calendar = build_calendar(events, request, name=name, host=host)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    return response
