"""Whole public pages are served from the cache to readers who are not signed in, and whatever
changes what a page shows (publishing, unpublishing, an approved comment) is visible at once."""

import re

import pytest

from django.test import Client, override_settings

from blog.models import Comment
from home.models import SiteSettings
from tests.blog.conftest import add_blog, add_post
from tests.extranet.builders import make_member

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def page_cache_on(site_tree):
    SiteSettings.for_site(site_tree.site)  # made on the first visit otherwise, which is a change
    with override_settings(PAGE_CACHE_SECONDS=600, ANONYMOUS_CACHE_MAX_AGE=60):
        yield


@pytest.fixture
def post(site_tree):
    return add_post(add_blog(site_tree.page("home", "fi")), "Kumppanuus kantaa", "kumppanuus")


def test_a_public_page_is_served_from_the_cache_the_second_time(client, site_tree):
    page = site_tree.page("content", "fi")
    first = client.get(page.url)
    second = client.get(page.url)
    assert first.status_code == second.status_code == 200
    assert "X-Page-Cache" not in first
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Selkokieli" in second.content.decode()
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]


def test_a_hit_costs_no_sql_query(client, site_tree, django_assert_num_queries):
    page = site_tree.page("content", "fi")
    client.get(page.url)
    with django_assert_num_queries(0):
        assert client.get(page.url)["X-Page-Cache"] == "hit"


def test_publishing_a_change_shows_at_once_on_every_page(client, site_tree):
    home, content = site_tree.page("home", "fi"), site_tree.page("section", "fi")
    client.get(home.url), client.get(content.url)

    content.title = "Kotoutumistyön tietopankki"
    content.save_revision().publish()

    for url in (home.url, content.url):  # the main menu on the home page names it too
        response = client.get(url)
        assert "X-Page-Cache" not in response
        assert "Kotoutumistyön tietopankki" in response.content.decode()


def test_an_unpublished_page_is_gone_at_once(client, site_tree):
    page = site_tree.page("content", "fi")
    url = page.url
    client.get(url)
    page.unpublish()
    assert client.get(url).status_code == 404


def test_a_draft_does_not_change_the_cached_page(client, site_tree):
    page = site_tree.page("content", "fi")
    client.get(page.url)
    page.title = "Luonnos"
    page.save_revision()
    response = client.get(page.url)
    assert "Luonnos" not in response.content.decode()


def test_an_approved_comment_shows_at_once_but_a_new_one_does_not_clear_the_cache(client, post):
    client.get(post.url)
    comment = Comment.objects.create(post=post, name="Liisa", text="Hyvä kirjoitus, kiitos!")
    assert client.get(post.url)["X-Page-Cache"] == "hit"

    comment.status = Comment.Status.APPROVED
    comment.save()
    response = client.get(post.url)
    assert "X-Page-Cache" not in response
    assert "Hyvä kirjoitus, kiitos!" in response.content.decode()


def test_a_cached_page_with_a_form_gives_each_reader_a_working_token(post):
    Client().get(post.url)  # someone else's visit fills the cache
    reader = Client(enforce_csrf_checks=True)
    page = reader.get(post.url)
    assert page["X-Page-Cache"] == "hit"
    assert "public" not in page.get("Cache-Control", "")  # the token is this reader's own
    token = CSRF_INPUT.search(page.content.decode()).group(1)
    sent = reader.post(
        post.url,
        {
            "name": "Liisa",
            "email": "liisa@example.fi",
            "text": "Välimuistista tullut lomake toimii.",
            "consent": "on",
            "csrfmiddlewaretoken": token,
        },
    )
    assert sent.status_code == 302
    assert Comment.objects.filter(text="Välimuistista tullut lomake toimii.").exists()


def test_a_signed_in_reader_never_gets_or_leaves_a_cached_page(client, site_tree):
    page = site_tree.page("content", "fi")
    client.force_login(make_member().user)
    signed_in = client.get(page.url)
    assert "X-Page-Cache" not in signed_in
    assert "private" in signed_in["Cache-Control"]

    anonymous = Client().get(page.url)
    assert "X-Page-Cache" not in anonymous  # nothing was stored from the signed-in visit
    assert "Kirjaudu ulos" not in anonymous.content.decode()
    assert "Kirjaudu ulos" in client.get(page.url).content.decode()


@pytest.mark.parametrize(
    "address",
    ["/fi/search/?q=kotoutuminen", "/fi/accounts/login/", "/fi/extranet/"],
)
def test_other_addresses_are_never_cached(client, site_tree, address):
    client.get(address)
    assert "X-Page-Cache" not in client.get(address)


def test_a_query_string_is_not_served_from_the_cache(client, site_tree):
    page = site_tree.page("content", "fi")
    client.get(f"{page.url}?utm_source=uutiskirje")
    assert "X-Page-Cache" not in client.get(f"{page.url}?utm_source=uutiskirje")


def test_the_pages_of_a_listing_or_of_comments_are_cached_like_the_first(client, post):
    Comment.objects.bulk_create(
        Comment(post=post, name=f"Lukija {n}", text="Hyvä.", status=Comment.Status.APPROVED)
        for n in range(45)
    )
    for _ in range(2):
        second = client.get(f"{post.url}?page=2")
        other = client.get(f"{post.url}?page=2&utm_source=uutiskirje")
        nonsense = client.get(f"{post.url}?page=02")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in other
    assert "X-Page-Cache" not in nonsense


def test_a_reader_with_a_message_waiting_gets_a_fresh_page(post):
    reader = Client()
    reader.get(post.url)
    sent = reader.post(
        post.url,
        {"name": "Liisa", "email": "liisa@example.fi", "text": "Kiitos!", "consent": "on"},
    )
    assert sent.status_code == 302
    response = reader.get(post.url)
    assert "X-Page-Cache" not in response
    assert "odottaa" in response.content.decode()  # "…awaiting moderation"


@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_cache_can_be_turned_off(client, site_tree):
    page = site_tree.page("content", "fi")
    client.get(page.url)
    assert "X-Page-Cache" not in client.get(page.url)


def test_the_signed_in_menu_follows_publishing_too(client, site_tree):
    """The menu and footer are cached as fragments for signed-in readers' pages as well."""
    client.force_login(make_member().user)
    section = site_tree.page("section", "fi")
    client.get("/fi/extranet/")
    section.title = "Kotoutumistyön tietopankki"
    section.save_revision().publish()
    assert "Kotoutumistyön tietopankki" in client.get("/fi/extranet/").content.decode()


def test_what_readers_do_does_not_clear_the_cache(client, site_tree):
    """Searches are logged and members sign in; neither changes a public page."""
    page = site_tree.page("content", "fi")
    client.get(page.url)
    client.get("/fi/search/?q=selkokieli")
    member = Client()
    member.force_login(make_member().user)
    member.get("/fi/extranet/")
    assert client.get(page.url)["X-Page-Cache"] == "hit"


def test_the_sitemap_files_are_cached_but_no_other_query_string(client, site_tree):
    from home import sitemaps

    sitemaps.LanguageSitemap.limit = 2
    try:
        for _ in range(2):
            second_file = client.get("/sitemap-fi.xml?p=2")
            other = client.get(f"{site_tree.page('content', 'fi').url}?p=2")
    finally:
        sitemaps.LanguageSitemap.limit = sitemaps.URLS_PER_FILE
    assert second_file.status_code == 200
    assert second_file["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in other
