"""A member opens a workspace and manages it: axe-core on every workspace page, in Finnish,
Swedish and English."""

import re

import pytest
from playwright.sync_api import expect

from extranet.models import Workspace
from tests.extranet.builders import PASSWORD, make_member

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_member_creates_and_manages_a_workspace(new_browser_page, language):
    owner = make_member(
        email=f"tyotila-{language}@example.fi",
        first_name="Oona",
        last_name=f"Omistaja-{language}",
        language=language,
    )
    page = new_browser_page(locale=LOCALES[language])
    log_in(page, owner.user.email, PASSWORD, language=language)
    base = f"/{language}/extranet/workspaces"

    page.goto(f"{base}/new/")
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#id_name")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.locator("#id_name").fill(f"Kotoutumisen verkosto {language}")
    page.locator("#id_description").fill("Kuntien kotoutumiskoordinaattorien yhteinen työtila.")
    page.locator("input[name=visibility][value=closed]").check()
    page.locator("main form button[type=submit]").click()
    workspace = Workspace.objects.get(name=f"Kotoutumisen verkosto {language}")
    expect(page).to_have_url(re.compile(rf"{base}/{workspace.slug}/$"))
    assert_accessible(page)

    for path in ("members/", "settings/", "archive/", "delete/", ""):
        page.goto(f"{base}/{workspace.slug}/{path}")
        expect(page.locator("h1")).to_be_visible()
        assert_accessible(page)
    page.goto(f"{base}/")
    expect(page.locator("main")).to_contain_text(workspace.name)
    assert_accessible(page)
