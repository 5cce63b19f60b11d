"""Workspace meetings: scheduling, changing and deleting them, the pages members use, and the
iCalendar files they take to their calendars."""

import datetime
import zoneinfo

import icalendar
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from extranet.errors import WorkspaceError
from extranet.models import WorkspaceEvent, WorkspaceMembership
from extranet.workspaces.events import services as service
from tests.extranet import builders
from tests.extranet.builders import join, make_member, set_state

pytestmark = pytest.mark.django_db

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def at(*args):
    return datetime.datetime(*args, tzinfo=HELSINKI)


def meeting(**fields):
    return {
        "title": "Kotoutumisverkoston kokous",
        "description": "Esityslista: kuulumiset ja ensi vuoden suunnitelma.",
        "starts_at": at(2031, 3, 4, 13),
        "ends_at": at(2031, 3, 4, 15),
        "location": "Pasila, kokoushuone 3",
        "online_url": "https://meet.example.fi/kokous",
        **fields,
    }


@pytest.fixture
def owner():
    return builders.member("Oona", "Omistaja")


@pytest.fixture
def workspace(owner):
    return builders.workspace(owner, name="Kotoutumisen verkosto")


# The service


def test_a_member_schedules_a_meeting_and_the_members_are_told(workspace, monkeypatch):
    told = []
    monkeypatch.setattr("extranet.notifications.services.event_added", told.append)
    member = join(workspace)
    event = service.schedule(workspace, member, **meeting())
    assert event.created_by == member
    assert event.sequence == 0
    assert told == [event]
    assert workspace.events.get() == event


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"ends_at": at(2031, 3, 4, 13)}, "ends_at"),
        ({"ends_at": at(2031, 3, 4, 12)}, "ends_at"),
        ({"online_url": "javascript:alert(1)"}, "online_url"),
        ({"online_url": "ftp://example.fi/x"}, "online_url"),
        ({"location": "", "online_url": ""}, "location"),
    ],
)
def test_a_meeting_that_makes_no_sense_is_refused(workspace, owner, fields, field):
    with pytest.raises(service.ValidationError) as refused:
        service.schedule(workspace, owner, **meeting(**fields))
    assert field in refused.value.message_dict
    assert not workspace.events.exists()


def test_a_place_or_a_link_alone_is_enough(workspace, owner):
    service.schedule(workspace, owner, **meeting(online_url=""))
    service.schedule(workspace, owner, **meeting(location=""))
    assert workspace.events.count() == 2


@pytest.mark.parametrize("state", ["archived", "closed", "deleted"])
def test_no_meetings_are_added_or_changed_in_a_read_only_workspace(workspace, owner, state):
    event = service.schedule(workspace, owner, **meeting())
    set_state(workspace, state)
    event.refresh_from_db()
    with pytest.raises(WorkspaceError):
        service.schedule(workspace, owner, **meeting())
    with pytest.raises(WorkspaceError):
        service.edit(event, owner, title="Uusi")
    with pytest.raises(WorkspaceError):
        service.delete(event, owner)
    assert WorkspaceEvent.objects.filter(pk=event.pk, title=meeting()["title"]).exists()


def test_outsiders_cannot_schedule(workspace):
    with pytest.raises(WorkspaceError):
        service.schedule(workspace, make_member().user, **meeting())


def test_the_author_or_an_administrator_changes_a_meeting_another_member_does_not(workspace):
    author, other = join(workspace), join(workspace)
    admin = join(workspace, role=WorkspaceMembership.Role.ADMIN)
    event = service.schedule(workspace, author, **meeting())
    with pytest.raises(WorkspaceError):
        service.edit(event, other, title="Kaappaus")
    with pytest.raises(WorkspaceError):
        service.delete(event, other)
    service.edit(event, author, title="Siirretty kokous")
    service.edit(event, admin, location="Tampere")
    event.refresh_from_db()
    assert (event.title, event.location) == ("Siirretty kokous", "Tampere")
    service.delete(event, admin)
    assert not WorkspaceEvent.objects.filter(pk=event.pk).exists()


