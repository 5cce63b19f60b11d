"""The site's search backend on PostgreSQL: each language's stemming, ASCII-folded words, the
first part of compounds, and a search kept to the locale it is run in."""

import pytest

from django.db import connection, transaction
from django.db.models import Q
from django.test.utils import CaptureQueriesContext

from wagtail.documents.models import Document
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as database_backend
from wagtail.search.backends.database.fallback import DatabaseSearchBackend
from wagtail.search.utils import parse_query_string

from home.models import ContentPage
from search.backends import (
    LocalePostgresSearchBackend,
    backend_class_for,
    config_for_language,
    fold,
    folded_words,
    locale_filtered_on,
    prefix_stem,
    words_only,
)
from tests.factories import build_site

ODD_QUERIES = [
    '"kotoutuminen',
    "kotoutuminen & | ! ( ) : * ' \\",
    "a:* | !b",
    "x" * 1000,
    "?!.,;",
    "---",
    "Интеграция kotoutuminen 統合",
    "'); DROP TABLE wagtailcore_page; --",
    "kotoutuminen\x00",
    "\x00",
]
# (language, slug, title, text): no page says the words the tests search for in that form.
PAGES = [
    ("fi", "tuki", "Ohjausta", "Kotoutumisen tuki ja kotoutumista edistävät palvelut."),
    ("fi", "tyollisyys", "Työllisyys", "Työllisyyden hoito siirtyi kunnille."),
    ("fi", "sarja", "Koulutussarja edustajille", "Syksyn ohjelma."),
    ("fi", "otsikossa", "Perhevapaat", "Tietoa palveluista."),
    ("fi", "tekstissa", "Tiedote", "Tietoa perhevapaista ja muusta."),
    ("sv", "mottagning", "Mottagning", "Stöd till varje flykting i kommunen."),
    ("sv", "bostad", "Bostad", "Om flyktingmottagningen och kotoutumisen i kommunen."),
    ("sv", "lattlast", "Läsning", "Lättläst språk på arbetsplatsen."),
    ("en", "housing", "Housing", "Housing for a refugee family arriving in the spring."),
]


