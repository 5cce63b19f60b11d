"""Plain-language versions (selkosuomi, lättläst svenska) of pages, found from either side.

A plain-language version is a page of its own (home.PlainLanguagePage) under the standard page
it simplifies, in the same language. The versions of one standard page in several languages
share a translation key, like translations do, whether wagtail-localize made them or an editor
wrote each one: so the language switcher, hreflang and the sitemap pair them like any
translations, and never with the standard pages."""

from django.apps import apps
from django.db.models.functions import Substr

from wagtail.models import Page

from .visibility import public


def _plain_page_model():
    return apps.get_model("home", "PlainLanguagePage")


def may_have_plain_version(page):
    """True for the page types that take a plain-language version: no query."""
    return _plain_page_model() in type(page).allowed_subpage_models()


def plain_version_of(page):
    """The live plain-language version of `page` that anyone may read, or None."""
    if page is None or page.pk is None or not may_have_plain_version(page):
        return None
    return public(_plain_page_model().objects.child_of(page).live()).first()


def _parent_path(page):
    return page.path[: -page.steplen]


def versions_of_the_same_page(plain_page):
    """The plain-language pages (any language, any state) under the translations of the page
    that `plain_page` is under, itself excluded."""
    parent_path = _parent_path(plain_page)
    parents = Page.objects.filter(
        translation_key__in=Page.objects.filter(path=parent_path).values("translation_key")
    ).exclude(path=parent_path)
    return (
        _plain_page_model()
        .objects.annotate(parent_path=Substr("path", 1, len(parent_path)))
        .filter(depth=plain_page.depth, parent_path__in=parents.values("path"))
        .exclude(pk=plain_page.pk)
    )


def join_translated_versions(plain_page):
    """Give a new plain-language page the translation key of its versions in other languages,
    unless it already shares one (wagtail-localize made it as a translation)."""
    if plain_page.depth is None or not plain_page.path:
        return
    if Page.objects.filter(translation_key=plain_page.translation_key).exists():
        return
    sibling = (
        versions_of_the_same_page(plain_page)
        .exclude(locale_id=plain_page.locale_id)
        .values_list("translation_key", flat=True)
        .first()
    )
    if sibling is not None:
        taken = Page.objects.filter(translation_key=sibling, locale_id=plain_page.locale_id)
        if not taken.exists():
            plain_page.translation_key = sibling


def standard_versions_by_language(plain_page):
    """{language code: live page} of the standard page's versions that anyone may read: where
    a reader of another language goes from a plain page that has no version in theirs."""
    parent = Page.objects.filter(path=_parent_path(plain_page))
    versions = Page.objects.filter(translation_key__in=parent.values("translation_key")).live()
    return {page.locale.language_code: page for page in public(versions).select_related("locale")}


def pages_in(locale_id):
    """Every live plain-language page of one language that anyone may read, by title."""
    return public(_plain_page_model().objects.live().filter(locale_id=locale_id)).order_by("title")