def test_a_change_raises_the_sequence_so_calendars_update_their_copy(workspace, owner):
    event = service.schedule(workspace, owner, **meeting())
    first_update = event.updated_at
    service.edit(event, owner, starts_at=at(2031, 3, 5, 13), ends_at=at(2031, 3, 5, 14))
    event.refresh_from_db()
    assert event.sequence == 1
    assert event.updated_at > first_update
    with pytest.raises(service.ValidationError):
        service.edit(event, owner, ends_at=at(2031, 3, 5, 12))
    event.refresh_from_db()
    assert event.sequence == 1


# The pages


def form(**fields):
    return {
        "title": "Verkostotapaaminen",
        "start_date": "2031-03-04",
        "start_time": "13:00",
        "end_date": "",
        "end_time": "15:30",
        "location": "Pasila",
        "online_url": "https://meet.example.fi/abc",
        "description": "Tervetuloa!",
        **fields,
    }


def test_the_form_reads_the_times_in_finnish_time(client, workspace, owner):
    client.force_login(owner)
    response = client.post(reverse("extranet:event_add", args=[workspace.slug]), form())
    event = workspace.events.get()
    assert response["Location"] == reverse("extranet:event_detail", args=[workspace.slug, event.pk])
    assert event.starts_at == at(2031, 3, 4, 13)
    assert event.ends_at == at(2031, 3, 4, 15, 30)
    assert event.created_by == owner


def test_a_refused_form_keeps_what_was_typed_and_says_why(client, workspace, owner):
    client.force_login(owner)
    with translation.override("en"):
        response = client.post(
            reverse("extranet:event_add", args=[workspace.slug]),
            form(end_time="12:00", online_url="javascript:alert(1)", title="Oma otsikko"),
        )
    assert response.status_code == 400
    text = response.content.decode()
    assert "The meeting must end after it starts." in text
    assert "beginning with https://" in text
    assert 'value="Oma otsikko"' in text
    assert 'value="2031-03-04"' in text
    assert "javascript:alert(1)" in text
    assert not workspace.events.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"start_date": "2031-02-31"},
        {"start_date": "0001-01-01"},
        {"start_date": "2031-03-04", "end_date": "9999-12-31"},
        {"start_time": "25:99"},
        {"start_date": "", "start_time": "", "end_time": ""},
        {"title": "x" * 201},
        {"end_date": "'; DROP TABLE"},
    ],
)
def test_odd_form_input_is_a_400_with_a_message_never_an_error(client, workspace, owner, fields):
    client.force_login(owner)
    response = client.post(reverse("extranet:event_add", args=[workspace.slug]), form(**fields))
    assert response.status_code == 400
    assert b"error-summary" in response.content


