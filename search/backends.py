"""The site's search backend: Wagtail's database backend, taught the site's languages.

On PostgreSQL each object with a locale is indexed with its language's text-search
configuration (`finnish`, `swedish`, `english`; `simple` for anything else), and a search over
a queryset filtered to one locale is parsed with the same configuration, so "flyktingar" finds
"flykting". Two additions make Finnish work as a reader expects:

- Snowball's Finnish stemmer leaves the -nen/-sen/-s forms of a word apart (kotoutuminen →
  kotoutumin, kotoutumisen → kotoutumis); each Finnish query word therefore also matches, as a
  prefix, its stem trimmed the way `search.analysis` trims it (kotoutum:*). Swedish words match
  their stem as a prefix too. Both languages write compounds as one word, so this also lets
  "koulutus" find "koulutussarja" and "flyktingar" find "flyktingmottagning" (the first part of
  a compound only: "koulutus" doesn't find "kielikoulutus").
- Words with ä, ö or å are indexed a second time folded to ASCII, so "tyollisyys" typed on a
  keyboard without them finds "työllisyys". Only the words that change are added, so the
  ranking of other words is untouched.

On SQLite (the zero-setup default) the same analysis is done in Python (search.sqlite_backend),
as SQLite's full-text search (FTS5) knows no language: each object's title and body are indexed as
the tokens of its words in its own language (the word, its Snowball stem, the Finnish or
Swedish prefix stem, and all of them folded to ASCII), and each query word becomes the same
alternatives, its prefix stem as an FTS prefix query ("kotoutum"*). Both sides meet on stems, so
a query finds on SQLite what it finds on PostgreSQL. Autocomplete is left to Wagtail's own words.
Other databases get Wagtail's own database backend, given only the words of a query.

Both database indexes also keep the vocabulary of "Did you mean …?" (search.vocabulary): the
words of each live, public page and material they index.

`SearchUnavailable` is what any search of this site raises when its engine can't answer (an
unreachable Elasticsearch): the search page shows a "temporarily unavailable" message with 503.
"""

import re
import unicodedata
from functools import cache, reduce

# Wagtail 8's database backend lives in django-modelsearch; these are its PostgreSQL parts.
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.utils import get_content_type_pk

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import TextField, Value
from django.db.models.lookups import Exact, In
from django.db.models.sql.subqueries import InsertQuery

from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as database_backend_for_connection
from wagtail.search.query import Phrase, PlainText

from search import analysis, vocabulary

# A language's PostgreSQL text-search configuration; overridable with the backend's
# LANGUAGE_CONFIGS parameter.
LANGUAGE_CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
FALLBACK_CONFIG = "simple"
QUERY_TERM_SEPARATOR = re.compile(r"[\s\-]+")
PLAIN_WORD = re.compile(r"^\w+$")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")  # PostgreSQL refuses NUL in text
PREFIX_STEMMERS = {
    "finnish": analysis.finnish_stem,
    "swedish": analysis.STEMMERS["sv"].stemWord,
}


class SearchUnavailable(Exception):
    """The search engine can't answer now (Elasticsearch unreachable or not indexed yet)."""


fold = analysis.fold


def folded_words(text):
    """The words of a text that change when folded, folded; what the index adds for them."""
    return " ".join(
        dict.fromkeys(folded for word in analysis.words(text) if (folded := fold(word)) != word)
    )


def config_for_language(language_code, configs=None):
    """The text-search configuration for a language code ("fi", "sv-fi", "en-GB")."""
    configs = LANGUAGE_CONFIGS if configs is None else configs
    code = (language_code or "").lower()
    return configs.get(code) or configs.get(code.split("-")[0]) or FALLBACK_CONFIG


def prefix_stem(word, config):
    """The stem a query word also matches as a prefix in a Finnish or Swedish index, or None
    (other languages, short words, anything that isn't one plain word).
    "kotoutuminen" → "kotoutum", "flyktingar" → "flykting"."""
    word = unicodedata.normalize("NFC", word).lower()
    if config not in PREFIX_STEMMERS or not PLAIN_WORD.match(word):
        return None
    if len(word) <= analysis.MIN_STEM:
        return None
    stem = PREFIX_STEMMERS[config](word)
    return stem if len(stem) >= analysis.MIN_STEM else None


