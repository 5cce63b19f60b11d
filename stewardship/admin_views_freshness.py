"""The editors' report of translations whose source page changed after they were last synced
(Reports menu): per language, with links to edit the translation and to sync it."""

import django_filters

from django.db.models import Subquery
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation

from home.spreadsheets import SafeSpreadsheetExportMixin

from . import freshness

# Who may see the report: those who may edit some page (Editors, Publishers).
EDIT_ACTIONS = ["add", "change", "publish"]


def can_see_report(user):
    return user.is_active and PagePermissionPolicy().user_has_any_permission(user, EDIT_ACTIONS)


class StaleTranslationsFilterSet(WagtailFilterSet):
    target_locale = django_filters.ModelChoiceFilter(
        label=_("Language"),
        empty_label=_("All languages"),
        queryset=Locale.objects.order_by("pk"),
    )

    class Meta:
        model = Translation
        fields = ["target_locale"]


class SyncColumn(Column):
    """The source's "Sync translated pages" action, for those who may sync."""

    def get_value(self, instance):
        if not self.may_sync:
            return ""
        url = reverse("wagtail_localize:update_translations", args=[instance.source_id])
        return format_html('<a href="{}">{}</a>', url, gettext("Sync translated pages"))

    def get_cell_context_data(self, instance, parent_context):
        self.may_sync = parent_context["request"].user.has_perm(
            "wagtail_localize.submit_translation"
        )
        return super().get_cell_context_data(instance, parent_context)


def _edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


class StaleTranslationsReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Stale translations")
    header_icon = "site"
    index_url_name = "stale_translations_report"
    index_results_url_name = "stale_translations_report_results"
    filterset_class = StaleTranslationsFilterSet
    permission_policy = PagePermissionPolicy()
    any_permission_required = EDIT_ACTIONS
    paginate_by = 50

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "page_title",
                label=_("Translation"),
                get_url=lambda row: _edit_url(row.page_id),
            ),
            Column("target_locale", label=_("Language")),
            TitleColumn(
                "source_page_title",
                label=_("Source page"),
                get_url=lambda row: _edit_url(row.source_page_id),
            ),
            DateColumn("source_updated_at", label=_("Source updated")),
            DateColumn("source.last_updated_at", label=_("Last synced")),
            SyncColumn("sync", label=_("Sync")),
        ]

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return freshness.stale_translations().filter(page_id__in=Subquery(editable.values("id")))
