"""The moderators' side of workspaces in the Wagtail admin: the queue of reported posts and files, one report with the reported item, the decisions, and the dashboard panel of waiting reports. Staff see workspace content only through reports."""

import django_filters

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, F, IntegerField, OuterRef, Subquery, When
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy, pgettext, pgettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import IndexView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from extranet.models import (
    Report,
)
from extranet.moderation import services as moderation
from extranet.storage import download_response
from home.admin_menu import CountingMenuItem
from home.admin_panels import WaitingItemsPanel, add_to_dashboard
from home.viewsets import WithoutEditingViews

# Reports of workspace content (extranet.moderation.services)
#
# Staff see workspace content only through reports: the reported post or file, and nothing else
# of the workspace. There is no way from here to its discussions or files.

REPORTS_NAMESPACE = "extranet_reports"
MODERATE_PERMISSION = "moderate_workspaces"
ReportStatus = Report.Status

# Members' reports of content, not Wagtail's own Reports menu: a context keeps them apart.
REPORTS_LABEL = pgettext_lazy("content report", "Reports")


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
register_permission_policy(Report, report_permission_policy)


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
        return pgettext("content report", "Report")

    def get_page_subtitle(self):
        return self.object.workspace.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{REPORTS_NAMESPACE}:index"), "label": REPORTS_LABEL},
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
            {"url": reverse(f"{REPORTS_NAMESPACE}:index"), "label": REPORTS_LABEL},
            {"url": report_url(self.object), "label": pgettext("content report", "Report")},
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
    return download_response(version.blob, version.original_name, version.content_type)


# Reports of workspace content: the moderation queue (extranet.moderation.services).


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
    menu_label = REPORTS_LABEL
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


@add_to_dashboard
class WaitingReportsPanel(WaitingItemsPanel):
    """On the dashboard: how many reports of workspace content wait, and the way to them."""

    name = "waiting_reports"
    order = 45
    heading = gettext_lazy("Reports of workspace content")
    waiting = ngettext_lazy(
        "%(counter)s report is waiting for the moderators.",
        "%(counter)s reports are waiting for the moderators.",
        "counter",
    )
    none_waiting = gettext_lazy("No reports are waiting.")
    link_label = gettext_lazy("Review reports")
    is_shown = staticmethod(moderation.can_moderate)

    def count(self):
        return moderation.open_count()

    def url(self):
        return reverse(f"{REPORTS_NAMESPACE}:index") + f"?status={Report.Status.OPEN}"


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    for action, label in moderation.LOG_ACTIONS.items():
        actions.register_action(action, label, label)
