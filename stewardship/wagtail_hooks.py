from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_panels import WaitingItemsPanel, add_to_dashboard

from . import law_changes
from .admin_views_freshness import StaleTranslationsReportView, can_see_report
from .models import LawChange
from .reviews import answered_for_by, due_reviews_queryset


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


# Page reviews (helper R): mark a page reviewed from its header menu and page listings.


@hooks.register("register_admin_urls")
def register_review_urls():
    from . import admin_views

    return [
        path(
            "stewardship/pages/<int:page_id>/mark-reviewed/",
            admin_views.mark_page_reviewed,
            name="stewardship_mark_reviewed",
        ),
        path(
            "stewardship/pages/<int:page_id>/review-settings/",
            admin_views.page_review_settings,
            name="stewardship_review_settings",
        ),
    ]


def review_buttons(page, user):
    from wagtail.admin.widgets.button import Button

    from .admin_views import can_review

    if page.depth > 1 and can_review(page, user):
        yield Button(
            _("Mark as reviewed"),
            reverse("stewardship_mark_reviewed", args=(page.pk,)),
            icon_name="tick",
            priority=40,
        )
        yield Button(
            _("Owner and review date"),
            reverse("stewardship_review_settings", args=(page.pk,)),
            icon_name="user",
            priority=41,
        )


@hooks.register("register_page_header_buttons")
def review_header_buttons(page, user, view_name=None, next_url=None):
    yield from review_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def review_listing_buttons(page, user, next_url=None):
    yield from review_buttons(page, user)


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(
        "stewardship.mark_reviewed", _("Marked as reviewed"), _("Marked as reviewed")
    )
    actions.register_action(
        "stewardship.review_settings",
        _("Owner and review date changed"),
        _("Owner and review date changed"),
    )


# Pages to review: the report, its menu item and the dashboard panel.


@hooks.register("register_admin_urls")
def register_pages_to_review_report_urls():
    from .admin_views import PagesToReviewReportView

    return [
        path(
            "reports/pages-to-review/",
            PagesToReviewReportView.as_view(),
            name="pages_to_review_report",
        ),
        path(
            "reports/pages-to-review/results/",
            PagesToReviewReportView.as_view(results_only=True),
            name="pages_to_review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_pages_to_review_menu_item():
    return StaleTranslationsMenuItem(
        _("Pages to review"), reverse("pages_to_review_report"), icon_name="time", order=905
    )


@add_to_dashboard
class PagesToReviewPanel(WaitingItemsPanel):
    name = "pages_to_review"
    order = 160
    heading = _("Pages to review")
    waiting = ngettext_lazy(
        "%(counter)s page you answer for is due for review.",
        "%(counter)s pages you answer for are due for review.",
        "counter",
    )
    none_waiting = _("None of your pages is due for review.")
    link_label = _("See your pages to review")

    def get_context_data(self, parent_context):
        self.user = parent_context["request"].user
        return super().get_context_data(parent_context)

    @staticmethod
    def is_shown(user):
        return can_see_report(user)

    def count(self):
        flagged = law_changes.pages_not_reviewed_since_changes()
        return due_reviews_queryset(flagged).filter(answered_for_by(self.user)).count()

    def url(self):
        return reverse("pages_to_review_report") + "?owner=mine"
