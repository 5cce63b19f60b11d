"""iCalendar (RFC 5545) files that calendar programs import or subscribe to: the public events
and the workspaces' meetings build theirs here.

Times are written in UTC: every calendar program converts them to the reader's own time zone,
and no VTIMEZONE definition is needed.
"""

import datetime

import icalendar

from django.http import HttpResponse
from django.utils.http import content_disposition_header


def utc(value):
    return value.astimezone(datetime.UTC)


def new_calendar(*, prodid, name):
    """An empty VCALENDAR that publishes events under `name`."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def add_event(
    calendar,
    *,
    uid,
    stamp,
    start,
    end,
    summary,
    description,
    location="",
    url="",
    sequence=None,
    created=None,
    modified=None,
):
    """One VEVENT; the optional properties only when given."""
    item = icalendar.Event()
    item.add("uid", uid)
    if sequence is not None:
        item.add("sequence", sequence)
    item.add("dtstamp", utc(stamp))
    if created:
        item.add("created", utc(created))
    if modified:
        item.add("last-modified", utc(modified))
    item.add("dtstart", utc(start))
    item.add("dtend", utc(end))
    item.add("summary", summary)
    item.add("description", description)
    if location:
        item.add("location", location)
    if url:
        item.add("url", url)
    calendar.add_component(item)


def calendar_response(calendar, *, filename, as_attachment=True):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    return response
