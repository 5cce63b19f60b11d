"""Pages, articles, events and materials for the site search tests, one at a time or by the
thousand (the bulk builder writes the tree and the search index directly)."""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from blog.models import BlogIndexPage, BlogPage, NewsPage
from events.models import EventPage
from home.models import ContentPage, SectionPage
from materials.models import Language, Material


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent, title, *, body="", introduction="", **fields):
    body_blocks = [("paragraph", f"<p>{body}</p>")] if body else []
    page = parent.add_child(
        instance=ContentPage(
            title=title,
            slug=fields.pop("slug", None) or f"p-{uuid.uuid4().hex[:10]}",
            locale=parent.locale,
            introduction=introduction,
            body=body_blocks,
            **fields,
        )
    )
    return publish(page)


def add_index(home, model, title):
    index = home.add_child(
        instance=model(title=title, slug=f"i-{uuid.uuid4().hex[:8]}", locale=home.locale)
    )
    return publish(index)


def add_article(index, title, summary, *, topics=(), days_ago=1):
    model = BlogPage if isinstance(index, BlogIndexPage) else NewsPage
    article = model(
        title=title,
        slug=f"a-{uuid.uuid4().hex[:10]}",
        locale=index.locale,
        summary=summary,
        date_published=datetime.date.today() - datetime.timedelta(days=days_ago),
    )
    article.topics.set(topics)
    index.add_child(instance=article)
    return publish(article)


def add_event(index, title, summary, *, topics=()):
    start = timezone.now() + datetime.timedelta(days=10)
    event = EventPage(
        title=title,
        slug=f"e-{uuid.uuid4().hex[:10]}",
        locale=index.locale,
        summary=summary,
        start=start,
        end=start + datetime.timedelta(hours=2),
        city="Helsinki",
    )
    event.topics.set(topics)
    index.add_child(instance=event)
    return publish(event)


def add_material(locale, title, description, *, topics=(), live=True):
    material = Material(
        title=title,
        description=description,
        locale=locale,
        link="https://example.fi/opas.pdf",
        year=2025,
        live=live,
    )
    material.save()
    material.topics.set(topics)
    material.languages.set(Language.objects.filter(code=locale.language_code)[:1])
    material.save()  # indexes the topics
    return material


def bulk_pages(parent, count, title="Sivu {n}", introduction=""):
    """`count` live content pages under a new section of `parent`, written with one INSERT per
    table and indexed with one bulk call: thousands of pages in seconds."""
    section = parent.add_child(
        instance=SectionPage(
            title="Bulk", slug=f"bulk-{uuid.uuid4().hex[:8]}", locale=parent.locale
        )
    )
    publish(section)
    content_type = ContentType.objects.get_for_model(ContentPage)
    now = timezone.now()
    bases = []
    for n in range(count):
        slug = f"sivu-{n}"
        bases.append(
            Page(
                title=title.format(n=n),
                draft_title=title.format(n=n),
                slug=slug,
                path=Page._get_path(section.path, section.depth + 1, n + 1),
                depth=section.depth + 1,
                numchild=0,
                url_path=f"{section.url_path}{slug}/",
                content_type=content_type,
                locale_id=section.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
            )
        )
    bases = Page.objects.bulk_create(bases)
    pages = [
        ContentPage(
            page_ptr_id=base.pk,
            pk=base.pk,
            title=base.title,
            slug=base.slug,
            locale_id=base.locale_id,
            introduction=introduction.format(n=n) if introduction else "",
            listing_summary="",
            body=[],
        )
        for n, base in enumerate(bases)
    ]
    child_fields = ContentPage._meta.local_concrete_fields
    ContentPage._base_manager._insert(pages, fields=child_fields)
    Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + count)
    indexed = ContentPage.objects.filter(pk__in=[page.pk for page in pages])
    get_search_backend().add_bulk(ContentPage, list(indexed))
    return section
