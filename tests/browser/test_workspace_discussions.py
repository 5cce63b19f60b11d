"""A member discusses in a workspace: axe-core on the discussion list, a discussion, the new
discussion form (also with its errors) and the edit page, in Finnish, Swedish and English."""

import re

import pytest
from playwright.sync_api import expect

from extranet.models import Discussion, WorkspaceMembership
from extranet.workspaces import services as workspace_service
from extranet.workspaces.discussions import services as discussions
from tests.extranet.builders import PASSWORD, make_member

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_member_starts_replies_to_and_edits_a_discussion(new_browser_page, language):
    owner = make_member(
        email=f"keskustelu-omistaja-{language}@example.fi",
        first_name="Olli",
        last_name=f"Omistaja-{language}",
        language=language,
    ).user
    colleague = make_member(
        email=f"keskustelu-jasen-{language}@example.fi",
        first_name="Kaisa",
        last_name=f"Kollega-{language}",
        language=language,
    ).user
    workspace = workspace_service.create(owner, name=f"Keskusteluryhmä {language}")
    WorkspaceMembership.objects.create(workspace=workspace, user=colleague)
    pinned = discussions.start(
        workspace, colleague, "Työtilan säännöt", "Ole **ystävällinen**.\n\n- yksi\n- kaksi"
    )
    discussions.pin(pinned, owner)
    discussions.reply(pinned, colleague, "> Lainaus\n\nLue lisää https://kotoutuminen.fi")

    page = new_browser_page(locale=LOCALES[language])
    log_in(page, owner.email, PASSWORD, language=language)
    base = f"/{language}/extranet/workspaces/{workspace.slug}"

    page.goto(f"{base}/")
    expect(page.locator("#activity-heading")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{base}/discussions/")
    expect(page.locator("main")).to_contain_text("Työtilan säännöt")
    assert_accessible(page)

    page.goto(f"{base}/discussions/new/")
    assert_accessible(page)
    page.locator("#id_body").fill("Viesti ilman otsikkoa")
    page.locator("main form.discussion-form button[type=submit]").click()
    expect(page.locator("#id_title")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_body")).to_have_value("Viesti ilman otsikkoa")
    assert_accessible(page)

    # Suggestions while writing a mention (the list of names works without them too).
    body = page.locator("#id_body")
    body.fill("")
    body.press_sequentially("Hei @Kai")
    suggestion = page.locator("#id_body-mentions [role=option]")
    expect(suggestion).to_have_text([f"@Kaisa Kollega-{language}"])
    assert_accessible(page)
    body.press("ArrowDown")
    expect(suggestion).to_have_attribute("aria-selected", "true")
    body.press("Enter")
    expect(body).to_have_value(f"Hei @Kaisa Kollega-{language} ")
    expect(page.locator("#id_body-mentions")).to_be_hidden()

    page.locator("#id_title").fill(f"Kevään tapaaminen {language}")
    page.locator("#id_body").fill(f"Hei @Kaisa Kollega-{language}, sopiiko *toukokuu*?")
    page.locator("main form.discussion-form button[type=submit]").click()
    discussion = Discussion.objects.get(title=f"Kevään tapaaminen {language}")
    expect(page).to_have_url(re.compile(rf"{base}/discussions/{discussion.pk}/"))
    expect(page.locator(".post__body a.mention")).to_have_text(f"@Kaisa Kollega-{language}")
    assert_accessible(page)

    page.locator("#id_body").fill("Lisään vielä: kokous on etänä.")
    page.locator("section.reply button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("Lisään vielä: kokous on etänä.")
    assert_accessible(page)

    reply = discussion.posts.order_by("created_at").last()
    page.goto(f"/{language}/extranet/workspaces/{workspace.slug}/posts/{reply.pk}/edit/")
    expect(page.locator("#id_body")).to_have_value("Lisään vielä: kokous on etänä.")
    assert_accessible(page)
    page.locator("#id_body").fill("Lisään vielä: kokous on Teamsissa.")
    page.locator("main form.discussion-form button[type=submit]").click()
    expect(page.locator(f"#post-{reply.pk}")).to_contain_text("Teamsissa")
    assert_accessible(page)

    page.goto(f"/{language}/extranet/workspaces/{workspace.slug}/posts/{reply.pk}/delete/")
    assert_accessible(page)
    page.goto(f"{base}/discussions/{pinned.pk}/?page=1")
    assert_accessible(page)
