from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views_freshness import StaleTranslationsReportView, can_see_report
from .models import LawChange


class LawChangeViewSet(SnippetViewSet):
    model = LawChange
    icon = "warning"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["notice", "date", "recorded_at"]
    search_fields = ["notice_fi", "notice_sv", "notice_en"]
    search_backend_name = None
    ordering = ["-date"]


register_snippet(LawChangeViewSet)


class StaleTranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_stale_translations_report_urls():
    return [
        path(
            "reports/stale-translations/",
            StaleTranslationsReportView.as_view(),
            name="stale_translations_report",
        ),
        path(
            "reports/stale-translations/results/",
            StaleTranslationsReportView.as_view(results_only=True),
            name="stale_translations_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_translations_menu_item():
    return StaleTranslationsMenuItem(
        _("Stale translations"), reverse("stale_translations_report"), icon_name="site", order=910
    )
