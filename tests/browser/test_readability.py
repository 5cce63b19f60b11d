"""An editor writing a page sees its readability change as they type, and a warning when the
text becomes hard to read."""

import uuid

from playwright.sync_api import expect

from home.models import ContentPage
from stewardship.readability import measure
from tests.extranet.builders import PASSWORD, make_staff

from .accounts import log_in_to_admin
from .conftest import WCAG_21_AA, _axe, browser_test

pytestmark = browser_test

CONVOLUTED = (
    "Kotoutumissuunnitelmaan liittyvien työvoimapalveluiden järjestämisvastuun siirtyminen "
    "kunnille edellyttää viranomaisyhteistyön tiivistämistä sekä palveluntuottajien "
    "kilpailuttamismenettelyjen yhdenmukaistamista ja asiakasprosessien uudelleenorganisointia"
)


def test_the_figure_rises_and_the_warning_appears_as_the_editor_writes(new_browser_page):
    editor = make_staff(f"luettavuus-{uuid.uuid4().hex[:8]}@example.fi", groups=("Editors",))
    editor.set_password(PASSWORD)
    editor.save()
    page = new_browser_page(locale="en-GB")
    log_in_to_admin(page, editor, PASSWORD)
    parent = ContentPage.objects.filter(locale__language_code="en").first().get_parent()
    content_page = ContentPage(
        title="Apu", slug=f"apu-{uuid.uuid4().hex[:8]}", introduction="Se auttaa sinua.", live=False
    )
    parent.add_child(instance=content_page)
    content_page.save_revision()

    page.goto(f"/admin/pages/{content_page.id}/edit/")
    panel = page.locator("[data-readability]")
    expect(panel).to_be_attached()
    saved = int(panel.locator("[data-readability-saved]").inner_text())
    results = _axe.run(
        page,
        context="[data-readability]",
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}},
    )
    assert not results.response["violations"], results.generate_report()

    page.locator('[name="introduction"]').fill(CONVOLUTED)

    warning = panel.locator("[data-readability-warning]")
    expect(warning).to_be_visible()
    assert warning.locator("xpath=..").get_attribute("aria-live") == "polite"
    assert int(panel.locator("[data-readability-live]").inner_text()) > saved

    for text in (CONVOLUTED, "Kotoutumissuunnitelma tehdään yhdessä. Se auttaa sinua.\nEU-maat"):
        in_browser = page.evaluate("(t) => window.kotoReadability.measure(t, 6, 13)", text)
        in_python = measure(text)
        assert in_browser["lix"] == in_python.lix
        assert in_browser["veryLong"] == in_python.very_long_words
