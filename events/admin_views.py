"""The organiser's view of an event's registrations in the admin: the list and the waiting list
with counts, search and export, cancelling or giving a place, marking attendance, and a printable
attendance sheet. Seeing them takes the view permission on registrations (Editors have it);
changing them, the change permission."""

import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Min, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from home.spreadsheets import SafeSpreadsheetExportMixin

from . import registrations
from .models import EventPage, Registration

Status = Registration.Status
permission_policy = ModelPermissionPolicy(Registration)
CANCEL_ACTION = "events.registration_cancelled"
CONFIRM_ACTION = "events.registration_confirmed"
ATTENDANCE_ACTION = "events.attendance_marked"


def may(user, action):
    return permission_policy.user_has_permission(user, action)


def event_or_404(event_id, user, action="view"):
    if not may(user, action):
        raise PermissionDenied
    return get_object_or_404(EventPage, pk=event_id, registration_enabled=True)


def counts(event):
    """{status: how many} of the event's registrations, in one query."""
    found = registrations.of_event(event).aggregate(
        **{status: Count("pk", filter=Q(status=status)) for status in Status.values}
    )
    return found


STATUS_ORDER = Case(
    When(status=Status.CONFIRMED, then=Value(0)),
    When(status=Status.WAITING, then=Value(1)),
    default=Value(2),
)


def in_list_order(queryset):
    """Confirmed first, then the waiting list in its order, then the cancelled; each with its
    place in the waiting list (`position`, counted over the whole list whatever is filtered)."""
    earlier_waiting = (
        Registration.objects.filter(
            event_key=OuterRef("event_key"),
            status=Status.WAITING,
            created_at__lte=OuterRef("created_at"),
        )
        .values("event_key")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return queryset.annotate(
        status_order=STATUS_ORDER,
        position=Case(
            When(status=Status.WAITING, then=Subquery(earlier_waiting)),
            default=None,
        ),
    ).order_by("status_order", "created_at", "pk")


class RegistrationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        empty_label=gettext_lazy("All"),
        choices=Status.choices,
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"),
        empty_label=gettext_lazy("All languages"),
        choices=[("fi", "suomi"), ("sv", "svenska"), ("en", "English")],
    )
    attended = django_filters.BooleanFilter(label=gettext_lazy("Attended"))

    class Meta:
        model = Registration
        fields = []


class StatusColumn(Column):
    """The status; for the waiting list, the place in the queue."""

    def get_value(self, instance):
        if instance.status == Status.WAITING:
            return _("Waiting, number %(position)s") % {"position": instance.position}
        return instance.get_status_display()


class NeedsColumn(Column):
    def get_value(self, instance):
        return "; ".join(
            part for part in (instance.dietary_needs, instance.accessibility_needs) if part
        )


class ActionsColumn(Column):
    cell_template_name = "events/admin/registration_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["action_url"] = reverse(
            "event_registration_status", args=(instance.event_id, instance.pk)
        )
        context["may_change"] = parent_context.get("may_change")
        return context


