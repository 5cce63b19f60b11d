"""Visitors filter the good practice database with the keyboard and read a practice; axe-core
on the database (with filters chosen) and on a practice page in every language."""

import re

import pytest
from playwright.sync_api import expect

from home.models import HomePage, Topic
from practices.models import PracticeIndexPage
from tests.practices.test_listing import CRITERIA, add_index, add_practice

from .conftest import assert_accessible, browser_test

pytestmark = browser_test
LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
TITLES = {
    "fi": ["Työmentorit", "Kielikahvila kotivanhemmille"],
    "sv": ["Arbetsmentorer", "Språkcafé för föräldrar"],
    "en": ["Job mentors", "Language café for parents"],
}


@pytest.fixture(scope="module")
def databases(demo_server, django_db_blocker):
    """{language: the database's address, a practice's address}: the demo's, or two practices
    added to a new database where the demo has none yet."""
    found = {}
    with django_db_blocker.unblock():
        for language, titles in TITLES.items():
            index = PracticeIndexPage.objects.live().filter(locale__language_code=language).first()
            if index is None:
                home = HomePage.objects.filter(locale__language_code=language).first()
                index = add_index(home)
            if not index.get_children().live().exists():
                topics = list(Topic.objects.filter(locale=index.locale)[:1])
                add_practice(
                    index,
                    titles[0],
                    slug=f"b-{language}-1",
                    regions=["uusimaa"],
                    targets=["work-migrants"],
                    topics=topics,
                    phase="established",
                    met=CRITERIA,
                    results="<p>Results.</p>",
                    contact_name="Aino Korhonen",
                    goal_oriented_justification="Clear goals.",
                )
                add_practice(
                    index,
                    titles[1],
                    slug=f"b-{language}-2",
                    regions=["pirkanmaa"],
                    targets=["parents-at-home"],
                    met=("goal_oriented",),
                )
            practice = index.get_children().live().order_by("path").first()
            found[language] = (index.url, practice.url)
    return found


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_database_with_filters_and_a_practice_are_accessible(
    new_browser_page, databases, language
):
    page = new_browser_page(locale=LOCALES[language])
    index_url, practice_url = databases[language]
    page.goto(index_url)
    expect(page.locator(".practice-card").first).to_be_visible()
    assert_accessible(page)

    page.goto(
        f"{index_url}?region=uusimaa&region=pirkanmaa&criterion=goal_oriented&phase=established"
    )
    expect(page.locator(".practice-card").first).to_be_visible()
    assert_accessible(page)

    page.goto(f"{index_url}?q=xyzzy-ei-osumia&criterion=effective")
    expect(page.locator(".practice-card")).to_have_count(0)
    assert_accessible(page)

    page.goto(practice_url)
    expect(page.locator(".practice-criteria")).to_be_visible()
    assert_accessible(page)


def test_the_filters_work_with_the_keyboard_alone(new_browser_page, databases):
    page = new_browser_page(locale="en-GB")
    index_url, _practice_url = databases["en"]
    page.goto(index_url)
    page.locator("#practice-q").focus()
    checkbox = page.locator("#practice-region-uusimaa")
    for _ in range(80):
        page.keyboard.press("Tab")
        if checkbox.evaluate("element => element === document.activeElement"):
            break
    page.keyboard.press("Space")
    expect(checkbox).to_be_checked()
    button = page.get_by_role("button", name=re.compile("Show practices"))
    for _ in range(80):
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"region=uusimaa"))
    expect(page.locator("#practice-region-uusimaa")).to_be_checked()
    expect(page.locator("#practice-results")).to_contain_text("Uusimaa")
    page.get_by_role("link", name="Clear filters").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/good-practices/$|/[^?]*/$"))
    expect(page.locator("#practice-region-uusimaa")).not_to_be_checked()
