"""The extranet home: what a member sees first after signing in."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from extranet.access import member_required
from extranet.models import ExtranetAnnouncement, MemberProfile, ProfileRegion
from extranet.workspaces.discussions import services as discussions
from extranet.workspaces.services import my_workspaces

NEWCOMERS = 6
ANNOUNCEMENTS = 5


def region_newcomers(profile, limit=NEWCOMERS):
    """The newest active members who work in any of `profile`'s regions, newest first."""
    codes = profile.region_codes
    if not codes:
        return []
    in_region = ProfileRegion.objects.filter(profile=OuterRef("pk"), code__in=codes)
    return list(
        MemberProfile.objects.active()
        .filter(Exists(in_region))
        .exclude(pk=profile.pk)
        .select_related("user", "organisation")
        .prefetch_related("regions")
        .order_by("-member_since", "-pk")[:limit]
    )


def current_announcements(limit=ANNOUNCEMENTS):
    """Published extranet news in the reader's language; an item not yet translated into it is
    shown in the default language."""
    now = timezone.now()
    published = ExtranetAnnouncement.objects.filter(is_published=True, published_at__lte=now)
    active = Locale.get_active()
    translated = published.filter(locale=active)
    if active.language_code == get_supported_content_language_variant(settings.LANGUAGE_CODE):
        chosen = translated
    else:
        chosen = published.filter(
            Q(locale=active)
            | (
                Q(locale=Locale.get_default())
                & ~Q(translation_key__in=translated.values("translation_key"))
            )
        )
    return list(chosen.select_related("locale").order_by("-published_at", "-pk")[:limit])


def workspaces_with_unread(user):
    """The member's active workspaces, each with `unread`: messages they haven't read."""
    workspaces = my_workspaces(user)
    unread = discussions.unread_by_workspace(user, [workspace.pk for workspace in workspaces])
    for workspace in workspaces:
        workspace.unread = unread.get(workspace.pk, 0)
    return workspaces


@member_required
def home(request):
    profile = request.user.member_profile  # already fetched by the membership gate
    return TemplateResponse(
        request,
        "extranet/home.html",
        {
            "profile": profile,
            "newcomers": region_newcomers(profile),
            "announcements": current_announcements(),
            "workspaces": workspaces_with_unread(request.user),
            "extranet_section": "home",
        },
    )
