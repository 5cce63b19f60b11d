"""Members' own pages: applying and the status page, the profile, photos, one's own data and
deleting the account; the contact-person directory, the organisations directory and proposing
an organisation."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from extranet.access import Standing, member_required, standing
from extranet.members import directory as service
from extranet.members import membership
from extranet.members.forms import (
    ApplicationForm,
    DeleteAccountForm,
    OrganisationFilterForm,
    ProfileForm,
    ProposeOrganisationForm,
    topic_names,
)
from extranet.members.photos import private_image_response
from extranet.members.privacy import delete_member, export_member_data
from extranet.models import MemberProfile, Organisation
from home.pagination import page_of

# Where a person who should not see a page goes instead.
_AWAY_FROM_APPLICATION = {
    Standing.UNVERIFIED: "account_email",
    Standing.MEMBER: "extranet:home",
}


@login_required
def apply(request):
    """The membership application, sent once by a person with a verified email address."""
    current = standing(request.user)
    if current != Standing.NOT_APPLIED:
        return redirect(_AWAY_FROM_APPLICATION.get(current, "extranet:status"))

    data = request.POST if request.method == "POST" else None
    form = ApplicationForm(data, user=request.user)
    if request.method == "POST":
        if form.is_valid():
            profile = form.save(language=request.LANGUAGE_CODE)
            profile.refresh_search_document()
            membership.application_received(profile)
            return redirect("extranet:status")
        status = 400
    else:
        status = 200
    return TemplateResponse(request, "extranet/apply.html", {"form": form}, status=status)


@login_required
def status(request):
    """Where the person stands: email not yet verified, application waiting, or membership
    denied, suspended or ended (with the administrators' message). Members go to the
    extranet home, and people who have not applied to the application form."""
    current = standing(request.user)
    if current == Standing.MEMBER:
        return redirect("extranet:home")
    if current == Standing.NOT_APPLIED:
        return redirect("extranet:apply")
    profile = getattr(request.user, "member_profile", None)
    return TemplateResponse(
        request,
        "extranet/status.html",
        {"standing": current.value, "profile": profile},
    )


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


ORGANISATIONS_PER_PAGE = 30
# The card other parts of the extranet show for a member; ours if that one is not there.
CARD_TEMPLATES = ["extranet/includes/member_card.html", "extranet/includes/directory_result.html"]


@member_required
def directory(request):
    topics = service.topic_options()
    search = service.search_from_params(request.user, request.GET, topics)
    page_obj = search.page(request)
    return TemplateResponse(
        request,
        "extranet/directory.html",
        {
            "extranet_section": "directory",
            "search": search,
            "facets": search.facets(topics),
            "sorts": _sort_choices(),
            "page_obj": page_obj,
            "page_range": _page_range(page_obj),
            "profiles": page_obj.object_list,
            "result_count": page_obj.paginator.count,
            "card_templates": CARD_TEMPLATES,
            "viewer": request.user,
        },
    )


def _page_range(page_obj):
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


def _sort_choices():
    return [
        (service.Sort.RELEVANCE, _("Best match")),
        (service.Sort.NAME, _("Name")),
        (service.Sort.NEWEST, _("Newest members first")),
    ]


@member_required
def organisations(request):
    form = OrganisationFilterForm(request.GET)
    # Unknown values are ignored: the listing shows what the valid choices give.
    chosen = form.cleaned_data if form.is_valid() else {}
    listed = service.listed_organisations(
        query=service.clean_query(request.GET.get("q", "")),
        sector=chosen.get("sector", ""),
        region=chosen.get("region", ""),
    )
    page_obj = page_of(request, listed, ORGANISATIONS_PER_PAGE)
    return TemplateResponse(
        request,
        "extranet/organisations.html",
        {
            "extranet_section": "organisations",
            "form": form,
            "is_filtered": any(request.GET.get(name) for name in ("q", "sector", "region")),
            "page_obj": page_obj,
            "page_range": _page_range(page_obj),
            "organisations": page_obj.object_list,
            "result_count": page_obj.paginator.count,
        },
    )


@member_required
def organisation_detail(request, slug):
    organisation = get_object_or_404(
        Organisation.objects.filter(status=Organisation.Status.APPROVED), slug=slug
    )
    page_obj = page_of(request, service.organisation_members(organisation), service.PER_PAGE)
    return TemplateResponse(
        request,
        "extranet/organisation_detail.html",
        {
            "extranet_section": "organisations",
            "organisation": organisation,
            "page_obj": page_obj,
            "page_range": _page_range(page_obj),
            "profiles": page_obj.object_list,
            "result_count": page_obj.paginator.count,
            "card_templates": CARD_TEMPLATES,
            "viewer": request.user,
        },
    )


@require_http_methods(["GET", "POST"])
@member_required
def propose_organisation(request):
    form = ProposeOrganisationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        organisation, created = service.propose_organisation(request.user, **form.cleaned_data)
        if organisation.status == Organisation.Status.APPROVED:
            messages.info(
                request,
                gettext("%(name)s is already in the register. You can choose it in your profile.")
                % {"name": organisation.name},
            )
            return redirect("extranet:organisation_detail", slug=organisation.slug)
        if organisation.status == Organisation.Status.REJECTED:
            messages.info(
                request,
                gettext(
                    "%(name)s has been reviewed and is not in the register. If you think this "
                    "is a mistake, please contact the administrators."
                )
                % {"name": organisation.name},
            )
            return redirect("extranet:organisations")
        if created:
            messages.success(
                request,
                gettext(
                    "Thank you. %(name)s was proposed, and an administrator will review it. "
                    "You can already choose it in your profile."
                )
                % {"name": organisation.name},
            )
        else:
            messages.info(
                request,
                gettext("%(name)s has already been proposed, and an administrator will review it.")
                % {"name": organisation.name},
            )
        return redirect("extranet:profile_edit")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "extranet/propose_organisation.html",
        {"extranet_section": "organisations", "form": form},
        status=status,
    )
