"""The public site's search: what a reader finds in their own language.

search_site() searches the live, public pages (information pages, news, blog posts, events)
and the live materials of one locale with Wagtail's search API, so the configured backend
(PostgreSQL, SQLite or Elasticsearch) does the matching, stemming and ranking. Drafts, pages
with view restrictions and other languages are filtered out before the backend ranks anything;
the extranet's workspaces are not Wagtail pages and never in these indexes.

A search keeps the ranked list of up to MAX_HITS hits as (kind, id) pairs; the counts per kind
and per topic, the filtering and the paging work on that list, and only the hits of the page
shown are loaded in full. However many pages match, a search is a fixed number of queries.

When a search finds little (fewer than SUGGEST_BELOW hits, or none with every word), `suggestion` offers the query with
each word the site's vocabulary doesn't know replaced by the known word most like it
(search.vocabulary): "kototuminen" → "kotoutuminen". It is kept in the cache with the hits.
"""

import hashlib
import html
import logging
import re
from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from blog.models import BlogPage, NewsPage
from events.models import EventPage
from home import page_cache
from home.models import PlainLanguagePage, Topic
from home.visibility import public
from materials.models import Material
from practices.models import PracticePage

from . import vocabulary
from .analysis import stems
from .analysis import words as words_of
from .backends import SearchUnavailable

PER_PAGE = 10
MAX_QUERY_LENGTH = 200  # characters kept of what the reader typed
MAX_QUERY_WORDS = 12
MAX_HITS = 1000  # the best this many are counted, filtered and paged
EXCERPT_WORDS = 30
EXCERPT_LEAD = 8  # words shown before the first match
SUGGEST_BELOW = 3  # a search with fewer hits offers "Did you mean …?"
MAX_SUGGESTED_WORDS = 5  # words of a query looked up for a suggestion, at most
PROMOTIONS_APP = "wagtail.contrib.search_promotions"
logger = logging.getLogger(__name__)

try:  # Elasticsearch's client is installed only where it is used
    from elastic_transport import TransportError as _TransportError
    from elasticsearch import ApiError as _ApiError

    BACKEND_FAILURES = (_TransportError, _ApiError)
except ImportError:  # pragma: no cover
    BACKEND_FAILURES = ()

BODY_BLOCKS_WITHOUT_TEXT = {"image", "embed"}
BODY_VALUES_WITHOUT_TEXT = {"size", "url", "page", "document", "image", "alt_text"}


class Kind:
    PAGES = "pages"
    NEWS = "news"
    BLOG = "blog"
    EVENTS = "events"
    MATERIALS = "materials"
    PRACTICES = "practices"
    PLAIN = "plain"
    ALL = (PAGES, NEWS, BLOG, EVENTS, MATERIALS, PRACTICES, PLAIN)
    LABELS = {
        PAGES: _("Information pages"),
        NEWS: _("News"),
        BLOG: _("Blog posts"),
        EVENTS: _("Events"),
        MATERIALS: _("Materials"),
        PRACTICES: _("Good practices"),
        PLAIN: _("Pages in plain language"),
    }
    # What one hit is called, shown beside its title.
    SINGULAR = {
        PAGES: _("Information page"),
        NEWS: _("News item"),
        BLOG: _("Blog post"),
        EVENTS: _("Event"),
        MATERIALS: _("Material"),
        PRACTICES: _("Good practice"),
        PLAIN: _("Page in plain language"),
    }


# The page types with topics and a kind of their own; every other page is an information page.
PAGES_WITH_TOPICS = {
    NewsPage: Kind.NEWS,
    BlogPage: Kind.BLOG,
    EventPage: Kind.EVENTS,
    PracticePage: Kind.PRACTICES,
}
PAGE_KINDS = {**PAGES_WITH_TOPICS, PlainLanguagePage: Kind.PLAIN}
MODELS_WITH_TOPICS = {**PAGES_WITH_TOPICS, Material: Kind.MATERIALS}


def clean_query(text):
    """What the reader typed, without control characters (NUL…) or runs of spaces, at most
    MAX_QUERY_LENGTH characters. Returns (query, whether it was shortened)."""
    text = "".join(c for c in str(text or "") if c.isprintable() or c.isspace())
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip(), len(text) > MAX_QUERY_LENGTH


def search_words(query):
    """The words the backend is given: letters and digits only, so quotes, AND, -, |, & or :*
    are never read as operators by any backend."""
    found = []
    for word in words_of(query.replace("_", " ")):
        if word not in found:
            found.append(word)
    return found[:MAX_QUERY_WORDS]


