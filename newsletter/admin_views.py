"""The editors' side of the newsletter: send a test to oneself, send an issue to subscribers."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import messages

from . import sending
from .emails import issue_message
from .models import NewsletterIssuePage

SEND_PERMISSION = "newsletter.send_issue"


def can_send(user):
    return user.is_active and (user.is_superuser or user.has_perm(SEND_PERMISSION))


def issue_for(request, issue_id):
    if not can_send(request.user):
        raise PermissionDenied
    issue = get_object_or_404(NewsletterIssuePage, pk=issue_id)
    if not issue.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return issue.get_latest_revision_as_object() if request.method == "POST" else issue


def edit_url(issue):
    return reverse("wagtailadmin_pages:edit", args=(issue.pk,))


def send_test(request, issue_id):
    """Send the latest draft of the issue to the editor's own address."""
    issue = issue_for(request, issue_id)
    if request.method == "POST":
        if not request.user.email:
            messages.error(request, _("Your account has no email address."))
        else:
            from .models import Subscriber

            sample = Subscriber(email=request.user.email, language=issue.language)
            message = issue_message(issue, sample)
            message.subject = _("[Test] %(subject)s") % {"subject": message.subject}
            message.send()
            messages.success(
                request, _("A test was sent to %(email)s.") % {"email": request.user.email}
            )
        return redirect(edit_url(issue))
    return TemplateResponse(
        request,
        "newsletter/admin/confirm_send.html",
        {"issue": issue, "test": True, "edit_url": edit_url(issue)},
    )


def send_to_subscribers(request, issue_id):
    """After the editor confirms, send the published issue to its language's subscribers."""
    issue = issue_for(request, issue_id)
    if not issue.live:
        messages.error(request, _("Publish the issue before sending it."))
        return redirect(edit_url(issue))
    # What is sent, and whether it was, is the published issue, not the latest draft.
    live = NewsletterIssuePage.objects.get(pk=issue.pk)
    if live.sending_finished_at:
        messages.warning(request, _("This issue has already been sent."))
        return redirect(edit_url(issue))
    if not live.has_content:
        messages.error(
            request,
            _("The issue has no content: add an introduction or text before sending it."),
        )
        return redirect(edit_url(issue))
    if request.method == "POST":
        sending.start_sending(live, request.user)
        messages.success(
            request,
            _("Sending started. Subscribers receive the issue during the next few minutes."),
        )
        return redirect(edit_url(issue))
    return TemplateResponse(
        request,
        "newsletter/admin/confirm_send.html",
        {
            "issue": issue,
            "test": False,
            "edit_url": edit_url(issue),
            "recipient_count": sending.waiting(issue).count(),
            "resuming": issue.sending_in_progress,
        },
    )
