"""The administrators' side of membership: the applications and members listing, one person's
application, the decisions (approve, deny, suspend, end, reinstate) and the organisations
register's approvals; and the moderators' side of workspaces: the queue of reported posts and
files, one report with the reported item, and the decisions about it.

Nothing here edits a member's profile: people write their own, and a status changes only
through extranet.membership, so each change is recorded, logged and emailed.
"""

import django_filters

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView, WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from . import membership, moderation
from .models import MemberProfile, Organisation, Region, Report, Sector

MANAGE_PERMISSION = "manage_membership"
MEMBERS_NAMESPACE = "extranet_members"
Status = MemberProfile.Status


# Who may manage memberships


class MembershipPermissionPolicy(ModelPermissionPolicy):
    """One permission, "Can approve, deny, suspend and end memberships", opens the listing,
    the applications and the decisions. Nobody adds, edits or deletes members in the admin,
    superusers included: people apply themselves, and decisions go through the service."""

    WRITE_ACTIONS = frozenset({"add", "change", "delete"})

    def _get_permission_codenames(self, actions):
        return {MANAGE_PERMISSION} if set(actions) - self.WRITE_ACTIONS else set()

    def _get_permission_name(self, action):
        return f"{self.app_label}.{MANAGE_PERMISSION}"

    def user_has_permission(self, user, action):
        return action not in self.WRITE_ACTIONS and user.has_perm(self._get_permission_name(action))

    def users_with_any_permission(self, actions):
        codenames = self._get_permission_codenames(actions)
        if not codenames:
            return get_user_model().objects.none()
        return self._get_users_with_any_permission_codenames(codenames)


membership_permission_policy = MembershipPermissionPolicy(MemberProfile)


def can_manage(user):
    return membership.can_manage(user)


def require_manager(request):
    if not can_manage(request.user):
        raise PermissionDenied


# The listing


def member_queue():
    """Pending applications first, the oldest at the top: they have waited longest."""
    return (
        MemberProfile.objects.select_related("user", "organisation")
        .prefetch_related("regions")
        .alias(
            waiting_first=Case(
                When(status=Status.PENDING, then=0), default=1, output_field=IntegerField()
            )
        )
        .order_by("waiting_first", "applied_at", "pk")
    )


class MemberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    region = django_filters.ChoiceFilter(
        label=gettext_lazy("Region"), choices=Region.choices, field_name="regions__code"
    )
    sector = django_filters.ChoiceFilter(label=gettext_lazy("Sector"), choices=Sector.choices)

    class Meta:
        model = MemberProfile
        fields = ["status", "region", "sector"]


def region_names(profile):
    return ", ".join(region.get_code_display() for region in profile.regions.all())


def decision_url(decision, profile):
    return reverse(f"{MEMBERS_NAMESPACE}:{decision.name}", args=[profile.pk])


# Buttons name the decision and the person, for screen reader users moving through the list.
ROW_LABELS = {
    "approve": gettext_lazy("Approve the application of %(name)s"),
    "deny": gettext_lazy("Deny the application of %(name)s"),
    "suspend": gettext_lazy("Suspend the membership of %(name)s"),
    "end": gettext_lazy("End the membership of %(name)s"),
    "reinstate": gettext_lazy("Reinstate the membership of %(name)s"),
}
BUTTON_LABELS = {
    "approve": gettext_lazy("Approve"),
    "deny": gettext_lazy("Deny"),
    "suspend": gettext_lazy("Suspend"),
    "end": gettext_lazy("End membership"),
    "reinstate": gettext_lazy("Reinstate"),
}
BUTTON_ICONS = {
    "approve": "check",
    "deny": "cross",
    "suspend": "warning",
    "end": "bin",
    "reinstate": "undo",
}


