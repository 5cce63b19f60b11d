"""A member reports a post and a moderator finds it in the admin queue: axe-core on the report
form in Finnish, Swedish and English, and on the admin queue and report pages in English."""

import re

import pytest
from playwright.sync_api import expect

from extranet.models import Report
from extranet.workspaces import services as service
from tests.extranet.builders import PASSWORD, discussion_in, make_member, make_staff

from .accounts import log_in, log_in_to_admin
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
REPORTED = {
    "fi": "Ostakaa halpoja kelloja osoitteesta example.com",
    "sv": "Köp billiga klockor på example.com",
    "en": "Buy cheap watches at example.com",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_member_reports_a_post_and_a_moderator_finds_it(new_browser_page, language):
    owner = make_member(email=f"ilmoitus-omistaja-{language}@example.fi").user
    ws = service.create(owner, name=f"Ilmoitusten työtila {language}", language=language)
    post = discussion_in(ws, owner, text=REPORTED[language])[0]
    reporter = make_member(
        email=f"ilmoittaja-{language}@example.fi", first_name="Irja", language=language
    )
    service.join(ws, reporter.user)
    page = new_browser_page(locale=LOCALES[language])
    log_in(page, reporter.user.email, PASSWORD, language=language)

    back = f"/{language}/extranet/workspaces/{ws.slug}/"
    page.goto(f"/{language}/extranet/workspaces/{ws.slug}/posts/{post.pk}/report/?next={back}")
    expect(page.locator("main blockquote")).to_contain_text(REPORTED[language])
    assert_accessible(page)

    page.locator("#id_message").fill("Mainostaa kauppaa")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_message")).to_have_value("Mainostaa kauppaa")
    assert_accessible(page)

    page.locator("input[name=reason][value=spam]").check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(back)}$"))
    assert_accessible(page)
    report = Report.objects.get(post=post)
    assert report.message == "Mainostaa kauppaa"

    page.goto(f"/{language}/extranet/workspaces/{ws.slug}/posts/{post.pk}/report/")
    expect(page.locator(".report-done")).to_be_visible()
    assert_accessible(page)

    if language != "en":
        return
    moderator = make_staff("moderaattori-selain@example.fi", first_name="Moona")
    moderator.set_password(PASSWORD)
    moderator.save()
    admin = new_browser_page(locale="en-GB")
    log_in_to_admin(admin, moderator, PASSWORD)
    admin.goto("/admin/extranet/reports/?status=open")
    expect(admin.locator("main")).to_contain_text(REPORTED[language])
    assert_accessible(admin)
    admin.goto(f"/admin/extranet/reports/{report.pk}/")
    expect(admin.locator("main blockquote")).to_contain_text(REPORTED[language])
    assert_accessible(admin)
    admin.goto(f"/admin/extranet/reports/{report.pk}/hide/")
    admin.locator("main form button[type=submit]").click()
    expect(admin.locator(".messages")).to_contain_text("The content is hidden.")
    assert_accessible(admin)
    post.refresh_from_db()
    assert post.hidden_at is not None
