"""Translations whose source page changed after they were last synced (wagtail-localize).

wagtail-localize keeps what a translation was made from in a `TranslationSource`: its
`last_updated_at` is when the source page's content was last taken in, on the first submission
and on each "Sync translated pages" (`update_from_db()`). Publishing the source again does not
touch it, so a translation whose source page was published after that moment may be out of date
until an editor syncs it. Pages translated without wagtail-localize (copied by hand) have no
`Translation` and never count as stale.
"""

from dataclasses import dataclass

from django.db.models import DateTimeField, F, OuterRef, Subquery
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from home.page_cache import bump_content_version


@dataclass(frozen=True)
class StaleNotice:
    source_page: Page
    language_code: str  # the source page's language
    updated_at: object  # when the source page was last published


def _synced_at(target_locale):
    """When the source (the page row this subquery is on) was last taken in for its enabled
    translation into `target_locale`."""
    return Subquery(
        Translation.objects.filter(
            source__object_id=OuterRef("translation_key"),
            source__locale_id=OuterRef("locale_id"),
            target_locale=target_locale,
            enabled=True,
        ).values("source__last_updated_at")[:1],
        output_field=DateTimeField(),
    )


def stale_notice(page):
    """What a reader of `page` is told when its source changed after the translation was last
    synced, or None: one query at most."""
    if page is None or page.pk is None or page.translation_key is None:
        return None
    source_page = (
        Page.objects.filter(translation_key=page.translation_key, live=True)
        .exclude(pk=page.pk)
        .annotate(synced_at=_synced_at(page.locale_id))
        .filter(last_published_at__gt=F("synced_at"))
        .select_related("locale")
        .only("id", "title", "url_path", "last_published_at", "locale__language_code")
        .first()
    )
    if source_page is None:
        return None
    return StaleNotice(
        source_page=source_page,
        language_code=source_page.locale.language_code,
        updated_at=source_page.last_published_at,
    )


def stale_translations(locale=None):
    """Enabled wagtail-localize translations whose source page was published after they were
    last synced, newest change first, with the pages on both sides as annotations (one query)."""
    source_pages = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    )
    target_pages = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("target_locale_id")
    )
    translations = Translation.objects.filter(enabled=True)
    if locale is not None:
        translations = translations.filter(target_locale=locale)
    return (
        translations.annotate(
            source_page_id=Subquery(source_pages.values("id")[:1]),
            source_page_title=Subquery(source_pages.values("title")[:1]),
            source_updated_at=Subquery(source_pages.values("last_published_at")[:1]),
            page_id=Subquery(target_pages.values("id")[:1]),
            page_title=Subquery(target_pages.values("title")[:1]),
        )
        .filter(page_id__isnull=False, source_updated_at__gt=F("source__last_updated_at"))
        .select_related("source", "source__locale", "target_locale")
        .order_by("-source_updated_at", "pk")
    )


@receiver(post_save, sender=TranslationSource, dispatch_uid="freshness_source_synced")
def _source_synced(sender, raw=False, **kwargs):
    """A sync changes which translations show the notice: cached pages must not keep it."""
    if not raw:
        bump_content_version()
