"""The organiser's registration views in the admin, and the way to them from an event page."""

from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .models import EventPage


@hooks.register("register_admin_urls")
def register_registration_urls():
    from . import admin_views

    return [
        path(
            "events/<int:event_id>/registrations/",
            admin_views.RegistrationsView.as_view(),
            name="event_registrations",
        ),
        path(
            "events/<int:event_id>/registrations/results/",
            admin_views.RegistrationsView.as_view(results_only=True),
            name="event_registrations_results",
        ),
        path(
            "events/<int:event_id>/registrations/<int:registration_id>/status/",
            admin_views.change_status,
            name="event_registration_status",
        ),
        path(
            "events/<int:event_id>/attendance/",
            admin_views.attendance,
            name="event_attendance",
        ),
        path(
            "events/<int:event_id>/attendance-sheet/",
            admin_views.attendance_sheet,
            name="event_attendance_sheet",
        ),
    ]


def registration_buttons(page, user):
    from wagtail.admin.widgets.button import Button

    from .admin_views import may

    specific_class = page.specific_class
    if specific_class is None or not issubclass(specific_class, EventPage):
        return
    if may(user, "view") and page.specific_deferred.registration_enabled:
        yield Button(
            _("Registrations"),
            reverse("event_registrations", args=(page.pk,)),
            icon_name="group",
            priority=30,
        )


@hooks.register("register_page_header_buttons")
def registration_header_buttons(page, user, view_name=None, next_url=None):
    yield from registration_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def registration_listing_buttons(page, user, next_url=None):
    yield from registration_buttons(page, user)


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    actions.register_action(
        "events.registration_cancelled", _("Registration cancelled"), _("Registration cancelled")
    )
    actions.register_action(
        "events.registration_confirmed",
        _("Place given from the waiting list"),
        _("Place given from the waiting list"),
    )
    actions.register_action(
        "events.attendance_marked", _("Attendance marked"), _("Attendance marked")
    )


@hooks.register("register_personal_data")
def registrations_as_personal_data():
    from .privacy import Registrations

    return Registrations()


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        from .admin_views import may

        return may(request.user, "view")


@hooks.register("register_admin_urls")
def register_registrations_report_urls():
    from .admin_views import EventsTakingRegistrationsView

    return [
        path(
            "reports/event-registrations/",
            EventsTakingRegistrationsView.as_view(),
            name="event_registrations_report",
        ),
        path(
            "reports/event-registrations/results/",
            EventsTakingRegistrationsView.as_view(results_only=True),
            name="event_registrations_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_registrations_report_menu_item():
    return RegistrationsMenuItem(
        _("Event registrations"),
        reverse("event_registrations_report"),
        icon_name="group",
        order=910,
    )
