"""Signing in through the site's own (allauth) pages in browser tests."""

import re
import time
from urllib.parse import urlencode

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
    """A code allauth has not seen yet: it accepts each code once, and the test settings
    (MFA_TOTP_TOLERANCE = 1) accept the codes of the previous and the next 30-second period too.
    The code is this period's or the next one's, never the previous one's: that one would stop
    working if the period ended before the form was sent. So two sign-ins fit in one period; a
    third waits for the next one."""
    while True:
        now = int(time.time()) // 30
        counter = max(now, _last_counter.get(secret, now - 1) + 1)
        if counter <= now + 1:
            break
        time.sleep(30 - time.time() % 30 + 0.5)
    _last_counter[secret] = counter
    return format_hotp_value(hotp_value(secret, counter))


def log_in(page, email, password, totp_secret=None, next_url=None, language="fi"):
    """Sign in on the login page; with a TOTP secret, answer the two-factor step too."""
    query = f"?{urlencode({'next': next_url})}" if next_url else ""
    page.goto(f"/{language}/accounts/login/{query}")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    # The form's own button: the header may hold another form (sign out).
    page.locator("form:has(#id_login) button[type=submit]").first.click()
    if totp_secret:
        page.locator("#id_code").fill(totp_code(totp_secret))
        # The first button signs in; the form's last one cancels (signs out).
        page.locator("form:has(#id_code) button[type=submit]").first.click()
    expect(page).not_to_have_url(re.compile(r"/accounts/(login|2fa/authenticate)/"))


def log_in_to_admin(page, user, password):
    """Staff sign in through allauth with their authenticator code and land in the admin."""
    secret = enable_totp(user)
    log_in(page, user.email, password, totp_secret=secret, next_url="/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
