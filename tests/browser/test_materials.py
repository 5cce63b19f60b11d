"""Visitors filter the materials bank and download a material; axe-core on every view."""

import re

import pytest
from playwright.sync_api import expect

from materials.models import MaterialIndexPage

from .conftest import assert_accessible, browser_test

pytestmark = browser_test

SHOW = re.compile("Show materials|Näytä aineistot|Visa material")


def bank_url(language):
    return MaterialIndexPage.objects.live().get(locale__language_code=language).url


def test_visitor_filters_by_topic_and_language_and_downloads_a_guide(browser_page):
    page = browser_page
    page.goto(bank_url("fi"))
    page.locator("#material-topic").select_option("pakolaisten-vastaanotto")
    page.locator("#material-language").select_option("ar")
    page.get_by_role("button", name=SHOW).click()

    expect(page).to_have_url(re.compile(r"topic=pakolaisten-vastaanotto.*language=ar"))
    expect(page.locator("#material-topic")).to_have_value("pakolaisten-vastaanotto")
    expect(page.locator("#material-language")).to_have_value("ar")
    card = page.locator(".material-card", has_text="Tervetuloa Suomeen -opas (arabia)")
    expect(card).to_be_visible()
    expect(card.locator('[lang="ar"]')).to_have_text("العربية")
    expect(card).to_contain_text("PDF")

    with page.expect_download() as download_info:
        card.locator("a.material-card__link").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read(8) == b"%PDF-1.4"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_materials_bank_is_accessible(new_browser_page, language):
    page = new_browser_page(locale={"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}[language])
    url = bank_url(language)
    page.goto(url)
    expect(page.locator(".material-card").first).to_be_visible()
    assert_accessible(page)

    page.goto(f"{url}?type=guide&language=so")
    expect(page.locator(".material-card").first).to_be_visible()
    assert_accessible(page)

    page.goto(f"{url}?q=xyzzy-ei-osumia&type=report")
    expect(page.locator(".material-card")).to_have_count(0)
    assert_accessible(page)
