from urllib.parse import urlencode

from allauth.mfa.models import Authenticator

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

ADMIN_PERMISSION = "wagtailadmin.access_admin"
TWO_FACTOR_NEXT = "two_factor_next"  # session key: the admin page staff were going to


def has_two_factor(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def reaches_admin(user):
    """Whether the account is staff that can open the Wagtail admin."""
    return user.is_authenticated and user.is_active and user.has_perm(ADMIN_PERMISSION)


def must_keep_two_factor(user):
    """Staff who reach the admin must not switch two-factor authentication off."""
    return settings.ADMIN_REQUIRES_TWO_FACTOR and reaches_admin(user)


class AdminRequiresTwoFactorMiddleware:
    """Staff reach the Wagtail admin only with two-factor authentication switched on; without it
    they are sent to set up an authenticator app first (allauth has no switch for this).

    Signed-in people without admin access get a plain 403 here: Wagtail would send them to the
    login page, which sends a signed-in person straight back to `next`, the admin, and round.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            refusal = self.refuse(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    def refuse(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None  # Wagtail sends anonymous visitors to the (allauth) login page
        if request.path_info.startswith(reverse("wagtailadmin_logout")):
            return None
        if not user.has_perm(ADMIN_PERMISSION):
            raise PermissionDenied
        if not settings.ADMIN_REQUIRES_TWO_FACTOR or has_two_factor(user):
            return None
        # Admin API and other background requests get no page to follow: refuse them outright.
        if request.method not in ("GET", "HEAD") or _wants_data(request):
            raise PermissionDenied
        messages.warning(
            request,
            _("The administration requires two-factor authentication. Set it up to continue."),
        )
        # Where they were going: the recovery codes page, after activation, leads there.
        request.session[TWO_FACTOR_NEXT] = request.get_full_path()
        return redirect(
            f"{reverse('mfa_activate_totp')}?{urlencode({'next': request.get_full_path()})}"
        )


def _wants_data(request):
    accept = request.headers.get("accept", "")
    return (
        request.headers.get("x-requested-with") == "XMLHttpRequest"
        or ("application/json" in accept and "text/html" not in accept)
        or request.path_info.startswith(reverse("wagtailadmin_home") + "api/")
    )
