"""A reader registers for an event in each language and gets the confirmation with its calendar
file; the next one lands on the waiting list; the first cancels from the emailed link and the
waiting one is promoted and emailed. axe-core on every step."""

import datetime
import re

import icalendar
import pytest
from playwright.sync_api import expect

from django.core import mail
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration
from tests.events.conftest import add_event
from tests.extranet.builders import PASSWORD, make_staff

from .accounts import log_in_to_admin
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

BROWSER_LOCALE = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
MEETING = "https://teams.example.fi/selaintesti"
PLACES_TAKEN = {"fi": "1/1 paikasta varattu", "sv": "1/1 platser tagna", "en": "1/1 places taken"}
CANCELLED = {
    "fi": "Ilmoittautumisesi on peruttu.",
    "sv": "Din anmälan är avbokad.",
    "en": "Your registration is cancelled.",
}


def full_path(url):
    return re.sub(r"^https?://[^/]+", "", url)


def message_to(email):
    return next(message for message in reversed(mail.outbox) if message.to == [email])


def status_link(message):
    return full_path(re.search(r"https?://\S+/registration/[-\w]+/", message.body).group(0))


def fill_and_send(page, name, email, consent=True):
    page.fill("#id_name", name)
    page.fill("#id_email", email)
    page.fill("#id_organisation", "Kaupunki")
    if consent:
        page.check("#id_consent")
    page.locator("form.registration-form button[type=submit]").click()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_register_wait_cancel_and_be_promoted(new_browser_page, demo_server, language):
    index = EventIndexPage.objects.live().get(locale__language_code=language)
    event = add_event(
        index,
        f"Selaintestin tapahtuma {language}",
        f"selaintesti-{language}",
        # On the hour, as editors set times (the shared demo database's other tests read it).
        start=timezone.now().replace(minute=0, second=0, microsecond=0)
        + datetime.timedelta(days=7),
        registration_enabled=True,
        capacity=1,
        waiting_list_enabled=True,
        online_url=MEETING,
        ask_accessibility_needs=True,
        registration_questions="Mitä haluat kysyä?",
    )
    first, second = f"eka.{language}@example.fi", f"toka.{language}@example.fi"
    page = new_browser_page(locale=BROWSER_LOCALE[language])

    page.goto(event.url)
    expect(page.locator("#registration")).to_be_visible()
    expect(page.get_by_text(MEETING)).to_have_count(0)
    assert_accessible(page)

    # Without consent: the errors are listed and what was typed stays.
    fill_and_send(page, "Aino Virtanen", first, consent=False)
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_email")).to_have_value(first)
    assert_accessible(page)
    page.check("#id_consent")
    page.locator("form.registration-form button[type=submit]").click()
    expect(page.locator("main [role=status]")).to_be_visible()
    assert_accessible(page)

    confirmation = message_to(first)
    assert MEETING in confirmation.body
    name, content, _mimetype = confirmation.attachments[0]
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent.decoded("DTSTART") == event.start.replace(microsecond=0)

    # The event is full: the next one joins the waiting list and sees their place in it.
    second_page = new_browser_page(locale=BROWSER_LOCALE[language])
    second_page.goto(event.url)
    expect(second_page.get_by_text(PLACES_TAKEN[language])).to_be_visible()
    fill_and_send(second_page, "Bertil Ek", second)
    expect(second_page.locator("main [role=status]")).to_contain_text("1")
    assert_accessible(second_page)
    assert Registration.objects.get(email=second).status == Registration.Status.WAITING

    # The first cancels from the link in their email; the place goes to the second.
    page.goto(status_link(confirmation))
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main [role=status]")).to_contain_text(CANCELLED[language])
    assert_accessible(page)

    assert Registration.objects.get(email=second).status == Registration.Status.CONFIRMED
    promotion = message_to(second)
    assert MEETING in promotion.body and promotion.attachments


REGISTRATIONS = {"fi": "Ilmoittautumiset", "sv": "Anmälningar", "en": "Registrations"}


def test_the_organisers_registration_pages_are_accessible_in_three_languages(
    new_browser_page, demo_server
):
    """The demo's full workshop: its list with the waiting list, attendance and the sheet."""
    waiting = Registration.objects.filter(status=Registration.Status.WAITING).first()
    event = EventPage.objects.get(translation_key=waiting.event_key, locale__language_code="fi")
    editor = make_staff("jarjestaja-selain@example.fi", groups=("Editors",))
    editor.set_password(PASSWORD)
    editor.save()
    admin = new_browser_page(locale="fi-FI")
    log_in_to_admin(admin, editor, PASSWORD)
    profile = editor.wagtail_userprofile

    for language in ("fi", "sv", "en"):
        profile.preferred_language = language
        profile.save()
        admin.goto("/admin/reports/event-registrations/")
        assert_accessible(admin)
        admin.get_by_role("link", name=event.title).first.click()
        expect(admin.locator("h1")).to_contain_text(REGISTRATIONS[language])
        expect(admin.locator("main tbody tr").first).to_be_visible()
        assert_accessible(admin)
        admin.goto(f"/admin/events/{event.pk}/attendance/")
        expect(admin.locator("main input[type=checkbox]").first).to_be_visible()
        assert_accessible(admin)
        admin.goto(f"/admin/events/{event.pk}/attendance-sheet/")
        expect(admin.locator("tbody tr").first).to_be_visible()
        assert_accessible(admin)
