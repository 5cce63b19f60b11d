"""The layout on a phone (390 px) and a laptop (1366 px) in each language: every public and
extranet page type fits the screen without sideways scrolling or text spilling out of its box,
the header leaves most of a phone's first screen to the content, and the collapsible menu works
with the keyboard and without JavaScript. Full-page screenshots go to artifacts/screenshots/."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from wagtail.models import Page

from blog.models import BlogIndexPage, BlogPage
from events.models import EventIndexPage, EventPage
from extranet.models import Visibility
from feedback.models import FeedbackFormPage
from glossary.models import GlossaryPage, Term
from home import navigation
from home.models import (
    ContentPage,
    HomePage,
    PlainLanguageIndexPage,
    PlainLanguagePage,
    SectionPage,
)
from materials.models import MaterialIndexPage
from newsletter.models import NewsletterPage
from practices.models import PracticeIndexPage, PracticePage
from stewardship import law_changes
from tests.extranet.builders import PASSWORD, discussion_in, file_in, make_member, workspace

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}

# Elements whose content overflows their box while their overflow is visible: text spilling out.
# Scroll containers (a table's wrapper) may hold wider content; what they hold is not checked.
OVERFLOWING = """() => {
    const scrolls = (el) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const found = [];
    for (const el of document.body.querySelectorAll("*")) {
        if (el.closest("svg, input, select, textarea, .visually-hidden")) continue;
        const style = getComputedStyle(el);
        if (style.display === "inline" || style.display === "none" || scrolls(el)) continue;
        let parent = el.parentElement, inScroller = false;
        while (parent && parent !== document.body) {
            if (scrolls(parent)) { inScroller = true; break; }
            parent = parent.parentElement;
        }
        if (inScroller || el.clientWidth === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1) {
            const name = el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
            found.push(`${name} (${el.scrollWidth} > ${el.clientWidth}): ${el.textContent.trim().slice(0, 60)}`);
        }
    }
    return found;
}"""


def public_pages(language):
    """Each public page type's address in the language, from the seeded demo."""

    def url(model, **filters):
        return model.objects.live().filter(locale__language_code=language, **filters).first().url

    richest = max(
        ContentPage.objects.live().filter(locale__language_code=language),
        key=lambda content_page: len({block.block_type for block in content_page.body}),
    )
    # The entry whose term is the longest: the one most likely to overflow its box.
    terms = Term.objects.filter(language=language, status=Term.Status.PREFERRED)
    entry_slug = max(terms, key=lambda term: len(term.text)).slug
    return {
        "home": url(HomePage),
        "section": url(SectionPage),
        "content": richest.url,
        "blog-index": url(BlogIndexPage),
        "article": url(BlogPage),
        "events-index": url(EventIndexPage),
        "event": url(EventPage),
        "materials": url(MaterialIndexPage),
        "practices": url(PracticeIndexPage),
        "practice": url(PracticePage),
        "glossary": url(GlossaryPage),
        "glossary-entry": f"{url(GlossaryPage)}{entry_slug}/",
        "plain-language-index": url(PlainLanguageIndexPage),
        **({"plain-language": url(PlainLanguagePage)} if language != "en" else {}),
        "law-change-notice": _page_with_law_change_notice(language).url,
        "search": f"/{language}/search/?q=kotoutuminen",
        "newsletter": url(NewsletterPage),
        "feedback": url(FeedbackFormPage),
        "404": f"/{language}/ei-ole-olemassa/",
        "sign-in": f"/{language}/accounts/login/",
    }


def _page_with_law_change_notice(language):
    flagged = law_changes.pages_not_reviewed_since_changes()
    pages = Page.objects.live().filter(pk__in=list(flagged), locale__language_code=language)
    return pages.order_by("path").first()