def search_site(query, language, kind=None, topic=None):
    """The site's answer to `query` in `language` ("fi", "sv", "en"), narrowed to one kind
    (Kind.*) and one topic (a Topic slug of that language) when given; unknown kinds and
    topics are ignored. See SiteSearch."""
    query, truncated = clean_query(query)
    return SiteSearch(
        query=query, language=language, kind=kind or "", topic_slug=topic or "", truncated=truncated
    )


@dataclass(frozen=True)
class Hit:
    """One result as the page shows it."""

    kind: str
    title: str
    url: str
    excerpt: str
    date: object = None  # a date, a datetime (events) or a year (materials)
    object: object = field(default=None, compare=False, repr=False)

    @property
    def kind_label(self):
        return Kind.SINGULAR[self.kind]


@dataclass(frozen=True)
class Promotion:
    """A result an editor recommends for this query (Wagtail's search promotions)."""

    title: str
    url: str
    description: str


@dataclass
class SiteSearch:
    query: str
    language: str
    kind: str = ""
    topic_slug: str = ""
    truncated: bool = False
    broadened: bool = field(default=False, init=False)  # set when no hit had every word

    # The query

    @cached_property
    def words(self):
        return search_words(self.query)

    @property
    def searched(self):
        """Whether there was anything to search for: at least one word."""
        return bool(self.words)

    @cached_property
    def locale(self):
        return Locale.objects.filter(language_code=self.language).first()

    @cached_property
    def topics(self):
        """The topics of this language, for the topic facet."""
        if self.locale is None:
            return []
        return list(Topic.objects.filter(locale=self.locale).order_by("name", "pk"))

    @cached_property
    def topic(self):
        return next((t for t in self.topics if t.slug == self.topic_slug), None)

    @property
    def chosen_kind(self):
        return self.kind if self.kind in Kind.ALL else ""

    # The ranked hits: (kind, id) pairs, best first

    def _backend_search(self, queryset, operator):
        try:
            return list(
                queryset.search(" ".join(self.words), operator=operator).annotate_score("_score")[
                    :MAX_HITS
                ]
            )
        except BACKEND_FAILURES as error:
            logger.error("The search backend failed: %r", error)
            raise SearchUnavailable from error

    def _ranked_with(self, operator):
        # Wagtail's .public(): a search backend takes its path filters, not a subquery.
        pages = Page.objects.live().public().filter(locale=self.locale)
        materials = Material.objects.filter(locale=self.locale, live=True)
        page_hits = [
            (self._page_kind(page.content_type_id), page.pk, page._score)
            for page in self._backend_search(pages.only("pk", "content_type_id"), operator)
        ]
        material_hits = [
            (Kind.MATERIALS, material.pk, material._score)
            for material in self._backend_search(materials.only("pk"), operator)
        ]
        return merge_ranked(page_hits, material_hits)[:MAX_HITS]

    @cached_property
    def ranked(self):
        """Every hit, best first. Pages must have every word; when none has, any word will do
        (self.broadened)."""
        return self._ranking["ranked"]

    @cached_property
    def _ranking(self):
        """The ranked hits with their topics, kept in the cache per language and words until
        public content changes: readers ask the same questions, especially when news breaks."""
        if not self.searched or self.locale is None:
            return {"ranked": [], "broadened": False, "topics": {}, "suggestion": ""}
        key = "search:{}:{}:{}".format(
            self.language,
            hashlib.sha256(" ".join(self.words).encode()).hexdigest(),
            page_cache.content_version(),
        )
        ranking = cache.get(key)
        if ranking is None:
            ranked, broadened = self._ranked_with("and"), False
            if not ranked and len(self.words) > 1:
                ranked = self._ranked_with("or")
                broadened = bool(ranked)
            ranking = {
                "ranked": ranked,
                "broadened": broadened,
                "topics": self._topics_of(ranked),
                "suggestion": self._suggestion_for(ranked, broadened),
            }
            cache.set(key, ranking, settings.PAGE_CACHE_SECONDS)
        self.broadened = ranking["broadened"]
        return ranking

    @property
    def suggestion(self):
        """A better query to offer when this one found little, or ""."""
        return self._ranking.get("suggestion", "")

    def _suggestion_for(self, ranked, broadened):
        # At most 1 + MAX_SUGGESTED_WORDS queries, and only when the search found little: few
        # hits, or only hits without every word.
        if len(ranked) >= SUGGEST_BELOW and not broadened:
            return ""
        words = self.words[:MAX_SUGGESTED_WORDS]
        looked_up = [word for word in words if word in vocabulary.vocabulary_words(word)]
        known = vocabulary.known(looked_up, self.language) if looked_up else set()
        suggested = [
            word
            if word in known or word not in looked_up
            else vocabulary.closest(word, self.language) or word
            for word in words
        ]
        return " ".join(suggested) if suggested != words else ""

    @cached_property
    def _page_kinds(self):
        return {
            ContentType.objects.get_for_model(model).pk: kind for model, kind in PAGE_KINDS.items()
        }

    def _page_kind(self, content_type_id):
        return self._page_kinds.get(content_type_id, Kind.PAGES)

    @property
    def _topics_of_hits(self):
        return self._ranking["topics"]

    @staticmethod
    def _topics_of(ranked):
        """{(kind, id): set of topic translation keys}: one query per kind that has topics."""
        ids_by_kind = {}
        for kind, pk, _score in ranked:
            ids_by_kind.setdefault(kind, []).append(pk)
        topics = {}
        for model, kind in MODELS_WITH_TOPICS.items():
            if not ids_by_kind.get(kind):
                continue
            relation = model._meta.get_field("topics")
            source = relation.m2m_field_name()
            target = relation.m2m_reverse_field_name()
            rows = relation.remote_field.through.objects.filter(
                **{f"{source}_id__in": ids_by_kind[kind]}
            ).values_list(f"{source}_id", f"{target}__translation_key")
            for pk, key in rows:
                topics.setdefault((kind, pk), set()).add(key)
        return topics

    def _has_topic(self, kind, pk):
        return self.topic.translation_key in self._topics_of_hits.get((kind, pk), ())

    @cached_property
    def hits(self):
        """The ranked hits of the chosen kind and topic, as (kind, id, score)."""
        return [
            hit
            for hit in self.ranked
            if (not self.chosen_kind or hit[0] == self.chosen_kind)
            and (self.topic is None or self._has_topic(hit[0], hit[1]))
        ]

    @property
    def total(self):
        return len(self.hits)

    @property
    def capped(self):
        """Whether more matched than are counted."""
        return len(self.ranked) >= MAX_HITS

    # Facets: the number each choice would give, the other choice kept

    @cached_property
    def kind_counts(self):
        counts = dict.fromkeys(Kind.ALL, 0)
        for kind, pk, _score in self.ranked:
            if self.topic is None or self._has_topic(kind, pk):
                counts[kind] += 1
        return counts

    @cached_property
    def topic_counts(self):
        """{topic translation key: hits}, of the chosen kind."""
        counts = {}
        for kind, pk, _score in self.ranked:
            if self.chosen_kind and kind != self.chosen_kind:
                continue
            for key in self._topics_of_hits.get((kind, pk), ()):
                counts[key] = counts.get(key, 0) + 1
        return counts

    @property
    def hits_of_every_kind(self):
        """The hits of the chosen topic, whatever their kind: the "All types" count."""
        return sum(self.kind_counts.values())

    def kind_facets(self):
        """(kind, label, count) for every kind with hits, in a fixed order."""
        return [
            (kind, Kind.LABELS[kind], self.kind_counts[kind])
            for kind in Kind.ALL
            if self.kind_counts[kind]
        ]

    def topic_facets(self):
        """(topic, count) for every topic of this language with hits."""
        return [
            (topic, self.topic_counts[topic.translation_key])
            for topic in self.topics
            if self.topic_counts.get(topic.translation_key)
        ]

    # A page of results

    def page(self, number=1, request=None):
        """The `number`th page of PER_PAGE hits (the first for nonsense, the last past the end),
        its Hits in `page_obj.hits`."""
        paginator = Paginator(self.hits, PER_PAGE)
        try:
            page_obj = paginator.page(number)
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        page_obj.hits = self._load(page_obj.object_list, request)
        return page_obj

    def _load(self, entries, request):
        page_ids = [pk for kind, pk, _score in entries if kind != Kind.MATERIALS]
        material_ids = [pk for kind, pk, _score in entries if kind == Kind.MATERIALS]
        loaded = {}
        if page_ids:
            for page in Page.objects.filter(pk__in=page_ids).specific():
                loaded[(self._page_kind(page.content_type_id), page.pk)] = page
        if material_ids:
            for material in Material.objects.filter(pk__in=material_ids).select_related("document"):
                loaded[(Kind.MATERIALS, material.pk)] = material
        hits = []
        for kind, pk, _score in entries:
            item = loaded.get((kind, pk))
            if item is not None:  # unpublished between the two queries
                hits.append(self._hit(kind, item, request))
        return hits

    def _hit(self, kind, item, request):
        if kind == Kind.MATERIALS:
            return Hit(
                kind,
                item.title,
                item.url,
                self.excerpt(" ".join(filter(None, [item.description, item.publisher]))),
                item.year,
                item,
            )
        date = None
        if kind in (Kind.NEWS, Kind.BLOG):
            date = item.date_published
        elif kind == Kind.EVENTS:
            date = item.start
        return Hit(
            kind,
            item.title,
            item.get_url(request=request),
            self.excerpt(page_text(item)),
            date,
            item,
        )

    # Excerpts

    @cached_property
    def _stems(self):
        found = set()
        for word in self.words:
            found |= {stem for stem in stems(word) if len(stem) >= 2}
        return found

    def matches(self, word):
        """Whether a word of a text is one of the query's words, in any of its forms."""
        return any(
            form.startswith(stem)
            for token in words_of(word)
            for form in stems(token)
            for stem in self._stems
        )

    def excerpt(self, text):
        """About thirty words of `text` around the first word the query matched, the matching
        words in <mark>. Each word is escaped first, so the excerpt is safe to show."""
        text_words = (text or "").split()
        first = next((i for i, word in enumerate(text_words) if self.matches(word)), 0)
        start = max(0, first - EXCERPT_LEAD)
        shown = text_words[start : start + EXCERPT_WORDS]
        parts = [
            f"<mark>{escape(word)}</mark>" if self.matches(word) else escape(word) for word in shown
        ]
        if start > 0:
            parts.insert(0, "…")
        if start + EXCERPT_WORDS < len(text_words):
            parts.append("…")
        return mark_safe(" ".join(parts))  # noqa: S308 - every word is escaped above

    # Promoted results

    @cached_property
    def promotions(self):
        """What editors promote for this query: external links, and pages that are live,
        public and in this language. Empty when the promotions app is not installed."""
        if not self.searched or self.locale is None or not apps.is_installed(PROMOTIONS_APP):
            return []
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.search.utils import normalise_query_string

        visible = public(Page.objects.live()).filter(locale=self.locale)
        promotions = (
            SearchPromotion.objects.filter(query__query_string=normalise_query_string(self.query))
            .filter(Q(page__isnull=True) | Q(page__in=visible.values("pk")))
            .select_related("page")
            .order_by("sort_order", "pk")
        )
        return [
            Promotion(
                promotion.title,
                promotion.page.url if promotion.page_id else promotion.external_link_url,
                promotion.description,
            )
            for promotion in promotions
        ]


