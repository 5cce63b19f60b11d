import datetime

import icalendar
import pytest

from django.utils import timezone

from .conftest import add_event, helsinki, translate_event

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.parametrize(
    ("start", "utc_start", "utc_end"),
    [
        # Summer time: Helsinki is UTC+3.
        (
            helsinki(2035, 7, 10, 13, 0),
            datetime.datetime(2035, 7, 10, 10, 0, tzinfo=UTC),
            datetime.datetime(2035, 7, 10, 12, 0, tzinfo=UTC),
        ),
        # Winter time: Helsinki is UTC+2.
        (
            helsinki(2035, 1, 16, 9, 30),
            datetime.datetime(2035, 1, 16, 7, 30, tzinfo=UTC),
            datetime.datetime(2035, 1, 16, 9, 30, tzinfo=UTC),
        ),
    ],
)
def test_event_calendar_file_has_the_event_in_utc(client, events_index, start, utc_start, utc_end):
    event = add_event(
        events_index,
        "Rahoitusinfo",
        "rahoitusinfo",
        start=start,
        summary="Kuulet rahoitushausta.",
        venue_name="Tieteiden talo",
        street_address="Kirkkokatu 6",
        postal_code="00170",
        city="Helsinki",
    )

    response = client.get(f"{event.url}ical/")

    assert response["Content-Disposition"] == 'attachment; filename="rahoitusinfo.ics"'
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar["X-WR-CALNAME"] == "Rahoitusinfo"
    [vevent] = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == utc_start
    assert vevent.decoded("DTEND") == utc_end
    assert vevent["DTSTART"].to_ical().endswith(b"Z")
    assert vevent["UID"] == f"event-{event.translation_key}@localhost"
    assert vevent["SUMMARY"] == "Rahoitusinfo"
    assert vevent["LOCATION"] == "Tieteiden talo, Kirkkokatu 6, 00170 Helsinki"
    assert vevent["URL"] == f"http://localhost{event.url}"
    assert "Kuulet rahoitushausta." in vevent["DESCRIPTION"]
    assert f"http://localhost{event.url}" in vevent["DESCRIPTION"]
    assert vevent.decoded("DTSTAMP")


def test_online_event_location_is_its_address(client, events_index):
    event = add_event(
        events_index, "Webinaari", "webinaari", city="", online_url="https://example.fi/w"
    )

    [vevent] = parse(client.get(f"{event.url}ical/")).walk("VEVENT")

    assert vevent["LOCATION"] == "https://example.fi/w"


def test_uid_is_stable_across_languages_and_republishing(client, indexes):
    event = add_event(indexes["fi"], "Koulutus", "koulutus")
    swedish = translate_event(event, "sv", "Utbildning", "utbildning")
    first = parse(client.get(f"{event.url}ical/")).walk("VEVENT")[0]["UID"]
    event.title = "Koulutus (päivitetty)"
    event.save_revision().publish()

    again = parse(client.get(f"{event.url}ical/")).walk("VEVENT")[0]["UID"]
    sv = parse(client.get(f"{swedish.url}ical/")).walk("VEVENT")[0]

    assert first == again == sv["UID"]
    assert sv["SUMMARY"] == "Utbildning"


def test_feed_lists_upcoming_published_events_of_its_language(client, indexes):
    now = timezone.now()
    soon = add_event(indexes["fi"], "Pian", "pian", start=helsinki(2035, 7, 10, 13, 0))
    add_event(indexes["fi"], "Mennyt", "mennyt", start=now - datetime.timedelta(days=3))
    add_event(indexes["fi"], "Luonnos", "luonnos", publish=False)
    translate_event(soon, "sv", "Snart", "snart")

    response = client.get(f"{indexes['fi'].url}ical/")
    calendar = parse(response)
    sv_calendar = parse(client.get(f"{indexes['sv'].url}ical/"))

    assert calendar["X-WR-CALNAME"] == "Tapahtumat"
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Pian"]
    assert calendar.walk("VEVENT")[0].decoded("DTSTART") == datetime.datetime(
        2035, 7, 10, 10, 0, tzinfo=UTC
    )
    assert [str(e["SUMMARY"]) for e in sv_calendar.walk("VEVENT")] == ["Snart"]
    assert "attachment" not in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith('filename="tapahtumat.ics"')


def test_draft_event_has_no_calendar_file(client, events_index):
    event = add_event(events_index, "Luonnos", "luonnos", publish=False)

    assert client.get(f"/fi/tapahtumat/{event.slug}/ical/").status_code == 404


def test_index_announces_its_calendar_feed(client, events_index):
    content = client.get(events_index.url).content.decode()

    assert (
        '<link rel="alternate" type="text/calendar" title="Tapahtumat (iCalendar)" '
        'href="http://testserver/fi/tapahtumat/ical/">'
    ) in content
    assert 'href="/fi/tapahtumat/ical/"' in content