def add_page(tree, language, slug, title, text):
    page = tree.page("section", language).add_child(
        instance=ContentPage(
            title=title,
            slug=slug,
            locale=Locale.objects.get(language_code=language),
            introduction=text,
            body=[("paragraph", f"<p>{text}</p>")],
        )
    )
    page.save_revision().publish()
    return page


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """The test site and PAGES, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        tree = build_site()
        yield {spec[1]: add_page(tree, *spec) for spec in PAGES}
        transaction.set_rollback(True)


@pytest.fixture
def site(pages, db):
    return pages


def search(query, language=None):
    pages = Page.objects.live().public()
    if language:
        pages = pages.filter(locale=Locale.objects.get(language_code=language))
    return [page.slug for page in pages.search(query)]


def test_the_site_uses_the_language_aware_backend_on_postgresql():
    assert isinstance(get_search_backend(), LocalePostgresSearchBackend)


def test_a_finnish_query_finds_a_page_with_other_inflected_forms_of_the_word(site):
    assert "tuki" in search("kotoutuminen", "fi")
    assert "tuki" in search("kotoutumisesta", "fi")


def test_a_swedish_query_finds_a_page_with_another_form_of_the_word(site):
    assert "mottagning" in search("flyktingar", "sv")
    assert "mottagning" in search("flyktingarnas", "sv")


def test_an_english_query_finds_a_page_with_another_form_of_the_word(site):
    assert search("refugees", "en") == ["housing"]


def test_the_other_languages_pages_are_not_found(site):
    finnish = search("kotoutumisen", "fi")
    swedish = search("kotoutumisen", "sv")

    assert "tuki" in finnish and "bostad" not in finnish
    assert "bostad" in swedish and "tuki" not in swedish
    assert search("flyktingar", "fi") == []
    assert search("refugees", "sv") == []


def test_a_search_over_every_language_parses_the_query_in_each(site):
    assert "tuki" in search("kotoutuminen")
    assert "mottagning" in search("flyktingar")
    assert "housing" in search("refugees")


def test_words_typed_without_a_umlaut_or_o_umlaut_find_the_page(site):
    assert "tyollisyys" in search("tyollisyyden", "fi")
    assert "tyollisyys" in search("työllisyydestä", "fi")
    assert "lattlast" in search("lattlast sprak", "sv")


def test_the_first_part_of_a_compound_finds_the_compound(site):
    assert "sarja" in search("koulutus", "fi")
    assert "bostad" in search("flyktingar", "sv")


def test_a_title_match_ranks_above_a_body_match(site):
    assert search("perhevapaa", "fi") == ["otsikossa", "tekstissa"]


def test_an_unpublished_page_leaves_a_locale_filtered_live_search(site):
    site["otsikossa"].unpublish()

    assert search("perhevapaa", "fi") == ["tekstissa"]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_input_never_fails_and_a_query_without_words_finds_nothing(site, query):
    results = search(query, "fi")

    assert set(results) <= {"tuki", "koti", "kotoutumistyo"}
    assert set(search(query)) <= {"tuki", "koti", "kotoutumistyo", "bostad"}
    if not any(character.isalnum() for character in query):
        assert results == []


def test_wagtails_other_ways_of_searching_still_work(site):
    finnish = Page.objects.live().filter(locale=Locale.objects.get(language_code="fi"))
    _, phrase_and_word = parse_query_string('"kotoutumisen tuki" palvelut')

    assert [page.slug for page in finnish.search("perhevapaa", fields=["title"])] == ["otsikossa"]
    assert "otsikossa" in [page.slug for page in finnish.autocomplete("perheva")]
    assert [page.slug for page in finnish.search(phrase_and_word)] == ["tuki"]
    results = finnish.search("perhevapaa", operator="or")
    assert results.count() == 2
    assert sum(results.facet("content_type_id").values()) == 2


def test_a_search_runs_a_bounded_number_of_queries(site):
    finnish = Locale.objects.get(language_code="fi")

    with CaptureQueriesContext(connection) as queries:
        results = list(Page.objects.live().filter(locale=finnish).search("kotoutuminen")[:10])

    assert "tuki" in [page.slug for page in results]
    assert len(queries) == 2  # the locale's language, then the search


def test_index_entries_are_stemmed_in_their_own_language(site):
    document = Document.objects.create(title="Kotoutumisen opas")

    def body(obj):
        return obj.index_entries.values_list("body", flat=True).get()

    assert "'kotoutum'" in body(site["tuki"])
    assert "'flykting'" in body(site["mottagning"])
    title = document.index_entries.values_list("title", flat=True).get()
    assert "'kotoutumisen'" in title  # no locale: the simple configuration, unstemmed


def test_a_language_is_mapped_to_its_configuration():
    assert config_for_language("fi") == "finnish"
    assert config_for_language("sv-FI") == "swedish"
    assert config_for_language("en-gb") == "english"
    assert config_for_language("de") == "simple"
    assert config_for_language(None) == "simple"
    assert config_for_language("fi", {"fi": "finnish_custom"}) == "finnish_custom"


def test_folding_keeps_only_the_words_that_change():
    assert fold("Työllisyys Åland") == "Tyollisyys Aland"
    assert folded_words("Työllisyys ja kotoutuminen, työllisyys") == "tyollisyys"
    assert folded_words("kotoutuminen") == ""


def test_finnish_and_swedish_query_words_are_matched_by_stem_prefix():
    assert prefix_stem("kotoutuminen", "finnish") == "kotoutum"
    assert prefix_stem("kotoutumisen", "finnish") == "kotoutum"
    assert prefix_stem("flyktingar", "swedish") == "flykting"
    assert prefix_stem("refugees", "english") is None
    assert prefix_stem("työ", "finnish") is None
    assert prefix_stem("a:*", "finnish") is None


def test_the_locale_a_queryset_is_filtered_to_is_found(site):
    finnish, swedish = (Locale.objects.get(language_code=code) for code in ("fi", "sv"))
    pages = Page.objects.live()

    assert locale_filtered_on(pages.filter(locale=finnish)) == finnish.pk
    assert locale_filtered_on(pages.filter(locale_id=swedish.pk)) == swedish.pk
    assert locale_filtered_on(pages.filter(locale__in=[finnish])) == finnish.pk
    assert locale_filtered_on(pages) is None
    assert locale_filtered_on(pages.filter(locale__in=[finnish, swedish])) is None
    assert locale_filtered_on(pages.exclude(locale=finnish)) is None
    assert locale_filtered_on(pages.filter(Q(locale=finnish) | Q(locale=swedish))) is None
    assert locale_filtered_on(pages.filter(locale__in=Locale.objects.filter(pk=finnish.pk))) is None


def test_other_databases_keep_wagtails_own_database_backend():
    assert backend_class_for("postgresql", {}) is LocalePostgresSearchBackend
    # Elsewhere Wagtail's own choice for the connection (SQLite: full-text search, no stemming).
    assert issubclass(backend_class_for("sqlite", {}), type(database_backend({})))
    assert words_only(DatabaseSearchBackend) is words_only(DatabaseSearchBackend)


def test_wagtails_own_backends_are_given_only_the_words_of_a_query(site):
    backend = words_only(DatabaseSearchBackend)({})
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code="sv"))

    assert [page.slug for page in backend.search('"Mottagning & !', pages)] == ["mottagning"]
    assert list(backend.search("&|!():*", pages)) == []
