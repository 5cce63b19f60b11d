"""Search inside the extranet: workspaces, discussions, posts and files, only what the member
may see. The services call the index_* functions after saving, to keep each object's
search_document (stems from search.analysis) current; rebuild() recomputes them in bulk.

Matching works as in the members directory (extranet.members.directory): for every word of the query,
one of its stems must begin a token of the document, so "kotoutumisen" finds "kotoutuminen"
and "flyktingarna" finds "flyktingar"; a word typed without ä, ö or å finds it with them. On
PostgreSQL that is a prefix tsquery against the GIN indexes of migration 0006; SQLite compares
strings instead.

What a member finds, and nothing else:
- workspaces by name and description: those they may know exist (Workspace.visible_to);
- discussions, posts and files: only in the workspaces they can read (their own, not deleted),
  never a discussion, post or file the moderators hid, never a deleted post.
Every search is a fixed number of queries, however many results there are.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorExact
from django.db import connection
from django.db.models import Q
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from extranet.access import Standing, standing
from extranet.models import Discussion, Post, Workspace, WorkspaceFile
from extranet.search.text import SEARCH_VECTOR, clean_query, raw_tsquery, search_terms
from home.pagination import page_of
from search.analysis import document, stems
from search.analysis import words as words_of

BATCH = 1000
PER_PAGE = 20
PER_GROUP = 5  # results of each kind shown when all kinds are shown together
SNIPPET_WORDS = 30
SNIPPET_LEAD = 8  # words shown before the first match
FILE_NAME_PARTS = re.compile(r"[\W_]+", re.UNICODE)


class Kind:
    WORKSPACES = "workspaces"
    DISCUSSIONS = "discussions"
    POSTS = "posts"
    FILES = "files"
    ALL = (WORKSPACES, DISCUSSIONS, POSTS, FILES)
    LABELS = {
        WORKSPACES: _("Workspaces"),
        DISCUSSIONS: _("Discussions"),
        POSTS: _("Messages"),
        FILES: _("Files"),
    }


# Search documents


def workspace_document(workspace):
    return document(workspace.name, workspace.description)


def discussion_document(discussion):
    return document(discussion.title)


def post_document(post):
    return document(post.body)


def file_document(workspace_file, file_name=""):
    # "Kotoutumisopas_2025-v2.pdf" is searched as its parts.
    return document(
        workspace_file.title,
        workspace_file.description,
        FILE_NAME_PARTS.sub(" ", file_name or ""),
    )


def _file_name(workspace_file):
    version = workspace_file.current_version if workspace_file.current_version_id else None
    return version.original_name if version else ""


def _store(model, instance, text):
    instance.search_document = text
    model.objects.filter(pk=instance.pk).update(search_document=text)


def index_workspace(workspace):
    _store(Workspace, workspace, workspace_document(workspace))


def index_discussion(discussion):
    _store(Discussion, discussion, discussion_document(discussion))


def index_post(post):
    _store(Post, post, post_document(post))


def index_file(workspace_file):
    _store(WorkspaceFile, workspace_file, file_document(workspace_file, _file_name(workspace_file)))


def _write(model, instances):
    """Store a batch of documents in one statement. On PostgreSQL an UPDATE from two arrays is
    several times faster than bulk_update()'s CASE per row, which matters for the demo's
    hundred thousand messages."""
    if connection.vendor != "postgresql":
        model.objects.bulk_update(instances, ["search_document"])
        return
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS t SET search_document = v.doc "  # noqa: S608 - the model's table
            "FROM unnest(%s::bigint[], %s::text[]) AS v(id, doc) WHERE t.id = v.id",
            [[i.pk for i in instances], [i.search_document for i in instances]],
        )


def _rebuild(queryset, model, make):
    batch, done = [], 0
    for instance in queryset.order_by().iterator(chunk_size=BATCH):
        instance.search_document = make(instance)
        batch.append(instance)
        if len(batch) >= BATCH:
            _write(model, batch)
            done += len(batch)
            batch = []
    if batch:
        _write(model, batch)
        done += len(batch)
    return done


def rebuild(workspaces=None):
    """Recompute the search documents of `workspaces` (a queryset; all when None) and of their
    discussions, posts and files, in bulk: for demo data and after imports. Returns how many
    documents of each kind were written."""
    if workspaces is None:
        workspaces = Workspace.objects.all()
    ids = workspaces.order_by().values("pk")
    return {
        Kind.WORKSPACES: _rebuild(
            Workspace.objects.filter(pk__in=ids).only("pk", "name", "description"),
            Workspace,
            workspace_document,
        ),
        Kind.DISCUSSIONS: _rebuild(
            Discussion.objects.filter(workspace__in=ids).only("pk", "title"),
            Discussion,
            discussion_document,
        ),
        Kind.POSTS: _rebuild(
            Post.objects.filter(discussion__workspace__in=ids).only("pk", "body"),
            Post,
            post_document,
        ),
        Kind.FILES: _rebuild(
            WorkspaceFile.objects.filter(workspace__in=ids)
            .select_related("current_version")
            .only("pk", "title", "description", "current_version__original_name"),
            WorkspaceFile,
            lambda f: file_document(f, _file_name(f)),
        ),
    }


# Searching


@dataclass(frozen=True)
class Result:
    """One thing found, as the results page shows it."""

    kind: str
    title: str
    url: str
    snippet: str
    workspace: str = ""
    moment: object = None


def search_content(viewer, query="", kind=""):
    return ContentSearch(
        viewer=viewer, query=clean_query(query), kind=kind if kind in Kind.ALL else ""
    )


@dataclass(frozen=True)
class ContentSearch:
    """One search of the extranet's content; `kind` narrows it to one kind ("" for all)."""

    viewer: object
    query: str = ""
    kind: str = ""

    @cached_property
    def terms(self):
        return search_terms(self.query)

    @cached_property
    def _stems(self):
        return [stem for alternatives in self.terms for stem in alternatives]

    def _is_member(self):
        return standing(self.viewer) == Standing.MEMBER

    def _readable(self):
        """The workspaces whose content the viewer may read (Workspace.can_read): their own,
        not deleted, while they are an approved member."""
        if not self._is_member():
            return Workspace.objects.none().values("pk")
        return Workspace.objects.of_member(self.viewer).order_by().values("pk")

    def _match(self, queryset):
        if not self.terms or not self._is_member():
            return queryset.none()
        if connection.vendor == "postgresql":
            return queryset.filter(SearchVectorExact(SEARCH_VECTOR, self._tsquery()))
        condition = Q()
        for alternatives in self.terms:
            word = Q()
            for stem in alternatives:
                word |= Q(search_document__startswith=stem) | Q(
                    search_document__contains=" " + stem
                )
            condition &= word
        return queryset.filter(condition)

    def _tsquery(self):
        return SearchQuery(raw_tsquery(self.terms), search_type="raw", config="simple")

    def matching(self, kind):
        """The things of `kind` the viewer may see that match, newest first (workspaces: the
        best match first, then by name)."""
        readable = self._readable()
        if kind == Kind.WORKSPACES:
            found = self._match(Workspace.objects.visible_to(self.viewer))
            if connection.vendor == "postgresql" and self.terms:
                found = found.annotate(rank=SearchRank(SEARCH_VECTOR, self._tsquery()))
                return found.order_by("-rank", "name", "pk")
            return found.order_by("name", "pk")
        if kind == Kind.DISCUSSIONS:
            found = Discussion.objects.filter(workspace__in=readable, hidden_at__isnull=True)
            return self._match(found).select_related("workspace").order_by("-last_post_at", "-pk")
        if kind == Kind.POSTS:
            found = Post.objects.filter(
                discussion__workspace__in=readable,
                discussion__hidden_at__isnull=True,
                deleted_at__isnull=True,
                hidden_at__isnull=True,
            )
            return (
                self._match(found)
                .select_related("discussion__workspace")
                .order_by("-created_at", "-pk")
            )
        if kind == Kind.FILES:
            found = WorkspaceFile.objects.filter(workspace__in=readable, hidden_at__isnull=True)
            # An attachment of a removed post goes with it.
            found = found.filter(
                Q(post__isnull=True)
                | Q(post__deleted_at__isnull=True, post__hidden_at__isnull=True)
            )
            return (
                self._match(found)
                .select_related("workspace", "current_version")
                .order_by("-updated_at", "-pk")
            )
        raise ValueError(kind)

    @cached_property
    def counts(self):
        """{kind: number of matches}: one COUNT per kind, none when there is nothing to search."""
        if not self.terms:
            return dict.fromkeys(Kind.ALL, 0)
        return {kind: self.matching(kind).count() for kind in Kind.ALL}

    @property
    def total(self):
        return sum(self.counts.values())

    def groups(self):
        """For the page showing every kind: (kind, label, count, first results) per kind found."""
        return [
            (kind, Kind.LABELS[kind], count, self.results(self.matching(kind)[:PER_GROUP]))
            for kind, count in self.counts.items()
            if count
        ]

    def page(self, request):
        """The page of results of the chosen kind the request asks for (home.pagination), its
        Results in `page_obj.results`."""
        page_obj = page_of(request, self.matching(self.kind), PER_PAGE)
        page_obj.results = self.results(page_obj.object_list)
        return page_obj

    # What each result shows

    def results(self, objects):
        return [self._result(item) for item in objects]

    def _result(self, item):
        if isinstance(item, Workspace):
            return Result(
                Kind.WORKSPACES,
                item.name,
                reverse("extranet:workspace_detail", args=[item.slug]),
                self.snippet(item.description or item.name),
            )
        if isinstance(item, Discussion):
            return Result(
                Kind.DISCUSSIONS,
                item.title,
                reverse("extranet:discussion_detail", args=[item.workspace.slug, item.pk]),
                "",
                item.workspace.name,
                item.last_post_at,
            )
        if isinstance(item, Post):
            discussion = item.discussion
            return Result(
                Kind.POSTS,
                discussion.title,
                reverse("extranet:post_link", args=[discussion.workspace.slug, item.pk]),
                self.snippet(item.body),
                discussion.workspace.name,
                item.created_at,
            )
        file_name = _file_name(item)
        return Result(
            Kind.FILES,
            item.title,
            reverse("extranet:file_detail", args=[item.workspace.slug, item.pk]),
            self.snippet(" ".join(part for part in (item.description, file_name) if part)),
            item.workspace.name,
            item.updated_at,
        )

    def _matches(self, word):
        """Whether a word of the text is one the query asked for, in any of its forms."""
        return any(
            form.startswith(stem)
            for token in words_of(word)
            for form in stems(token)
            for stem in self._stems
        )

    def snippet(self, text):
        """About thirty words of `text` around the first one the query matched, the matching
        words in <mark>; escaped, so safe to show."""
        text_words = (text or "").split()
        first = next((i for i, word in enumerate(text_words) if self._matches(word)), 0)
        start = max(0, first - SNIPPET_LEAD)
        shown = text_words[start : start + SNIPPET_WORDS]
        parts = [
            f"<mark>{escape(word)}</mark>" if self._matches(word) else escape(word)
            for word in shown
        ]
        if start > 0:
            parts.insert(0, "…")
        if start + SNIPPET_WORDS < len(text_words):
            parts.append("…")
        return mark_safe(" ".join(parts))  # noqa: S308 - every word is escaped above