def merge_ranked(*ranked_lists):
    """One list, best first, from lists each ranked by the same backend; each entry ends with
    the backend's score. Backends differ in which way their scores run (SQLite's bm25 is
    lower-is-better), so the direction is read from the lists' own order. Without scores (the
    fallback backend) the lists are interleaved by rank."""
    entries = [entry for ranked in ranked_lists for entry in ranked]
    scores = [entry[-1] for entry in entries]
    if len([r for r in ranked_lists if r]) < 2:
        return entries
    if any(score is None for score in scores):
        by_rank = sorted(
            (
                (rank, i, entry)
                for i, ranked in enumerate(ranked_lists)
                for rank, entry in enumerate(ranked)
            ),
            key=lambda item: (item[0], item[1]),
        )
        return [entry for _rank, _i, entry in by_rank]
    descending = _scores_descend(ranked_lists)
    return sorted(entries, key=lambda entry: -entry[-1] if descending else entry[-1])


def _scores_descend(ranked_lists):
    for ranked in ranked_lists:
        first, last = ranked[0][-1], ranked[-1][-1]
        if first != last:
            return first > last
    return True


# The text of a page, for its excerpt


def page_text(page):
    """A page's summary or introduction and the text of its body, without markup. Read from
    the stored JSON, so no image or page a block refers to is fetched."""
    parts = [
        getattr(page, name, "") or ""
        for name in ("summary", "listing_summary", "introduction", "search_description")
    ]
    summary = next((part for part in parts if part), "")
    body = getattr(page, "body", None)
    body_text = _raw_text(getattr(body, "raw_data", None) or []) if body is not None else []
    return " ".join([summary, *body_text])


def _raw_text(value, key=None):
    if isinstance(value, str):
        return [] if key in BODY_VALUES_WITHOUT_TEXT else [_plain(value)]
    if isinstance(value, dict):
        if "type" in value and "value" in value:  # a block of a stream
            if value["type"] in BODY_BLOCKS_WITHOUT_TEXT:
                return []
            return _raw_text(value["value"])
        return [text for name, item in value.items() for text in _raw_text(item, name)]
    if isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        return [text for item in value for text in _raw_text(item, key)]
    return []


TAG = re.compile(r"<[^>]+>")


def _plain(markup):
    # A space for each tag keeps "<p>one</p><p>two</p>" two words.
    return " ".join(html.unescape(strip_tags(TAG.sub(r"\g<0> ", markup))).split())
