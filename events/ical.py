"""Events as iCalendar (RFC 5545) files that calendar programs import or subscribe to.

Built with home.ical, as the workspaces' meetings are.
"""

from django.utils import timezone

from home import ical

PRODID = "-//Kotoutuminen.fi//Events//FI"


def event_uid(event, host):
    """The same for every language version of the event, and for as long as the event exists."""
    return f"event-{event.translation_key}@{host}"


def build_calendar(events, request, *, name, host, for_participant=False):
    """The events' calendar; `for_participant`: for someone with a place, whose calendar may
    hold the online address that the public one leaves out."""
    calendar = ical.new_calendar(prodid=PRODID, name=name)
    now = timezone.now()
    for event in events:
        url = event.get_full_url(request)
        ical.add_event(
            calendar,
            uid=event_uid(event, host),
            stamp=event.last_published_at or now,
            start=event.start,
            end=event.end,
            summary=event.title,
            description=f"{event.summary}\n\n{url}",
            location=(event.place or event.online_url) if for_participant else event.location,
            url=url,
        )
    return calendar


def calendar_response(events, request, *, name, filename, host, as_attachment=True):
    calendar = build_calendar(events, request, name=name, host=host)
    return ical.calendar_response(calendar, filename=filename, as_attachment=as_attachment)
