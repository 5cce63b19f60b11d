"""Admin views for page reviews: mark a page reviewed and set its owner and review date (only
for users who may edit the page), and the report of pages to review."""

import datetime

import django_filters

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
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

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.spreadsheets import SafeSpreadsheetExportMixin

from . import law_changes
from .models import PageReview
from .review_forms import PageReviewForm
from .reviews import (
    DUE_WITHIN_DAYS,
    answered_for_by,
    due_reviews_queryset,
    ensure_review,
    mark_reviewed,
    review_of,
    with_reasons,
)

MINE = "mine"
MARK_REVIEWED_ACTION = "stewardship.mark_reviewed"
REVIEW_SETTINGS_ACTION = "stewardship.review_settings"


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


@require_http_methods(["GET", "POST"])
def page_review_settings(request, page_id):
    """Who owns the page and when it is to be reviewed next."""
    page = editable_page_or_403(request, page_id).specific
    review = review_of(page) or ensure_review(page)
    form = PageReviewForm(request.POST or None, instance=review)
    if request.method == "POST" and form.is_valid():
        review = form.save()
        log(instance=page, action=REVIEW_SETTINGS_ACTION, user=request.user)
        messages.success(
            request,
            _("“%(page)s” is owned by %(owner)s and due for review by %(date)s.")
            % {
                "page": page.get_admin_display_title(),
                "owner": review.owner_name,
                "date": date_format(review.review_by),
            },
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    title = _("Owner and review date")
    return TemplateResponse(
        request,
        "stewardship/admin/review_settings.html",
        {
            "page": page,
            "form": form,
            "media": form.media,
            "action_url": request.path,
            "submit_button_label": _("Save"),
            "submit_button_active_label": _("Saving…"),
            "page_title": title,
            "page_subtitle": page.get_admin_display_title(),
            "header_title": title,
            "header_icon": "user",
        },
        status=400 if form.is_bound else 200,
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


def owner_choices():
    """The report's owners: "mine", then every person and group who owns a page."""
    owners = PageReview.objects.values_list("owner_user", "owner_group").distinct()
    user_ids = {user for user, _group in owners if user}
    group_ids = {group for _user, group in owners if group}
    people = get_user_model().objects.filter(pk__in=user_ids)
    groups = Group.objects.filter(pk__in=group_ids).order_by("name")
    return [
        (MINE, gettext("Pages I answer for")),
        *sorted(
            ((f"user-{user.pk}", user.get_full_name() or user.get_username()) for user in people),
            key=lambda choice: choice[1],
        ),
        *((f"group-{group.pk}", group.name) for group in groups),
    ]


class PagesToReviewFilterSet(WagtailFilterSet):
    owner = django_filters.ChoiceFilter(
        label=gettext_lazy("Owner"),
        empty_label=gettext_lazy("Anyone"),
        choices=owner_choices,
        method="filter_owner",
    )
    language = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Language"),
        empty_label=gettext_lazy("All languages"),
        field_name="page__locale",
        queryset=Locale.objects.order_by("pk"),
    )

    class Meta:
        model = PageReview
        fields = []

    def filter_owner(self, queryset, name, value):
        if value == MINE:
            return queryset.filter(answered_for_by(self.request.user))
        kind, _dash, pk = value.partition("-")
        return queryset.filter(**{f"owner_{kind}_id": int(pk)})


class PagesToReviewReportView(SafeSpreadsheetExportMixin, ReportView):
    """The live pages due for review within DUE_WITHIN_DAYS, overdue, or not reviewed since a law
    change that reaches them, filtered by owner (`?owner=mine`: those the user answers for) and
    language."""

    page_title = gettext_lazy("Pages to review")
    header_icon = "time"
    index_url_name = "pages_to_review_report"
    index_results_url_name = "pages_to_review_report_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    filterset_class = PagesToReviewFilterSet
    list_export = [
        "page.title",
        "page.locale.language_code",
        "owner_name",
        "review_by",
        "last_reviewed_on",
    ]
    export_headings = {
        "page.title": gettext_lazy("Page"),
        "page.locale.language_code": gettext_lazy("Language"),
        "owner_name": gettext_lazy("Owner"),
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
            Column("owner", label=gettext_lazy("Owner"), accessor="owner_name"),
            DateColumn("review_by", label=gettext_lazy("Review by")),
            DateColumn("last_reviewed_on", label=gettext_lazy("Last reviewed")),
            ReviewReasonColumn("reason", label=gettext_lazy("Why")),
        ]

    @cached_property
    def flagged(self):
        return law_changes.pages_not_reviewed_since_changes()

    def get_queryset(self):
        return due_reviews_queryset(self.flagged)

    def decorate_paginated_queryset(self, object_list):
        return with_reasons(object_list, self.flagged)
