"""Who may enter the extranet: the one place that decides, used by every extranet view."""

from enum import StrEnum
from functools import wraps

from allauth.account.models import EmailAddress

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control


class Standing(StrEnum):
    ANONYMOUS = "anonymous"
    UNVERIFIED = "unverified"  # signed in, but no verified email address
    NOT_APPLIED = "not-applied"  # verified, no membership application yet
    PENDING = "pending"
    DENIED = "denied"
    SUSPENDED = "suspended"
    ENDED = "ended"
    MEMBER = "member"


def standing(user):
    """Where a person stands with the Partnership Platform; only MEMBER gets in."""
    if not user.is_authenticated:
        return Standing.ANONYMOUS
    if not user.is_active:
        return Standing.SUSPENDED
    cached = getattr(user, "_extranet_standing", None)
    if cached is not None:
        return cached
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        result = Standing.UNVERIFIED
    else:
        profile = getattr(user, "member_profile", None)
        if profile is None:
            result = Standing.NOT_APPLIED
        elif profile.status == profile.Status.APPROVED:
            result = Standing.MEMBER
        else:
            result = Standing(profile.status)
    user._extranet_standing = result
    return result


def member_required(view):
    """Lets approved, active members through; sends everyone else where they belong: anonymous
    visitors to login and back, applicants to their application or status page."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        current = standing(request.user)
        if current == Standing.MEMBER:
            response = view(request, *args, **kwargs)
            if not response.has_header("Cache-Control"):
                # Members' pages must never be kept by a shared cache or proxy.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        if current == Standing.ANONYMOUS:
            return redirect_to_login(request.get_full_path())
        if current == Standing.NOT_APPLIED:
            return redirect("extranet:apply")
        return redirect("extranet:status")

    return guarded
