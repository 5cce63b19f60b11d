"""A query's ranked hits are kept in the cache until public content changes."""

import pytest

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from search.models import DailySearch
from tests.search.builders import add_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("cache_on")]
WORD = "Kumppanuusalusta"


@pytest.fixture
def cache_on():
    with override_settings(PAGE_CACHE_SECONDS=600):
        yield


def titles(response):
    return [hit.title for hit in response.context["page_obj"].hits]


def test_the_same_search_again_skips_the_ranking_but_is_still_counted(client, site_tree):
    add_page(site_tree.page("section", "fi"), f"{WORD} ensimmäinen", body=f"{WORD}.")
    client.get("/fi/search/", {"q": WORD})
    first = client.get("/fi/search/", {"q": WORD.lower()})  # the same words
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/fi/search/", {"q": WORD})
    assert titles(again) == titles(first) == [f"{WORD} ensimmäinen"]
    assert not any("ts_rank" in query["sql"] for query in queries.captured_queries)
    assert sum(DailySearch.objects.filter(language="fi").values_list("searches", flat=True)) == 3


def test_a_newly_published_page_is_found_at_once(client, site_tree):
    section = site_tree.page("section", "fi")
    add_page(section, f"{WORD} ensimmäinen", body=f"{WORD}.")
    client.get("/fi/search/", {"q": WORD})
    add_page(section, f"{WORD} toinen", body=f"{WORD} {WORD}.")
    assert f"{WORD} toinen" in titles(client.get("/fi/search/", {"q": WORD}))


def test_an_unpublished_page_is_gone_at_once(client, site_tree):
    page = add_page(site_tree.page("section", "fi"), f"{WORD} poistuva", body=f"{WORD}.")
    client.get("/fi/search/", {"q": WORD})
    page.unpublish()
    assert titles(client.get("/fi/search/", {"q": WORD})) == []
