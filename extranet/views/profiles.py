"""Members' profiles: editing one's own, seeing others', photos, and one's own data."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from ..access import member_required
from ..forms import DeleteAccountForm, ProfileForm, topic_names
from ..models import MemberProfile
from ..photos import private_image_response
from ..privacy import delete_member, export_member_data


@member_required
def profile_edit(request):
    profile = request.user.member_profile
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("extranet:profile_edit")
        response_status = 400
    else:
        form = ProfileForm(instance=profile)
        response_status = 200
    return TemplateResponse(
        request,
        "extranet/profile_edit.html",
        {"form": form, "profile": profile, "extranet_section": "profile"},
        status=response_status,
    )


@member_required
def member_detail(request, pk):
    """A member's profile as other members see it; one's own too, so that a member sees exactly
    what others see (details hidden from others are hidden here as well)."""
    profile = get_object_or_404(
        MemberProfile.objects.active()
        .select_related("user", "organisation")
        .prefetch_related("regions", "languages", "topics"),
        pk=pk,
    )
    own = profile.user_id == request.user.pk
    # The viewer whose eyes decide what is shown: on one's own page, any other member's.
    audience = None if own else request.user
    topics = list(profile.topics.all())
    names = topic_names(topics)
    return TemplateResponse(
        request,
        "extranet/member_detail.html",
        {
            "profile": profile,
            "own": own,
            "shows_email": profile.shows_email_to(audience),
            "shows_phone": profile.shows_phone_to(audience),
            "expertise": sorted((names[topic.pk] for topic in topics), key=str.casefold),
            "extranet_section": "profile" if own else "directory",
        },
    )


@require_GET
@member_required
def member_photo(request, pk):
    """An active member's photo, for members only: streamed from private storage, cached only
    in the member's own browser."""
    profile = get_object_or_404(MemberProfile.objects.active().exclude(photo=""), pk=pk)
    return private_image_response(profile.photo)


# Own data: open to every signed-in person, not only members. An applicant, or a person whose
# membership was denied or ended, has the same right to see and erase what is held about them,
# and these pages show nothing but their own data.


@never_cache
@login_required
def data_export(request):
    data = export_member_data(request.user)
    data["exported_at"] = timezone.now().isoformat()
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"kotoutuminen-my-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
@login_required
def delete_account(request):
    """Confirm with the password, then delete the account and everything personal about it."""
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST":
        if form.is_valid():
            user = request.user
            logout(request)
            delete_member(user)
            messages.success(
                request, _("Your account and your personal data have been deleted. Thank you.")
            )
            return redirect(f"/{request.LANGUAGE_CODE}/")
        response_status = 400
    else:
        response_status = 200
    return TemplateResponse(
        request,
        "extranet/delete_account.html",
        {"form": form, "extranet_section": "profile"},
        status=response_status,
    )
