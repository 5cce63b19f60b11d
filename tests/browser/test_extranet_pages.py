"""The member-facing extranet pages in each language, checked by axe-core: a member's home,
profile form (also with errors), own profile page and account deletion; an applicant's status
page; and the application form of a newcomer whose address is verified."""

import re

import pytest
from playwright.sync_api import expect

from extranet.models import MemberProfile, Visibility
from home.models import Topic
from tests.extranet.builders import PASSWORD, make_member, make_user

from .accounts import log_in
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

SAVE = {"fi": "Tallenna profiili", "sv": "Spara profilen", "en": "Save the profile"}
SEND = {"fi": "Lähetä hakemus", "sv": "Skicka ansökan", "en": "Send the application"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_member_and_applicant_pages_are_accessible(new_browser_page, demo_server, language):
    member = make_member(
        email=f"sivut.jasen.{language}@example.fi",
        first_name="Kaisa",
        last_name="Kumppani",
        organisation="Tampereen kaupunki",
        region=["pirkanmaa", "uusimaa"],
        topics=list(Topic.objects.filter(locale__language_code="fi")[:2]),
        languages=["fi", "sv"],
        phone="+358 40 555 0101",
        phone_visibility=Visibility.MEMBERS,
        bio="Ohjaan työnhakijoita ja kehitän kotoutumispalveluja.",
    )
    make_member(first_name="Niklas", last_name="Naapuri", region="pirkanmaa")
    applicant = make_member(
        MemberProfile.Status.PENDING, email=f"sivut.hakija.{language}@example.fi"
    )
    newcomer = make_user(f"sivut.uusi.{language}@example.fi")

    page = new_browser_page()
    log_in(page, member.user.email, PASSWORD)
    page.goto(f"/{language}/extranet/")
    expect(page.locator("h1")).to_contain_text("Kaisa")
    expect(page.locator(".member-list")).to_contain_text("Niklas Naapuri")
    assert_accessible(page)

    page.goto(f"/{language}/extranet/profile/")
    expect(page.locator("#id_phone")).to_have_value("+358 40 555 0101")
    assert_accessible(page)
    page.locator("#id_first_name").fill("")
    page.get_by_role("button", name=SAVE[language]).click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_bio")).to_have_value(re.compile("Ohjaan työnhakijoita"))
    assert_accessible(page)

    page.goto(f"/{language}/extranet/members/{member.pk}/")
    expect(page.locator(".member-profile__own")).to_be_visible()
    assert_accessible(page)

    page.goto(f"/{language}/extranet/profile/delete/")
    assert_accessible(page)

    pending = new_browser_page()
    log_in(pending, applicant.user.email, PASSWORD)
    pending.goto(f"/{language}/extranet/status/")
    expect(pending.locator(".status-page--pending")).to_be_visible()
    assert_accessible(pending)

    applying = new_browser_page()
    log_in(applying, newcomer.email, PASSWORD)
    applying.goto(f"/{language}/extranet/apply/")
    assert_accessible(applying)
    applying.get_by_role("button", name=SEND[language]).click()
    expect(applying.locator(".error-summary")).to_be_visible()
    assert_accessible(applying)