def extranet_pages(language, width):
    """A member with long Finnish words and a long address, in a workspace with a discussion and
    a file; each extranet page type's address in the language."""
    member = make_member(
        email=f"maahanmuuttaneiden.kumppanuusohjelma.{language}{width}@osaamiskeskus.example.fi",
        first_name="Kumppanuusohjelman",
        last_name=f"Yhteyshenkilö-{language}{width}",
        organisation="Maahanmuuttaneiden työllistymisen kumppanuusverkosto",
        email_visibility=Visibility.MEMBERS,
        language=language,
    )
    space = workspace(member.user, name=f"Kumppanuusohjelman valmisteluryhmä {language}{width}")
    posts = discussion_in(
        space, member.user, title="Maahanmuuttaneiden kotoutumispalvelujen kehittämisverkosto"
    )
    file_in(space, member.user, title="Kotoutumisohjelmasuunnitelmaluonnos")
    base = f"/{language}/extranet"
    return member, {
        "extranet-home": f"{base}/",
        "directory": f"{base}/members/",
        "member": f"{base}/members/{member.pk}/",
        "workspaces": f"{base}/workspaces/",
        "workspace": f"{base}/workspaces/{space.slug}/",
        "discussion": f"{base}/workspaces/{space.slug}/discussions/{posts[0].discussion_id}/",
        "files": f"{base}/workspaces/{space.slug}/files/",
        "practice-proposals": f"{base}/practices/",
        "propose-practice": f"{base}/practices/new/",
    }


def assert_fits(page, name):
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    inner_width = page.evaluate("window.innerWidth")
    assert scroll_width <= inner_width, f"{name}: {page.url} scrolls sideways ({scroll_width} px)"
    overflowing = page.evaluate(OVERFLOWING)
    assert not overflowing, f"{name}: {page.url} has text outside its box:\n" + "\n".join(
        overflowing
    )


def assert_header_leaves_the_screen_to_the_content(page, name):
    height = page.locator("header.site-header").bounding_box()["height"]
    assert height <= 0.4 * PHONE["height"], f"{name}: the header is {height} px tall"


def visit_each(page, pages, language, width):
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == (404 if name == "404" else 200), f"{name}: {url}"
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_fits(page, name)
        if width == PHONE["width"]:
            assert_header_leaves_the_screen_to_the_content(page, name)
        page.screenshot(path=SCREENSHOTS / f"{language}-{width}-{name}.png", full_page=True)


@pytest.mark.parametrize("width", [PHONE["width"], LAPTOP["width"]])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_page_type_fits_the_screen(chromium, demo_server, language, width):
    viewport = PHONE if width == PHONE["width"] else LAPTOP
    context = chromium.new_context(
        base_url=demo_server.url, locale=LOCALES[language], viewport=viewport
    )
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        visit_each(page, public_pages(language), language, width)
        member, pages = extranet_pages(language, width)
        log_in(page, member.user.email, PASSWORD, language=language)
        visit_each(page, pages, language, width)
    finally:
        context.close()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_phone_menu_opens_and_closes_with_the_keyboard_and_is_accessible(
    chromium, demo_server, language
):
    context = chromium.new_context(
        base_url=demo_server.url, locale=LOCALES[language], viewport=PHONE
    )
    try:
        page = context.new_page()
        page.goto(f"/{language}/")
        menu = page.locator("nav.main-menu")
        toggle = menu.locator("summary")
        links = menu.get_by_role("link")
        expect(links.first).to_be_hidden()
        assert toggle.bounding_box()["height"] >= 44, "the menu button is a 44 px touch target"
        assert_accessible(page)

        toggle.focus()
        page.keyboard.press("Enter")
        expect(links.first).to_be_visible()
        expect(menu.locator("details")).to_have_attribute("open", "")
        page.keyboard.press("Tab")
        expect(links.first).to_be_focused()
        assert_accessible(page)

        page.keyboard.press("Shift+Tab")
        expect(toggle).to_be_focused()
        page.keyboard.press("Space")
        expect(links.first).to_be_hidden()
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_every_menu_link_is_reachable_without_javascript(chromium, demo_server, viewport):
    context = chromium.new_context(
        base_url=demo_server.url, locale="fi-FI", viewport=viewport, java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.goto("/fi/")
        menu = page.locator("nav.main-menu")
        if viewport is PHONE:
            menu.locator("summary").press("Enter")
        links = menu.get_by_role("link")
        home = HomePage.objects.get(locale__language_code="fi")
        expect(links).to_have_count(navigation.main_menu(home).count())
        for link in links.all():
            expect(link).to_be_visible()
    finally:
        context.close()


def test_browsers_find_the_favicon_at_the_root(browser_page):
    response = browser_page.request.get("/favicon.ico")

    assert response.status == 200
    assert response.body()[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert "max-age=604800" in response.headers["cache-control"]
