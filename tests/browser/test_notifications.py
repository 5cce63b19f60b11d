"""A member reads their notifications, chooses their emails, and invites people by email; a
newcomer opens the invitation link: axe-core on each of these pages, in Finnish, Swedish and
English."""

import re

import pytest
from playwright.sync_api import expect

from extranet.models import Discussion, Notification, Post, WorkspaceInvitation
from extranet.notifications import services as notifications
from extranet.workspaces import services as service
from extranet.workspaces.invitations import services as invitations
from tests.extranet.builders import PASSWORD, make_member

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_notifications_settings_and_invitations_are_accessible(new_browser_page, language):
    owner = make_member(
        email=f"ilmoitukset-{language}@example.fi",
        first_name="Iida",
        last_name=f"Ilmoittaja-{language}",
        language=language,
    )
    colleague = make_member(first_name="Kaisa", last_name=f"Kollega-{language}").user
    workspace = service.create(owner.user, name=f"Ilmoitusten tila {language}")
    service.invite(workspace, colleague, owner.user)
    for n in range(3):
        discussion = Discussion.objects.create(
            workspace=workspace, title=f"Aihe {n}", created_by=colleague
        )
        post = Post.objects.create(discussion=discussion, author=colleague, body="Tervetuloa!")
        notifications.discussion_started(discussion, post)
    first = Notification.objects.filter(recipient=owner.user).order_by("pk").first()
    Notification.objects.filter(pk=first.pk).update(read_at=post.created_at)

    page = new_browser_page(locale=LOCALES[language])
    log_in(page, owner.user.email, PASSWORD, language=language)
    base = f"/{language}/extranet"

    page.goto(f"{base}/notifications/")
    bell = page.locator("a.notification-bell")
    expect(bell).to_have_attribute("aria-current", "page")
    expect(page.locator(".notification--unread")).to_have_count(2)
    assert_accessible(page)

    page.goto(f"{base}/notifications/settings/")
    expect(page.locator("fieldset legend")).to_contain_text(workspace.name)
    page.locator("input[type=radio][value=every]").check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/notifications/settings/$"))
    expect(page.locator("input[type=radio][value=every]")).to_be_checked()
    assert_accessible(page)

    page.goto(f"{base}/workspaces/{workspace.slug}/invite/")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("#id_emails")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)
    page.locator("#id_emails").fill(f"uusi-{language}@example.fi")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("main")).to_contain_text(f"uusi-{language}@example.fi")
    assert_accessible(page)

    invitation = WorkspaceInvitation.objects.get(email=f"uusi-{language}@example.fi")
    visitor = new_browser_page(locale=LOCALES[language])
    visitor.goto(f"/{language}/extranet/invitations/{invitation.token}/")
    expect(visitor.locator("main")).to_contain_text(workspace.name)
    assert_accessible(visitor)
    invitations.cancel(invitation, owner.user)
    visitor.reload()
    expect(visitor.locator("h1")).to_be_visible()
    assert_accessible(visitor)