class MemberIndexView(IndexView):
    """Applications and members: filter by status, region and sector; search by name, email,
    organisation or job title (every word must match somewhere)."""

    search_fields = [
        "user__first_name",
        "user__last_name",
        "user__email",
        "organisation__name",
        "job_title",
    ]

    def get_base_queryset(self):
        return member_queue()

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        for word in self.search_query.split()[:10]:
            query = Q()
            for field in self.search_fields:
                query |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(query)
        return queryset

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if field_name == "user":
            kwargs.update(accessor="display_name", label=_("Name"), sort_key="user__last_name")
            column_class = self._get_title_column_class(column_class)
            return column_class(
                "name",
                get_url=lambda profile: reverse(f"{MEMBERS_NAMESPACE}:inspect", args=[profile.pk]),
                **kwargs,
            )
        return super()._get_title_column(field_name, column_class, **kwargs)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for order, decision in enumerate(membership.decisions_for(instance)):
            buttons.append(
                ListingButton(
                    BUTTON_LABELS[decision.name],
                    url=decision_url(decision, instance),
                    icon_name=BUTTON_ICONS[decision.name],
                    attrs={"aria-label": ROW_LABELS[decision.name] % {"name": instance}},
                    priority=10 + order,
                )
            )
        return buttons


MEMBER_COLUMNS = [
    "user",
    Column("email", accessor="user.email", label=gettext_lazy("Email")),
    Column(
        "organisation",
        accessor="organisation",
        label=gettext_lazy("Organisation"),
        sort_key="organisation__name",
    ),
    Column("regions", accessor=region_names, label=gettext_lazy("Regions")),
    Column(
        "sector", accessor="get_sector_display", label=gettext_lazy("Sector"), sort_key="sector"
    ),
]


# One person's application


class MemberInspectView(InspectView):
    """Everything the person told in their application and profile, the decisions made about
    it, and the decisions that can be made now."""

    template_name = "extranet/admin/member_inspect.html"
    FIELDS = [
        "status",
        "email",
        "language",
        "applied_at",
        "organisation",
        "job_title",
        "sector",
        "regions",
        "languages",
        "topics",
        "motivation",
        "phone",
        "bio",
        "member_since",
        "decided_at",
        "decided_by",
        "status_message",
    ]

    def get_object(self, queryset=None):
        return get_object_or_404(
            MemberProfile.objects.select_related("user", "organisation", "decided_by"),
            pk=self.pk,
        )

    def get_page_title(self):
        return _("Membership")

    def get_field_label(self, field_name, field):
        if field_name == "email":
            return _("Email")
        if field_name == "regions":
            return _("Regions")
        if field_name == "languages":
            return _("Languages spoken")
        return super().get_field_label(field_name, field)

    def get_email_display_value(self):
        return self.object.user.email

    def get_organisation_display_value(self):
        organisation = self.object.organisation
        if organisation is None:
            return "–"
        if organisation.status != Organisation.Status.APPROVED:
            return f"{organisation} ({organisation.get_status_display()})"
        return str(organisation)

    def get_regions_display_value(self):
        return region_names(self.object) or "–"

    def get_languages_display_value(self):
        return ", ".join(lang.get_code_display() for lang in self.object.languages.all()) or "–"

    def get_fields(self):
        return self.FIELDS

    def get_member_since_display_value(self):
        return self.object.member_since or "–"

    def get_decided_at_display_value(self):
        return self.object.decided_at or "–"

    def get_status_message_display_value(self):
        return self.object.status_message or "–"

    def get_phone_display_value(self):
        return self.object.phone or "–"

    def get_bio_display_value(self):
        return self.object.bio or "–"

    def get_decided_by_display_value(self):
        by = self.object.decided_by
        return (by.get_full_name() or by.email) if by else "–"

    @cached_property
    def decisions(self):
        if not can_manage(self.request.user):
            return []
        return [
            {
                "name": decision.name,
                "label": BUTTON_LABELS[decision.name],
                "url": decision_url(decision, self.object),
            }
            for decision in membership.decisions_for(self.object)
        ]

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                d["label"], url=d["url"], icon_name=BUTTON_ICONS[d["name"]], priority=10 + order
            )
            for order, d in enumerate(self.decisions)
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decisions"] = self.decisions
        context["history"] = (
            ModelLogEntry.objects.for_instance(self.object)
            .filter(action__startswith="extranet.membership.")
            .select_related("user")
            .order_by("-timestamp", "-pk")
        )
        return context


# The decisions


