"""Plain language and content upkeep in the demo: plain-language versions of key pages in
Finnish and Swedish with their lists (demo/content/plain_language.yaml, index_pages.yaml), a
recorded law change, page owners and review dates, and a Swedish translation made with
wagtail-localize whose Finnish source changed after it was last synced (demo/content/upkeep.yaml).
"""

import datetime
from html import escape

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from demo import reader
from demo.seeding import demo_locales, seed_index_page
from home.models import PlainLanguageIndexPage, PlainLanguagePage
from stewardship import reviews
from stewardship.models import LawChange, LawChangeSection, PageReview


def seed(home, report):
    locales = demo_locales()
    pages = _pages_by_key(home)
    seed_index_page(
        home,
        PlainLanguageIndexPage,
        reader.data("index_pages")["plain_language"],
        locales,
        report,
        "plain-language index",
    )
    for spec in reader.data("plain_language"):
        _seed_plain_version(pages, spec, report)
    upkeep = reader.data("upkeep")
    _seed_law_change(upkeep["law_change"], pages, report)
    _seed_reviews(upkeep["reviews"], pages)
    _seed_stale_translation(pages[upkeep["stale_translation"]], report)


def _pages_by_key(home):
    """The demo's Finnish pages (demo/content/pages) by key, found by their slugs."""
    by_slug = {page.slug: page for page in home.get_descendants().specific()}
    return {
        spec["key"]: by_slug[spec["slug"]["fi"]]
        for spec in reader.pages("pages")
        if spec["slug"]["fi"] in by_slug
    }


def _body(blocks):
    body = []
    for block in blocks:
        if "heading" in block:
            body.append(("heading", {"heading_text": block["heading"], "size": "h2"}))
        elif "list" in block:
            items = "".join(f"<li>{escape(item)}</li>" for item in block["list"])
            body.append(("paragraph", f"<ul>{items}</ul>"))
        else:
            body.append(("paragraph", f"<p>{escape(block['text'])}</p>"))
    return body


def _seed_plain_version(pages, spec, report):
    standard = pages[spec["page"]]
    if spec["language"] != "fi":
        standard = standard.get_translation(Locale.objects.get(language_code=spec["language"]))
    if PlainLanguagePage.objects.child_of(standard).exists():
        return
    checked = spec.get("checked") or {}
    plain = PlainLanguagePage(
        title=spec["title"],
        slug=spec["slug"],
        locale=standard.locale,
        introduction=spec["introduction"],
        listing_summary=spec["introduction"],
        body=_body(spec["body"]),
        plain_language_checked_by=checked.get("by", ""),
        plain_language_checked_on=checked.get("date"),
    )
    standard.add_child(instance=plain)
    plain.save_revision().publish()
    report.created.append(f"plain-language version of {spec['page']} ({spec['language']})")


def _seed_law_change(spec, pages, report):
    if LawChange.objects.filter(date=spec["date"], notice_fi=spec["notice"]["fi"]).exists():
        return
    change = LawChange.objects.create(
        date=spec["date"],
        link=spec["link"],
        **{f"notice_{code}": text for code, text in spec["notice"].items()},
    )
    for key in spec["sections"]:
        LawChangeSection.objects.create(law_change=change, page=pages[key])
    report.created.append("law change")


def _seed_reviews(specs, pages):
    today = timezone.localdate()
    owners = {
        "editor": {"owner_user": get_user_model().objects.get(username="editor")},
        "editors": {"owner_group": Group.objects.get(name="Editors")},
    }
    for key, spec in specs.items():
        PageReview.objects.update_or_create(
            page_id=pages[key].pk,
            defaults={
                "owner_user": None,
                "owner_group": None,
                **owners[spec["owner"]],
                "review_by": today + datetime.timedelta(days=spec["due"]),
                "last_reviewed_on": spec.get("reviewed"),
            },
        )
        if spec.get("reviewed"):
            _translations_reviewed_on(pages[key], spec["reviewed"])


def _translations_reviewed_on(page, day):
    """The translators checked the page's translations the same day; their next review dates
    stay as they were."""
    for translation in page.get_translations().live():
        reviews.ensure_review(translation)
        PageReview.objects.filter(page_id=translation.pk).update(last_reviewed_on=day)


def _seed_stale_translation(source_page, report):
    """The Swedish page made a wagtail-localize translation of the Finnish one, last synced a
    month before the Finnish page was published again."""
    swedish = Locale.objects.get(language_code="sv")
    if Translation.objects.filter(
        source__object_id=source_page.translation_key, target_locale=swedish
    ).exists():
        return
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.create(source=source, target_locale=swedish, enabled=True)
    synced = timezone.now() - datetime.timedelta(days=30)
    TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=synced)
    Page.objects.filter(pk=source_page.pk).update(last_published_at=timezone.now())
    report.created.append("stale Swedish translation")
