"""Readers comment on blog posts; an editor approves; the comment appears. axe-core on every blog page."""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from django.contrib.auth.models import Group, User

from blog.models import BlogIndexPage, BlogPage, Comment, NewsIndexPage, NewsPage

from .accounts import log_in_to_admin
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

COMMENT_TEXT = {
    "fi": "Kiitos! Meillä kunnassa selkokieli on auttanut paljon.",
    "sv": "Tack! Hos oss i kommunen har lättläst språk hjälpt mycket.",
    "en": "Thank you! Plain language has helped a lot in our municipality.",
}
SEND = {"fi": "Lähetä kommentti", "sv": "Skicka kommentar", "en": "Send comment"}
AWAITING = {"fi": "odottaa moderointia", "sv": "väntar på moderering", "en": "awaiting moderation"}


@pytest.fixture(autouse=True)
def comments_stay_open(settings):
    # Demo posts carry fixed dates; keep their comments open however old they get.
    settings.BLOG_COMMENTS_CLOSE_AFTER_DAYS = None


EDITOR_PASSWORD = "Toimitus-salasana-1"  # noqa: S105 - test password


@pytest.fixture
def editor(demo_server):
    """An editor who signs in by email (verified, as allauth requires) with two-factor
    authentication, as the admin requires of staff."""
    user, created = User.objects.get_or_create(username="toimittaja", email="toimittaja@example.fi")
    if created:
        user.set_password(EDITOR_PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name="Editors"))
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_reader_comments_editor_approves_reader_sees_it(
    browser_page, new_browser_page, editor, language
):
    reader = browser_page
    post = (
        BlogPage.objects.live()
        .filter(locale__language_code=language)
        .order_by("-date_published")
        .first()
    )

    reader.goto(post.url)
    reader.get_by_label(re.compile("^(Nimi|Namn|Name)")).fill("Riikka Lukija")
    reader.get_by_label(re.compile("^(Sähköposti|E-post|Email)")).fill("riikka@example.fi")
    reader.get_by_label(re.compile("^(Kommentti|Kommentar|Comment)")).fill(COMMENT_TEXT[language])
    reader.locator("#id_consent").check()
    reader.get_by_role("button", name=SEND[language]).click()

    expect(reader.locator("#comment-status")).to_contain_text(AWAITING[language])
    expect(reader.locator(".comments")).not_to_contain_text(COMMENT_TEXT[language])
    assert_accessible(reader)

    admin = new_browser_page()
    log_in_to_admin(admin, editor, EDITOR_PASSWORD)
    admin.goto("/admin/snippets/blog/comment/")
    row = admin.locator("tr", has_text=COMMENT_TEXT[language][:30])
    expect(row).to_be_visible()
    row.locator("[data-controller~='w-dropdown'] button").first.click()
    row.get_by_role("link", name="Hyväksy käyttäjän Riikka Lukija kommentti").click()
    expect(admin.locator("main")).to_contain_text(COMMENT_TEXT[language])
    admin.get_by_role("button", name="Kyllä, hyväksy").click()
    expect(admin.locator(".messages")).to_contain_text("hyväksytty")

    reader.goto(post.url)
    expect(reader.locator(".comment-list")).to_contain_text(COMMENT_TEXT[language])
    count = post.comments.approved().count()
    expect(reader.locator("#comments-heading")).to_contain_text(str(count))
    assert_accessible(reader)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_blog_and_news_pages_are_accessible(browser_page, language):
    page = browser_page
    blog = BlogIndexPage.objects.get(locale__language_code=language)
    news = NewsIndexPage.objects.get(locale__language_code=language)
    commented = (
        BlogPage.objects.live()
        .filter(locale__language_code=language, comments__status=Comment.Status.APPROVED)
        .distinct()
        .first()
    )

    for url in (blog.url, news.url, NewsPage.objects.live().filter(locale=news.locale).first().url):
        page.goto(url)
        expect(page.locator("h1")).to_be_visible()
        assert_accessible(page)

    page.goto(blog.url)
    page.locator(".topic-filter a").nth(1).click()
    expect(page.locator(".listing__filter")).to_be_visible()
    assert_accessible(page)

    page.goto(commented.url)
    expect(page.locator(".comment").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name=SEND[language]).click()  # an empty form: errors, not a crash
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)
