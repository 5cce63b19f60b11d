from allauth.mfa.models import Authenticator

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _


def has_two_factor(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class AdminRequiresTwoFactorMiddleware:
    """Staff reach the Wagtail admin only with two-factor authentication switched on; without it
    they are sent to set up an authenticator app first (allauth has no switch for this)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        user = getattr(request, "user", None)
        if (
            settings.ADMIN_REQUIRES_TWO_FACTOR
            and request.path.startswith(self.admin_prefix)
            and user is not None
            and user.is_authenticated
            and not request.path.startswith(reverse("wagtailadmin_logout"))
            and not has_two_factor(user)
        ):
            messages.warning(
                request,
                _("The administration requires two-factor authentication. Set it up to continue."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
