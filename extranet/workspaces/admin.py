"""Workspaces in the Wagtail admin, as staff see them: name, description, state and counts only, never what is said or shared inside; closing and reopening; the audit log labels of workspace content."""

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
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusTagColumn,
)
from wagtail.admin.views.generic import IndexView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from extranet.models import Workspace
from extranet.workspaces import services as workspaces
from extranet.workspaces.discussions import services as discussions
from extranet.workspaces.events import services as workspace_events
from extranet.workspaces.files import services as files
from home.viewsets import WithoutEditingViews

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


@hooks.register("register_log_actions")
def register_workspace_log_actions(actions):
    for log_actions in (
        workspaces.LOG_ACTIONS,
        discussions.LOG_ACTIONS,
        files.LOG_ACTIONS,
        workspace_events.LOG_ACTIONS,
    ):
        for action, label in log_actions.items():
            actions.register_action(action, label, label)
