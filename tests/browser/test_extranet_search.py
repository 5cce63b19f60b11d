"""A member searches the extranet's content: axe-core on the search page without a search,
with results and with none, in Finnish, Swedish and English."""

import pytest
from playwright.sync_api import expect

from extranet.models import Discussion, Post
from extranet.search import services as content_search
from extranet.workspaces import services as workspaces
from tests.extranet.builders import PASSWORD, make_member

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_member_searches_the_workspaces(new_browser_page, language):
    member = make_member(
        email=f"haku-{language}@example.fi",
        first_name="Hilla",
        last_name=f"Hakija-{language}",
        language=language,
    )
    workspace = workspaces.create(
        member.user,
        name=f"Kielikoulutuksen työtila {language}",
        description="Aikuisten kielikoulutus ja kotoutuminen.",
        visibility="secret",
    )
    discussion = Discussion.objects.create(workspace=workspace, title="Kielikoulutuksen jonot")
    Post.objects.create(discussion=discussion, body="Kielikoulutukseen pääsee nyt nopeammin.")
    content_search.rebuild(workspaces=type(workspace).objects.filter(pk=workspace.pk))
    page = new_browser_page(locale=LOCALES[language])
    log_in(page, member.user.email, PASSWORD, language=language)

    page.goto(f"/{language}/extranet/search/")
    assert_accessible(page)

    page.locator("#extranet-search-q").fill("kielikoulutuksesta")
    page.locator("main form[role=search] button[type=submit]").click()
    expect(page.locator(".search-result", has_text="Kielikoulutuksen jonot").first).to_be_visible()
    assert_accessible(page)

    page.locator(".search-kinds a").nth(3).click()  # messages only
    expect(page.locator(".search-result mark").first).to_be_visible()
    assert_accessible(page)

    page.locator("#extranet-search-q").fill("olematonsana")
    page.locator("main form[role=search] button[type=submit]").click()
    expect(page.locator(".extranet-search-results p[role=status]")).to_be_visible()
    assert_accessible(page)
