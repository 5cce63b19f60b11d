"""Pages, articles, events and materials for the site search tests, one at a time or by the
thousand (the bulk builder writes the tree and the search index directly)."""

import datetime
import uuid

from django.utils import timezone

from blog.models import BlogIndexPage, BlogPage, NewsPage
from demo.bulk import bulk_content_pages
from events.models import EventPage
from home.models import ContentPage
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


def add_pages_by_language(site_tree, texts):
    """One published page in each language's section: `texts` is {language: (title, body)}."""
    return {
        code: add_page(site_tree.page("section", code), title, body=body)
        for code, (title, body) in texts.items()
    }


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
    """`count` live content pages under a new section of `parent` (demo.bulk)."""
    texts = [
        (title.format(n=n), introduction.format(n=n) if introduction else "") for n in range(count)
    ]
    return bulk_content_pages(parent, texts)
