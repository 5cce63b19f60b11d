"""A visitor subscribes, confirms from the emailed link and unsubscribes; axe-core on every
newsletter page in three languages."""

import re

import pytest
from playwright.sync_api import expect

from django.core import mail

from newsletter.models import NewsletterIssuePage, NewsletterPage, Subscriber

from .conftest import assert_accessible, browser_test

pytestmark = browser_test


def newsletter_page(language):
    return NewsletterPage.objects.live().get(locale__language_code=language)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_visitor_subscribes_confirms_and_unsubscribes_with_one_click(
    new_browser_page, demo_server, language
):
    page = new_browser_page(locale={"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}[language])
    newsletter = newsletter_page(language)
    email = f"selain.{language}@example.fi"

    page.goto(newsletter.url)
    assert_accessible(page)
    expect(page.locator(f"input[name=language][value={language}]")).to_be_checked()

    # A first try without consent keeps the address and says what is missing.
    page.fill("#id_email", email)
    page.locator("form.newsletter-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_email")).to_have_value(email)
    assert_accessible(page)

    page.check("#id_consent")
    page.locator("form.newsletter-form button[type=submit]").click()
    expect(page.locator("#signup-status .notice")).to_be_visible()
    assert Subscriber.objects.get(email=email).status == Subscriber.Status.PENDING

    message = next(m for m in mail.outbox if m.to == [email])
    confirm_url = re.search(r"https?://\S+/confirm/[-\w]+/", message.body).group(0)
    page.goto(re.sub(r"^https?://[^/]+", "", confirm_url))
    assert_accessible(page)
    assert Subscriber.objects.get(email=email).status == Subscriber.Status.PENDING
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main h1")).to_be_visible()
    assert_accessible(page)
    subscriber = Subscriber.objects.get(email=email)
    assert subscriber.status == Subscriber.Status.SUBSCRIBED

    page.goto(re.sub(r"^https?://[^/]+", "", newsletter.unsubscribe_url(subscriber)))
    assert_accessible(page)
    buttons = page.locator("main button")
    expect(buttons).to_have_count(1)
    buttons.click()
    expect(page.locator("main [role=status]")).to_be_visible()
    assert_accessible(page)
    assert Subscriber.objects.get(email=email).status == Subscriber.Status.UNSUBSCRIBED


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_archived_issue_is_readable_and_accessible(browser_page, demo_server, language):
    issue = (
        NewsletterIssuePage.objects.live()
        .filter(locale__language_code=language, sending_started_at__isnull=False)
        .first()
    )

    browser_page.goto(issue.get_parent().url)
    browser_page.locator(f"main a[href='{issue.url}']").click()

    expect(browser_page.locator("main h1")).to_have_text(issue.title)
    assert_accessible(browser_page)
