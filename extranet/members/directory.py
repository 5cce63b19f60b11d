"""The contact-person directory: finding who works on what, where and in which organisation.

Full-text search reads each profile's stored stems (`MemberProfile.search_document`, built by
search.analysis), so an inflected word finds its base form: "kotoutumisesta" finds a member
whose expertise is "Kotoutuminen". The document and the query words also have their ä, ö and å
folded (search.analysis.folded_stems), so "tyollisyys" finds "työllisyys" and "Jarvinen" finds
"Järvinen" on either database. A profile matches when, for every word of the query, one of
the word's stems begins a token of the document. On PostgreSQL that is a prefix tsquery against
the GIN index of migration 0002; SQLite (the development default) compares strings instead.

Filters combine with AND between them and OR within one filter's values. Every query here is
one statement whatever the number of members, so the directory page stays fast with tens of
thousands of them.
"""

import hashlib
from dataclasses import dataclass
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorExact
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Prefetch, Q
from django.utils import translation

from wagtail.models import Locale

from extranet.access import Standing, standing
from extranet.models import (
    MemberProfile,
    Organisation,
    ProfileLanguage,
    ProfileRegion,
    Region,
    Sector,
    SpokenLanguage,
)
from extranet.search.text import (
    SEARCH_VECTOR,
    clean_query,
    raw_tsquery,
    search_terms,
)
from home import page_cache
from home.models import Topic

PER_PAGE = 20
MAX_CHOSEN = 30  # values of one filter; more is no real search, only work for the database


class Sort:
    RELEVANCE = "relevance"
    NAME = "name"
    NEWEST = "newest"
    ALL = (RELEVANCE, NAME, NEWEST)


TopicThrough = MemberProfile.topics.through


def topic_options(language_code=None):
    """The expertise topics to offer as filters, named in the reader's language (or, for a
    language with no topics yet, in the default one)."""
    code = language_code or translation.get_language() or ""
    topics = list(
        Topic.objects.filter(locale__language_code=code.split("-")[0]).order_by("name", "pk")
    )
    if not topics:
        topics = list(Topic.objects.filter(locale=Locale.get_default()).order_by("name", "pk"))
    return topics


def search_members(
    viewer, query="", regions=(), sectors=(), topics=(), languages=(), sort=Sort.RELEVANCE
):
    """The directory's answer to a search: see DirectorySearch. `topics` are Topic translation
    keys, so a topic matches whichever language's version a member picked."""
    return DirectorySearch(
        viewer=viewer,
        query=clean_query(query),
        regions=tuple(regions),
        sectors=tuple(sectors),
        topics=tuple(str(key) for key in topics),
        languages=tuple(languages),
        sort=sort if sort in Sort.ALL else Sort.RELEVANCE,
    )


