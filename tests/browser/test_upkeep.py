"""Readers of the demo site: plain-language versions and the way back in Finnish and Swedish,
the list of plain-language pages, law-change notices and when a page was last reviewed, in
three languages, each checked by axe-core."""

import re

import pytest
from playwright.sync_api import expect

from wagtail.models import Page

from home.models import PlainLanguagePage
from stewardship import law_changes
from stewardship.models import PageReview

from .conftest import assert_accessible, browser_test

pytestmark = browser_test

SWITCH = {"fi": "Selkokielellä", "sv": "På lättläst svenska"}
BACK = {"fi": "Sivu yleiskielellä", "sv": "Sidan på standardspråk"}
PLAIN_NOTE = {
    "fi": "Tämä on sivun selkokielinen versio.",
    "sv": "Det här är sidans lättlästa version.",
}
INDEX_LINK = {"fi": "Selkokieliset sivut", "sv": "Lättlästa sidor", "en": "Pages in plain language"}
LAW_CHANGE = {"fi": "Lakimuutos:", "sv": "Lagändring:", "en": "Change in law:"}
LAST_REVIEWED = {"fi": "Tarkistettu viimeksi", "sv": "Senast granskad", "en": "Last reviewed"}


def url_ending(path):
    return re.compile(re.escape(path) + "$")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_reader_switches_to_the_plain_language_version_and_back(browser_page, language):
    page = browser_page
    plain = PlainLanguagePage.objects.live().filter(locale__language_code=language).first()
    standard = plain.get_parent()

    page.goto(standard.url)
    assert_accessible(page)
    page.get_by_role("link", name=SWITCH[language]).click()

    expect(page).to_have_url(url_ending(plain.url))
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_have_text(plain.title)
    expect(page.get_by_text(PLAIN_NOTE[language])).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name=BACK[language]).click()
    expect(page).to_have_url(url_ending(standard.url))
    expect(page.locator("h1")).to_have_text(standard.title)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_list_of_plain_language_pages_is_in_the_footer_and_accessible(browser_page, language):
    page = browser_page
    page.goto(f"/{language}/")

    page.locator("footer").get_by_role("link", name=INDEX_LINK[language]).click()

    expect(page.locator("h1")).to_be_visible()
    plain_titles = PlainLanguagePage.objects.live().filter(locale__language_code=language)
    for plain in plain_titles:
        expect(page.get_by_role("link", name=plain.title, exact=True)).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_page_a_law_change_reaches_shows_the_notice_and_its_last_review(browser_page, language):
    page = browser_page
    flagged = law_changes.pages_not_reviewed_since_changes()
    reached = (
        Page.objects.live()
        .filter(pk__in=list(flagged), locale__language_code=language)
        .order_by("path")
        .first()
    )
    assert reached, f"the demo's law change reaches no {language} page"

    page.goto(reached.url)

    notice = page.locator(".notice--law-change")
    expect(notice).to_contain_text(LAW_CHANGE[language])
    assert_accessible(page)

    reviewed = (
        PageReview.objects.filter(
            last_reviewed_on__isnull=False,
            page__live=True,
            page__locale__language_code=language,
        )
        .select_related("page")
        .first()
    )
    page.goto(reviewed.page.url)
    expect(page.locator(".last-reviewed")).to_contain_text(LAST_REVIEWED[language])
