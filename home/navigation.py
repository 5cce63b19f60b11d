"""Where a reader can go from any page: the language versions, the main menu and breadcrumbs."""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

from . import page_cache, plain_language
from .models import PlainLanguagePage
from .visibility import public

# The pages the frame of every page links to, looked up together: {% page_of_type %}.
LINKED_PAGE_TYPES = (
    "newsletter.NewsletterPage",
    "feedback.FeedbackFormPage",
    "home.PlainLanguageIndexPage",
)


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    # True when the link leads to this very content in that language, not to a fallback.
    is_translation: bool


def site_homes(request):
    """The live home page of each language version of the request's site, by language code.

    Memoised on the request: the header, footer and language switcher all need it; cached by
    host name until public content changes.
    """
    if request is not None and hasattr(request, "_site_homes"):
        return request._site_homes
    host = request.get_host() if request is not None else ""
    site, homes = cache.get_or_set(
        f"site-and-homes:{host}:{page_cache.content_version()}",
        lambda: _site_and_homes(request),
        settings.PAGE_CACHE_SECONDS,
    )
    if request is not None and not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site  # what Site.find_for_request would find, without a query
    if request is not None:
        request._site_homes = homes
    return homes


def _site_and_homes(request):
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        return None, {}
    # The root's own model in one query, rather than a page query and one per language.
    translations = (
        site.root_page.specific_class.objects.live()
        .filter(translation_key=site.root_page.translation_key)
        .select_related("locale")
    )
    return site, {home.locale.language_code: home for home in translations}


def current_home(request):
    return site_homes(request).get(translation.get_language())


def language_versions(request, page=None, route_urls=None):
    """One link per site language: the same content where it exists, else that language's home.

    A page's own sub-address (a glossary entry) gives the addresses of its language versions
    as `route_urls` ({language code: URL}); they win over the page's translations."""
    memo = request.__dict__.setdefault("_language_versions", {}) if request is not None else {}
    key = getattr(page, "pk", None)
    if key not in memo:
        memo[key] = _language_versions(request, page)
    if not route_urls:
        return memo[key]
    return [
        LanguageVersion(v.code, v.name, route_urls[v.code], v.is_current, True)
        if v.code in route_urls
        else v
        for v in memo[key]
    ]


def _language_versions(request, page):
    current = translation.get_language()
    homes = site_homes(request)
    translated, standard_versions = {}, {}
    if page is not None and any(home.pk == page.pk for home in homes.values()):
        translated = homes  # a home page: its language versions are known already
    elif page is not None:
        versions = public(page.get_translations(inclusive=True).live()).select_related("locale")
        translated = {version.locale.language_code: version for version in versions}
        if isinstance(page, PlainLanguagePage) and len(translated) < len(settings.LANGUAGES):
            standard_versions = plain_language.standard_versions_by_language(page)
    is_app_view = page is None and _is_app_view(request)

    versions = []
    for code, name in settings.LANGUAGES:
        if code in translated:
            url, is_translation = translated[code].get_url(request), True
        elif code in standard_versions:
            # No plain-language version in that language: the standard page is the nearest.
            url, is_translation = standard_versions[code].get_url(request), False
        elif is_app_view:
            url, is_translation = translate_url(request.get_full_path(), code), True
        elif code in homes:
            url, is_translation = homes[code].get_url(request), False
        else:
            url, is_translation = f"/{code}/", False
        versions.append(LanguageVersion(code, name, url, code == current, is_translation))
    return versions


def _is_app_view(request):
    """A view of our own apps (not a Wagtail page, not a 404): its URL exists in every language."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"


def main_menu(home):
    if home is None:
        return Page.objects.none()
    return public(home.get_children().live().in_menu())


def breadcrumbs(page):
    """The pages above this one, from the language's home page down."""
    return page.get_ancestors().filter(depth__gt=1).live()


def page_of_type(request, model_label):
    """The first live page of a type in the current language's tree, e.g. the newsletter page.

    The LINKED_PAGE_TYPES are found together in one query, remembered on the request."""
    home = current_home(request)
    if home is None:
        return None
    wanted = LINKED_PAGE_TYPES if model_label in LINKED_PAGE_TYPES else (model_label,)
    memo = request.__dict__.setdefault("_pages_of_type", {}) if request is not None else {}
    if model_label not in memo:
        found = _first_pages(home, wanted)
        memo.update({label: found.get(label) for label in wanted})
    return memo[model_label]


def _first_pages(home, model_labels):
    """{model label: the first live public page of that type under `home`}."""
    labels = {
        ContentType.objects.get_for_model(apps.get_model(label)).pk: label for label in model_labels
    }
    pages = public(
        Page.objects.live().descendant_of(home).filter(content_type__in=list(labels))
    ).order_by("path")
    first = {}
    for page in pages:
        first.setdefault(labels[page.content_type_id], page)
    return first
