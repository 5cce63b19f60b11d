"""Whole-page caching of the public site for readers who are not signed in, and the one
"content version" that every cached page and shared fragment (`shared()`, the template tag
`{% shared_fragment %}`) is keyed on.

Any change to what public pages show (publishing, moving or deleting a page, an approved
comment, a snippet, a setting, an image…) bumps the content version, so nothing cached before
it is ever served again; `PAGE_CACHE_SECONDS` bounds how long what depends on the clock (the
upcoming events) can lag. The version lives in the cache, so app servers that share a cache
(`CACHE_URL`) share it too.
"""

import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

VERSION_KEY = "content-version"
# Saving these changes nothing any reader sees on a cached page.
PRIVATE_APPS = {
    "account",
    "admin",
    "auth",
    "contenttypes",
    "django_tasks_database",
    "django_tasks_db",
    "extranet",
    "mfa",
    "search",
    "sessions",
    "socialaccount",
    "wagtail_localize",
    "wagtailadmin",
    "wagtailsearch",
    "wagtailsearchpromotions",
    "wagtailusers",
}
PRIVATE_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
    "wagtailimages.rendition",
    "newsletter.subscriber",
    "newsletter.delivery",
    "wagtailforms.formsubmission",
}
# Saves of public models that readers don't see yet, by model label: each app adds its own
# with `ignore_saves()`.
UNSEEN_SAVES = {}
# The hidden CSRF field a form renders; a cached page gets a fresh token for each reader.
CSRF_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_TOKEN_MARK = b"__csrf_token__"
CSRF_PLACEHOLDER = rb"\1" + CSRF_TOKEN_MARK + rb"\2"
# Only pages Wagtail serves and the sitemap; everything else (forms, accounts, the extranet,
# search) is rendered for each request.
CACHED_VIEWS = {"wagtail_serve", "sitemap", "sitemap_section"}
# The sitemap's files after the first (?p=2) and the pages of a listing or of a post's
# comments (?page=2) are cached like the first; any other query string is rendered each time.
SITEMAP_PAGE = re.compile(r"^p=[1-9]\d{0,3}$")
LISTING_PAGE = re.compile(r"^page=[1-9]\d{0,3}$")
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language", "Vary", "X-Robots-Tag")


def version(key):
    """A counter in the cache that cached things are keyed on; `bump(key)` renews it."""
    value = cache.get(key)
    if value is None:
        # A cache that lost the counter must not meet things cached under an older one.
        value = time.time_ns()
        cache.add(key, value, timeout=None)
        value = cache.get(key, value)
    return value


def bump(key):
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, time.time_ns(), timeout=None)


def content_version():
    return version(VERSION_KEY)


def bump_content_version():
    bump(VERSION_KEY)


def shared(name, vary_on, compute):
    """What is the same for every reader (a page's body, a listing, a link): `compute()` once
    per content version, language and `vary_on`, kept `PAGE_CACHE_SECONDS` (0: never kept)."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return compute()
    parts = [translation.get_language(), content_version(), *vary_on]
    key = make_template_fragment_key(name, parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def ignore_saves(model, unseen):
    """Saving a `model` instance for which `unseen(instance, created)` is true keeps the cached
    pages: nothing readers see has changed yet, as when a new comment waits for moderation."""
    UNSEEN_SAVES[model._meta.label_lower] = unseen


def _shows_publicly(sender):
    meta = sender._meta
    return meta.app_label not in PRIVATE_APPS and meta.label_lower not in PRIVATE_MODELS


def _on_save(sender, instance, created, raw=False, **kwargs):
    if raw or not _shows_publicly(sender):
        return
    unseen = UNSEEN_SAVES.get(sender._meta.label_lower)
    if unseen is not None and unseen(instance, created):
        return
    bump_content_version()


def _on_delete(sender, **kwargs):
    if _shows_publicly(sender):
        bump_content_version()


def _on_m2m_change(sender, action, **kwargs):
    if action.startswith("post_") and _shows_publicly(sender):
        bump_content_version()


def connect_signals():
    post_save.connect(_on_save, dispatch_uid="page_cache_save")
    post_delete.connect(_on_delete, dispatch_uid="page_cache_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="page_cache_m2m")


def _reader_is_anonymous(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _may_serve_from_cache(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and _cacheable_query(request)
        and _reader_is_anonymous(request)
    )


def _cacheable_query(request):
    query = request.META.get("QUERY_STRING")
    if not query:
        return True
    paged = SITEMAP_PAGE if request.path.startswith("/sitemap-") else LISTING_PAGE
    return paged.match(query) is not None


def _cache_key(request, version):
    return f"page:{version}:{request.get_host()}:{request.get_full_path()}"


class AnonymousPageCacheMiddleware:
    """Serves public pages from the cache to readers without a session, and lets browsers and
    a CDN keep them for `ANONYMOUS_CACHE_MAX_AGE` seconds; signed-in readers' pages are marked
    private. Last in MIDDLEWARE, so every other middleware still sees a cached page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _cache_key(request, content_version()) if _may_serve_from_cache(request) else None
        if key and (stored := cache.get(key)):
            return _response_from(request, stored)
        response = self.get_response(request)
        if not _reader_is_anonymous(request) or request.user.is_authenticated:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)
        elif key and _worth_keeping(request, response):
            stored = _stored(response)
            cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
            _mark_public(response, stored)
        return response


def _worth_keeping(request, response):
    match = request.resolver_match
    return (
        match is not None
        and match.url_name in CACHED_VIEWS
        and response.status_code == 200
        and not response.streaming
        and not response.has_header("Cache-Control")
        and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
    )


def _stored(response):
    content, forms = CSRF_FIELD.subn(CSRF_PLACEHOLDER, response.content)
    headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
    return {"content": content, "headers": headers, "has_form": bool(forms)}


def _response_from(request, stored):
    content = stored["content"]
    if stored["has_form"]:
        content = content.replace(CSRF_TOKEN_MARK, get_token(request).encode())
    response = HttpResponse(content)
    for name, value in stored["headers"].items():
        response[name] = value
    response["X-Page-Cache"] = "hit"
    _mark_public(response, stored)
    return response


def _mark_public(response, stored):
    # A page with a form carries a reader's own CSRF token: only their browser may keep it.
    if stored["has_form"] or settings.ANONYMOUS_CACHE_MAX_AGE <= 0:
        return
    patch_cache_control(response, public=True, max_age=settings.ANONYMOUS_CACHE_MAX_AGE)
    patch_vary_headers(response, ["Cookie"])  # a shared cache never gives it to a signed-in reader