def locale_filtered_on(queryset):
    """The locale (instance or primary key) a queryset is filtered to, if exactly one: found in
    the AND-ed top level of its WHERE clause, e.g. `.filter(locale=Locale.get_active())`."""
    nodes = [queryset.query.where]
    found = set()
    while nodes:
        node = nodes.pop()
        if isinstance(node, (Exact, In)):
            target = getattr(node.lhs, "target", None)
            if target is not None and target.attname == "locale_id":
                values = node.rhs if isinstance(node, In) else [node.rhs]
                if not isinstance(values, (list, tuple, set, frozenset)):
                    return None  # a subquery: not read here
                found.add(frozenset(getattr(value, "pk", value) for value in values))
        elif getattr(node, "connector", None) == "AND" and not node.negated:
            nodes.extend(node.children)
    candidates = reduce(frozenset.intersection, found) if found else frozenset()
    return next(iter(candidates)) if len(candidates) == 1 else None


class LocaleObjectIndexer(ObjectIndexer):
    """Builds an object's index entry with its own language's configuration, adding the folded
    copies of its words with diacritics."""

    def __init__(self, obj, backend, config):
        super().__init__(obj, backend)
        self.config = config

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        texts += [(folded, weight) for text, weight in texts if (folded := folded_words(text))]
        if not texts:
            return EMPTY_VECTOR
        config = self.autocomplete_config if for_autocomplete else self.config
        return reduce(
            lambda a, b: a._combine(b, "||", False),
            [
                SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for text, weight in texts
            ],
        )


class LocaleLanguages:
    """An index that knows each object's language, and keeps the vocabulary of what it
    indexes."""

    def language_for(self, obj):
        """The language code of an object's locale, or None."""
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return None
        if not hasattr(self, "_languages"):
            self._languages = dict(Locale.objects.values_list("pk", "language_code"))
        if locale_id not in self._languages:
            self._languages[locale_id] = Locale.objects.get(pk=locale_id).language_code
        return self._languages[locale_id]

    def delete_item(self, item):
        super().delete_item(item)
        vocabulary.forget(item)

    def delete_stale_entries(self):
        super().delete_stale_entries()
        vocabulary.forget_deleted()


