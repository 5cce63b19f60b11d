"""A newcomer's whole way in: sign-up, the emailed verification link, the membership application,
an administrator's approval in the admin, the first visit to the extranet and a directory search
that finds a seeded colleague, with axe-core on each page the newcomer sees."""

import re
from urllib.parse import urlparse

from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from django.contrib.auth.models import Group, User
from django.core import mail

from extranet.models import MemberProfile
from tests.extranet.builders import PASSWORD

from .accounts import log_in_to_admin
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

NEWCOMER = "saara.tulokas@example.fi"


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


def link_in(message, path_part):
    match = re.search(rf"https?://\S*{re.escape(path_part)}\S*", message.body)
    assert match, message.body
    return urlparse(match.group(0)).path


def test_a_newcomer_signs_up_is_approved_and_finds_a_colleague(new_browser_page, demo_server):
    newcomer = new_browser_page()

    newcomer.goto("/fi/accounts/signup/")
    newcomer.locator("#id_email").fill(NEWCOMER)
    newcomer.locator("#id_password1").fill(PASSWORD)
    newcomer.locator("#id_password2").fill(PASSWORD)
    newcomer.locator("form:has(#id_email) button[type=submit]").click()
    expect(newcomer.locator("h1")).to_have_text(re.compile("Vahvista sähköpostiosoitteesi"))
    assert_accessible(newcomer)

    # The verification link, from the email the site really sent
    (verification,) = emails_to(NEWCOMER)
    newcomer.goto(link_in(verification, "/accounts/confirm-email/"))
    assert_accessible(newcomer)
    newcomer.locator("main form button[type=submit]").click()

    # Verified and signed in, but not a member yet: the application comes first
    expect(newcomer).to_have_url(re.compile(r"/fi/extranet/apply/$"))
    newcomer.locator("#id_first_name").fill("Saara")
    newcomer.locator("#id_last_name").fill("Tulokas")
    newcomer.locator("#id_organisation").select_option(label="Tampereen kaupunki")
    newcomer.locator("#id_job_title").fill("Kotoutumisen ohjaaja")
    newcomer.locator("#id_region").select_option("pirkanmaa")
    newcomer.locator("#id_sector").select_option("municipality")
    newcomer.locator("#id_motivation").fill("Haluan löytää kollegoja muista kunnista.")
    newcomer.locator("#id_consent").check()
    newcomer.get_by_role("button", name="Lähetä hakemus").click()
    expect(newcomer).to_have_url(re.compile(r"/fi/extranet/status/$"))
    expect(newcomer.locator("main")).to_contain_text("Hakemuksesi odottaa päätöstä")
    assert_accessible(newcomer)
    newcomer.goto("/fi/extranet/members/")
    expect(newcomer).to_have_url(re.compile(r"/fi/extranet/status/$"))

    # An administrator approves the application in the admin
    profile = MemberProfile.objects.get(user__email=NEWCOMER)
    administrator, _created = User.objects.get_or_create(
        username="jasenvastaava", email="jasenvastaava@example.fi"
    )
    administrator.set_password(PASSWORD)
    administrator.save()
    administrator.groups.add(Group.objects.get(name="Editors"))
    EmailAddress.objects.get_or_create(
        user=administrator, email=administrator.email, verified=True, primary=True
    )
    admin = new_browser_page()
    log_in_to_admin(admin, administrator, PASSWORD)
    admin.goto("/admin/extranet/members/?status=pending")
    admin.get_by_role("link", name="Saara Tulokas").first.click()
    expect(admin.locator("main")).to_contain_text("Haluan löytää kollegoja muista kunnista.")
    admin.goto(f"/admin/extranet/members/{profile.pk}/approve/")
    admin.locator("#id_message").fill("Tervetuloa Kumppanuusalustalle!")
    admin.locator("main form button[type=submit]").click()
    profile.refresh_from_db()
    assert profile.status == MemberProfile.Status.APPROVED

    # The newcomer hears of it by email, in Finnish, and walks in
    approval = emails_to(NEWCOMER)[-1]
    assert "Tervetuloa Kumppanuusalustalle!" in approval.body
    newcomer.goto(link_in(approval, "/extranet/"))
    expect(newcomer.locator("h1")).to_contain_text("Saara")
    assert_accessible(newcomer)

    # A seeded colleague, found by an inflected word of her expertise and a region filter
    newcomer.goto("/fi/extranet/members/")
    newcomer.locator("#directory-q").fill("kielenoppimisesta")
    newcomer.locator(".directory-facet summary").first.click()
    newcomer.locator('input[name="region"][value="pirkanmaa"]').check()
    newcomer.locator(".directory-search button[type=submit]").click()
    expect(newcomer.locator(".member-card", has_text="Laura Nieminen")).to_be_visible()
    assert_accessible(newcomer)
    newcomer.goto("/fi/extranet/members/?region=pirkanmaa&sector=municipality&sort=name")
    expect(newcomer.locator(".member-card", has_text="Laura Nieminen")).to_be_visible()
    expect(newcomer.locator(".member-card", has_text="Saara Tulokas")).to_be_visible()
