"""The editors' report of what readers search for, per language (Reports menu)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import statistics

REPORT_PERMISSION = "search.view_search_report"


def can_see_report(user):
    return user.is_active and user.has_perm(REPORT_PERMISSION)


class SearchReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/report.html"
    page_title = gettext_lazy("Site search")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        languages = dict(settings.LANGUAGES)
        language = self.request.GET.get("language", "")
        if language not in languages:
            language = settings.LANGUAGE_CODE
        return super().get_context_data(
            languages=languages.items(),
            language=language,
            days=statistics.REPORT_DAYS,
            top_queries=statistics.top_queries(language),
            queries_without_results=statistics.queries_without_results(language),
            **kwargs,
        )
