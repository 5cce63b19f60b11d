"""Admin views for page reviews: mark a page reviewed (only for users who may edit the page)."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .reviews import DUE_WITHIN_DAYS, due_reviews, mark_reviewed, owned_by, review_of

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


class ReviewReasonColumn(Column):
    """Why the page is in the list: overdue, due soon, or a law change since its last review."""

    def get_value(self, instance):
        reasons = []
        if instance.is_overdue:
            reasons.append(gettext("Overdue"))
        elif instance.review_by <= timezone.localdate() + datetime.timedelta(days=DUE_WITHIN_DAYS):
            reasons.append(gettext("Due soon"))
        reasons += [
            gettext("Change in law:") + " " + change.notice for change in instance.law_changes
        ]
        return "; ".join(reasons)


class PagesToReviewReportView(ReportView):
    """The live pages due for review within DUE_WITHIN_DAYS, overdue, or not reviewed since a law
    change that reaches them; `?owner=mine` keeps those the user answers for."""

    page_title = gettext_lazy("Pages to review")
    header_icon = "time"
    index_url_name = "pages_to_review_report"
    index_results_url_name = "pages_to_review_report_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        "page.title",
        "page.locale.language_code",
        "owner",
        "review_by",
        "last_reviewed_on",
    ]
    export_headings = {
        "page.title": gettext_lazy("Page"),
        "page.locale.language_code": gettext_lazy("Language"),
        "owner": gettext_lazy("Owner"),
        "review_by": gettext_lazy("Review by"),
        "last_reviewed_on": gettext_lazy("Last reviewed"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "page",
                label=gettext_lazy("Page"),
                get_url=lambda review: reverse("wagtailadmin_pages:edit", args=[review.page_id]),
            ),
            Column(
                "language", label=gettext_lazy("Language"), accessor="page.locale.language_code"
            ),
            Column("owner", label=gettext_lazy("Owner")),
            DateColumn("review_by", label=gettext_lazy("Review by")),
            DateColumn("last_reviewed_on", label=gettext_lazy("Last reviewed")),
            ReviewReasonColumn("reason", label=gettext_lazy("Why")),
        ]

    def get_queryset(self):
        due = due_reviews()
        if self.request.GET.get("owner") == "mine":
            user = self.request.user
            due = owned_by(due, user, set(user.groups.values_list("pk", flat=True)))
        return due