class LocalePostgresIndex(LocaleLanguages, PostgresIndex):
    def config_for(self, obj):
        language = self.language_for(obj)
        return FALLBACK_CONFIG if language is None else self.backend.config_for_language(language)

    def add_items(self, model, objs):
        # Wagtail's PostgresIndex.add_items with the indexer chosen per object: one upsert of
        # every object's title, autocomplete and body vectors and plain texts.
        if not model.get_search_fields():
            return
        indexers = [LocaleObjectIndexer(obj, self.backend, self.config_for(obj)) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors_sql = []
            for field_name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(field_name), getattr(indexer, field_name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors_sql.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append("(%s, %s, {}, {}, {}, 1.0, %s, %s)".format(*vectors_sql))
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title,
                    autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0,
                    autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,
                    title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                """,  # noqa: S608 (the table name is the model's; values are parameters)
                params,
            )
        self._refresh_title_norms()
        vocabulary.record(
            model,
            [
                (indexer.obj, self.language_for(indexer.obj), indexer.title_text, indexer.body_text)
                for indexer in indexers
            ],
        )


class LocaleSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Parses a query with the configuration of the locale the queryset is filtered to; with no
    single locale, with every configured language's and `simple`, OR-ed."""

    def __init__(self, queryset, query, *args, **kwargs):
        if isinstance(query, str):
            query = CONTROL_CHARACTERS.sub(" ", query)
        super().__init__(queryset, query, *args, **kwargs)

    def get_config(self, backend):
        locale = locale_filtered_on(self.queryset)
        if locale is not None:
            language = (
                locale.language_code
                if isinstance(locale, Locale)
                else Locale.objects.filter(pk=locale)
                .values_list("language_code", flat=True)
                .first()
            )
            return (backend.config_for_language(language),)
        return (*dict.fromkeys(backend.language_configs.values()), FALLBACK_CONFIG)

    def build_tsquery_content(self, query, config=None, invert=False):
        configs = config if isinstance(config, tuple) else (config or FALLBACK_CONFIG,)
        if isinstance(query, PlainText):
            terms = [term for term in QUERY_TERM_SEPARATOR.split(query.query_string) if term]
            if not terms:
                return None
            term_queries = [self._term_query(term, configs) for term in terms]
            combine = (lambda a, b: a & b) if query.operator == "and" else (lambda a, b: a | b)
            combined = reduce(combine, term_queries)
            return ~combined if invert else combined
        if isinstance(query, Phrase):
            combined = reduce(
                lambda a, b: a | b,
                [SearchQuery(query.query_string, search_type="phrase", config=c) for c in configs],
            )
            return ~combined if invert else combined
        return super().build_tsquery_content(query, config=config, invert=invert)

    def _term_query(self, term, configs):
        alternatives = [SearchQuery(Lexeme(term), search_type="raw", config=c) for c in configs]
        prefixes = {stem for config in configs if (stem := prefix_stem(term, config))}
        # A prefix of the stored stems, so parsed with `simple`: not stemmed a second time.
        alternatives += [
            SearchQuery(Lexeme(stem, prefix=True), search_type="raw", config=FALLBACK_CONFIG)
            for stem in sorted(prefixes)
        ]
        return reduce(lambda a, b: a | b, alternatives)

    def get_fields_vectors(self, search_query):
        # A search limited to fields reads them from the table, in the one configuration known.
        configs = self._configs
        config = configs[0] if len(configs) == 1 else FALLBACK_CONFIG
        return [
            (SearchVector(field_lookup, config=config), search_field.boost)
            for field_lookup, search_field in self.search_fields.items()
        ]

    def search(self, config, start, stop, score_field=None, backend=None):
        self._configs = config
        if isinstance(self.query, PlainText) and self.build_tsquery(self.query, config) is None:
            return self.queryset.none()  # no words at all ("---"): nothing, not everything
        return super().search(config, start, stop, score_field=score_field, backend=backend)


class LocalePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleSearchQueryCompiler
    index_class = LocalePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", LANGUAGE_CONFIGS)
        # Wagtail's one SEARCH_CONFIG gives way to a configuration per object and per search.
        self.config = FALLBACK_CONFIG

    def config_for_language(self, language_code):
        return config_for_language(language_code, self.language_configs)


@cache
def words_only(backend_class):
    """Wagtail's backend for other databases, given only the words of a query: SQLite's
    full-text syntax would fail on quotes and operators ('"a & b')."""

    class WordsOnlyBackend(backend_class):
        def search(self, query, model_or_queryset, *args, **kwargs):
            if isinstance(query, str):
                query = " ".join(analysis.words(query))
            return super().search(query, model_or_queryset, *args, **kwargs)

    WordsOnlyBackend.__name__ = WordsOnlyBackend.__qualname__ = f"WordsOnly{backend_class.__name__}"
    return WordsOnlyBackend


def backend_class_for(vendor, params):
    """The language-aware backend on PostgreSQL and on SQLite with its full-text search (FTS5);
    Wagtail's own choice elsewhere, given only the query's words."""
    if vendor == "postgresql":
        return LocalePostgresSearchBackend
    wagtail_choice = type(database_backend_for_connection(params))
    if wagtail_choice.__name__ == "SQLiteSearchBackend":
        # Importable only where Wagtail defines its SQLite full-text table.
        from search.sqlite_backend import AnalysedSQLiteSearchBackend

        return AnalysedSQLiteSearchBackend
    return words_only(wagtail_choice)


def SearchBackend(params):  # noqa: N802 (Wagtail loads a backend module's SearchBackend)
    return backend_class_for(connection.vendor, params)(params)
