"""Becoming a member: the application form and the page that tells a person where they stand."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from .. import membership
from ..access import Standing, standing
from ..forms import ApplicationForm

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
