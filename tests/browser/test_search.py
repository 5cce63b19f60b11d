"""A reader searches the site in each language, narrows the results and opens one; the page
passes axe with and without results, and with a "Did you mean …?" suggestion."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, browser_test

pytestmark = browser_test

SEARCHES = [
    ("fi", "rahoitusinfo", "Rahoitusinfo"),
    ("sv", "finansieringsinfo", "Finansieringsinfo"),
    ("en", "funding", "Funding information session"),
]


@pytest.mark.parametrize(("language", "query", "title"), SEARCHES)
def test_a_reader_searches_narrows_to_events_and_opens_a_result(
    new_browser_page, language, query, title
):
    page = new_browser_page()
    page.goto(f"/{language}/search/")
    assert_accessible(page)

    page.locator("#site-search-q").fill(query)
    page.locator(".site-search__form button[type=submit]").click()
    expect(page.locator(".search-result").first).to_be_visible()
    assert_accessible(page)

    page.locator(".search-facets a[href*='kind=events']").click()
    expect(page.locator(".search-facets a[aria-current]").nth(0)).to_contain_text(
        re.compile(r"\(\d+\)")
    )
    first = page.locator(".search-result__title a").first
    expect(first).to_contain_text(title, ignore_case=True)
    chosen = first.inner_text()
    first.click()
    expect(page.locator("h1")).to_have_text(chosen)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_page_without_results_is_accessible(new_browser_page, language):
    page = new_browser_page()
    page.goto(f"/{language}/search/?q=zzxxyyqq")

    expect(page.locator(".search-no-results")).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize(
    ("language", "typo", "intended"),
    [
        ("fi", "kototuminen", "kotoutuminen"),
        ("sv", "flyktingmotagning", "flyktingmottagning"),
        ("en", "acessibility", "accessibility"),
    ],
)
def test_a_typo_is_offered_the_intended_word_as_a_search_to_run(
    new_browser_page, language, typo, intended
):
    page = new_browser_page()
    page.goto(f"/{language}/search/?q={typo}")

    suggestion = page.locator(".search-suggestion[role=status] a")
    expect(suggestion).to_have_text(intended)
    assert_accessible(page)

    suggestion.click()
    expect(page.locator(".search-result").first).to_be_visible()
    expect(page.locator("#site-search-q")).to_have_value(intended)
    expect(page.locator(".search-suggestion")).to_have_count(0)
