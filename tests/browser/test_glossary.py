"""Readers search the glossary, read an entry's terms in three languages and follow a term
linked from a page's text; axe-core on the glossary's pages in every language."""

import re

import pytest
from playwright.sync_api import expect

from glossary.models import GlossaryPage, Term
from home.models import ContentPage, SectionPage
from tests.glossary.conftest import GLOSSARY

from .conftest import assert_accessible, browser_test

pytestmark = browser_test
LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
SEARCHES = {"fi": "kotoutumisen", "sv": "integrationen", "en": "integrated"}


@pytest.fixture(scope="module")
def glossaries(demo_server, django_db_blocker):
    """{language: the glossary page's address}: the demo's, or a new one where it has none."""
    from home.models import HomePage

    found = {}
    with django_db_blocker.unblock():
        for language, (title, slug) in GLOSSARY.items():
            page = GlossaryPage.objects.live().filter(locale__language_code=language).first()
            if page is None:
                home = HomePage.objects.get(locale__language_code=language)
                page = home.add_child(
                    instance=GlossaryPage(title=title, slug=slug, locale=home.locale)
                )
                page.save_revision().publish()
            found[language] = page.url
        assert Term.objects.filter(text="kotoutuminen", status="preferred").exists()
    return found


def entry_url(glossaries, language, text):
    slug = Term.objects.get(language=language, text=text, status="preferred").slug
    return f"{glossaries[language]}{slug}/"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_glossary_index_search_and_entry_are_accessible(new_browser_page, glossaries, language):
    page = new_browser_page(locale=LOCALES[language])
    page.goto(glossaries[language])
    expect(page.locator(".glossary-entry-card").first).to_be_visible()
    assert_accessible(page)

    letter = page.locator(".glossary-letters a").nth(1)
    chosen = letter.inner_text()
    letter.click()
    expect(page.locator(".glossary-letters a[aria-current]")).to_have_text(chosen)
    assert_accessible(page)

    page.locator("#glossary-q").fill(SEARCHES[language])
    page.locator("#glossary-q").press("Enter")
    expect(page.locator(".glossary-entry-card").first).to_be_visible()
    assert_accessible(page)

    page.locator(".glossary-entry-card__term a").first.click()
    expect(page.locator(".glossary-language")).to_have_count(3)
    assert_accessible(page)


def test_a_reader_finds_kotoutumisen_and_sees_the_swedish_and_english_terms(
    browser_page, glossaries
):
    page = browser_page
    page.goto(glossaries["fi"])
    page.get_by_label("Hae termiä millä tahansa kielellä").fill("kotoutumisen")
    page.get_by_role("search", name="Hae sanastosta").get_by_role("button", name="Hae").click()
    card = page.locator(".glossary-entry-card").first
    expect(card.locator("h3")).to_have_text("kotoutuminen")
    expect(card.locator('dd[lang="sv"]')).to_have_text("integration")
    expect(card.locator('dd[lang="en"]')).to_have_text("integration")

    card.get_by_role("link", name="kotoutuminen").click()
    expect(page.locator("h1")).to_have_text("kotoutuminen")
    expect(page.locator('.glossary-language strong[lang="sv"]')).to_have_text("integration")
    expect(page.locator('.glossary-language strong[lang="en"]')).to_have_text("integration")
    # The language switcher leads to the same entry in Swedish.
    page.locator(".language-switcher a[lang=sv]").click()
    expect(page.locator("h1")).to_have_text("integration")
    expect(page).to_have_url(re.compile(r"/sv/.+/integration/$"))


def test_the_first_kotoutuminen_on_a_content_page_links_to_the_entry(
    browser_page, glossaries, django_db_blocker
):
    with django_db_blocker.unblock():
        section = SectionPage.objects.live().filter(locale__language_code="fi").first()
        content = section.add_child(
            instance=ContentPage(
                title="Kotoutumisen tuki",
                slug="kotoutumisen-tuki-selain",
                locale=section.locale,
                body=[
                    ("paragraph", "<p>Kotoutuminen on vuorovaikutteista kehitystä.</p>"),
                    ("paragraph", "<p>Kotoutuminen jatkuu koko elämän.</p>"),
                ],
            )
        )
        content.save_revision().publish()
        expected = entry_url(glossaries, "fi", "kotoutuminen")
    page = browser_page
    page.goto(content.url)
    links = page.locator(".stream a.glossary-term")
    expect(links).to_have_count(1)
    expect(links.first).to_have_attribute("href", expected)
    assert_accessible(page)
    links.first.press("Enter")  # a plain link, reached and followed with the keyboard
    expect(page.locator("h1")).to_have_text("kotoutuminen")
