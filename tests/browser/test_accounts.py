"""The account pages in three languages: signing in and up, password reset, and the account
settings with two-factor set-up, each checked with axe-core."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from django.contrib.auth.models import User

from .accounts import log_in, totp_code
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

PASSWORD = "Tili-sivujen-salasana-42"  # noqa: S105 - test password
HEADINGS = {
    "login": {"fi": "Kirjaudu sisään", "sv": "Logga in", "en": "Sign In"},
    "email": {"fi": "Sähköpostiosoite", "sv": "Epost-adress", "en": "Email Address"},
}


def account_holder(language):
    """A verified account without two-factor authentication, made for this test."""
    email = f"tili-{language}@example.fi"
    user, created = User.objects.get_or_create(username=f"tili-{language}", email=email)
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    Authenticator.objects.filter(user=user).delete()
    return user


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_account_pages_are_accessible(browser_page, language):
    page = browser_page
    page.goto(f"/{language}/accounts/login/")
    expect(page.locator("h1")).to_have_text(HEADINGS["login"][language])
    assert_accessible(page)

    page.locator("#id_login").fill("ei-ketaan@example.fi")
    page.locator("#id_password").fill("väärin")
    page.locator("form:has(#id_login) button[type=submit]").first.click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)

    page.goto(f"/{language}/accounts/signup/")
    page.locator("form:has(#id_email) button[type=submit]").first.click()
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.goto(f"/{language}/accounts/password/reset/")
    assert_accessible(page)

    user = account_holder(language)
    log_in(page, user.email, PASSWORD, language=language)
    for path in ("email/", "password/change/", "2fa/"):
        page.goto(f"/{language}/accounts/{path}")
        expect(page.locator(".account-nav [aria-current=page]")).to_be_visible()
        assert_accessible(page)
    expect(page.locator("h1")).not_to_be_empty()

    # The page asking for the password again (two-factor settings, once the sign-in isn't
    # recent); signed in moments ago, the settings open straight away.
    page.goto(f"/{language}/accounts/reauthenticate/")
    expect(page.locator("#id_password")).to_be_visible()
    assert_accessible(page)
    page.goto(f"/{language}/accounts/2fa/totp/activate/")
    expect(page.locator("img.totp-setup__qr")).to_be_visible()
    assert_accessible(page)
    secret = page.locator("#authenticator_secret").inner_text().strip()
    page.locator("#id_code").fill(totp_code(secret))
    page.locator("form:has(#id_code) button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/"))
    assert_accessible(page)
    page.goto(f"/{language}/accounts/2fa/")
    assert_accessible(page)
