"""The newsletter's emails: the confirmation link, and an issue with its unsubscribe headers."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from home.mail import render_email, site_email

from .models import NewsletterPage, Subscriber, page_address

PREVIEW_LINK_KEY = "preview-token-the-real-one-is-per-subscriber"


def unsubscribe_mailto():
    address = getattr(settings, "NEWSLETTER_UNSUBSCRIBE_EMAIL", "") or settings.DEFAULT_FROM_EMAIL
    address = address.rsplit("<", 1)[-1].rstrip(">").strip()
    return f"mailto:{address}?subject=unsubscribe"


def confirmation_message(subscriber, page):
    # The link leads to the newsletter page in the language the reader chose, if there is one.
    translated = (
        page.get_translations().filter(locale__language_code=subscriber.language).live().first()
    )
    if translated is None:
        translated = (
            NewsletterPage.objects.live().filter(locale__language_code=subscriber.language).first()
        )
    page = translated.specific if translated else page
    subject, body = render_email(
        "newsletter/email/confirmation",
        lambda: {
            "subscriber": subscriber,
            "page": page,
            "confirm_url": page.confirm_url(subscriber),
        },
        subscriber.language,
    )
    return site_email(subject, body, [subscriber.email], language=subscriber.language)


def render_issue(issue, subscriber, sections=None):
    """The issue's subject, HTML and plain text for one subscriber, in the issue's language."""
    newsletter = issue.newsletter_page
    with translation.override(issue.language):
        sections = issue.sections() if sections is None else sections
        context = {
            "issue": issue,
            "newsletter": newsletter,
            "sections": sections,
            "issue_url": page_address(issue),
            "unsubscribe_url": newsletter.unsubscribe_url(subscriber),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        html = render_to_string("newsletter/email/issue.html", context)
        text = render_to_string("newsletter/email/issue.txt", context)
    return issue.title, html, text, context["unsubscribe_url"]


def issue_message(issue, subscriber, connection=None, sections=None):
    subject, html, text, unsubscribe_url = render_issue(issue, subscriber, sections)
    return site_email(
        subject,
        text,
        [subscriber.email],
        language=issue.language,
        html=html,
        connection=connection,
        # Written by the editors, not generated: out-of-office replies may answer it.
        headers={
            "Auto-Submitted": "no",
            "List-Unsubscribe": f"<{unsubscribe_url}>, <{unsubscribe_mailto()}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk",
        },
    )


def preview_issue_email(issue):
    sample = Subscriber(email="preview@example.fi", language=issue.language, token=PREVIEW_LINK_KEY)
    _subject, html, text, _url = render_issue(issue, sample)
    return html, text
