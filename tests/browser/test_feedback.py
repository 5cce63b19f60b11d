"""Visitors send feedback in each language and are thanked; axe-core on the form and thanks."""

import re

import pytest
from playwright.sync_api import expect

from wagtail.contrib.forms.models import FormSubmission

from feedback.models import FeedbackFormPage

from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
MESSAGE = {
    "fi": "Etusivun kuvista puuttuu tekstivastineita.",
    "sv": "Bilderna på startsidan saknar textalternativ.",
    "en": "The images on the front page lack text alternatives.",
}
ACCESSIBILITY = {"fi": "Saavutettavuus", "sv": "Tillgänglighet", "en": "Accessibility"}
MESSAGE_LABEL = re.compile("^(Viesti|Meddelande|Message)")
SEND = re.compile("^(Lähetä|Skicka|Send)$")
THANKS = {"fi": "Kiitos palautteestasi", "sv": "Tack för din respons", "en": "Thank you for"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_visitor_sends_feedback_and_is_thanked(new_browser_page, language):
    page = new_browser_page(locale=LOCALES[language])
    form_page = FeedbackFormPage.objects.live().get(locale__language_code=language)
    page.goto(form_page.url)
    assert_accessible(page)

    # Sent empty: the errors are summarised and linked to their fields.
    page.get_by_role("button", name=SEND).click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(page.get_by_label(MESSAGE_LABEL)).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.get_by_label(re.compile("^(Nimi|Namn|Name)")).fill("Riikka")
    page.locator("select").select_option(ACCESSIBILITY[language])
    page.get_by_label(MESSAGE_LABEL).fill(MESSAGE[language])
    page.get_by_role("button", name=SEND).click()

    expect(page.locator("#feedback-thanks")).to_contain_text(THANKS[language])
    assert_accessible(page)
    submission = FormSubmission.objects.filter(page=form_page).order_by("-pk").first()
    assert MESSAGE[language] in submission.get_data().values()