class DecisionForm(forms.Form):
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=2000,
        required=False,
    )

    def __init__(self, *args, decision, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["message"]
        if decision.needs_reason:
            field.required = True
            field.label = _("Reason")
            field.help_text = _(
                "Required. The member sees the reason on their status page and in the email."
            )
        else:
            field.label = _("Message to the person (optional)")
            field.help_text = _("Shown on their status page and included in the email.")


QUESTIONS = {
    "approve": gettext_lazy(
        "Approve the application of %(name)s? They can then use the Partnership Platform and "
        "other members see their profile."
    ),
    "deny": gettext_lazy(
        "Deny the application of %(name)s? They cannot use the Partnership Platform."
    ),
    "suspend": gettext_lazy(
        "Suspend the membership of %(name)s? They cannot use the Partnership Platform until "
        "reinstated, and other members do not see their profile."
    ),
    "end": gettext_lazy(
        "End the membership of %(name)s? They can no longer use the Partnership Platform, and "
        "other members do not see their profile."
    ),
    "reinstate": gettext_lazy(
        "Reinstate the membership of %(name)s? They can use the Partnership Platform again."
    ),
}
SUCCESS_MESSAGES = {
    "approve": gettext_lazy("%(name)s is now a member. They have been emailed."),
    "deny": gettext_lazy("The application of %(name)s was denied. They have been emailed."),
    "suspend": gettext_lazy("The membership of %(name)s is suspended. They have been emailed."),
    "end": gettext_lazy("The membership of %(name)s has ended. They have been emailed."),
    "reinstate": gettext_lazy("The membership of %(name)s is valid again. They have been emailed."),
}
CONFIRM_LABELS = {
    "approve": gettext_lazy("Yes, approve"),
    "deny": gettext_lazy("Yes, deny"),
    "suspend": gettext_lazy("Yes, suspend"),
    "end": gettext_lazy("Yes, end the membership"),
    "reinstate": gettext_lazy("Yes, reinstate"),
}


class DecisionView(WagtailAdminTemplateMixin, FormView):
    """Confirm one decision about one membership, with a message or reason; POST acts."""

    template_name = "extranet/admin/confirm_decision.html"
    form_class = DecisionForm
    http_method_names = ["get", "post"]
    decision = None  # the name, set by the viewset's URL patterns
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        require_manager(request)
        self.object = get_object_or_404(
            MemberProfile.objects.select_related("user"), pk=kwargs["pk"]
        )
        self.spec = membership.DECISIONS[self.decision]
        if self.object.status not in self.spec.allowed_from:
            messages.error(
                request,
                _("%(name)s's membership is “%(status)s”: this decision is not available.")
                % {"name": self.object, "status": self.object.get_status_display()},
            )
            return redirect(self.inspect_url)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def inspect_url(self):
        return reverse(f"{MEMBERS_NAMESPACE}:inspect", args=[self.object.pk])

    def get_page_title(self):
        return BUTTON_LABELS[self.decision]

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{MEMBERS_NAMESPACE}:index"), "label": _("Members")},
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "decision": self.spec}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            question=QUESTIONS[self.decision] % {"name": self.object},
            confirm_label=CONFIRM_LABELS[self.decision],
            cancel_url=self.inspect_url,
            serious=self.decision in {"deny", "suspend", "end"},
        )
        return context

    def form_valid(self, form):
        try:
            membership.decide(
                self.object, self.decision, self.request.user, form.cleaned_data["message"]
            )
        except membership.MembershipError as error:
            messages.error(self.request, str(error))
            return redirect(self.inspect_url)
        messages.success(self.request, SUCCESS_MESSAGES[self.decision] % {"name": self.object})
        return redirect(self.inspect_url)


# The organisations register


def organisation_register():
    """Proposed organisations first, as they wait for a decision; then by name."""
    return (
        Organisation.objects.annotate(member_count=Count("members"))
        .alias(
            waiting_first=Case(
                When(status=Organisation.Status.PROPOSED, then=0),
                default=1,
                output_field=IntegerField(),
            )
        )
        .order_by("waiting_first", "name")
    )


