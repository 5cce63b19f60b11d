"""The site search on SQLite, `make run`'s database: stems in each page's language, as on
PostgreSQL. Run on SQLite by tests/search_quality/test_on_sqlite.py; skipped on PostgreSQL."""

import pytest

from django.db import connection

from wagtail.models import Page

from search import services
from search.backends import SearchBackend
from tests.search.builders import add_pages_by_language

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend"),
]


@pytest.fixture
def pages(site_tree):
    return add_pages_by_language(
        site_tree,
        {
            "fi": ("Kotoutuminen ja työllisyys", "Pakolaiset löytävät töitä."),
            "sv": ("Flyktingar i kommunen", "Mottagning."),
            "en": ("Welcoming a refugee", "Homes."),
        },
    )


def titles(query, language):
    return [hit.title for hit in services.search_site(query, language).page(1).hits]


def test_the_backend_is_the_analysing_one():
    assert type(SearchBackend({})).__name__ == "AnalysedSQLiteSearchBackend"


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        ("fi", "kotoutumisen", "Kotoutuminen ja työllisyys"),
        ("fi", "työllisyydestä", "Kotoutuminen ja työllisyys"),
        ("fi", "tyollisyydesta", "Kotoutuminen ja työllisyys"),
        ("fi", "pakolainen", "Kotoutuminen ja työllisyys"),
        ("sv", "flyktingarnas", "Flyktingar i kommunen"),
        ("en", "refugees", "Welcoming a refugee"),
    ],
)
def test_another_form_of_a_word_finds_the_page_in_its_language(pages, language, query, title):
    assert title in titles(query, language)


def test_a_search_without_a_locale_reads_the_query_in_every_language(pages):
    found = {
        page.title for page in Page.objects.all().search("flyktingarnas refugees", operator="or")
    }

    assert found == {"Flyktingar i kommunen", "Welcoming a refugee"}


@pytest.mark.parametrize("query", ["_", '"', "*", "AND", "NEAR kotoutuminen", "a-b", "x" * 300])
def test_odd_input_never_breaks_the_search(client, pages, query):
    response = client.get("/fi/search/", {"q": query})

    assert response.status_code == 200
