"""Members in the Wagtail admin: who may decide on memberships, the applications and members, their decisions, the organisations register, the audit log labels and the dashboard panel of waiting applications."""

import django_filters

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, IntegerField, Q, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import IndexView, InspectView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from extranet.members import membership
from extranet.models import (
    MemberProfile,
    Organisation,
    Region,
    Sector,
)
from home.admin_menu import CountingMenuItem
from home.admin_panels import WaitingItemsPanel, add_to_dashboard
from home.viewsets import WithoutEditingViews

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
# Before anything asks the registry about members, or Wagtail falls back to its default policy.
register_permission_policy(MemberProfile, membership_permission_policy)


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


class MembersMenuItem(CountingMenuItem):
    """ "Members" tells how many applications wait, e.g. "Members (3 waiting)"."""

    def is_shown(self, request):
        return can_manage(request.user)

    def waiting(self):
        return membership.pending_count()

    def label_with(self, count):
        return _("Members (%(count)d waiting)") % {"count": count}


class MemberViewSet(WithoutEditingViews, ModelViewSet):
    """Applications and members. Listing, the application and the decisions only: there is no
    form to add, edit or delete a member here."""

    views_not_offered = ("add", "edit", "delete", "history", "usage", "copy")

    model = MemberProfile
    name = MEMBERS_NAMESPACE
    url_prefix = "extranet/members"
    icon = "group"
    menu_label = gettext_lazy("Members")
    menu_item_class = MembersMenuItem
    add_to_admin_menu = False  # shown in the Partnership Platform group
    index_view_class = MemberIndexView
    inspect_view_class = MemberInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = MEMBER_COLUMNS + [
        DateColumn("applied_at", label=gettext_lazy("Applied"), sort_key="applied_at"),
        StatusTagColumn(
            "status",
            accessor="get_status_display",
            label=gettext_lazy("Status"),
            sort_key="status",
            primary=lambda profile: profile.status == MemberProfile.Status.PENDING,
        ),
    ]
    filterset_class = MemberFilterSet
    search_fields = MemberIndexView.search_fields
    search_backend_name = None
    list_per_page = 50
    list_export = []

    def get_urlpatterns(self):
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
        ]
        for decision in membership.DECISIONS:
            urlpatterns.append(
                path(
                    f"<int:pk>/{decision}/",
                    DecisionView.as_view(decision=decision),
                    name=decision,
                )
            )
        return urlpatterns

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="extranet", codename=MANAGE_PERMISSION
        )


class OrganisationViewSet(SnippetViewSet):
    """The register members choose their organisation from. Proposed organisations are
    usable at once and listed in the directory once approved; rejected ones stay in the
    profiles of members who chose them but are not listed."""

    model = Organisation
    icon = "site"
    index_view_class = OrganisationIndexView
    copy_view_enabled = False
    list_display = [
        "name",
        "sector",
        "region",
        Column("member_count", label=gettext_lazy("Members"), sort_key="member_count"),
        StatusTagColumn(
            "status",
            accessor="get_status_display",
            label=gettext_lazy("Status"),
            sort_key="status",
            primary=lambda organisation: organisation.status == Organisation.Status.PROPOSED,
        ),
    ]
    list_filter = ["status", "sector", "region"]
    search_fields = ["name"]
    search_backend_name = None
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("sector"),
        FieldPanel("region"),
        FieldPanel("website"),
        FieldPanel("status"),
        FieldPanel("proposed_by", read_only=True),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                f"{decision}/<int:pk>/",
                OrganisationDecisionView.as_view(decision=decision),
                name=decision,
            )
            for decision in ORGANISATION_DECISIONS
        ]


@hooks.register("register_log_actions")
def register_membership_log_actions(actions):
    actions.register_action(
        membership.APPLICATION_RECEIVED,
        gettext_lazy("Membership application received"),
        gettext_lazy("Membership application received"),
    )
    for decision in membership.DECISIONS.values():
        actions.register_action(decision.log_action, decision.label, decision.label)
    actions.register_action(
        "extranet.organisation.approve",
        gettext_lazy("Organisation approved"),
        gettext_lazy("Organisation approved"),
    )
    actions.register_action(
        "extranet.organisation.reject",
        gettext_lazy("Organisation rejected"),
        gettext_lazy("Organisation rejected"),
    )


@add_to_dashboard
class PendingApplicationsPanel(WaitingItemsPanel):
    """On the dashboard: how many membership applications wait, and the way to them."""

    name = "pending_applications"
    order = 40
    heading = gettext_lazy("Membership applications")
    waiting = ngettext_lazy(
        "%(counter)s membership application is waiting for a decision.",
        "%(counter)s membership applications are waiting for a decision.",
        "counter",
    )
    none_waiting = gettext_lazy("No membership applications are waiting.")
    link_label = gettext_lazy("Review applications")
    is_shown = staticmethod(can_manage)

    def count(self):
        return membership.pending_count()

    def url(self):
        return reverse(f"{MEMBERS_NAMESPACE}:index") + f"?status={MemberProfile.Status.PENDING}"