ORGANISATION_DECISIONS = {
    "approve": {
        "status": Organisation.Status.APPROVED,
        "label": gettext_lazy("Approve"),
        "row_label": gettext_lazy("Approve the organisation %(name)s"),
        "question": gettext_lazy(
            "Approve %(name)s? It will be listed in the organisations directory."
        ),
        "confirm": gettext_lazy("Yes, approve"),
        "done": gettext_lazy("%(name)s is approved and listed in the organisations directory."),
        "icon": "check",
    },
    "reject": {
        "status": Organisation.Status.REJECTED,
        "label": gettext_lazy("Reject"),
        "row_label": gettext_lazy("Reject the organisation %(name)s"),
        "question": gettext_lazy(
            "Reject %(name)s? It will not be listed in the organisations directory, and "
            "members cannot choose it. Members who chose it keep it in their profile."
        ),
        "confirm": gettext_lazy("Yes, reject"),
        "done": gettext_lazy("%(name)s is rejected and not listed."),
        "icon": "cross",
    },
}


def can_decide_organisations(user):
    return user.is_active and user.has_perm("extranet.change_organisation")


def organisation_decisions_for(organisation):
    return [
        name
        for name, spec in ORGANISATION_DECISIONS.items()
        if organisation.status != spec["status"]
    ]


class OrganisationIndexView(SnippetIndexView):
    """The register, with Approve and Reject on each row that can take them."""

    def get_base_queryset(self):
        return organisation_register()

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_decide_organisations(self.request.user):
            for name in organisation_decisions_for(instance):
                spec = ORGANISATION_DECISIONS[name]
                buttons.append(
                    ListingButton(
                        spec["label"],
                        url=reverse(
                            Organisation.snippet_viewset.get_url_name(name), args=[instance.pk]
                        ),
                        icon_name=spec["icon"],
                        attrs={"aria-label": spec["row_label"] % {"name": instance.name}},
                        priority=10,
                    )
                )
        return buttons


class OrganisationDecisionView(WagtailAdminTemplateMixin, FormView):
    """Confirm approving or rejecting one organisation; POST acts and logs it."""

    template_name = "extranet/admin/confirm_decision.html"
    form_class = forms.Form
    http_method_names = ["get", "post"]
    decision = None
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_decide_organisations(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(Organisation, pk=kwargs["pk"])
        self.spec = ORGANISATION_DECISIONS[self.decision]
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def index_url(self):
        return reverse(Organisation.snippet_viewset.get_url_name("list"))

    def get_page_title(self):
        return self.spec["label"]

    def get_page_subtitle(self):
        return self.object.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": _("Organisations")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.object.name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            question=self.spec["question"] % {"name": self.object.name},
            confirm_label=self.spec["confirm"],
            cancel_url=self.index_url,
            serious=self.decision == "reject",
        )
        return context

    def form_valid(self, form):
        if self.object.status != self.spec["status"]:
            self.object.status = self.spec["status"]
            self.object.save(update_fields=["status"])
            log(
                instance=self.object,
                action=f"extranet.organisation.{self.decision}",
                user=self.request.user,
            )
        messages.success(self.request, self.spec["done"] % {"name": self.object.name})
        return redirect(self.index_url)


# Reports of workspace content (extranet.moderation)
#
# Staff see workspace content only through reports: the reported post or file, and nothing else
# of the workspace. There is no way from here to its discussions or files.

REPORTS_NAMESPACE = "extranet_reports"
MODERATE_PERMISSION = "moderate_workspaces"
ReportStatus = Report.Status


class ReportPermissionPolicy(ModelPermissionPolicy):
    """extranet.moderate_workspaces opens the queue, the reported items and the decisions;
    nobody adds, edits or deletes reports here."""

    WRITE_ACTIONS = frozenset({"add", "change", "delete"})

    def _get_permission_codenames(self, actions):
        return {MODERATE_PERMISSION} if set(actions) - self.WRITE_ACTIONS else set()

    def _get_permission_name(self, action):
        return moderation.PERMISSION

    def user_has_permission(self, user, action):
        return action not in self.WRITE_ACTIONS and moderation.can_moderate(user)

    def users_with_any_permission(self, actions):
        codenames = self._get_permission_codenames(actions)
        if not codenames:
            return get_user_model().objects.none()
        return self._get_users_with_any_permission_codenames(codenames)


report_permission_policy = ReportPermissionPolicy(Report)


def require_moderator(request):
    if not moderation.can_moderate(request.user):
        raise PermissionDenied


def _reports_of_the_same(field):
    same = Report.objects.filter(**{field: OuterRef(field)}).order_by().values(field)
    return Subquery(same.annotate(n=Count("pk")).values("n"), output_field=IntegerField())


