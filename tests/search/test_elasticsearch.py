"""The Elasticsearch switch: its analysers, mapping and queries built without a server; index
updates on publish and unpublish seen through a backend that records them; an unreachable
server as SearchUnavailable; and, when ELASTICSEARCH_URL is set, searches on a live server."""

import logging
import os
import uuid

import pytest
from modelsearch.backends.elasticsearch9 import Elasticsearch9Index

from django.db import transaction
from django.test import override_settings

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.models import ContentPage
from search.backends import SearchUnavailable
from search.elasticsearch import (
    LanguageElasticsearchBackend,
    LanguageMapping,
    LanguageQueryCompiler,
)
from tests.factories import build_site

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there
LIVE_URL = os.environ.get("ELASTICSEARCH_URL")


def backend(url=UNREACHABLE, **params):
    return LanguageElasticsearchBackend({"URLS": [url], "TIMEOUT": 1, **params})


class RecordingIndex(Elasticsearch9Index):
    """The real index, except that what it would send to Elasticsearch is kept in `sent`."""

    sent = []

    def add_item(self, item):
        self.sent.append(("index", self.name, self.mapping_class(type(item)).get_document(item)))

    def add_items(self, model, items):
        for item in items:
            self.add_item(item)

    def delete_item(self, item):
        self.sent.append(("delete", self.name, {"pk": str(item.pk)}))


class RecordingBackend(LanguageElasticsearchBackend):
    index_class = RecordingIndex


def test_each_language_has_an_analyser_with_its_stemmer_stop_words_and_folding():
    analysis = backend().settings["settings"]["analysis"]

    for code, language in [("fi", "finnish"), ("sv", "swedish"), ("en", "english")]:
        analyser = analysis["analyzer"][f"text_{code}"]
        assert analyser["tokenizer"] == "standard"
        assert analyser["filter"] == [
            "lowercase",
            f"{language}_stop",
            "search_folding",
            f"{language}_stemmer",
        ]
        assert analysis["filter"][f"{language}_stemmer"] == {
            "type": "stemmer",
            "language": language,
        }
        assert analysis["filter"][f"{language}_stop"]["stopwords"] == f"_{language}_"
    assert analysis["filter"]["search_folding"] == {
        "type": "asciifolding",
        "preserve_original": True,
    }
    # Wagtail's own analysers (autocomplete) are still there.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_index_settings_from_the_setting_are_merged_over_the_languages():
    settings = backend(INDEX_SETTINGS={"settings": {"index": {"number_of_shards": 1}}}).settings

    assert settings["settings"]["index"]["number_of_shards"] == 1
    assert "text_fi" in settings["settings"]["analysis"]["analyzer"]


def test_every_searchable_text_is_copied_to_a_twin_per_language():
    properties = LanguageMapping(ContentPage).get_mapping()["properties"]

    for code in ("fi", "sv", "en"):
        assert properties[f"_all_text_{code}"] == {"type": "text", "analyzer": f"text_{code}"}
        assert properties[f"_all_text_boost_2_0_{code}"]["analyzer"] == f"text_{code}"
    title_targets = properties["title"]["copy_to"]
    assert {"_all_text", "_all_text_fi", "_all_text_boost_2_0_sv"} <= set(title_targets)
    body_targets = properties["home_contentpage__body"]["copy_to"]
    assert {"_all_text_fi", "_all_text_sv", "_all_text_en"} <= set(body_targets)
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"


@pytest.mark.django_db
def test_a_search_in_one_locale_reads_that_languages_fields(site_tree):
    finnish = Locale.objects.get(language_code="fi")

    compiler = LanguageQueryCompiler(Page.objects.filter(locale=finnish), "kotoutuminen")
    everywhere = LanguageQueryCompiler(Page.objects.all(), "kotoutuminen")

    fields = compiler.get_query()["bool"]["must"]["multi_match"]["fields"]
    assert sorted(fields) == ["_all_text_boost_2_0_fi^2.0", "_all_text_fi"]
    fields = everywhere.get_query()["bool"]["must"]["multi_match"]["fields"]
    assert len(fields) == 6 and "_all_text_sv" in fields and "_all_text_boost_2_0_en^2.0" in fields


