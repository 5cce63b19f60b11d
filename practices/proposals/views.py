"""The member's side of good practice proposals: their list, the form (draft or submit), removing
an attachment and downloading one. Thin views over practices.proposals.services; everything is
the proposer's own: another member's proposal answers 404."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from extranet.access import member_required
from extranet.storage import download_response
from practices.models import PracticeProposal, ProposalAttachment
from practices.proposals import services
from practices.proposals.forms import ProposalForm


def _own(request, pk):
    return get_object_or_404(
        PracticeProposal.objects.filter(proposer=request.user).prefetch_related("attachments"),
        pk=pk,
    )


def _page(request, template, status=200, **context):
    return TemplateResponse(
        request,
        f"practices/proposals/{template}",
        {"extranet_section": "practices", **context},
        status=status,
    )


@member_required
def proposal_list(request):
    proposals = PracticeProposal.objects.filter(proposer=request.user).select_related("practice")
    return _page(request, "list.html", proposals=proposals)


def _form_view(request, proposal):
    submitting = request.method == "POST" and "submit" in request.POST
    if request.method == "POST":
        form = ProposalForm(request.POST, request.FILES, instance=proposal, submitting=submitting)
        if form.is_valid():
            step = services.submit if submitting else services.save_draft
            proposal = step(
                proposal, request.user, form_save=form.save_all, uploads=form.checked_uploads
            )
            if submitting:
                messages.success(
                    request, _("Thank you! Your proposal was sent to the expert panel for review.")
                )
                return redirect("practice_proposals:list")
            messages.success(request, _("Your draft was saved."))
            return redirect("practice_proposals:edit", proposal.pk)
        if request.FILES:
            messages.error(
                request,
                _(
                    "Nothing was saved. Files you chose this time were not kept: choose them "
                    "again after correcting the errors."
                ),
            )
    else:
        form = ProposalForm(instance=proposal)
    attachments = list(proposal.attachments.all()) if proposal.pk else []
    return _page(
        request,
        "form.html",
        status=400 if form.is_bound else 200,
        form=form,
        proposal=proposal,
        attachments=attachments,
    )


@member_required
def proposal_new(request):
    return _form_view(request, PracticeProposal())


@member_required
def proposal_edit(request, pk):
    proposal = _own(request, pk)
    if not proposal.is_editable_by_proposer:
        return _page(request, "not_editable.html", status=403, proposal=proposal)
    return _form_view(request, proposal)


@member_required
@require_POST
def attachment_remove(request, pk, attachment_pk):
    proposal = _own(request, pk)
    attachment = get_object_or_404(proposal.attachments, pk=attachment_pk)
    if not proposal.is_editable_by_proposer:
        return _page(request, "not_editable.html", status=403, proposal=proposal)
    services.remove_attachment(attachment, request.user)
    messages.success(
        request, _("The attachment “%(name)s” was removed.") % {"name": attachment.name}
    )
    return redirect("practice_proposals:edit", proposal.pk)


def attachment_response(attachment):
    return download_response(attachment.file, attachment.name, attachment.content_type)


@member_required
def attachment_download(request, pk, attachment_pk):
    proposal = _own(request, pk)
    return attachment_response(get_object_or_404(proposal.attachments, pk=attachment_pk))


def reviewer_download(request, attachment_pk):
    """For the admin's detail view: reviewers only (the admin view checks the permission)."""
    attachment = get_object_or_404(ProposalAttachment, pk=attachment_pk)
    if not services.can_read_attachments(request.user, attachment.proposal):
        raise Http404
    return attachment_response(attachment)
