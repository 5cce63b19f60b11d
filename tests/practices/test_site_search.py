"""Good practices are a kind of their own in the site search, and in the sitemap."""

import pytest

from tests.sitemaps import sitemap_locations

from .test_listing import add_index, add_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(site_tree):
    index = add_index(site_tree.page("home", "fi"))
    return add_practice(
        index,
        "Kielikahvila",
        summary="Kotivanhemmat harjoittelevat suomea kahvilassa.",
        body=[("paragraph", "<p>Kahvila kokoontuu kirjastossa viikoittain.</p>")],
    )


def test_a_practice_is_found_by_an_inflected_word_and_filtered_by_its_kind(client, practice):
    response = client.get("/fi/search/", {"q": "kirjastoissa"})
    hits = response.context["page_obj"].hits
    assert [hit.title for hit in hits] == ["Kielikahvila"]
    assert response.context["search"].kind_counts["practices"] == 1

    only_practices = client.get("/fi/search/", {"q": "kotivanhempien", "kind": "practices"})
    assert [hit.title for hit in only_practices.context["page_obj"].hits] == ["Kielikahvila"]
    only_news = client.get("/fi/search/", {"q": "kotivanhempien", "kind": "news"})
    assert only_news.context["page_obj"].hits == []


def test_the_sitemap_lists_the_practices_and_the_database(client, practice):
    locations = sitemap_locations(client)
    assert f"http://localhost{practice.url}" in locations
    assert f"http://localhost{practice.get_parent().url}" in locations