@pytest.mark.django_db
def test_an_unreachable_elasticsearch_raises_search_unavailable_and_is_logged(caplog):
    results = backend().search("kotoutuminen", Page.objects.live())

    with caplog.at_level(logging.ERROR, logger="search.elasticsearch"):
        with pytest.raises(SearchUnavailable):
            list(results)
        with pytest.raises(SearchUnavailable):
            results.count()

    assert "Elasticsearch could not answer a search" in caplog.text


@pytest.fixture
def recording():
    RecordingIndex.sent.clear()
    backends = {
        "default": {"BACKEND": "search.backends"},
        "elasticsearch": {
            "BACKEND": "tests.search.test_elasticsearch.RecordingBackend",
            "URLS": [UNREACHABLE],
            "INDEX_PREFIX": "test_",
        },
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield RecordingIndex.sent


@pytest.mark.django_db
def test_publishing_and_unpublishing_update_the_elasticsearch_index(recording, site_tree):
    section = site_tree.page("section", "fi")
    page = section.add_child(
        instance=ContentPage(title="Kotoutumisen tuki", slug="tuki", live=False)
    )
    recording.clear()

    page.save_revision().publish()
    published = [doc for action, _, doc in recording if action == "index"]
    page.refresh_from_db()
    page.unpublish()
    unpublished = [doc for action, _, doc in recording if action == "index"][len(published) :]
    page.delete()

    assert published[-1]["pk"] == str(page.pk) and published[-1]["title"] == "Kotoutumisen tuki"
    assert published[-1]["live_filter"] is True
    assert unpublished[-1]["live_filter"] is False
    assert ("delete", "test_wagtailcore_page", {"pk": str(page.pk)}) in recording


@pytest.mark.skipif(not LIVE_URL, reason="ELASTICSEARCH_URL is not set")
class TestLiveElasticsearch:
    """Against a real server: an index with a unique prefix, built, searched, then deleted."""

    @pytest.fixture(scope="class")
    def live(self, django_db_setup, django_db_blocker):
        es = backend(LIVE_URL, TIMEOUT=30, INDEX_PREFIX=f"test_{uuid.uuid4().hex[:8]}_")
        with django_db_blocker.unblock(), transaction.atomic():
            tree = build_site()
            for language, slug, title, text in [
                ("fi", "tuki", "Ohjausta", "Kotoutumisen tuki ja työllisyyden hoito."),
                ("sv", "mottagning", "Mottagning", "Stöd till varje flykting."),
                ("en", "housing", "Housing", "Housing for a refugee family."),
            ]:
                tree.page("section", language).add_child(
                    instance=ContentPage(
                        title=title,
                        slug=slug,
                        locale=Locale.objects.get(language_code=language),
                        introduction=text,
                    )
                ).save_revision().publish()
            index = es.get_index_for_model(Page)
            index.reset()
            index.add_model(Page)
            for model in {type(page.specific) for page in Page.objects.all()}:
                index.add_items(model, model.objects.all())
            index.refresh()
            yield es
            index.delete()
            transaction.set_rollback(True)

    def search(self, es, query, language):
        pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=language))
        return [page.slug for page in es.search(query, pages)]

    def test_inflected_and_folded_words_find_the_page_in_its_language(self, live, db):
        assert "tuki" in self.search(live, "kotoutumisesta", "fi")
        assert "tuki" in self.search(live, "tyollisyys", "fi")
        assert "mottagning" in self.search(live, "flyktingar", "sv")
        assert "housing" in self.search(live, "refugees", "en")

    def test_the_other_languages_pages_are_not_found(self, live, db):
        assert self.search(live, "flyktingar", "fi") == []


def test_the_configured_backend_is_the_database_one_without_elasticsearch_url():
    assert type(get_search_backend()).__module__ == "search.backends"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Haku ei ole tilapäisesti käytettävissä"),
        ("sv", "Sökningen är tillfälligt otillgänglig"),
        ("en", "Search is temporarily unavailable"),
    ],
)
def test_the_search_page_answers_503_in_the_readers_language_when_elasticsearch_is_down(
    client, site_tree, language, message, caplog
):
    backends = {
        "default": {
            "BACKEND": "search.elasticsearch",
            "URLS": [UNREACHABLE],
            "INDEX_PREFIX": "test_",
            "TIMEOUT": 2,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), caplog.at_level(logging.ERROR):
        response = client.get(f"/{language}/search/", {"q": "kotoutuminen"})
    assert response.status_code == 503
    assert message in response.content.decode()
    assert "Elasticsearch could not answer a search" in caplog.text