def report_queue():
    """Waiting reports first, the longest waiting at the top; then the handled ones, newest
    first. Each with how many reports its item has."""
    return (
        Report.objects.select_related(
            "workspace",
            "reporter",
            "post__author",
            "post__discussion",
            "file__created_by",
        )
        .annotate(
            item_report_count=Coalesce(_reports_of_the_same("post"), _reports_of_the_same("file"))
        )
        .alias(
            waiting_first=Case(
                When(status=ReportStatus.OPEN, then=0), default=1, output_field=IntegerField()
            ),
            waiting_since=Case(When(status=ReportStatus.OPEN, then=F("created_at"))),
        )
        .order_by("waiting_first", F("waiting_since").asc(nulls_last=True), "-created_at", "-pk")
    )


class ReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=ReportStatus.choices)
    reason = django_filters.ChoiceFilter(
        label=gettext_lazy("Reason"), choices=Report.Reason.choices
    )

    class Meta:
        model = Report
        fields = ["status", "reason"]


def person_name(user):
    if user is None:
        return _("A former member")
    return user.get_full_name() or user.email


def reported_summary(report):
    """What is reported, in one line: a post's opening words or a file's title."""
    if report.post_id:
        return _("Message: %(text)s") % {"text": Truncator(report.post.body).chars(120)}
    return _("File: %(title)s") % {"title": report.file.title}


def report_url(report):
    return reverse(f"{REPORTS_NAMESPACE}:inspect", args=[report.pk])


class ReportIndexView(IndexView):
    """The moderation queue: filter by status and reason."""

    def get_base_queryset(self):
        return report_queue()

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if field_name == "content":
            column_class = self._get_title_column_class(column_class)
            return column_class(
                "content",
                accessor=reported_summary,
                label=_("Reported content"),
                get_url=report_url,
                **kwargs,
            )
        return super()._get_title_column(field_name, column_class, **kwargs)


REPORT_COLUMNS = [
    "content",
    Column("workspace", accessor="workspace.name", label=gettext_lazy("Workspace")),
    Column(
        "author",
        accessor=lambda report: person_name(moderation.author_of(report)),
        label=gettext_lazy("Author"),
    ),
    Column(
        "reporter",
        accessor=lambda report: person_name(report.reporter),
        label=gettext_lazy("Reported by"),
    ),
    Column("reason", accessor="get_reason_display", label=gettext_lazy("Reason")),
    Column("item_report_count", label=gettext_lazy("Reports of this item")),
]


# Each decision: its button, question, confirmation, success message and text field.
REPORT_DECISIONS = {
    "hide": {
        "label": gettext_lazy("Hide the content"),
        "question": gettext_lazy(
            "Hide this content from the workspace's members? They see “hidden by the "
            "moderators” in its place. A message's attachments are hidden with it, and hiding "
            "the opening message hides the whole discussion."
        ),
        "confirm": gettext_lazy("Yes, hide"),
        "done": gettext_lazy("The content is hidden."),
        "field": gettext_lazy("Note for the moderators (optional)"),
        "required": False,
        "icon": "view",
    },
    "unhide": {
        "label": gettext_lazy("Show the content again"),
        "question": gettext_lazy("Show this content to the workspace's members again?"),
        "confirm": gettext_lazy("Yes, show it"),
        "done": gettext_lazy("The content is shown again."),
        "field": gettext_lazy("Note for the moderators (optional)"),
        "required": False,
        "icon": "view",
    },
    "warn": {
        "label": gettext_lazy("Warn the author"),
        "question": gettext_lazy(
            "Email the author a warning with your message? The email is in the author's "
            "language and does not name the reporter."
        ),
        "confirm": gettext_lazy("Send the warning"),
        "done": gettext_lazy("The author has been warned by email."),
        "field": gettext_lazy("Message to the author"),
        "required": True,
        "icon": "warning",
    },
    "suspend": {
        "label": gettext_lazy("Suspend the author"),
        "question": gettext_lazy(
            "Suspend the author's membership? They cannot use the Partnership Platform until "
            "reinstated. They are emailed the reason."
        ),
        "confirm": gettext_lazy("Yes, suspend"),
        "done": gettext_lazy("The author's membership is suspended. They have been emailed."),
        "field": gettext_lazy("Reason, emailed to the author"),
        "required": True,
        "icon": "warning",
    },
    "dismiss": {
        "label": gettext_lazy("Dismiss the reports"),
        "question": gettext_lazy(
            "Dismiss the waiting reports of this content? Nothing changes for the members."
        ),
        "confirm": gettext_lazy("Yes, dismiss"),
        "done": gettext_lazy("The reports are dismissed."),
        "field": gettext_lazy("Note for the moderators (optional)"),
        "required": False,
        "icon": "cross",
    },
}
SERIOUS_DECISIONS = {"hide", "suspend"}


