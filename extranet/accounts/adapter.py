"""allauth adapted to the Partnership Platform: where people land after signing in, how account
emails name the site, whose address a sign-in attempt comes from, and the
rule that staff keep two-factor authentication on.

Account enumeration is prevented by allauth itself (ACCOUNT_PREVENT_ENUMERATION): signing up with
a taken address and resetting the password of an unknown one answer exactly as for any other
address, and say the rest by email. Nothing here may undo that: no message of these hooks tells
whether an address has an account, and sign-up takes as long for a taken address as for a new
one (it hashes the password either way; the email is queued either way).
"""

import time
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from extranet.middleware import must_keep_two_factor
from home.ratelimits import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """allauth's account handling, adapted to the Partnership Platform."""

    def get_login_redirect_url(self, request):
        # Only when no safe ?next= was given (allauth honours that first, staff included): the
        # extranet home, whose gate sends non-members on to their application or status page.
        return reverse("extranet:home")

    def send_mail(self, template_prefix, email, context_data):
        # allauth's emails greet from `current_site.name`; without django.contrib.sites that
        # would be the bare host name. The language is the one the person is using the site in.
        # Sending only queues the message (home.mail), so a mail server that is down or slow
        # neither fails nor delays sign-up, sign-in or a password reset.
        request = context.request
        site = SimpleNamespace(
            name=settings.WAGTAIL_SITE_NAME,
            domain=request.get_host() if request is not None else settings.WAGTAIL_SITE_NAME,
        )
        return super().send_mail(template_prefix, email, {"current_site": site, **context_data})

    def is_safe_url(self, url):
        # allauth reads the host out of ?next= before Django's check, and a next that isn't an
        # address at all (http://[::1) made that a server error; it is simply not followed.
        try:
            urlsplit(url)
        except ValueError:
            return False
        return super().is_safe_url(url)

    def get_client_ip(self, request):
        # The one idea of the visitor's address (CLIENT_IP_HEADER / TRUSTED_PROXY_COUNT), which
        # the site's own limits use too.
        return client_ip(request)

    def is_reauthentication_required(self, *, app, **kwargs):
        # Two-factor settings ask for the password again only when the sign-in isn't recent
        # (ACCOUNT_REAUTHENTICATION_TIMEOUT): staff sent to set up an authenticator right after
        # signing in just signed in. allauth itself counts only a confirmation, not the sign-in.
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = context.request
        if app == "allauth.mfa" and request is not None and request.user.is_authenticated:
            records = get_authentication_records(request, request.user)
            latest = max((record["at"] for record in records), default=0)
            return time.time() - latest >= account_settings.REAUTHENTICATION_TIMEOUT
        return True

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth counts failed sign-ins per address ("ip") and per this key. A key of the
        # account alone would let anyone lock its owner out from elsewhere with a few wrong
        # passwords; with the address in it, only attempts from the same address count together.
        login = credentials.get("email", credentials.get("username", "")).lower()
        return f"{client_ip(request)}:{login}"


class MFAAdapter(DefaultMFAAdapter):
    """Two-factor authentication for everyone, which staff who reach the admin must keep on."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Staff who can use the administration must keep two-factor authentication on. "
            "Ask an administrator to remove your administration rights first."
        ),
    }

    def can_delete_authenticator(self, authenticator):
        if authenticator.type == Authenticator.Type.TOTP and must_keep_two_factor(
            authenticator.user
        ):
            return False
        return super().can_delete_authenticator(authenticator)


def user_display(user):
    """How allauth names the person ("Signed in as …"): their name, else their address, never
    the internal username (ACCOUNT_USER_DISPLAY)."""
    return user.get_full_name() or user.email or user.get_username()


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form with its honeypot field made CSP-proof and labelled: allauth hides
    it with an inline style, which the site's CSP blocks. The template hides it instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.honeypot_field = account_settings.SIGNUP_FORM_HONEYPOT_FIELD or ""
        if self.honeypot_field in self.fields:
            field = self.fields[self.honeypot_field]
            field.label = _("Leave this field empty")
            field.widget.attrs.pop("style", None)
            field.widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs a password hash; so must a taken address, or the answer's
            # timing would tell that the address has an account.
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)
