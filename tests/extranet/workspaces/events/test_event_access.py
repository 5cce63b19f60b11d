"""Who gets what from every workspace-event address and action: every URL and action × every
kind of person × every visibility × every state (the roles and rules of
test_workspace_access).

Meetings are for the workspace's members only, whatever its visibility; archived and closed
workspaces are read-only (adding to one, a member is told so, 403); the one who added a meeting, or an administrator, changes it. Anyone
else gets 404, never 403, and no refusal names the workspace or the meeting."""

import datetime
from urllib.parse import quote

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from extranet.models import WorkspaceEvent
from tests.extranet.builders import person, workspaces_for
from tests.extranet.workspaces.test_workspace_access import (
    GONE,
    LOGIN,
    OK,
    READ_ONLY,
    ROLES,
    STATUS,
    inside,
    when,
    writable,
)
from tests.extranet.workspaces.test_workspace_access import ST as APPLICANT
from tests.extranet.workspaces.test_workspace_access import L as ANON
from tests.extranet.workspaces.test_workspace_access import N as NEVER

pytestmark = pytest.mark.django_db

TITLE = "Salainen suunnittelukokous"
EVENT, EVENTS = "→ event", "→ events"
ACTIVE = ("active",)

# fmt: off
TABLE = [
    # URL name,        method  anonymous applicant  requester outsider staff  member            admin                    owner
    ("event_list",     "get",  ANON, APPLICANT, NEVER, NEVER, NEVER, inside(OK),       inside(OK),              inside(OK)),
    ("event_detail",   "get",  ANON, APPLICANT, NEVER, NEVER, NEVER, inside(OK),       inside(OK),              inside(OK)),
    ("event_ical",     "get",  ANON, APPLICANT, NEVER, NEVER, NEVER, inside(OK),       inside(OK),              inside(OK)),
    ("event_calendar", "get",  ANON, APPLICANT, NEVER, NEVER, NEVER, inside(OK),       inside(OK),              inside(OK)),
    ("event_add",      "get",  ANON, APPLICANT, NEVER, NEVER, NEVER, writable(OK),     writable(OK),            writable(OK)),
    ("event_add",      "post", ANON, APPLICANT, NEVER, NEVER, NEVER, writable(EVENT), writable(EVENT),         writable(EVENT)),
    ("event_edit",     "get",  ANON, APPLICANT, NEVER, NEVER, NEVER, NEVER,            when(ACTIVE, OK),        when(ACTIVE, OK)),
    ("event_edit",     "post", ANON, APPLICANT, NEVER, NEVER, NEVER, NEVER,            when(ACTIVE, EVENT),     when(ACTIVE, EVENT)),
    ("event_attend",   "post", ANON, APPLICANT, NEVER, NEVER, NEVER, writable(EVENT),  writable(EVENT),         writable(EVENT)),
    ("event_delete",   "get",  ANON, APPLICANT, NEVER, NEVER, NEVER, NEVER,            when(ACTIVE, OK),        when(ACTIVE, OK)),
    ("event_delete",   "post", ANON, APPLICANT, NEVER, NEVER, NEVER, NEVER,            when(ACTIVE, EVENTS),    when(ACTIVE, EVENTS)),
]
# fmt: on

WITH_EVENT = {"event_detail", "event_ical", "event_edit", "event_delete", "event_attend"}


def test_the_table_covers_every_event_address():
    from extranet.workspaces.events import urls as events

    assert {p.name for p in events.urlpatterns} == {name for name, *_ in TABLE}


def add_event(ws):
    """A meeting added by another member of the workspace (not the person under test)."""
    insider = ws.memberships.get(user__first_name="Sisäpiirin").user
    start = timezone.now() + datetime.timedelta(days=3)
    return WorkspaceEvent.objects.create(
        workspace=ws,
        title=TITLE,
        description="Esityslista",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        location="Kokoushuone 3",
        created_by=insider,
    )


def form_data(event):
    return {
        "title": event.title if event else TITLE,
        "start_date": "2031-05-04",
        "start_time": "10:00",
        "end_time": "12:00",
        "location": "Verkossa",
        "online_url": "https://meet.example.fi/abc",
        "answer": "coming",
    }


def answer_is(expected, response, path, ws):
    location = response.get("Location", "")
    events_path = reverse("extranet:event_list", args=[ws.slug])
    if expected == LOGIN:
        return location == f"{reverse('account_login')}?next={quote(path)}"
    if expected == STATUS:
        return location == reverse("extranet:status")
    if expected == EVENT:  # the new or changed meeting's page
        return (
            response.status_code == 302
            and location.startswith(events_path)
            and location != events_path
        )
    if expected == EVENTS:
        return response.status_code == 302 and location == events_path
    return response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_every_event_address_answers_each_person_as_the_table_says(client, role):
    """One set of workspaces per role; the rows run in the table's order, so the meeting is
    deleted last."""
    user = person(role)
    if user is not None:
        client.force_login(user)
    column = ROLES.index(role)
    wrong = []
    with translation.override("fi"):
        for (visibility, state), ws in workspaces_for(role, user).items():
            event = add_event(ws)
            for name, method, *rules in TABLE:
                expected = rules[column](visibility, state)
                args = [ws.slug, event.pk] if name in WITH_EVENT else [ws.slug]
                path = reverse(f"extranet:{name}", args=args)
                if method == "get":
                    response = client.get(path)
                else:
                    response = client.post(path, form_data(event))
                if not answer_is(expected, response, path, ws):
                    wrong.append(
                        f"{method} {name} {visibility}/{state}: expected {expected}, "
                        f"got {response.status_code} {response.get('Location', '')}"
                    )
                if expected not in (OK, READ_ONLY):  # members may read its name
                    text = response.content.decode()
                    assert ws.name not in text, f"{name} {visibility}/{state} leaks its name"
                    assert TITLE not in text, f"{name} {visibility}/{state} leaks the event"
            if rules[column](visibility, state) == GONE:  # the last row: delete
                assert WorkspaceEvent.objects.filter(pk=event.pk, sequence=0).exists()
    assert not wrong, "\n".join(wrong)


def test_the_member_who_added_a_meeting_may_change_and_delete_it_but_not_another_members(client):
    from extranet.models import WorkspaceMembership

    owner = person("owner")
    spaces = workspaces_for("owner", owner)
    ws = spaces["open", "active"]
    author = person("member")
    WorkspaceMembership.objects.create(workspace=ws, user=author)
    others = add_event(ws)
    own = add_event(ws)
    WorkspaceEvent.objects.filter(pk=own.pk).update(created_by=author)
    client.force_login(author)
    for action in ("event_edit", "event_delete"):
        assert client.get(reverse(f"extranet:{action}", args=[ws.slug, own.pk])).status_code == 200
        assert (
            client.get(reverse(f"extranet:{action}", args=[ws.slug, others.pk])).status_code == 404
        )


def test_an_event_of_another_workspace_is_not_found_through_this_one(client):
    owner = person("owner")
    spaces = workspaces_for("owner", owner)
    mine, theirs = spaces["open", "active"], spaces["closed", "active"]
    event = add_event(theirs)
    client.force_login(owner)
    for name in ("event_detail", "event_ical", "event_edit", "event_delete"):
        response = client.get(reverse(f"extranet:{name}", args=[mine.slug, event.pk]))
        assert response.status_code == 404, name
