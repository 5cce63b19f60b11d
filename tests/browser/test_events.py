"""A visitor finds an upcoming event in their language and saves it to their calendar; axe-core
on the events index, the past events list and an event page in every language."""

import re

import icalendar
import pytest
from playwright.sync_api import expect

from django.utils import timezone

from events.models import EventIndexPage, EventPage

from .conftest import assert_accessible, browser_test

pytestmark = browser_test

BROWSER_LOCALE = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
UPCOMING = {"fi": "Tulevat tapahtumat", "sv": "Kommande evenemang", "en": "Upcoming events"}
PAST = {"fi": "Menneet tapahtumat", "sv": "Tidigare evenemang", "en": "Past events"}
ADD_TO_CALENDAR = {
    "fi": "Lisää kalenteriin",
    "sv": "Lägg till i kalendern",
    "en": "Add to calendar",
}


def index_for(language):
    return EventIndexPage.objects.live().get(locale__language_code=language)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_visitor_opens_an_upcoming_event_and_downloads_its_calendar_file(
    new_browser_page, language
):
    page = new_browser_page(locale=BROWSER_LOCALE[language])
    index = index_for(language)
    soonest = (
        EventPage.objects.live()
        .child_of(index)
        .filter(end__gte=timezone.now())
        .order_by("start")
        .first()
    )

    page.goto(index.url)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("link", name=UPCOMING[language])).to_have_attribute(
        "aria-current", "page"
    )
    page.locator(".event-card").first.get_by_role("link", name=soonest.title).click()
    expect(page.locator("h1")).to_have_text(soonest.title)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(ADD_TO_CALENDAR[language])).click()
    download = download_info.value
    assert download.suggested_filename == f"{soonest.slug}.ics"
    with open(download.path(), "rb") as ics:
        calendar = icalendar.Calendar.from_ical(ics.read())
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == soonest.title
    # iCalendar times are to the second.
    assert vevent.decoded("DTSTART") == soonest.start.replace(microsecond=0)
    assert vevent.decoded("DTEND") == soonest.end.replace(microsecond=0)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_events_pages_are_accessible(browser_page, language):
    page = browser_page
    index = index_for(language)

    page.goto(index.url)
    expect(page.locator(".event-card").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name=PAST[language]).click()
    expect(page.locator("h1")).to_have_text(PAST[language])
    expect(page.locator(".event-card").first).to_be_visible()
    assert_accessible(page)

    page.locator(".event-card a").first.click()
    expect(page.locator(".event-details")).to_be_visible()
    assert_accessible(page)

    page.goto(index.url)
    page.locator(".events-topics a").nth(1).click()
    expect(page.locator(".listing__filter")).to_be_visible()
    assert_accessible(page)
