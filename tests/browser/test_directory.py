"""A member searches the contact-person directory, browses the organisations and proposes one;
axe-core on every view, in Finnish, Swedish and English."""

import re

import pytest
from playwright.sync_api import expect

from extranet.models import Organisation
from tests.extranet.builders import PASSWORD, make_member

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_member_finds_colleagues_and_organisations(new_browser_page, language):
    member = make_member(
        email=f"hakija-{language}@example.fi",
        first_name="Selma",
        last_name=f"Selaaja-{language}",
        organisation="Tampereen kaupunki",
        region="pirkanmaa",
        language=language,
    )
    page = new_browser_page(locale=LOCALES[language])
    log_in(page, member.user.email, PASSWORD)
    base = f"/{language}/extranet"

    page.goto(f"{base}/members/")
    expect(page.locator(".member-card").first).to_be_visible()
    assert_accessible(page)

    # A seeded colleague found by an inflected word and a filter
    page.locator("#directory-q").fill("kielikoulutuksessa")
    page.locator(".directory-facet summary").first.click()
    page.locator('input[name="region"][value="pirkanmaa"]').check()
    page.locator(".directory-search button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"q=kielikoulutuksessa.*region=pirkanmaa"))
    expect(page.locator(".member-card", has_text="Laura Nieminen")).to_be_visible()
    expect(page.locator('input[name="region"][value="pirkanmaa"]')).to_be_checked()
    assert_accessible(page)

    page.goto(f"{base}/organisations/")
    card = page.locator(".organisation-card", has_text="Tampereen kaupunki")
    expect(card).to_be_visible()
    assert_accessible(page)

    card.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Tampereen kaupunki")
    expect(page.locator(".member-card", has_text=f"Selma Selaaja-{language}")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{base}/organisations/propose/")
    assert_accessible(page)
    page.locator("#id_website").fill("ei osoite")
    page.locator(".propose-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
    page.locator("#id_name").fill(f"Selaajien yhdistys {language}")
    page.locator("#id_website").fill("")
    page.locator(".propose-form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/propose/"))
    organisation = Organisation.objects.get(name=f"Selaajien yhdistys {language}")
    assert organisation.status == Organisation.Status.PROPOSED
    assert organisation.proposed_by == member.user
