"""Two members work together in a closed workspace and a third never sees any of it: the
workspace is created, a colleague asks to join and is accepted, they discuss with a mention and
an attached file, the colleague gets the notification email and follows it, the owner archives
the workspace. axe-core on each page on the way."""

import re
from urllib.parse import urlparse

from playwright.sync_api import expect

from django.core import mail

from extranet.models import Discussion, Workspace, WorkspaceFile
from tests.extranet.builders import PASSWORD, make_member

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

SECRET_WORDS = "Kotoutumisohjelman luonnos"
MINUTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"  # noqa: E501


def link_in(message, path_part):
    match = re.search(rf"https?://\S*{re.escape(path_part)}\S*", message.body)
    assert match, message.body
    return urlparse(match.group(0)).path


def test_a_closed_workspace_from_request_to_archive_and_nothing_for_outsiders(
    new_browser_page, tmp_path
):
    owner = make_member(email="olli.omistaja@example.fi", first_name="Olli", last_name="Omistaja")
    colleague = make_member(
        email="kaisa.kollega@example.fi", first_name="Kaisa", last_name="Kollega"
    )
    outsider = make_member(email="ulla.ulkopuolinen@example.fi", first_name="Ulla")

    # The owner opens a closed workspace
    owner_page = new_browser_page()
    log_in(owner_page, owner.user.email, PASSWORD)
    owner_page.goto("/fi/extranet/workspaces/new/")
    owner_page.locator("#id_name").fill("Kotoutumisohjelman valmistelu")
    owner_page.locator("#id_description").fill("Kunnan kotoutumisohjelman valmisteluryhmä.")
    owner_page.locator("input[name=visibility][value=closed]").check()
    owner_page.locator("main form button[type=submit]").click()
    workspace = Workspace.objects.get(name="Kotoutumisohjelman valmistelu")
    base = f"/fi/extranet/workspaces/{workspace.slug}"
    expect(owner_page).to_have_url(re.compile(rf"{base}/$"))

    # A colleague asks to join and the owner accepts
    colleague_page = new_browser_page()
    log_in(colleague_page, colleague.user.email, PASSWORD)
    colleague_page.goto(f"{base}/")
    colleague_page.locator("#id_message").fill("Olen mukana valmistelussa Tampereella.")
    colleague_page.locator("main form button[type=submit]").click()
    expect(colleague_page.locator("main")).to_contain_text("Pyyntösi on lähetetty")
    assert_accessible(colleague_page)

    owner_page.goto(f"{base}/members/")
    expect(owner_page.locator("main")).to_contain_text("Olen mukana valmistelussa Tampereella.")
    assert_accessible(owner_page)
    owner_page.locator("button[name=action][value=accept]").click()
    expect(owner_page.locator("main")).to_contain_text("Kaisa Kollega")
    assert workspace.memberships.filter(user=colleague.user).exists()

    # The owner starts a discussion that mentions the colleague, with the draft attached
    draft = tmp_path / "luonnos.pdf"
    draft.write_bytes(MINUTES)
    mail.outbox.clear()
    owner_page.goto(f"{base}/discussions/new/")
    assert_accessible(owner_page)
    owner_page.locator("#id_title").fill(SECRET_WORDS)
    owner_page.locator("#id_body").fill(
        "Hei @Kaisa Kollega, ehtisitkö kommentoida **luonnosta** perjantaihin mennessä?"
    )
    owner_page.locator("#id_attachments").set_input_files(str(draft))
    owner_page.locator("form.discussion-form button[type=submit]").click()
    discussion = Discussion.objects.get(title=SECRET_WORDS)
    expect(owner_page).to_have_url(re.compile(rf"{base}/discussions/{discussion.pk}/"))
    expect(owner_page.locator("main strong", has_text="luonnosta")).to_be_visible()
    expect(owner_page.locator("main a", has_text="Kaisa Kollega").first).to_be_visible()
    assert_accessible(owner_page)
    attachment = WorkspaceFile.objects.get(workspace=workspace, post__discussion=discussion)
    download = f"{base}/files/{attachment.pk}/download/"

    # The colleague is told by email, follows the link, reads, downloads and replies
    (notice,) = [m for m in mail.outbox if colleague.user.email in m.to]
    assert "Kotoutumisohjelman valmistelu" in notice.body
    colleague_page.goto(link_in(notice, "/extranet/"))
    expect(colleague_page.locator("main")).to_contain_text("perjantaihin mennessä")
    assert_accessible(colleague_page)
    got = colleague_page.request.get(download)
    assert got.status == 200 and got.body() == MINUTES
    assert got.headers["content-disposition"].startswith("attachment")
    colleague_page.locator("#id_body").fill("Kommentoin luonnosta torstaina.")
    colleague_page.locator("section.reply button[type=submit]").click()
    expect(colleague_page.locator("main")).to_contain_text("Kommentoin luonnosta torstaina.")

    # The owner archives the workspace: it is read-only from now on
    owner_page.goto(f"{base}/archive/")
    assert_accessible(owner_page)
    owner_page.locator("main form button[type=submit]").click()
    expect(owner_page.locator(".workspace-banner")).to_be_visible()
    workspace.refresh_from_db()
    assert workspace.state == Workspace.State.ARCHIVED
    colleague_page.goto(f"{base}/discussions/{discussion.pk}/")
    expect(colleague_page.locator("main")).to_contain_text("Kommentoin luonnosta torstaina.")
    expect(colleague_page.locator("section.reply")).to_have_count(0)

    # A member who never joined sees the description only: no discussion, file or search hit
    outsider_page = new_browser_page()
    log_in(outsider_page, outsider.user.email, PASSWORD)
    outsider_page.goto(f"{base}/")
    expect(outsider_page.locator("main")).not_to_contain_text(SECRET_WORDS)
    expect(outsider_page.locator("main")).not_to_contain_text("Kaisa Kollega")
    for path in (
        f"{base}/discussions/",
        f"{base}/discussions/{discussion.pk}/",
        f"{base}/files/",
        f"{base}/files/{attachment.pk}/",
    ):
        response = outsider_page.goto(path)
        assert response.status == 404, path
        expect(outsider_page.locator("main")).not_to_contain_text(SECRET_WORDS)
    for method in ("get", "head"):
        got = getattr(outsider_page.request, method)(download, headers={"Range": "bytes=0-10"})
        assert got.status == 404 and MINUTES[:8] not in got.body()
    outsider_page.goto("/fi/extranet/search/?q=luonnos")
    expect(outsider_page.locator("main")).not_to_contain_text(SECRET_WORDS)
    expect(outsider_page.locator("main")).not_to_contain_text("luonnos.pdf")
    assert_accessible(outsider_page)
