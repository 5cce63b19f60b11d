"""The Partnership Platform in the Wagtail admin: a menu with the members and their
applications, the organisations register, the extranet announcements, the workspaces and the
reports of workspace content, plus the audit log labels and dashboard panels counting waiting
applications and reports."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import (
    BooleanColumn,
    Column,
    DateColumn,
    LocaleColumn,
    StatusTagColumn,
    UpdatedAtColumn,
)
from wagtail.admin.views.generic import IndexView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_menu import CountingMenuItem

from . import discussions, files, membership, moderation, workspace_events, workspaces
from .admin_views import (
    MANAGE_PERMISSION,
    MEMBER_COLUMNS,
    MEMBERS_NAMESPACE,
    MODERATE_PERMISSION,
    ORGANISATION_DECISIONS,
    REPORT_COLUMNS,
    REPORT_DECISIONS,
    REPORTS_NAMESPACE,
    DecisionView,
    MemberFilterSet,
    MemberIndexView,
    MemberInspectView,
    OrganisationDecisionView,
    OrganisationIndexView,
    ReportDecisionView,
    ReportFilterSet,
    ReportIndexView,
    ReportInspectView,
    can_manage,
    membership_permission_policy,
    report_permission_policy,
    reported_file_download,
)
from .models import ExtranetAnnouncement, MemberProfile, Organisation, Report, Workspace

# Before anything asks the registry about members, or Wagtail falls back to its default policy.
register_permission_policy(MemberProfile, membership_permission_policy)
register_permission_policy(Report, report_permission_policy)


class WithoutEditingViews:
    """A ModelViewSet that only lists (and shows) its objects: the views it doesn't offer get no
    links in the listing."""

    views_not_offered = ("add", "edit", "delete", "history", "usage", "copy", "inspect")

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in self.views_not_offered:
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs


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


class AnnouncementViewSet(SnippetViewSet):
    """News for members only, shown on the extranet home."""

    model = ExtranetAnnouncement
    icon = "info-circle"
    list_display = [
        "title",
        DateColumn("published_at", label=gettext_lazy("Published"), sort_key="published_at"),
        BooleanColumn("is_published", label=gettext_lazy("Shown to members")),
        LocaleColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = ["is_published"]
    search_fields = ["title"]
    search_backend_name = None
    panels = [
        FieldPanel("title"),
        FieldPanel("body"),
        FieldPanel("published_at"),
        FieldPanel("is_published"),
    ]


# Workspaces, as staff see them: name, description, state and counts only, never what is said
# or shared inside. Staff with extranet.close_workspace close a workspace with a reason that its
# members see, and reopen it.


class WorkspacePermissionPolicy(ModelPermissionPolicy):
    """extranet.close_workspace opens the listing and the close/reopen actions; nobody adds,
    edits or deletes workspaces here."""

    WRITE_ACTIONS = frozenset({"add", "change", "delete"})

    def _get_permission_codenames(self, actions):
        return {"close_workspace"} if set(actions) - self.WRITE_ACTIONS else set()

    def _get_permission_name(self, action):
        return "extranet.close_workspace"

    def user_has_permission(self, user, action):
        return action not in self.WRITE_ACTIONS and user.has_perm("extranet.close_workspace")

    def users_with_any_permission(self, actions):
        codenames = self._get_permission_codenames(actions)
        if not codenames:
            return get_user_model().objects.none()
        return self._get_users_with_any_permission_codenames(codenames)


register_permission_policy(Workspace, WorkspacePermissionPolicy(Workspace))

WORKSPACES_NAMESPACE = "extranet_workspaces"


class WorkspaceIndexView(IndexView):
    def get_base_queryset(self):
        return Workspace.objects.annotate(member_count=Count("memberships", distinct=True))

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.state in (Workspace.State.ACTIVE, Workspace.State.ARCHIVED):
            buttons.append(
                ListingButton(
                    _("Close"),
                    url=reverse(f"{WORKSPACES_NAMESPACE}:close", args=[instance.pk]),
                    icon_name="lock",
                    priority=20,
                )
            )
        elif instance.state == Workspace.State.CLOSED:
            buttons.append(
                ListingButton(
                    _("Reopen"),
                    url=reverse(f"{WORKSPACES_NAMESPACE}:reopen", args=[instance.pk]),
                    icon_name="lock-open",
                    priority=20,
                )
            )
        elif workspaces.can_recover(instance, self.request.user):
            buttons.append(
                ListingButton(
                    _("Recover"),
                    url=reverse(f"{WORKSPACES_NAMESPACE}:recover", args=[instance.pk]),
                    icon_name="undo",
                    attrs={"aria-label": _("Recover the workspace %(name)s") % {"name": instance}},
                    priority=20,
                )
            )
        return buttons


class CloseForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason, shown to the workspace's members"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NoFields(forms.Form):
    pass


class WorkspaceStateView(WagtailAdminTemplateMixin, FormView):
    """Close (with a reason) or reopen one workspace; POST acts."""

    template_name = "extranet/admin/confirm_decision.html"
    http_method_names = ["get", "post"]
    action = None
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not Workspace.can_close(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(Workspace, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return CloseForm if self.action == "close" else NoFields

    def get_page_title(self):
        return {
            "close": _("Close the workspace"),
            "reopen": _("Reopen the workspace"),
            "recover": _("Recover the workspace"),
        }[self.action]

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        question = {
            "close": _(
                "Close “%(name)s”? Its members can read it but not post, and others no longer see it."
            ),
            "reopen": _("Reopen “%(name)s”? Its members can use it again."),
            "recover": _(
                "Recover “%(name)s”, deleted on %(deleted)s? It becomes archived again if it had "
                "been archived, otherwise active, and its owner is told by email."
            ),
        }[self.action]
        context.update(
            object=self.object,
            question=question
            % {
                "name": self.object.name,
                "deleted": date_format(self.object.deleted_at, "SHORT_DATETIME_FORMAT")
                if self.object.deleted_at
                else "",
            },
            confirm_label=self.get_page_title(),
            cancel_url=reverse(f"{WORKSPACES_NAMESPACE}:index"),
            serious=self.action == "close",
        )
        return context

    def form_valid(self, form):
        try:
            if self.action == "close":
                workspaces.close(self.object, self.request.user, form.cleaned_data["reason"])
                messages.success(self.request, _("The workspace has been closed."))
            elif self.action == "recover":
                workspaces.recover(self.object, self.request.user)
                messages.success(
                    self.request, _("The workspace has been recovered. Its owner has been emailed.")
                )
            else:
                workspaces.reopen(self.object, self.request.user)
                messages.success(self.request, _("The workspace has been reopened."))
        except workspaces.WorkspaceError as error:
            messages.error(self.request, str(error))
        return redirect(f"{WORKSPACES_NAMESPACE}:index")


class WorkspaceViewSet(WithoutEditingViews, ModelViewSet):
    model = Workspace
    name = WORKSPACES_NAMESPACE
    url_prefix = "extranet/workspaces"
    icon = "folder-open-inverse"
    menu_label = gettext_lazy("Workspaces")
    add_to_admin_menu = False
    index_view_class = WorkspaceIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    list_display = [
        "name",
        Column("description", label=gettext_lazy("Description")),
        Column("visibility", accessor="get_visibility_display", label=gettext_lazy("Visibility")),
        StatusTagColumn(
            "state",
            accessor="get_state_display",
            label=gettext_lazy("State"),
            sort_key="state",
            primary=lambda workspace: workspace.state == Workspace.State.ACTIVE,
        ),
        Column("member_count", label=gettext_lazy("Members"), sort_key="member_count"),
        DateColumn("created_at", label=gettext_lazy("Created"), sort_key="created_at"),
        DateColumn("deleted_at", label=gettext_lazy("Deleted"), sort_key="deleted_at"),
    ]
    list_filter = ["state", "visibility", "purpose"]
    search_fields = ["name", "description"]
    search_backend_name = None
    list_per_page = 50
    list_export = []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/close/", WorkspaceStateView.as_view(action="close"), name="close"),
            path("<int:pk>/reopen/", WorkspaceStateView.as_view(action="reopen"), name="reopen"),
            path("<int:pk>/recover/", WorkspaceStateView.as_view(action="recover"), name="recover"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="extranet", codename="close_workspace"
        )


# Reports of workspace content: the moderation queue (extranet.moderation).


class ReportsMenuItem(CountingMenuItem):
    """ "Reports" tells how many wait, e.g. "Reports (3 waiting)"."""

    def is_shown(self, request):
        return moderation.can_moderate(request.user)

    def waiting(self):
        return moderation.open_count()

    def label_with(self, count):
        return _("Reports (%(count)d waiting)") % {"count": count}


class ReportViewSet(WithoutEditingViews, ModelViewSet):
    """The moderation queue, one report with the reported item, and the decisions. Reports come
    from members: nothing is added, edited or deleted here."""

    model = Report
    name = REPORTS_NAMESPACE
    url_prefix = "extranet/reports"
    icon = "warning"
    menu_label = gettext_lazy("Reports")
    menu_item_class = ReportsMenuItem
    add_to_admin_menu = False
    index_view_class = ReportIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    list_display = REPORT_COLUMNS + [
        StatusTagColumn(
            "status",
            accessor="get_status_display",
            label=gettext_lazy("Status"),
            primary=lambda report: report.status == Report.Status.OPEN,
        ),
        DateColumn("created_at", label=gettext_lazy("Reported")),
    ]
    filterset_class = ReportFilterSet
    list_per_page = 50
    list_export = []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", ReportInspectView.as_view(), name="inspect"),
            path("<int:pk>/file/", reported_file_download, name="download"),
        ] + [
            path(f"<int:pk>/{action}/", ReportDecisionView.as_view(action=action), name=action)
            for action in REPORT_DECISIONS
        ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="extranet", codename=MODERATE_PERMISSION
        )


class PartnershipPlatformViewSetGroup(SnippetViewSetGroup):
    items = (
        MemberViewSet,
        OrganisationViewSet,
        AnnouncementViewSet,
        WorkspaceViewSet,
        ReportViewSet,
    )
    menu_label = gettext_lazy("Partnership Platform")
    menu_icon = "group"
    menu_order = 160  # after Blog


register_snippet(PartnershipPlatformViewSetGroup)


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


class PendingApplicationsPanel(Component):
    """On the dashboard: how many membership applications wait, and the way to them."""

    name = "pending_applications"
    template_name = "extranet/admin/pending_applications_panel.html"
    order = 40

    def get_context_data(self, parent_context):
        return {
            "count": membership.pending_count(),
            "list_url": reverse(f"{MEMBERS_NAMESPACE}:index")
            + f"?status={MemberProfile.Status.PENDING}",
        }


@hooks.register("construct_homepage_panels")
def add_pending_applications_panel(request, panels):
    if can_manage(request.user):
        panels.append(PendingApplicationsPanel())


@hooks.register("register_log_actions")
def register_workspace_log_actions(actions):
    for log_actions in (
        workspaces.LOG_ACTIONS,
        discussions.LOG_ACTIONS,
        files.LOG_ACTIONS,
        moderation.LOG_ACTIONS,
        workspace_events.LOG_ACTIONS,
    ):
        for action, label in log_actions.items():
            actions.register_action(action, label, label)


class WaitingReportsPanel(Component):
    """On the dashboard: how many reports of workspace content wait, and the way to them."""

    name = "waiting_reports"
    template_name = "extranet/admin/waiting_reports_panel.html"
    order = 45

    def get_context_data(self, parent_context):
        return {
            "count": moderation.open_count(),
            "list_url": reverse(f"{REPORTS_NAMESPACE}:index") + f"?status={Report.Status.OPEN}",
        }


@hooks.register("construct_homepage_panels")
def add_waiting_reports_panel(request, panels):
    if moderation.can_moderate(request.user):
        panels.append(WaitingReportsPanel())
