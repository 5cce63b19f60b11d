"""`{% page_meta as meta %}`: what includes/page_meta.html says of the page to search engines and
to whoever shares it (Open Graph), for Wagtail's pages and the site's other views alike."""

import datetime

from django import template
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from home import navigation

register = template.Library()

OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
DEFAULT_IMAGE = "images/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)
SHARING_RENDITION = "fill-1200x630|format-jpeg"
DESCRIPTION_LENGTH = 300


def _page_descriptions():
    """A page type's description when its editors gave none, by model name."""
    return {
        "blogindexpage": _(
            "Blog posts on integration work: experiences, views and good practices."
        ),
        "newsindexpage": _("News on integration work: funding, training, events and publications."),
        "eventindexpage": _("Upcoming events, webinars and training on integration work."),
        "materialindexpage": _(
            "Guides, reports and other materials for professionals in integration work."
        ),
        "newsletterpage": _(
            "Subscribe to the newsletter on integration work and read earlier issues."
        ),
        "newsletterissuepage": _("An issue of the newsletter on integration work."),
        "feedbackformpage": _("Tell us what you think of the site and how we could improve it."),
    }


def _view_description(request, template_name):
    """The description of a view that is no Wagtail page: search, sign-in, the error pages."""
    url_name = getattr(getattr(request, "resolver_match", None), "url_name", None) or ""
    if template_name == "404.html":
        return _("The page you were looking for does not exist or has been moved.")
    if url_name == "search":
        return _("Search the site's pages, news, events and materials.")
    if url_name.startswith(("account_", "mfa_")):
        return _("Sign in to the extranet of professionals in integration work, or apply to join.")
    return _("Information and materials for professionals in integration work.")


def description_of(page, request, template_name=None):
    if page is not None:
        specific = page.specific
        for text in (
            specific.search_description,
            getattr(specific, "summary", ""),
            getattr(specific, "introduction", ""),
        ):
            if text and (text := strip_tags(str(text)).strip()):
                return Truncator(text).chars(DESCRIPTION_LENGTH)
        fallback = _page_descriptions().get(specific._meta.model_name)
        if fallback:
            return fallback
    return _view_description(request, template_name)


def _moment(value):
    """An ISO 8601 moment in Finland's time, whole seconds; a date stays a date."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(microsecond=0).isoformat()
    return value.isoformat() if value else ""


def _article(page, context):
    """og:type=article and its properties for articles and events; None for other pages."""
    model = page._meta.model_name
    if model not in ("blogpage", "newspage", "eventpage"):
        return None
    published = page.first_published_at if model == "eventpage" else page.date_published
    # The page's context lists its topics and tags for the body too: the same querysets, one query.
    tags = [topic.name for topic in context.get("topics", page.topics.all())]
    if model != "eventpage":
        tags += [tag.name for tag in context.get("tags", page.tags.all())]
    return {
        "published_time": _moment(published),
        "modified_time": _moment(page.last_published_at),
        "section": page.get_parent().title,
        "tags": tags,
    }


def _sharing_image(image, request):
    """The page's image as a 1200×630 JPEG, or the site's own picture when it has none."""
    if image is not None:
        rendition = image.get_rendition(SHARING_RENDITION)
        return {
            "url": rendition.full_url,
            "type": "image/jpeg",
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text or image.title,
        }
    width, height = DEFAULT_IMAGE_SIZE
    return {
        "url": request.build_absolute_uri(static(DEFAULT_IMAGE))
        if request
        else static(DEFAULT_IMAGE),
        "type": "image/png",
        "width": width,
        "height": height,
        "alt": _("The site's logo and name"),
    }


@register.simple_tag(takes_context=True)
def page_meta(context):
    request = context.get("request")
    page = context.get("page")
    if page is not None and not hasattr(page, "specific"):
        page = None  # a paginator's page, not Wagtail's
    specific = page.specific if page is not None else None
    language = context.get("LANGUAGE_CODE") or "fi"
    template_name = getattr(getattr(context, "template", None), "name", None)
    route_urls = context.get("route_language_urls")
    versions = navigation.language_versions(request, specific, route_urls) if request else []
    image = getattr(specific, "sharing_image", None)
    # A page's own sub-address (a glossary entry) is its own canonical page with its own words.
    route_path = context.get("route_path")
    return {
        "page": specific,
        "url": request.build_absolute_uri(route_path) if route_path and request else None,
        "description": context.get("route_description")
        or description_of(specific, request, template_name),
        "article": _article(specific, context) if specific is not None else None,
        "locale": OG_LOCALES.get(language, language),
        "alternate_locales": [
            OG_LOCALES.get(version.code, version.code)
            for version in versions
            if version.is_translation and not version.is_current
        ],
        "image": _sharing_image(image, request),
    }
