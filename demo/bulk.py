"""Thousands of pages at once, for benchmarks and large tests: a few INSERTs per table and one
bulk call to the search index instead of a revision and a publish per page."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, Revision
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from home.models import ContentPage, SectionPage

BATCH = 1000


def bulk_pages(parent, pages):
    """Insert `pages` as live children of `parent`, after any it has, each with a published
    revision, and add them to the search index; returns them, saved.

    `pages` are unsaved instances of one page model that inherits Page directly, with title,
    slug and their own fields set, and optionally first_published_at (default now), locale
    (default the parent's), parental many-to-many values and child relations assigned in
    memory (`page.topics = [...]`, `page.tagged_items = [...]`): those are inserted too.
    """
    if not pages:
        return []
    model = type(pages[0])
    if list(model._meta.parents) != [Page]:
        raise ValueError(f"{model.__name__} must inherit Page directly to be inserted in bulk.")
    content_type = ContentType.objects.get_for_model(model)
    depth = parent.depth + 1
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    now = timezone.now()
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = page.locale_id or parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
    page_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        bases = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in page_fields}) for page in batch]
        )
        for page, base in zip(batch, bases, strict=True):
            page.id = page.page_ptr_id = base.pk
        model._base_manager._insert(batch, fields=model._meta.local_concrete_fields)
    _insert_relations(model, pages)
    _insert_revisions(model, content_type, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    _index(model, pages)
    return pages


def _insert_relations(model, pages):
    """The parental many-to-many values and child objects assigned to `pages` in memory; the
    others are set to none in memory too, so that serialising a page reads nothing."""
    m2m_fields = [f for f in model._meta.get_fields() if isinstance(f, ParentalManyToManyField)]
    child_relations = get_all_child_relations(model)
    names = [f.name for f in m2m_fields] + [r.get_accessor_name() for r in child_relations]
    for page in pages:
        for name in names:
            if name not in getattr(page, "_cluster_related_objects", {}):
                setattr(page, name, [])
    assigned = [page._cluster_related_objects for page in pages]
    for field in m2m_fields:
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        rows = [
            through(**{f"{source}_id": page.pk, f"{target}_id": item.pk})
            for page, related in zip(pages, assigned, strict=True)
            for item in related.get(field.name, [])
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)
    for relation in child_relations:
        name = relation.get_accessor_name()
        children = []
        for page, related in zip(pages, assigned, strict=True):
            for child in related.get(name, []):
                setattr(child, relation.field.attname, page.pk)
                children.append(child)
        if children:
            relation.related_model.objects.bulk_create(children, batch_size=BATCH)


def _insert_revisions(model, content_type, pages):
    """One published revision per page, as if each had been published once."""
    base_type = ContentType.objects.get_for_model(Page)
    Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=base_type,
                object_id=str(page.pk),
                object_str=page.title,
                created_at=page.first_published_at,
                content=page.serializable_data(),
            )
            for page in pages
        ],
        batch_size=BATCH,
    )
    revision = Revision.objects.filter(
        base_content_type=base_type, object_id=Cast(OuterRef("pk"), CharField())
    ).values("pk")[:1]
    for start in range(0, len(pages), BATCH):
        Page.objects.filter(pk__in=[page.pk for page in pages[start : start + BATCH]]).update(
            latest_revision=Subquery(revision), live_revision=Subquery(revision)
        )


def _index(model, pages):
    related = [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, index.RelatedFields)
    ]
    backend = get_search_backend()
    for start in range(0, len(pages), BATCH):
        pks = [page.pk for page in pages[start : start + BATCH]]
        backend.add_bulk(model, list(model.objects.filter(pk__in=pks).prefetch_related(*related)))


def analyze_tables(*models):
    """Fresh planner statistics for the tables of `models` (of every table when none are
    given): after thousands of rows arrive at once (and before autovacuum notices), PostgreSQL
    would plan as if they were still empty."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


def bulk_content_pages(parent, texts, section_title="Bulk"):
    """Live content pages, one per (title, introduction) in `texts`, under a new section of
    `parent` (in its locale). Returns the section."""
    section = parent.add_child(
        instance=SectionPage(
            title=section_title, slug=f"bulk-{uuid.uuid4().hex[:8]}", locale=parent.locale
        )
    )
    section.save_revision().publish()
    section.refresh_from_db()
    bulk_pages(
        section,
        [
            ContentPage(
                title=title,
                slug=f"sivu-{n}",
                introduction=introduction,
                listing_summary="",
                body=[],
            )
            for n, (title, introduction) in enumerate(texts)
        ],
    )
    return section
