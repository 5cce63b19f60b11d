"""Readers of the demo site: plain-language versions and the way back in Finnish and Swedish,
the list of plain-language pages, law-change notices and when a page was last reviewed, in
three languages; and the editors' upkeep pages in the admin in three languages. Each checked by
axe-core."""

import re

import pytest
from playwright.sync_api import expect

from wagtail.models import Page

from home.models import PlainLanguagePage
from stewardship import law_changes
from stewardship.models import LawChange, PageReview
from tests.extranet.builders import PASSWORD, make_staff

from .accounts import log_in_to_admin
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


ADMIN_HEADINGS = {
    "fi": ("Tarkistettavat sivut", "Vanhentuneet käännökset", "Omistaja ja tarkistuspäivä"),
    "sv": ("Sidor att granska", "Föråldrade översättningar", "Ägare och granskningsdatum"),
    "en": ("Pages to review", "Stale translations", "Owner and review date"),
}
NO_OWNER = {
    "fi": "Valitse sivun omistajaksi henkilö tai ryhmä.",
    "sv": "Välj den person eller grupp som äger sidan.",
    "en": "Choose the person or the group who owns the page.",
}


def test_the_editors_upkeep_pages_in_the_admin_are_accessible_in_three_languages(
    new_browser_page,
):
    editor = make_staff("yllapito-selain@example.fi", first_name="Ylli", groups=("Editors",))
    editor.set_password(PASSWORD)
    editor.save()
    admin = new_browser_page(locale="fi-FI")
    log_in_to_admin(admin, editor, PASSWORD)
    due = PageReview.objects.filter(page__live=True).order_by("review_by").first()
    change = LawChange.objects.first()
    profile = editor.wagtail_userprofile

    for language in ("fi", "sv", "en"):
        profile.preferred_language = language
        profile.save()
        to_review, stale, owner = ADMIN_HEADINGS[language]

        admin.goto("/admin/")
        expect(admin.get_by_role("heading", name=to_review)).to_be_visible()
        assert_accessible(admin)
        admin.goto("/admin/reports/pages-to-review/")
        expect(admin.locator("h1")).to_contain_text(to_review)
        expect(admin.locator("main")).to_contain_text(due.page.title)
        assert_accessible(admin)
        admin.goto("/admin/reports/stale-translations/")
        expect(admin.locator("h1")).to_contain_text(stale)
        assert_accessible(admin)
        admin.goto(f"/admin/stewardship/pages/{due.page_id}/review-settings/")
        expect(admin.locator("h1")).to_contain_text(owner)
        admin.locator("#id_owner_user").select_option("")
        admin.locator("#id_owner_group").select_option("")
        admin.locator("#w-editor-form button[type=submit]").click()
        expect(admin.locator("main")).to_contain_text(NO_OWNER[language])
        assert_accessible(admin)
        admin.goto(f"/admin/stewardship/pages/{due.page_id}/mark-reviewed/")
        assert_accessible(admin)
        admin.goto(f"/admin/snippets/stewardship/lawchange/edit/{change.pk}/")
        expect(admin.locator("#id_notice_fi")).to_have_value(change.notice_fi)
        assert_accessible(admin)
