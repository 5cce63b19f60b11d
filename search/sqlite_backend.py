"""The site search backend on SQLite: search.analysis's stems fed to SQLite's full-text search
(FTS5), so that a query finds on SQLite what it finds on PostgreSQL (see search.backends).

An object's title and body are indexed as the tokens of their words in the object's language
(search.analysis.index_tokens: the word, its Snowball stem, the Finnish or Swedish prefix stem,
and all of them folded to ASCII); a query word becomes the alternatives
search.analysis.query_alternatives gives it in the language of the locale searched, its prefix
stem as an FTS prefix query ("kotoutum"*). Autocomplete reads the words as they are.

Imported only on SQLite with FTS5: Wagtail defines the full-text table's model only there.
"""

from functools import cached_property, reduce

from modelsearch.backends.database.sqlite.query import (
    BM25,
    LexemeCombinable,
    SearchQueryExpression,
    SQLiteFTSIndexEntry,
)
from modelsearch.backends.database.sqlite.query import Lexeme as FTSLexeme
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer as SQLiteObjectIndexer
from modelsearch.utils import get_content_type_pk

from wagtail.models import Locale
from wagtail.search.query import Phrase, PlainText

from search import analysis, vocabulary
from search.backends import CONTROL_CHARACTERS, LocaleLanguages, locale_filtered_on


class AnalysedObjectIndexer(SQLiteObjectIndexer):
    """An object's title and body as the tokens of search.analysis in its language (every
    language's when it has none); its autocomplete text as it is."""

    def __init__(self, obj, backend, language_code):
        super().__init__(obj, backend)
        self.language_code = language_code
        self.language = analysis.language_of(language_code) if language_code else None

    @cached_property
    def title_text(self):
        return SQLiteObjectIndexer.title.func(self)

    @cached_property
    def body_text(self):
        return SQLiteObjectIndexer.body.func(self)

    @cached_property
    def title(self):
        return analysis.index_tokens(self.title_text, self.language)

    @cached_property
    def body(self):
        return analysis.index_tokens(self.body_text, self.language)


class AnalysedSQLiteIndex(LocaleLanguages, SQLiteIndex):
    def add_items(self, model, objs):
        # Wagtail's SQLiteIndex.add_items with the indexer chosen per object.
        if not model.get_search_fields():
            return
        indexers = [
            AnalysedObjectIndexer(obj, self.backend, self.language_for(obj)) for obj in objs
        ]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        fields = {
            indexer.id: {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(entries.filter(object_id__in=fields).values_list("object_id", flat=True))
        for object_id in indexed:
            entries.filter(object_id=object_id).update(**fields[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=content_type_pk, object_id=object_id, **values)
            for object_id, values in fields.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()
        vocabulary.record(
            model,
            [
                (indexer.obj, indexer.language_code, indexer.title_text, indexer.body_text)
                for indexer in indexers
            ],
        )


# How much more a word of the title counts than one of the body (PostgreSQL weighs them A and D).
TITLE_WEIGHT = 10.0


class WeightedBM25(BM25):
    """FTS5's bm25() with the title weighing more than the body and autocomplete not at all
    (the columns of Wagtail's table: autocomplete, body, title). Lower is better."""

    def as_sql(self, compiler, connection, function=None, template=None):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class Parenthesised(LexemeCombinable):
    """An FTS5 expression in brackets: FTS5 reads AND before OR."""

    _output_field = FTSLexeme._output_field

    def __init__(self, inner):
        super().__init__(output_field=self._output_field)
        self.inner = inner

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.inner)
        return "%s", [f"({sql % tuple(params)})"]


class AnalysedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Each query word as the alternatives search.analysis gives it in the language of the
    locale the queryset is filtered to (in every language with no single locale)."""

    @cached_property
    def language(self):
        locale = locale_filtered_on(self.queryset)
        if locale is None:
            return None
        if isinstance(locale, Locale):
            return analysis.language_of(locale.language_code)
        code = Locale.objects.filter(pk=locale).values_list("language_code", flat=True).first()
        return analysis.language_of(code)

    def query_words(self, query):
        # Letters and digits only: FTS5 reads "_" as a separator, and a lone one matches nothing.
        text = CONTROL_CHARACTERS.sub(" ", query.query_string).replace("_", " ")
        return analysis.words(text)

    def word_expression(self, word):
        return Parenthesised(
            reduce(
                lambda a, b: a | b,
                [
                    FTSLexeme(token, prefix=prefix)
                    for token, prefix in analysis.query_alternatives(word, self.language)
                ],
            )
        )

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText | Phrase):
            # A phrase is searched as its words: its stems are no longer side by side.
            words = self.query_words(query)
            if not words:
                return None
            is_or = isinstance(query, PlainText) and query.operator.lower() == "or"
            combine = (lambda a, b: a | b) if is_or else (lambda a, b: a & b)
            return SearchQueryExpression(
                reduce(combine, [self.word_expression(word) for word in words]), config=config
            )
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()

    def search(self, config, start, stop, score_field=None):
        if isinstance(self.query, PlainText | Phrase) and not self.query_words(self.query):
            return self.queryset.none()  # no words at all ("---"): nothing, not everything
        return super().search(config, start, stop, score_field=score_field)


class AnalysedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = AnalysedSQLiteSearchQueryCompiler
    index_class = AnalysedSQLiteIndex
