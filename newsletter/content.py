"""What an issue contains, as sections that the email (HTML and text) and the archive share."""

import datetime
import re
from html import unescape

from django.apps import apps
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.rich_text import expand_db_html

from .models import page_address

RELATIVE_HREF = re.compile(r'href="/')
LINK = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.DOTALL)
BLOCK_END = re.compile(r"</(p|h[1-6]|li|ul|ol)>|<br\s*/?>", re.IGNORECASE)


def absolute_html(html):
    from django.conf import settings

    return RELATIVE_HREF.sub(f'href="{settings.WAGTAILADMIN_BASE_URL}/', html)


def html_to_text(html):
    """Rich text as plain text: paragraphs on their own lines, links written out after their text."""
    text = LINK.sub(lambda m: f"{strip_tags(m.group(2))} <{m.group(1)}>", html)
    text = re.sub(r"<li[^>]*>", "- ", text)
    text = BLOCK_END.sub("\n\n", text)
    text = unescape(strip_tags(text))
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def item(page, summary="", date=None):
    return {"title": page.title, "url": page_address(page), "summary": summary, "date": date}


def latest_items(kind, language, count):
    from blog.models import BlogPage, NewsPage
    from blog.models.articles import latest_articles

    model = {"news": NewsPage, "blog": BlogPage}[kind]
    return [
        item(article, article.summary, article.date_published)
        for article in latest_articles(model, language, count)
    ]


def event_model():
    """The events app's page model, if that app is installed and has one."""
    if not apps.is_installed("events"):
        return None
    try:
        return apps.get_model("events", "EventPage")
    except LookupError:
        return None


def upcoming_event_items(language, count):
    model = event_model()
    if model is None:
        return []
    try:
        start_field = model._meta.get_field("start")
        now = timezone.now()
        if start_field.get_internal_type() == "DateField":
            now = timezone.localdate()
        events = (
            model.objects.live()
            .public()
            .filter(locale__language_code=language)
            .filter(start__gte=now)
            .order_by("start")[:count]
        )
        return [
            item(
                event,
                getattr(event, "summary", "") or getattr(event, "introduction", "") or "",
                event.start,
            )
            for event in events
        ]
    except Exception:  # noqa: BLE001 - the events app is young; a newsletter must still go out
        return []


def default_heading(block_type):
    return {
        "latest_news": _("Latest news"),
        "latest_blog_posts": _("From the blog"),
        "upcoming_events": _("Upcoming events"),
    }.get(block_type, "")


def issue_sections(issue):
    """The issue's body blocks resolved into plain data, in the issue's language."""
    language = issue.language
    sections = []
    for block in issue.body:
        value = block.value
        if block.block_type == "paragraph":
            html = absolute_html(expand_db_html(value.source))
            sections.append({"kind": "text", "html": html, "text": html_to_text(html)})
        elif block.block_type == "page_links":
            items = [
                item(link["page"].specific, link["description"])
                for link in value["links"]
                if link["page"] and link["page"].live
            ]
            sections.append({"kind": "list", "heading": value["heading"], "items": items})
        else:
            count = value["count"]
            if block.block_type == "latest_news":
                items = latest_items("news", language, count)
            elif block.block_type == "latest_blog_posts":
                items = latest_items("blog", language, count)
            else:
                items = upcoming_event_items(language, count)
            if items:
                heading = value["heading"] or default_heading(block.block_type)
                sections.append({"kind": "list", "heading": heading, "items": items})
    for section in sections:
        for entry in section.get("items", []):
            if isinstance(entry["date"], datetime.datetime):
                entry["date"] = timezone.localtime(entry["date"])
    return sections