def report_decision_url(action, report):
    return reverse(f"{REPORTS_NAMESPACE}:{action}", args=[report.pk])


class ReportInspectView(WagtailAdminTemplateMixin, TemplateView):
    """One report: the reported post or file (and only it), every report of it, the decisions
    that can be made now and those made so far."""

    template_name = "extranet/admin/report_inspect.html"
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        require_moderator(request)
        self.object = get_object_or_404(
            Report.objects.select_related(
                "workspace",
                "post__author",
                "post__discussion",
                "file__created_by",
                "file__current_version",
            ),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Report")

    def get_page_subtitle(self):
        return self.object.workspace.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{REPORTS_NAMESPACE}:index"), "label": _("Reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.object
        reports = list(moderation.item_reports(report).select_related("reporter", "handled_by"))
        history = (
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Report),
                object_id__in=[str(r.pk) for r in reports],
            )
            .select_related("user")
            .order_by("-timestamp", "-pk")
        )
        version = report.file.current_version if report.file_id else None
        context.update(
            object=report,
            item=report.item,
            author=moderation.author_of(report),
            version=version,
            download_url=reverse(f"{REPORTS_NAMESPACE}:download", args=[report.pk])
            if version
            else "",
            reports=reports,
            decisions=[
                {
                    "name": action,
                    "label": REPORT_DECISIONS[action]["label"],
                    "url": report_decision_url(action, report),
                    "serious": action in SERIOUS_DECISIONS,
                }
                for action in moderation.actions_for(report)
            ],
            history=history,
        )
        return context


class ReportDecisionForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), max_length=2000)

    def __init__(self, *args, spec, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = spec["field"]
        self.fields["text"].required = spec["required"]


class ReportDecisionView(WagtailAdminTemplateMixin, FormView):
    """Confirm one decision about a reported item, with a note, message or reason; POST acts on
    every waiting report of the item."""

    template_name = "extranet/admin/confirm_decision.html"
    form_class = ReportDecisionForm
    http_method_names = ["get", "post"]
    action = None  # set by the viewset's URL patterns
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        require_moderator(request)
        self.object = get_object_or_404(
            Report.objects.select_related("workspace", "post__discussion", "file"),
            pk=kwargs["pk"],
        )
        self.spec = REPORT_DECISIONS[self.action]
        if self.action not in moderation.actions_for(self.object):
            messages.error(request, _("This decision is not available for this content now."))
            return redirect(report_url(self.object))
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.spec["label"]

    def get_page_subtitle(self):
        return self.object.workspace.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{REPORTS_NAMESPACE}:index"), "label": _("Reports")},
            {"url": report_url(self.object), "label": _("Report")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "spec": self.spec}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            question=self.spec["question"],
            confirm_label=self.spec["confirm"],
            cancel_url=report_url(self.object),
            serious=self.action in SERIOUS_DECISIONS,
        )
        return context

    def form_valid(self, form):
        try:
            moderation.decide(
                self.object, self.action, self.request.user, form.cleaned_data["text"]
            )
        except moderation.ModerationError as error:
            form.add_error("text", str(error))
            return self.form_invalid(form)
        messages.success(self.request, self.spec["done"])
        return redirect(report_url(self.object))


def reported_file_download(request, pk):
    """The current version of a reported file, for moderators only."""
    require_moderator(request)
    report = get_object_or_404(
        Report.objects.select_related("file__current_version"), pk=pk, file__isnull=False
    )
    version = report.file.current_version
    if version is None or not version.blob:
        raise Http404
    try:
        handle = version.blob.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=version.original_name,
        content_type=version.content_type or "application/octet-stream",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
