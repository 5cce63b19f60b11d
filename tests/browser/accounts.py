"""Signing in through the site's own (allauth) pages in browser tests."""

import re
import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from playwright.sync_api import expect


def enable_totp(user):
    """Switch on two-factor authentication for the user; returns the authenticator's secret."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing:
        return existing.data["secret"]
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


_last_counter = {}


def totp_code(secret):
    """A code that has not been used yet: allauth accepts each code once, and the test settings
    accept the next period's code too (MFA_TOTP_TOLERANCE)."""
    counter = max(int(time.time()) // 30, _last_counter.get(secret, -1) + 1)
    _last_counter[secret] = counter
    return format_hotp_value(hotp_value(secret, counter))


def log_in(page, email, password, totp_secret=None, next_url=None):
    """Sign in on the login page; with a TOTP secret, answer the two-factor step too."""
    page.goto("/fi/accounts/login/" + (f"?next={next_url}" if next_url else ""))
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").last.click()
    if totp_secret:
        page.locator("#id_code").fill(totp_code(totp_secret))
        page.locator("form button[type=submit]").last.click()
    expect(page).not_to_have_url(re.compile(r"/accounts/(login|2fa/authenticate)/"))


def log_in_to_admin(page, user, password):
    """Staff sign in through allauth with their authenticator code and land in the admin."""
    secret = enable_totp(user)
    log_in(page, user.email, password, totp_secret=secret, next_url="/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
