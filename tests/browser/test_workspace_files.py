"""A member shares files in a workspace: axe-core on the file list, the upload form (empty and
with a refusal), a folder and a file's page, in Finnish, Swedish and English."""

import re

import pytest
from playwright.sync_api import expect

from extranet.models import WorkspaceFile
from extranet.workspaces import services as workspaces
from extranet.workspaces.files import services as files
from tests.extranet.builders import HTML, PASSWORD, make_member, pdf_bytes, upload

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_member_shares_a_file_and_finds_it(new_browser_page, language, tmp_path):
    owner = make_member(
        email=f"tiedostot-{language}@example.fi",
        first_name="Tiina",
        last_name=f"Tiedosto-{language}",
        language=language,
    )
    ws = workspaces.create(owner.user, name=f"Aineistopankki {language}")
    folder = files.create_folder(ws, "Pöytäkirjat", owner.user)
    earlier = files.upload(ws, upload("kokous.pdf", pdf_bytes()), owner.user, folder=folder)
    files.add_version(earlier, upload("kokous-korjattu.pdf", pdf_bytes("v2")), owner.user)
    files.add_link(ws, "https://kotoutuminen.fi", owner.user, title="Kotoutumisen osaamiskeskus")

    page = new_browser_page(locale=LOCALES[language])
    log_in(page, owner.user.email, PASSWORD, language=language)
    base = f"/{language}/extranet/workspaces/{ws.slug}/files"

    page.goto(f"{base}/")
    expect(page.locator("main")).to_contain_text("Kotoutumisen osaamiskeskus")
    assert_accessible(page)

    page.goto(f"{base}/?folder={folder.pk}")
    expect(page.locator("h1")).to_have_text("Pöytäkirjat")
    assert_accessible(page)

    page.goto(f"{base}/upload/")
    assert_accessible(page)
    disguised = tmp_path / "raportti.pdf"
    disguised.write_bytes(HTML)
    page.locator("#id_file").set_input_files(str(disguised))
    page.locator("#id_title").fill("Vuosiraportti")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_contain_text("raportti.pdf")
    expect(page.locator("#id_title")).to_have_value("Vuosiraportti")
    assert_accessible(page)

    real = tmp_path / "vuosiraportti.pdf"
    real.write_bytes(pdf_bytes())
    page.locator("#id_file").set_input_files(str(real))
    page.locator("main form button[type=submit]").click()
    shared = WorkspaceFile.objects.get(workspace=ws, title="Vuosiraportti")
    expect(page).to_have_url(re.compile(rf"{base}/{shared.pk}/$"))
    assert_accessible(page)

    page.goto(f"{base}/{earlier.pk}/")
    expect(page.locator(".file-versions tbody tr")).to_have_count(2)
    assert_accessible(page)
    for path in (
        f"{earlier.pk}/edit/",
        f"{earlier.pk}/new-version/",
        f"{earlier.pk}/delete/",
        f"folders/{folder.pk}/delete/",
    ):
        page.goto(f"{base}/{path}")
        expect(page.locator("h1")).to_be_visible()
        assert_accessible(page)