@dataclass(frozen=True)
class DirectorySearch:
    """One search of the directory: its results, their number and the facet counts."""

    viewer: object
    query: str = ""
    regions: tuple = ()
    sectors: tuple = ()
    topics: tuple = ()
    languages: tuple = ()
    sort: str = Sort.RELEVANCE

    @cached_property
    def terms(self):
        return search_terms(self.query)

    @property
    def is_filtered(self):
        return bool(self.terms or self.regions or self.sectors or self.topics or self.languages)

    # Queries

    def _visible(self):
        """Only members see the directory, and they see only active members."""
        if standing(self.viewer) != Standing.MEMBER:
            return MemberProfile.objects.none()
        return MemberProfile.objects.active()

    def _text_match(self):
        if connection.vendor == "postgresql":
            return SearchVectorExact(SEARCH_VECTOR, self._tsquery())
        condition = Q()
        for stems in self.terms:
            word = Q()
            for stem in stems:
                word |= Q(search_document__startswith=stem) | Q(
                    search_document__contains=" " + stem
                )
            condition &= word
        return condition

    def _tsquery(self):
        return SearchQuery(raw_tsquery(self.terms), search_type="raw", config="simple")

    def matching(self, skip=None):
        """Active members matching the search and every filter except `skip` (for facets).

        Multi-valued filters are subqueries, so no member appears twice and no DISTINCT is
        needed."""
        profiles = self._visible()
        if self.terms:
            profiles = profiles.filter(self._text_match())
        if self.regions and skip != "region":
            profiles = profiles.filter(
                pk__in=ProfileRegion.objects.filter(code__in=self.regions).values("profile_id")
            )
        if self.sectors and skip != "sector":
            profiles = profiles.filter(sector__in=self.sectors)
        if self.topics and skip != "topic":
            profiles = profiles.filter(
                pk__in=TopicThrough.objects.filter(topic__translation_key__in=self.topics).values(
                    "memberprofile_id"
                )
            )
        if self.languages and skip != "language":
            profiles = profiles.filter(
                pk__in=ProfileLanguage.objects.filter(code__in=self.languages).values("profile_id")
            )
        return profiles

    @cached_property
    def results(self):
        """The matching members in the chosen order, with what a result card shows fetched up
        front: a page of them costs the same few queries however many members there are."""
        profiles = self.matching()
        name_order = ["user__last_name", "user__first_name", "pk"]
        if self.sort == Sort.NEWEST:
            profiles = profiles.order_by(F("member_since").desc(nulls_last=True), "-pk")
        elif self.sort == Sort.RELEVANCE and self.terms and connection.vendor == "postgresql":
            profiles = profiles.annotate(rank=SearchRank(SEARCH_VECTOR, self._tsquery()))
            profiles = profiles.order_by("-rank", *name_order)
        else:
            profiles = profiles.order_by(*name_order)
        return with_card_details(profiles)

    def page(self, request):
        """The page of results the request asks for (home.pagination.page_of)."""
        from home.pagination import page_of

        return page_of(request, self.results, PER_PAGE)

    @cached_property
    def counts(self):
        """Per filter, how many members each value would give with the search and the other
        filters kept: one GROUP BY query per filter over all members, so kept in the cache per
        search until a member's profile changes (see directory_changed)."""
        if standing(self.viewer) != Standing.MEMBER:
            return self._counts()
        key = "directory-counts:{}:{}".format(
            _directory_version(),
            hashlib.sha256(
                repr((self.terms, self.regions, self.sectors, self.topics, self.languages)).encode()
            ).hexdigest(),
        )
        counts = cache.get(key)
        if counts is None:
            counts = self._counts()
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def _counts(self):
        return {
            "region": dict(
                ProfileRegion.objects.filter(profile__in=self.matching(skip="region"))
                .order_by()
                .values_list("code")
                .annotate(n=Count("profile_id", distinct=True))
            ),
            "sector": dict(
                self.matching(skip="sector")
                .order_by()
                .values_list("sector")
                .annotate(n=Count("pk"))
            ),
            "topic": {
                str(key): n
                for key, n in TopicThrough.objects.filter(
                    memberprofile__in=self.matching(skip="topic")
                )
                .order_by()
                .values_list("topic__translation_key")
                .annotate(n=Count("memberprofile_id", distinct=True))
            },
            "language": dict(
                ProfileLanguage.objects.filter(profile__in=self.matching(skip="language"))
                .order_by()
                .values_list("code")
                .annotate(n=Count("profile_id", distinct=True))
            ),
        }

    def facets(self, topics):
        """The filters for a form, each a Facet of Choices with their result counts.
        `topics`: the topic_options() to offer."""
        counts = self.counts

        def facet(name, options, chosen):
            return Facet(
                name,
                [
                    Choice(value, label, counts[name].get(key, 0), key in chosen)
                    for key, value, label in options
                ],
            )

        return {
            "sector": facet("sector", [(v, v, label) for v, label in Sector.choices], self.sectors),
            "topic": facet(
                "topic",
                [(str(topic.translation_key), topic.slug, topic.name) for topic in topics],
                self.topics,
            ),
            "region": facet("region", [(v, v, label) for v, label in Region.choices], self.regions),
            "language": facet(
                "language", [(v, v, label) for v, label in SpokenLanguage.choices], self.languages
            ),
        }


@dataclass(frozen=True)
class Facet:
    name: str
    choices: list

    @property
    def any_chosen(self):
        return any(choice.chosen for choice in self.choices)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    count: int
    chosen: bool


DIRECTORY_VERSION_KEY = "directory-version"
FACET_CACHE_SECONDS = 300


