"""A reader moves around the demo site in each language; axe-core checks every page type."""

import re

import pytest
from playwright.sync_api import expect

from home.models import ContentPage

from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_reader_visits_every_page_type_and_each_is_accessible(browser_page, language):
    page = browser_page

    page.goto(f"/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)

    first_item = page.locator("nav.main-menu a").first
    first_title = first_item.inner_text()
    first_item.click()
    expect(page.locator("h1")).to_have_text(first_title)
    expect(page.locator("nav.main-menu a[aria-current=page]")).to_have_text(first_title)
    assert_accessible(page)

    page.locator(".card-list a").first.click()
    expect(page.locator("nav.breadcrumbs")).to_be_visible()
    assert_accessible(page)

    richest = max(
        ContentPage.objects.live().filter(locale__language_code=language),
        key=lambda content_page: len({block.block_type for block in content_page.body}),
    )
    page.goto(richest.url)
    for details in page.locator("main details").all():
        details.locator("summary").click()
    assert_accessible(page)

    response = page.goto(f"/{language}/ei-ole-olemassa/")
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)


def test_reader_switches_language_on_a_content_page(browser_page):
    page = browser_page
    finnish = ContentPage.objects.live().filter(locale__language_code="fi").first()
    swedish = finnish.get_translation(finnish.locale.__class__.objects.get(language_code="sv"))

    page.goto(finnish.url)
    page.get_by_role("navigation", name="Kieli").get_by_role("link", name="Svenska").click()

    expect(page).to_have_url(re.compile(re.escape(swedish.url) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.locator("h1")).to_have_text(swedish.title)
    expect(
        page.get_by_role("navigation", name="Språk").get_by_role("link", name="Svenska")
    ).to_have_attribute("aria-current", "true")


def test_keyboard_user_skips_straight_to_the_content(browser_page):
    page = browser_page
    page.goto("/en/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")

    expect(page.locator("main")).to_be_focused()


def test_root_address_opens_the_browsers_language(new_browser_page):
    page = new_browser_page(locale="sv-FI")

    page.goto("/")

    expect(page).to_have_url(re.compile(r"/sv/$"))
    expect(page.locator("html")).to_have_attribute("lang", "sv")


def test_accessibility_check_fails_on_a_page_with_a_violation(chromium):
    page = chromium.new_page()
    page.set_content('<html lang="fi"><body><main><img src="kuva.png"></main></body></html>')

    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page)
