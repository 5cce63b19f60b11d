"""A member schedules a meeting in a workspace and finds it on the list: axe-core on the event
pages, in Finnish, Swedish and English."""

import re

import pytest
from playwright.sync_api import expect

from extranet.workspaces import services as workspaces
from tests.extranet.builders import PASSWORD, make_member

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_member_schedules_a_meeting(new_browser_page, language):
    member = make_member(
        email=f"tapahtumat-{language}@example.fi",
        first_name="Kalle",
        last_name=f"Kokoontuja-{language}",
        language=language,
    )
    workspace = workspaces.create(
        member.user, name=f"Kokousten työtila {language}", visibility="open"
    )
    page = new_browser_page(locale=LOCALES[language])
    log_in(page, member.user.email, PASSWORD, language=language)
    events = f"/{language}/extranet/workspaces/{workspace.slug}/events/"

    page.goto(events)
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{events}new/")
    page.locator("#id_title").fill("Verkostotapaaminen")
    page.locator("#id_start_date").fill("2031-03-04")
    page.locator("#id_start_time").fill("13:00")
    page.locator("#id_end_time").fill("12:00")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_title")).to_have_value("Verkostotapaaminen")
    assert_accessible(page)

    page.locator("#id_end_time").fill("15:00")
    page.locator("#id_location").fill("Pasila, kokoushuone 3")
    page.locator("#id_online_url").fill("https://meet.example.fi/kokous")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"{events}\d+/$"))
    expect(page.locator("h1")).to_have_text("Verkostotapaaminen")
    assert_accessible(page)

    page.goto(events)
    expect(page.locator(".workspace-event", has_text="Verkostotapaaminen")).to_be_visible()
    assert_accessible(page)

    page.locator(".workspace-event a", has_text="Verkostotapaaminen").click()
    page.locator("main a[href$='/delete/']").click()
    assert_accessible(page)