class RegistrationsView(SafeSpreadsheetExportMixin, ReportView):
    """One event's registrations, its language versions' together."""

    template_name = "events/admin/registrations.html"
    header_icon = "group"
    permission_policy = permission_policy
    permission_required = "view"
    filterset_class = RegistrationFilterSet
    is_searchable = True
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    paginate_by = 50
    list_export = [
        "name",
        "email",
        "organisation",
        "language",
        "get_status_display",
        "position",
        "created_at",
        "dietary_needs",
        "accessibility_needs",
        "answers_text",
        "attended",
    ]
    export_headings = {
        "name": gettext_lazy("Name"),
        "email": gettext_lazy("Email"),
        "organisation": gettext_lazy("Organisation"),
        "language": gettext_lazy("Language"),
        "get_status_display": gettext_lazy("Status"),
        "position": gettext_lazy("Place on the waiting list"),
        "created_at": gettext_lazy("Registered at"),
        "dietary_needs": gettext_lazy("Dietary needs"),
        "accessibility_needs": gettext_lazy("Accessibility needs"),
        "answers_text": gettext_lazy("Answers"),
        "attended": gettext_lazy("Attended"),
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event_id = kwargs["event_id"]

    def dispatch(self, request, *args, **kwargs):
        self.event = event_or_404(self.event_id, request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Registrations")

    def get_page_subtitle(self):
        return self.event.title

    def get_index_url(self):
        return reverse("event_registrations", args=(self.event_id,))

    def get_index_results_url(self):
        return reverse("event_registrations_results", args=(self.event_id,))

    def get_filename(self):
        return f"{slugify(self.event.title)}-registrations"

    def get_base_queryset(self):
        # Each row names its registration, which names the event.
        return in_list_order(registrations.of_event(self.event).select_related("event"))

    def to_row_dict(self, item):
        item.answers_text = "; ".join(f"{question}: {answer}" for question, answer in item.answers)
        return super().to_row_dict(item)

    @cached_property
    def columns(self):
        return [
            Column("name", label=gettext_lazy("Name")),
            Column("email", label=gettext_lazy("Email")),
            Column("organisation", label=gettext_lazy("Organisation")),
            Column("language", label=gettext_lazy("Language")),
            StatusColumn("status", label=gettext_lazy("Status")),
            DateColumn("created_at", label=gettext_lazy("Registered at")),
            NeedsColumn("needs", label=gettext_lazy("Needs")),
            ActionsColumn("actions", label=gettext_lazy("Actions")),
        ]

    @cached_property
    def header_buttons(self):
        buttons = [
            Button(
                _("Attendance sheet"),
                reverse("event_attendance_sheet", args=(self.event_id,)),
                icon_name="doc-full",
                priority=10,
            )
        ]
        if may(self.request.user, "change"):
            buttons.append(
                Button(
                    _("Mark attendance"),
                    reverse("event_attendance", args=(self.event_id,)),
                    icon_name="tick",
                    priority=20,
                )
            )
        return buttons

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["event"] = self.event
        context["counts"] = counts(self.event)
        context["may_change"] = may(self.request.user, "change")
        context["edit_url"] = reverse("wagtailadmin_pages:edit", args=(self.event.pk,))
        return context


@require_POST
def change_status(request, event_id, registration_id):
    """Cancel a registration (its place goes to the first waiting) or give a waiting one a
    place, even past the capacity; the registrant is told by email."""
    event = event_or_404(event_id, request.user, "change")
    registration = get_object_or_404(registrations.of_event(event), pk=registration_id)
    action = request.POST.get("action")
    if action == "cancel":
        promoted = registrations.cancel(registration)
        log(
            instance=event,
            action=CANCEL_ACTION,
            user=request.user,
            data={"name": registration.name},
        )
        messages.success(
            request, _("%(name)s's registration is cancelled.") % {"name": registration.name}
        )
        if promoted:
            messages.success(
                request,
                _("%(name)s got the place from the waiting list and was told by email.")
                % {"name": promoted.name},
            )
    elif action == "confirm":
        if registrations.confirm(registration):
            log(
                instance=event,
                action=CONFIRM_ACTION,
                user=request.user,
                data={"name": registration.name},
            )
            messages.success(
                request,
                _("%(name)s has a place now and was told by email.") % {"name": registration.name},
            )
    else:
        return HttpResponseBadRequest(_("Choose to cancel the registration or to give a place."))
    return redirect("event_registrations", event.pk)


def confirmed_of(event):
    return registrations.of_event(event).filter(status=Status.CONFIRMED).order_by("name", "pk")


def attendance(request, event_id):
    """Mark who came: a checkbox for everyone with a place."""
    event = event_or_404(event_id, request.user, "change")
    people = list(confirmed_of(event))
    if request.method == "POST":
        came = {int(pk) for pk in request.POST.getlist("attended") if pk.isdigit()}
        registrations.mark_attendance(people, came)
        log(instance=event, action=ATTENDANCE_ACTION, user=request.user, data={"came": len(came)})
        messages.success(
            request,
            _("Attendance saved: %(came)s of %(count)s came.")
            % {"came": sum(person.pk in came for person in people), "count": len(people)},
        )
        return redirect("event_registrations", event.pk)
    title = _("Mark attendance")
    return TemplateResponse(
        request,
        "events/admin/attendance.html",
        {
            "event": event,
            "people": people,
            "page_title": title,
            "header_title": title,
            "page_subtitle": event.title,
            "header_icon": "tick",
            "cancel_url": reverse("event_registrations", args=(event.pk,)),
        },
    )


def attendance_sheet(request, event_id):
    """A page to print and sign at the door."""
    event = event_or_404(event_id, request.user)
    return TemplateResponse(
        request,
        "events/admin/attendance_sheet.html",
        {"event": event, "people": confirmed_of(event)},
    )


class EventRegistrationsLinkColumn(Column):
    """The event's title, linking to its registrations."""

    cell_template_name = "events/admin/event_registrations_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = reverse("event_registrations", args=(instance.pk,))
        return context


class PlacesColumn(Column):
    def get_value(self, instance):
        return f"{instance.confirmed_count}/{instance.capacity}"


def count_of(status):
    return Subquery(
        Registration.objects.filter(event_key=OuterRef("translation_key"), status=status)
        .values("event_key")
        .annotate(count=Count("pk"))
        .values("count"),
    )


class EventsTakingRegistrationsView(SafeSpreadsheetExportMixin, ReportView):
    """Reports → Event registrations: the events taking registrations on the site, one line per
    event (its first language version), those still to come first, with places and waiting."""

    page_title = gettext_lazy("Event registrations")
    header_icon = "group"
    index_url_name = "event_registrations_report"
    index_results_url_name = "event_registrations_report_results"
    permission_policy = permission_policy
    permission_required = "view"
    list_export = ["title", "start", "capacity", "confirmed_count", "waiting_count"]
    export_headings = {
        "title": gettext_lazy("Event"),
        "start": gettext_lazy("Starts"),
        "capacity": gettext_lazy("Places"),
        "confirmed_count": gettext_lazy("Confirmed"),
        "waiting_count": gettext_lazy("On the waiting list"),
    }

    @cached_property
    def columns(self):
        return [
            EventRegistrationsLinkColumn("title", label=gettext_lazy("Event")),
            DateColumn("start", label=gettext_lazy("Starts")),
            PlacesColumn("places", label=gettext_lazy("Places taken")),
            Column("waiting_count", label=gettext_lazy("On the waiting list")),
        ]

    def get_base_queryset(self):
        first_versions = (
            EventPage.objects.filter(registration_enabled=True)
            .values("translation_key")
            .annotate(first=Min("pk"))
            .values("first")
        )
        return (
            EventPage.objects.filter(pk__in=first_versions)
            .select_related("locale")
            .annotate(
                confirmed_count=Coalesce(count_of(Status.CONFIRMED), 0),
                waiting_count=Coalesce(count_of(Status.WAITING), 0),
                is_past=Case(When(end__lt=timezone.now(), then=Value(1)), default=Value(0)),
            )
            .order_by("is_past", "start", "pk")
        )
