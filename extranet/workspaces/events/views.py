"""A workspace's meetings, for its members: the list, one meeting, adding, changing and
deleting, and the meetings as iCalendar files.

Thin views over extranet.workspaces.events.services. Anyone who may not read the workspace gets 404, as
does a member asking for an action the rules don't allow them (an archived workspace's form,
another member's meeting)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from extranet.access import member_required
from extranet.errors import WorkspaceError
from extranet.workspaces.events import services as service
from extranet.workspaces.events.forms import WorkspaceEventForm
from extranet.workspaces.read_only import read_only_page
from extranet.workspaces.services import readable_workspace
from home.pagination import page_of

PAST_PER_PAGE = 20


def _event(request, slug, pk):
    workspace = readable_workspace(request, slug)
    event = get_object_or_404(workspace.events.select_related("created_by"), pk=pk)
    event.workspace = workspace  # the rules remember the member's membership on it
    return workspace, event


def _context(request, workspace, **extra):
    return {
        "extranet_section": "workspaces",
        "workspace": workspace,
        "current": "events",
        "can_manage": workspace.can_manage(request.user),
        **extra,
    }


@member_required
def event_list(request, slug):
    workspace = readable_workspace(request, slug)
    upcoming, past = service.upcoming_and_past(workspace)
    past_page = page_of(request, past, PAST_PER_PAGE)
    return TemplateResponse(
        request,
        "extranet/workspaces/events/list.html",
        _context(
            request,
            workspace,
            upcoming=list(upcoming),
            page_obj=past_page,
            page_range=past_page.paginator.get_elided_page_range(past_page.number),
            past=past_page.object_list,
            can_add=service.can_add(workspace, request.user),
        ),
    )


def _detail_page(request, workspace, event, status=200, error=None):
    own_answer, answers = service.attendance(event, request.user)
    return TemplateResponse(
        request,
        "extranet/workspaces/events/detail.html",
        _context(
            request,
            workspace,
            event=event,
            can_change=service.can_change(event, request.user),
            can_answer=service.can_answer(event, request.user),
            own_answer=own_answer,
            answers=[(value, label, answers[value]) for value, label in service.Answer.choices],
            answer_error=error,
        ),
        status=status,
    )


@member_required
def event_detail(request, slug, pk):
    workspace, event = _event(request, slug, pk)
    return _detail_page(request, workspace, event)


@member_required
@require_POST
def event_attend(request, slug, pk):
    """A member says whether they come; the page shows the counts and their own answer."""
    workspace, event = _event(request, slug, pk)
    if not workspace.is_active:
        return read_only_page(
            request,
            workspace,
            back=reverse("extranet:event_detail", args=[workspace.slug, event.pk]),
            back_label=_("Back to the event"),
            current="events",
        )
    try:
        service.answer(event, request.user, request.POST.get("answer", ""))
    except WorkspaceError as error:
        status = 400 if service.can_answer(event, request.user) else 403
        return _detail_page(request, workspace, event, status=status, error=str(error))
    messages.success(request, _("Your answer is saved."))
    return redirect("extranet:event_detail", workspace.slug, event.pk)


def _form_page(request, workspace, form, event=None, status=200):
    return TemplateResponse(
        request,
        "extranet/workspaces/events/form.html",
        _context(request, workspace, form=form, event=event),
        status=status,
    )


@member_required
def event_add(request, slug):
    workspace = readable_workspace(request, slug)
    if not workspace.is_active:
        return read_only_page(
            request,
            workspace,
            back=reverse("extranet:event_list", args=[workspace.slug]),
            back_label=_("Back to the events"),
            current="events",
        )
    if not service.can_add(workspace, request.user):
        raise Http404
    if request.method != "POST":
        return _form_page(request, workspace, WorkspaceEventForm())
    form = WorkspaceEventForm(request.POST)
    if form.is_valid():
        try:
            event = service.schedule(workspace, request.user, **form.event_data)
        except WorkspaceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The event has been added."))
            return redirect("extranet:event_detail", slug=workspace.slug, pk=event.pk)
    return _form_page(request, workspace, form, status=400)


@member_required
def event_edit(request, slug, pk):
    workspace, event = _event(request, slug, pk)
    if not service.can_change(event, request.user):
        raise Http404
    if request.method != "POST":
        return _form_page(request, workspace, WorkspaceEventForm(event=event), event)
    form = WorkspaceEventForm(request.POST, event=event)
    if form.is_valid():
        try:
            service.edit(event, request.user, **form.event_data)
        except WorkspaceError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The event has been changed."))
            return redirect("extranet:event_detail", slug=workspace.slug, pk=event.pk)
    return _form_page(request, workspace, form, event, status=400)


@member_required
def event_delete(request, slug, pk):
    workspace, event = _event(request, slug, pk)
    if not service.can_change(event, request.user):
        raise Http404
    if request.method == "POST":
        try:
            service.delete(event, request.user)
        except WorkspaceError as error:
            messages.error(request, str(error))
            return redirect("extranet:event_detail", slug=workspace.slug, pk=event.pk)
        messages.success(request, _("The event has been deleted."))
        return redirect("extranet:event_list", slug=workspace.slug)
    return TemplateResponse(
        request, "extranet/workspaces/events/delete.html", _context(request, workspace, event=event)
    )


@member_required
def event_ical(request, slug, pk):
    workspace, event = _event(request, slug, pk)
    return service.calendar_response(
        [event], request, name=workspace.name, filename=f"{workspace.slug}-{event.pk}.ics"
    )


@member_required
def event_calendar(request, slug):
    workspace = readable_workspace(request, slug)
    events = list(workspace.events.order_by("starts_at", "pk"))
    for event in events:
        event.workspace = workspace
    return service.calendar_response(
        events, request, name=workspace.name, filename=f"{workspace.slug}.ics"
    )
