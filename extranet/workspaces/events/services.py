"""Meetings of a workspace: members who may post schedule them; the one who added a meeting, or
a workspace administrator, changes or cancels it. Archived and closed workspaces are read-only.
Members take the meetings to their own calendars as iCalendar (RFC 5545) files.

Each action checks the rules of extranet.models.Workspace, refuses with a translated
WorkspaceError and leaves an entry in the Wagtail audit log of the workspace."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from extranet.errors import WorkspaceError
from extranet.models import EventAttendance, WorkspaceEvent
from extranet.notifications import services as notifications
from home import ical

PRODID = "-//Kotoutuminen.fi//Partnership Platform workspace events//FI"
FIELDS = ("title", "description", "starts_at", "ends_at", "location", "online_url")

# Audit-log actions, to be labelled in extranet/wagtail_hooks.py like workspaces.LOG_ACTIONS.
LOG_ACTIONS = {
    "extranet.workspace.event_add": gettext_lazy("Workspace event added"),
    "extranet.workspace.event_edit": gettext_lazy("Workspace event changed"),
    "extranet.workspace.event_delete": gettext_lazy("Workspace event deleted"),
}

only_web_addresses = URLValidator(schemes=["http", "https"])


# The rules


def can_add(workspace, user):
    return workspace.can_post(user)


def can_change(event, user):
    """The one who added the meeting, or an administrator, while the workspace is active."""
    workspace = event.workspace
    if not workspace.can_post(user):
        return False
    return event.created_by_id == user.pk or workspace.can_manage(user)


def validate(*, starts_at, ends_at, location="", online_url="", **other):
    """The meeting's own sense, whoever schedules it: raises ValidationError naming the field."""
    errors = {}
    if starts_at and ends_at and ends_at <= starts_at:
        errors["ends_at"] = _("The meeting must end after it starts.")
    if online_url:
        try:
            only_web_addresses(online_url)
        except ValidationError:
            errors["online_url"] = _(
                "Give the meeting link as a web address beginning with https:// or http://."
            )
    if not (location or "").strip() and not online_url:
        errors["location"] = _("Give a place, an online meeting link or both.")
    if errors:
        raise ValidationError(errors)


def _log(event, action, by):
    log(
        instance=event.workspace,
        action=action,
        user=by,
        data={"event": event.pk, "title": event.title},
    )


# Actions


@transaction.atomic
def schedule(workspace, by, **fields):
    """A new meeting in the workspace; its members are told (extranet.notifications.services)."""
    if not can_add(workspace, by):
        raise WorkspaceError(_("You can't add events in this workspace."))
    fields = {name: fields.get(name, "") for name in FIELDS}
    validate(**fields)
    now = timezone.now()
    event = WorkspaceEvent.objects.create(
        workspace=workspace, created_by=by, created_at=now, updated_at=now, **fields
    )
    _log(event, "extranet.workspace.event_add", by)
    notifications.event_added(event)
    return event


@transaction.atomic
def edit(event, by, **fields):
    """Change the meeting; calendar programs see the new SEQUENCE and update their copy."""
    if not can_change(event, by):
        raise WorkspaceError(_("You can't change this event."))
    merged = {name: fields.get(name, getattr(event, name)) for name in FIELDS}
    validate(**merged)
    for name, value in merged.items():
        setattr(event, name, value)
    event.sequence += 1
    event.updated_at = timezone.now()
    event.save(update_fields=[*FIELDS, "sequence", "updated_at"])
    _log(event, "extranet.workspace.event_edit", by)
    return event


@transaction.atomic
def delete(event, by):
    if not can_change(event, by):
        raise WorkspaceError(_("You can't delete this event."))
    _log(event, "extranet.workspace.event_delete", by)
    event.delete()


# Attendance

Answer = EventAttendance.Answer


def can_answer(event, user):
    """Members of an active workspace answer for meetings that are not over."""
    return not event.is_past and event.workspace.can_post(user)


def answer(event, user, value):
    """Record (or change) whether `user` comes to `event`."""
    if value not in Answer.values:
        raise WorkspaceError(_("Choose coming, maybe or not coming."))
    if not can_answer(event, user):
        raise WorkspaceError(_("You can't answer for this event."))
    EventAttendance.objects.update_or_create(
        event=event, user=user, defaults={"answer": value, "answered_at": timezone.now()}
    )


def with_attendance_counts(events):
    """The events, each annotated with how many answered coming, maybe and not coming."""
    return events.annotate(
        **{
            f"{value}_count": Count("attendances", filter=Q(attendances__answer=value))
            for value in Answer.values
        }
    )


def attendance(event, user):
    """(the user's own answer or None, {answer: [members' names]}) for the event page."""
    answers = event.attendances.select_related("user").order_by(
        "user__first_name", "user__last_name", "pk"
    )
    names = {value: [] for value in Answer.values}
    own = None
    for given in answers:
        names[given.answer].append(given.user.get_full_name() or given.user.username)
        if given.user_id == user.pk:
            own = given.answer
    return own, names


def upcoming_and_past(workspace, now=None):
    """(upcoming, past): meetings not yet over, soonest first; those over, latest first."""
    now = now or timezone.now()
    events = with_attendance_counts(workspace.events.select_related("created_by"))
    return (
        events.filter(ends_at__gte=now).order_by("starts_at", "pk"),
        events.filter(ends_at__lt=now).order_by("-starts_at", "-pk"),
    )


# iCalendar


def build_calendar(events, request, *, name):
    """The events as one VCALENDAR (home.ical)."""
    calendar = ical.new_calendar(prodid=PRODID, name=name)
    for event in events:
        page = request.build_absolute_uri(
            reverse("extranet:event_detail", args=[event.workspace.slug, event.pk])
        )
        ical.add_event(
            calendar,
            uid=str(event.uid),
            sequence=event.sequence,
            stamp=event.updated_at,
            created=event.created_at,
            modified=event.updated_at,
            start=event.starts_at,
            end=event.ends_at,
            summary=event.title,
            description=f"{event.description}\n\n{page}" if event.description else page,
            location=event.location,
            url=event.online_url,
        )
    return calendar


def calendar_response(events, request, *, name, filename):
    """A download for the member's calendar program, never kept by any cache."""
    response = ical.calendar_response(build_calendar(events, request, name=name), filename=filename)
    response["Cache-Control"] = "private, no-store"
    return response
