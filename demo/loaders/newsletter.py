"""Demo newsletter for `manage.py seed_demo`: the newsletter page in each language, one sent
issue per language (demo/content/newsletter/) and a few dozen subscribers. Nothing is mailed."""

import datetime

from django.utils import timezone

from demo import reader
from demo.reader import LANGUAGES
from demo.seeding import demo_locales, translate_page
from newsletter.models import NewsletterIssuePage, NewsletterPage, Subscriber


def seed(home, report):
    """Create whatever of the newsletter's demo content is missing under the Finnish home page."""
    locales = demo_locales()
    pages = _seed_pages(home, locales, report)
    _seed_issues(pages, locales, report)
    _seed_subscribers(report)


def _page_fields(spec, code):
    return {name: spec[name][code] for name in ("title", "slug", "introduction")}


def _seed_pages(home, locales, report):
    spec = reader.data("index_pages")["newsletter"]
    finnish = NewsletterPage.objects.child_of(home).first()
    if finnish is None:
        finnish = home.add_child(
            instance=NewsletterPage(
                locale=locales["fi"], show_in_menus=False, **_page_fields(spec, "fi")
            )
        )
        finnish.save_revision().publish()
        report.created.append("newsletter page")
    pages = {"fi": finnish}
    for code in LANGUAGES[1:]:
        translated = finnish.get_translation_or_none(locales[code])
        if translated is None:
            translated = translate_page(finnish, locales[code], _page_fields(spec, code))
        pages[code] = translated.specific
    return pages


def _issue_body(spec, code):
    """The issue's text, then its listings of the latest news, posts and events (a listing's
    heading is empty unless the file gives one: the email then shows its default)."""
    return [
        (kind, value if kind == "paragraph" else {"heading": "", **value})
        for kind, value in spec["body"][code]
    ]


def _seed_issues(pages, locales, report):
    # The demo has one issue; its `##` headings stay in its text, as an editor writes one.
    (spec,) = reader.pages("newsletter", headings="inline")
    finnish_page = pages["fi"]
    original = NewsletterIssuePage.objects.child_of(finnish_page).first()
    if original is None:
        original = finnish_page.add_child(
            instance=NewsletterIssuePage(
                locale=locales["fi"], **_page_fields(spec, "fi"), body=_issue_body(spec, "fi")
            )
        )
        original.save_revision().publish()
        report.created.append("newsletter issue")
    issues = [original]
    for code in LANGUAGES[1:]:
        translated = original.get_translation_or_none(locales[code])
        if translated is None:
            translated = translate_page(
                original,
                locales[code],
                {**_page_fields(spec, code), "body": _issue_body(spec, code)},
            )
        issues.append(translated)
    sent_at = timezone.now() - datetime.timedelta(days=20)
    # Marked as sent so the archive shows them; no mail goes out.
    NewsletterIssuePage.objects.filter(
        pk__in=[issue.pk for issue in issues], sending_started_at__isnull=True
    ).update(sending_started_at=sent_at, sending_finished_at=sent_at, sent_count=0)


def _seed_subscribers(report):
    statuses = [Subscriber.Status.SUBSCRIBED] * 3 + [
        Subscriber.Status.PENDING,
        Subscriber.Status.UNSUBSCRIBED,
    ]
    now = timezone.now()
    created = 0
    for number, name in enumerate(reader.data("newsletter/subscribers")["names"]):
        language = LANGUAGES[number % 3]
        status = statuses[number % len(statuses)]
        email = f"{name}.{language}@example.fi"
        if Subscriber.objects.filter(email=email).exists():
            continue
        Subscriber.objects.create(
            email=email,
            language=language,
            status=status,
            consented_at=now - datetime.timedelta(days=60 - number),
            confirmed_at=None if status == Subscriber.Status.PENDING else now,
            unsubscribed_at=now if status == Subscriber.Status.UNSUBSCRIBED else None,
        )
        created += 1
    if created:
        report.created.append(f"{created} newsletter subscribers")