def test_editing_shows_the_saved_times_and_saves_the_change(client, workspace, owner):
    event = service.schedule(workspace, owner, **meeting())
    client.force_login(owner)
    url = reverse("extranet:event_edit", args=[workspace.slug, event.pk])
    page = client.get(url).content.decode()
    assert 'value="2031-03-04"' in page
    assert 'value="13:00"' in page
    response = client.post(url, form(end_date="2031-03-05", end_time="09:00"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.ends_at == at(2031, 3, 5, 9)
    assert event.sequence == 1


def test_deleting_asks_first(client, workspace, owner):
    event = service.schedule(workspace, owner, **meeting())
    client.force_login(owner)
    url = reverse("extranet:event_delete", args=[workspace.slug, event.pk])
    assert client.get(url).status_code == 200
    assert WorkspaceEvent.objects.filter(pk=event.pk).exists()
    assert client.post(url)["Location"] == reverse("extranet:event_list", args=[workspace.slug])
    assert not WorkspaceEvent.objects.filter(pk=event.pk).exists()


def test_the_list_shows_upcoming_meetings_soonest_first_then_past_ones(client, workspace, owner):
    now = timezone.now()

    def add(title, days):
        start = now + datetime.timedelta(days=days)
        WorkspaceEvent.objects.create(
            workspace=workspace,
            title=title,
            starts_at=start,
            ends_at=start + datetime.timedelta(hours=1),
            location="Pasila",
        )

    add("Myöhempi", 20)
    add("Pian", 2)
    add("Eilinen", -1)
    add("Viime kuun", -30)
    client.force_login(owner)
    with translation.override("fi"):
        text = client.get(reverse("extranet:event_list", args=[workspace.slug])).content.decode()
    order = [text.index(title) for title in ("Pian", "Myöhempi", "Eilinen", "Viime kuun")]
    assert order == sorted(order)
    assert text.index("Tulevat tapahtumat") < order[0] < text.index("Menneet tapahtumat") < order[2]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fi", "ti 4.3.2031 klo 13.00–15.00"), ("sv", "tis 2031-03-04 kl. 13:00–15:00")],
)
def test_times_read_in_helsinki_time_in_the_page_language(
    client, workspace, owner, language, expected
):
    event = service.schedule(workspace, owner, **meeting())
    client.force_login(owner)
    with translation.override(language):
        text = client.get(reverse("extranet:event_detail", args=[workspace.slug, event.pk]))
    assert expected in text.content.decode()


def test_the_event_pages_run_a_bounded_number_of_queries(client, workspace, owner):
    client.force_login(owner)
    url = reverse("extranet:event_list", args=[workspace.slug])

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    now = timezone.now()
    for days in (-2, 2):  # one past and one upcoming meeting
        start = now + datetime.timedelta(days=days)
        service.schedule(
            workspace,
            owner,
            **meeting(starts_at=start, ends_at=start + datetime.timedelta(hours=1)),
        )
    count()
    few = count()
    authors = [join(workspace) for _ in range(3)]
    WorkspaceEvent.objects.bulk_create(
        WorkspaceEvent(
            workspace=workspace,
            title=f"Kokous {n}",
            starts_at=now + datetime.timedelta(days=n - 30),
            ends_at=now + datetime.timedelta(days=n - 30, hours=1),
            location="Pasila",
            created_by=authors[n % 3],
        )
        for n in range(60)
    )
    assert count() == few


# iCalendar


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    return icalendar.Calendar.from_ical(response.content)


def test_one_meeting_as_icalendar(client, workspace, owner):
    event = service.schedule(workspace, owner, **meeting())
    service.edit(event, owner, title="Kotoutumisverkoston kokous (siirretty)")
    client.force_login(owner)
    calendar = parse(client.get(reverse("extranet:event_ical", args=[workspace.slug, event.pk])))
    [item] = calendar.walk("VEVENT")
    assert str(item["UID"]) == str(event.uid)
    assert item["SEQUENCE"] == 1
    assert str(item["SUMMARY"]) == "Kotoutumisverkoston kokous (siirretty)"
    assert item.decoded("DTSTART") == at(2031, 3, 4, 13)
    assert item.decoded("DTEND") == at(2031, 3, 4, 15)
    assert item.decoded("DTSTAMP").tzinfo is not None
    assert str(item["LOCATION"]) == "Pasila, kokoushuone 3"
    assert str(item["URL"]) == "https://meet.example.fi/kokous"
    description = str(item["DESCRIPTION"])
    assert "Esityslista" in description
    assert reverse("extranet:event_detail", args=[workspace.slug, event.pk]) in description


def test_the_whole_workspace_as_a_calendar(client, workspace, owner):
    first = service.schedule(workspace, owner, **meeting())
    second = service.schedule(
        workspace,
        owner,
        **meeting(
            title="Toinen", online_url="", starts_at=at(2031, 4, 1, 9), ends_at=at(2031, 4, 1, 10)
        ),
    )
    client.force_login(owner)
    calendar = parse(client.get(reverse("extranet:event_calendar", args=[workspace.slug])))
    items = calendar.walk("VEVENT")
    assert [str(item["UID"]) for item in items] == [str(first.uid), str(second.uid)]
    assert "URL" not in items[1]
    assert str(calendar["X-WR-CALNAME"]) == workspace.name