def _directory_version():
    return page_cache.version(DIRECTORY_VERSION_KEY)


def directory_changed(**kwargs):
    """A profile, its regions, languages or topics, or an account changed: new facet counts."""
    page_cache.bump(DIRECTORY_VERSION_KEY)


def search_from_params(viewer, params, topics):
    """A search from a query string (the directory form). Unknown values are ignored rather
    than refused: an old shared link still shows members, and no input makes the page fail.
    `topics`: the topic_options() the form offers; a topic is chosen by its slug in any
    language."""
    regions = _chosen(params, "region", Region.values)
    sectors = _chosen(params, "sector", Sector.values)
    languages = _chosen(params, "language", SpokenLanguage.values)
    topic_slugs = _chosen(params, "topic", None)
    topic_keys = []
    if topic_slugs:
        offered = {topic.slug: topic.translation_key for topic in topics}
        unknown = [slug for slug in topic_slugs if slug not in offered]
        topic_keys = [offered[slug] for slug in topic_slugs if slug in offered]
        if unknown:  # a link from another language's directory
            topic_keys += Topic.objects.filter(slug__in=unknown[:MAX_CHOSEN]).values_list(
                "translation_key", flat=True
            )
    return search_members(
        viewer,
        query=params.get("q", ""),
        regions=regions,
        sectors=sectors,
        topics=dict.fromkeys(topic_keys),
        languages=languages,
        sort=params.get("sort", Sort.RELEVANCE),
    )


def _chosen(params, name, allowed):
    values = dict.fromkeys(str(v)[:100] for v in params.getlist(name) if v)
    if allowed is not None:
        values = [value for value in values if value in allowed]
    return list(values)[:MAX_CHOSEN]


def active_member_count():
    return Count(
        "members",
        filter=Q(
            members__status=MemberProfile.Status.APPROVED,
            members__user__is_active=True,
        ),
    )


def listed_organisations(query="", sector="", region=""):
    """The organisations directory: approved organisations with at least one active member,
    each with its number of active members, by name."""
    organisations = (
        Organisation.objects.filter(status=Organisation.Status.APPROVED)
        .annotate(member_count=active_member_count())
        .filter(member_count__gt=0)
    )
    query = clean_query(query)
    if query:
        for word in query.split()[:8]:
            organisations = organisations.filter(name__icontains=word)
    if sector:
        organisations = organisations.filter(sector=sector)
    if region:
        organisations = organisations.filter(region=region)
    return organisations.order_by("name", "pk")


def organisation_members(organisation):
    """An organisation's active members, by name, fetched for result cards."""
    profiles = (
        MemberProfile.objects.active()
        .filter(organisation=organisation)
        .order_by("user__last_name", "user__first_name", "pk")
    )
    return with_card_details(profiles)


def with_card_details(profiles):
    """What a member card shows, fetched up front: four queries for a page of any length."""
    return profiles.select_related("user", "organisation").prefetch_related(
        Prefetch("regions", queryset=ProfileRegion.objects.order_by("code")),
        Prefetch("languages", queryset=ProfileLanguage.objects.order_by("code")),
        Prefetch("topics", queryset=Topic.objects.order_by("name")),
    )


MAX_OPEN_PROPOSALS = 5


def find_organisation(name):
    """The register's organisation of this name, ignoring case and extra spaces, or None."""
    return Organisation.objects.filter(name__iexact=" ".join(name.split())).first()


def open_proposals(user):
    return Organisation.objects.filter(proposed_by=user, status=Organisation.Status.PROPOSED)


def propose_organisation(user, name, sector="", region="", website=""):
    """A member's proposal for the register: usable in their own profile at once, listed in
    the directory once an administrator approves it. A name already in the register (in any
    case) is not added again; returns (organisation, created)."""
    existing = find_organisation(name)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            organisation = Organisation.objects.create(
                name=" ".join(name.split()),
                sector=sector,
                region=region,
                website=website,
                status=Organisation.Status.PROPOSED,
                proposed_by=user,
            )
    except IntegrityError:  # proposed by someone else a moment ago
        existing = find_organisation(name)
        if existing is None:
            raise
        return existing, False
    return organisation, True
