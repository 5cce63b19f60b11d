"""Members report a post or a file to the moderators: a short form, then back to where they
were. Thin views over extranet.moderation.services; whoever may not read the item gets 404."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from extranet.access import member_required
from extranet.models import Post, WorkspaceFile
from extranet.moderation import services as moderation
from extranet.moderation.forms import ReportForm
from extranet.workspaces.services import visible_workspace


def _back(request, default):
    """Where the member came from (`next`, an address on this site), else the item itself."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _report(request, workspace, item, default_back, section):
    if not moderation.can_report(request.user, item):
        raise Http404
    back = _back(request, default_back)
    already = moderation.waiting_report(request.user, item)
    if request.method == "POST":
        if already:
            messages.info(
                request, _("You have already reported this. The moderators will look at it.")
            )
            return redirect(back)
        form = ReportForm(request.POST)
        if form.is_valid():
            try:
                moderation.report(
                    request.user, item, form.cleaned_data["reason"], form.cleaned_data["message"]
                )
            except moderation.ModerationError as error:
                messages.info(request, str(error))
            else:
                messages.success(
                    request, _("Thank you for your report. The moderators will look at it.")
                )
            return redirect(back)
        status = 400
    else:
        form = ReportForm()
        status = 200
    return TemplateResponse(
        request,
        "extranet/workspaces/report.html",
        {
            "extranet_section": "workspaces",
            "workspace": workspace,
            "current": section,
            "can_manage": workspace.can_manage(request.user),
            "item": item,
            "is_post": isinstance(item, Post),
            "form": form,
            "already": already,
            "back": back,
        },
        status=status,
    )


@member_required
def report_post(request, slug, pk):
    workspace = visible_workspace(request, slug)
    post = get_object_or_404(
        Post.objects.select_related("discussion", "author"), pk=pk, discussion__workspace=workspace
    )
    post.discussion.workspace = workspace
    return _report(
        request,
        workspace,
        post,
        reverse("extranet:post_link", args=[workspace.slug, post.pk]),
        "discussions",
    )


@member_required
def report_file(request, slug, pk):
    workspace = visible_workspace(request, slug)
    item = get_object_or_404(WorkspaceFile, pk=pk, workspace=workspace)
    item.workspace = workspace
    return _report(
        request,
        workspace,
        item,
        reverse("extranet:file_detail", args=[workspace.slug, item.pk]),
        "files",
    )
