"""Each language's good practices have an RSS and an Atom feed, newest first."""

import feedparser
import pytest

from tests.extranet.builders import make_organisation

from .test_listing import add_index, add_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree):
    return add_index(site_tree.page("home", "fi"))


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_and_list_the_practices_of_their_language(client, site_tree, index, kind):
    mentors = add_practice(index, "Työmentorit", summary="Mentorit auttavat työnhaussa.")
    mentors.organisations.add(make_organisation("Espoon kaupunki"))
    mentors.save_revision().publish()
    add_practice(index, "Kielikahvila", days_ago=5)
    swedish = add_index(site_tree.page("home", "sv"))
    add_practice(swedish, "Språkcafé", slug="sprakcafe")

    feed = feedparser.parse(client.get(f"{index.url}feed/{kind}/").content)
    swedish_feed = feedparser.parse(client.get(f"{swedish.url}feed/{kind}/").content)

    assert not feed.bozo, feed.bozo_exception
    assert not swedish_feed.bozo, swedish_feed.bozo_exception
    assert [entry.title for entry in feed.entries] == ["Työmentorit", "Kielikahvila"]
    assert [entry.title for entry in swedish_feed.entries] == ["Språkcafé"]
    entry = feed.entries[0]
    assert entry.link == f"http://localhost{mentors.url}"
    assert "Mentorit auttavat työnhaussa." in entry.summary
    assert entry.author == "Espoon kaupunki"


def test_the_database_links_its_feeds_and_still_lists_with_its_query_string(client, index):
    add_practice(index, "Työmentorit", regions=["uusimaa"])
    response = client.get(index.url, {"region": "lappi"})
    content = response.content.decode()
    assert response.status_code == 200 and response.context["result_count"] == 0
    assert (
        f'type="application/rss+xml" title="Hyvät käytännöt (RSS)" href="http://testserver{index.url}feed/rss/"'
        in content
    )
    assert (
        f'type="application/atom+xml" title="Hyvät käytännöt (Atom)" href="http://testserver{index.url}feed/atom/"'
        in content
    )
