"""Thousands of content pages at once, for benchmarks and large tests: one INSERT per table and
one bulk call to the search index instead of a revision and a publish per page."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .models import ContentPage, SectionPage


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
    content_type = ContentType.objects.get_for_model(ContentPage)
    now = timezone.now()
    bases = Page.objects.bulk_create(
        Page(
            title=title,
            draft_title=title,
            slug=f"sivu-{n}",
            path=Page._get_path(section.path, section.depth + 1, n + 1),
            depth=section.depth + 1,
            numchild=0,
            url_path=f"{section.url_path}sivu-{n}/",
            content_type=content_type,
            locale_id=section.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        for n, (title, _introduction) in enumerate(texts)
    )
    pages = [
        ContentPage(
            page_ptr_id=base.pk,
            pk=base.pk,
            title=base.title,
            slug=base.slug,
            locale_id=base.locale_id,
            introduction=introduction,
            listing_summary="",
            body=[],
        )
        for base, (_title, introduction) in zip(bases, texts, strict=True)
    ]
    ContentPage._base_manager._insert(pages, fields=ContentPage._meta.local_concrete_fields)
    Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + len(pages))
    indexed = ContentPage.objects.filter(pk__in=[page.pk for page in pages])
    get_search_backend().add_bulk(ContentPage, list(indexed))
    return section
