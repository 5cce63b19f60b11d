""" "Did you mean …?": a search that finds little offers the closest words of the site's own
vocabulary in the reader's language, as a link that runs that search."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

from search import services
from search.models import SearchWord
from tests.search.builders import add_material, add_page, add_pages_by_language

pytestmark = pytest.mark.django_db

SUGGESTION = re.compile(r'<p class="search-suggestion" role="status">(.*?)</p>', re.S)


@pytest.fixture
def pages(site_tree):
    return add_pages_by_language(
        site_tree,
        {
            "fi": ("Kotoutuminen kunnassa", "Kotoutuminen alkaa ensimmäisistä viikoista."),
            "sv": ("Flyktingar i kommunen", "Kommunen tar emot flyktingar."),
            "en": ("Refugees in the municipality", "The municipality welcomes refugees."),
        },
    )


def search(client, query, language="fi"):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("language", "typo", "intended", "title"),
    [
        ("fi", "kototuminen", "kotoutuminen", "Kotoutuminen kunnassa"),
        ("sv", "flyktingr", "flyktingar", "Flyktingar i kommunen"),
        ("en", "refuges", "refugees", "Refugees in the municipality"),
    ],
)
def test_a_typo_is_offered_the_word_whose_search_finds_the_page(
    client, pages, language, typo, intended, title
):
    response = search(client, typo, language)

    assert response.context["search"].ranked == []
    assert response.context["search"].suggestion == intended
    suggestion = SUGGESTION.search(response.content.decode())
    assert suggestion, "the suggestion is announced in a status message"
    link = re.search(r'<a href="([^"]+)"><strong>([^<]+)</strong></a>', suggestion.group(1))
    assert link.group(2) == intended
    assert link.group(1) == f"/{language}/search/?q={intended}"

    followed = client.get(link.group(1))
    assert title in [hit.title for hit in followed.context["page_obj"].hits]
    assert "search-suggestion" not in followed.content.decode()


def test_the_suggestion_is_worded_in_the_readers_language(client, pages):
    with translation.override("fi"):
        finnish = translation.gettext("Did you mean:")
    with translation.override("sv"):
        swedish = translation.gettext("Did you mean:")

    assert finnish in SUGGESTION.search(search(client, "kototuminen").content.decode()).group(1)
    assert swedish in SUGGESTION.search(search(client, "flyktingr", "sv").content.decode()).group(1)


def test_only_the_mistyped_word_of_a_query_is_replaced(pages):
    found = services.search_site("kotoutuminen viikoista kunasa", "fi")

    assert found.suggestion == "kotoutuminen viikoista kunnassa"


def test_a_search_that_finds_enough_offers_nothing(client, site_tree):
    section = site_tree.page("section", "fi")
    for n in range(services.SUGGEST_BELOW):
        add_page(section, f"Kotoutuminen {n}", body="Kotoutuminen kunnassa.")

    response = search(client, "kotoutuminen")

    assert response.context["search"].suggestion == ""
    assert "search-suggestion" not in response.content.decode()


def test_words_of_another_language_are_not_suggested(pages):
    assert services.search_site("flyktingr", "fi").suggestion == ""
    assert services.search_site("kototuminen", "sv").suggestion == ""


def test_nothing_alike_offers_nothing(client, pages):
    response = search(client, "qwxz")

    assert response.context["search"].suggestion == ""
    assert "search-suggestion" not in response.content.decode()


def test_drafts_restricted_pages_and_unpublished_materials_lend_no_words(site_tree):
    section = site_tree.page("section", "fi")
    draft = add_page(section, "Salainen luonnos", body="Yhteistoimintaneuvottelut alkavat.")
    draft.unpublish()
    private = add_page(section, "Suojattu", body="Henkilöstösuunnitelma kirjautuneille.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    private.save_revision().publish()
    add_material(
        Locale.objects.get(language_code="fi"), "Keskeneräinen", "Budjettiluonnos.", live=False
    )

    assert services.search_site("yhteistoimintaneuvotelut", "fi").suggestion == ""
    assert services.search_site("henkilostosuunnitelma", "fi").suggestion == ""
    assert services.search_site("budjettiluonos", "fi").suggestion == ""
    assert not SearchWord.objects.filter(word__in=["keskeneräinen", "suojattu"]).exists()


def test_an_unpublished_or_deleted_page_takes_its_words_with_it(site_tree):
    section = site_tree.page("section", "fi")
    page = add_page(section, "Pakolaiset kunnassa", body="Pakolaiset asettuvat kuntaan.")
    assert services.search_site("pakolaset", "fi").suggestion == "pakolaiset"

    page.unpublish()
    assert services.search_site("pakolaset", "fi").suggestion == ""

    page.save_revision().publish()
    assert services.search_site("pakolaset", "fi").suggestion == "pakolaiset"
    page.delete()
    assert not SearchWord.objects.filter(word="pakolaiset").exists()


def test_a_suggestion_costs_a_bounded_number_of_queries(client, pages):
    long_query = " ".join(["kototuminen"] + [f"sana{letter}x" for letter in "abcdefghijk"])
    search(client, long_query)  # warm the site and content type caches; the query is logged
    with CaptureQueriesContext(connection) as captured:
        response = search(client, long_query)

    assert response.context["search"].suggestion.startswith("kotoutuminen ")
    vocabulary_queries = [q for q in captured.captured_queries if "search_searchword" in q["sql"]]
    # Whether the words are known, then the closest of each of the first few unknown ones.
    assert len(vocabulary_queries) <= 1 + services.MAX_SUGGESTED_WORDS
    assert len(captured) <= 30
