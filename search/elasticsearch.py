"""The site's Elasticsearch backend (used when ELASTICSEARCH_URL is set): Wagtail's
Elasticsearch 9 backend with Finnish, Swedish and English analysers.

Wagtail copies every searchable field of a document into `_all_text` (and, for boosted fields
such as the title, into `_all_text_boost_<n>`), and searches those. Here each of these fields
gets a twin per language, analysed with that language's stemmer and with ä/ö/å folded
(`_all_text_fi`, `_all_text_boost_2_0_sv`, ...); a search over a queryset filtered to one
locale reads its language's twins, any other search reads all of them. Every text is analysed
in the three languages, which triples the index's text but keeps Wagtail's one index per model.

When Elasticsearch can't be reached (or the index doesn't exist yet), a search raises
`search.backends.SearchUnavailable` after logging the failure; saving a page while it is down
only logs (Wagtail's indexing catches errors for Elasticsearch), and `manage.py update_index`
brings the index up to date afterwards.
"""

import logging
from contextlib import contextmanager
from copy import deepcopy

from elastic_transport import TransportError
from elasticsearch import ApiError
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update

from wagtail.models import Locale

from search.backends import SearchUnavailable, locale_filtered_on

logger = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")
ALL_TEXT = "_all_text"


def language_analysis():
    """Index settings with one analyser per language: standard tokens, lower case, the
    language's stop words, its ASCII-folded twin kept beside the original, its stemmer."""
    names = {"fi": "finnish", "sv": "swedish", "en": "english"}
    filters = {"search_folding": {"type": "asciifolding", "preserve_original": True}}
    analyzers = {}
    for code, name in names.items():
        filters[f"{name}_stop"] = {"type": "stop", "stopwords": f"_{name}_"}
        filters[f"{name}_stemmer"] = {"type": "stemmer", "language": name}
        analyzers[analyzer_name(code)] = {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", f"{name}_stop", "search_folding", f"{name}_stemmer"],
        }
    return {"settings": {"analysis": {"filter": filters, "analyzer": analyzers}}}


def analyzer_name(language):
    return f"text_{language}"


def language_field(field_name, language):
    return f"{field_name}_{language}"


def language_of(queryset):
    """The language code of the one locale a search's queryset is filtered to, if any."""
    locale = locale_filtered_on(queryset)
    if locale is None:
        return None
    if not isinstance(locale, Locale):
        locale = Locale.objects.filter(pk=locale).first()
    code = (locale.language_code if locale else "").lower().split("-")[0]
    return code if code in LANGUAGES else None


class LanguageMapping(Elasticsearch9Mapping):
    """Wagtail's mapping with a twin of each `_all_text*` field per language."""

    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        catch_alls = [name for name in properties if name.startswith(ALL_TEXT)]
        for name in catch_alls:
            for language in LANGUAGES:
                properties[language_field(name, language)] = {
                    "type": "text",
                    "analyzer": analyzer_name(language),
                }
        self._copy_to_language_twins(properties)
        return mapping

    def _copy_to_language_twins(self, properties):
        for field_mapping in properties.values():
            if "copy_to" in field_mapping:
                targets = field_mapping["copy_to"]
                targets = [targets] if isinstance(targets, str) else list(targets)
                field_mapping["copy_to"] = targets + [
                    language_field(target, language) for target in targets for language in LANGUAGES
                ]
            if field_mapping.get("type") == "nested":
                self._copy_to_language_twins(field_mapping["properties"])


class LanguageQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = LanguageMapping

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = language_of(self.queryset)
        languages = [language] if language else LANGUAGES
        result = []
        for field in remapped:
            if field.field_name.startswith(ALL_TEXT):
                result += [
                    Field(language_field(field.field_name, code), field.boost) for code in languages
                ]
            else:
                result.append(field)
        return result


class LanguageAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


@contextmanager
def unavailable_on_failure():
    try:
        yield
    except (TransportError, ApiError) as error:
        logger.exception("Elasticsearch could not answer a search")
        raise SearchUnavailable(str(error)) from error


class UnavailableAwareResults(Elasticsearch9SearchResults):
    """Results that turn an unreachable or unready Elasticsearch into SearchUnavailable."""

    def _do_search(self):
        # Wagtail's _do_search is a generator: the request is sent while it is consumed.
        with unavailable_on_failure():
            yield from super()._do_search()

    def _do_count(self):
        with unavailable_on_failure():
            return super()._do_count()

    def facet(self, field_name):
        with unavailable_on_failure():
            return super().facet(field_name)


class LanguageElasticsearchBackend(Elasticsearch9SearchBackend):
    mapping_class = LanguageMapping
    query_compiler_class = LanguageQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    results_class = UnavailableAwareResults
    settings = deep_update(deepcopy(Elasticsearch9SearchBackend.settings), language_analysis())


SearchBackend = LanguageElasticsearchBackend
