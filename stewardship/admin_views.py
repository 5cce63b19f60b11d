"""Admin views for page reviews: mark a page reviewed (only for users who may edit the page)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.log_actions import log
from wagtail.models import Page

from .reviews import mark_reviewed, review_of

MARK_REVIEWED_ACTION = "stewardship.mark_reviewed"


def can_review(page, user):
    return page.permissions_for_user(user).can_edit()


def editable_page_or_403(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not can_review(page, request.user):
        raise PermissionDenied
    return page


@require_http_methods(["GET", "POST"])
def mark_page_reviewed(request, page_id):
    page = editable_page_or_403(request, page_id).specific
    if request.method == "POST":
        review = mark_reviewed(page, request.user)
        log(instance=page, action=MARK_REVIEWED_ACTION, user=request.user)
        messages.success(
            request,
            _("“%(page)s” marked as reviewed. Next review by %(date)s.")
            % {"page": page.get_admin_display_title(), "date": date_format(review.review_by)},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    title = _("Mark as reviewed")
    return TemplateResponse(
        request,
        "stewardship/admin/review_mark.html",
        {
            "page": page,
            "review": review_of(page),
            "page_title": title,
            "header_title": title,
            "header_icon": "tick",
            "cancel_url": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        },
    )
