"""The parts of a page that are the same for every reader (an article's body, a listing, the
home page's sections, the meta tags) are rendered once per content version, for signed-in
readers and page-cache misses too; a publish shows at once, and a preview shows the draft
(issue 20)."""

import pytest

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage
from home.models import SiteSettings
from tests.blog.conftest import add_blog, add_post
from tests.events.conftest import add_event
from tests.extranet.builders import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(site_tree):
    SiteSettings.for_site(site_tree.site)
    reader = Client()
    reader.force_login(make_member().user)
    with override_settings(PAGE_CACHE_SECONDS=600):
        yield reader


def queries_of(reader, url):
    with CaptureQueriesContext(connection) as queries:
        response = reader.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_a_page_seen_again_costs_fewer_queries_and_a_publish_shows_at_once(member, site_tree):
    page = site_tree.page("content", "fi")
    first, _ = queries_of(member, page.url)
    again, _ = queries_of(member, page.url)
    assert again < first

    page.introduction = "Uusi johdanto kotoutumistyöhön"
    page.save_revision().publish()
    _, html = queries_of(member, page.url)
    assert "Uusi johdanto kotoutumistyöhön" in html


def test_a_preview_shows_the_draft_not_the_cached_body(member, site_tree):
    page = site_tree.page("content", "fi")
    member.get(page.url)  # the live body is now cached

    page.introduction = "Luonnoksen johdanto"
    html = page.make_preview_request().render().content.decode()

    assert "Luonnoksen johdanto" in html
    assert "Luonnoksen johdanto" not in member.get(page.url).content.decode()


def test_the_home_page_and_the_blog_listing_show_a_new_post_at_once(member, site_tree):
    home = site_tree.page("home", "fi")
    blog = add_blog(home)
    add_post(blog, "Ensimmäinen kirjoitus", "ensimmainen")
    member.get(home.url)
    member.get(blog.url)

    add_post(blog, "Tuore kirjoitus kotoutumisesta", "tuore", days_ago=0)

    assert "Tuore kirjoitus kotoutumisesta" in member.get(home.url).content.decode()
    assert "Tuore kirjoitus kotoutumisesta" in member.get(blog.url).content.decode()


def test_each_page_of_a_listing_is_its_own_and_keeps_no_readers_query(member, site_tree):
    blog = add_blog(site_tree.page("home", "fi"))
    for number in range(12):
        add_post(blog, f"Kirjoitus {number}", f"kirjoitus-{number}", days_ago=number)

    first = member.get(f"{blog.url}?utm_source=uutiskirje").content.decode()
    second = member.get(f"{blog.url}?page=2").content.decode()

    assert "Kirjoitus 0" in first and "Kirjoitus 11" not in first
    assert "Kirjoitus 11" in second and "Kirjoitus 0<" not in second
    # The links to the other pages are the reader's own, never a cached reader's query.
    assert "utm_source" not in member.get(blog.url).content.decode()


def test_the_event_listing_follows_publishing_too(member, site_tree):
    home = site_tree.page("home", "fi")
    index = home.add_child(
        instance=EventIndexPage(title="Tapahtumat", slug="tapahtumat", locale=home.locale)
    )
    index.save_revision().publish()
    add_event(index, "Kotoutumisfoorumi", "foorumi")
    assert "Kotoutumisfoorumi" in member.get(index.url).content.decode()

    add_event(index, "Kielikoulutuksen verkostopäivä", "verkostopaiva")
    assert "Kielikoulutuksen verkostopäivä" in member.get(index.url).content.decode()
