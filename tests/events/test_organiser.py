"""The organiser's view in the admin: the registrations and the waiting list with counts, search,
CSV and XLSX export, cancelling and giving places, attendance, the printable sheet, and everyone
who may not see them refused."""

import csv
import io

import openpyxl
import pytest

from django.core import mail
from django.urls import reverse

from events import registrations
from events.models import Registration
from tests.extranet.builders import make_staff
from tests.stewardship.refused import assert_refused, sign_in_refused

from .conftest import add_event, add_registrations

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def event(events_index):
    return add_event(
        events_index,
        "Rahoitusinfo",
        "rahoitusinfo",
        registration_enabled=True,
        capacity=2,
        waiting_list_enabled=True,
        registration_questions="Mitä haluat kysyä?",
    )


def register(event, name, organisation="Kunta", **fields):
    email = name.lower().replace(" ", ".") + "@example.fi"
    registration, _created = registrations.register(
        event, language="fi", name=name, email=email, organisation=organisation, **fields
    )
    return registration


@pytest.fixture
def people(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return [
            register(event, "Aino Virtanen", "Helsingin kaupunki", answers=[["Mitä?", "=1+1"]]),
            register(event, "Bertil Ek", "Vasa stad", dietary_needs="Gluteeniton"),
            register(event, "Cecilia Lind", "TE-palvelut"),
            register(event, "Daniel Koski", "Kela"),
        ]


@pytest.fixture
def editor(client):
    client.force_login(make_staff("editor@example.fi"))
    return client


def url(name, event, *args):
    return reverse(name, args=(event.pk, *args))


def test_the_editor_sees_places_taken_and_the_waiting_list_in_order(editor, event, people):
    page = editor.get(url("event_registrations", event)).content.decode()

    assert "2/2 places taken" in page
    assert "2 on the waiting list" in page
    assert page.index("Aino Virtanen") < page.index("Bertil Ek") < page.index("Cecilia Lind")
    assert "Waiting, number 1" in page and "Waiting, number 2" in page
    assert "Gluteeniton" in page


def test_search_and_the_status_filter_narrow_the_list(editor, event, people):
    searched = editor.get(url("event_registrations", event), {"q": "vasa"}).content.decode()
    waiting = editor.get(url("event_registrations", event), {"status": "waiting"})

    assert "Bertil Ek" in searched and "Aino Virtanen" not in searched
    waiting = waiting.content.decode()
    assert "Cecilia Lind" in waiting and "Aino Virtanen" not in waiting
    # The place in the queue is the whole list's, whatever is shown.
    only_daniel = editor.get(url("event_registrations", event), {"q": "kela"}).content.decode()
    assert "Waiting, number 2" in only_daniel


def test_the_csv_export_has_everyone_and_runs_no_formulas(editor, event, people):
    response = editor.get(url("event_registrations", event), {"export": "csv"})

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert response["Content-Disposition"].endswith('rahoitusinfo-registrations.csv"')
    assert [row["Name"] for row in rows] == [
        "Aino Virtanen",
        "Bertil Ek",
        "Cecilia Lind",
        "Daniel Koski",
    ]
    assert rows[0]["Answers"] == "Mitä?: =1+1"  # not at the start of the cell: harmless
    assert rows[2]["Place on the waiting list"] == "1"


def test_the_xlsx_export_opens_as_a_spreadsheet(editor, event, people):
    response = editor.get(url("event_registrations", event), {"export": "xlsx"})

    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Name", "Email", "Organisation"]
    assert [row[0] for row in values[1:]] == [
        "Aino Virtanen",
        "Bertil Ek",
        "Cecilia Lind",
        "Daniel Koski",
    ]


def test_a_name_that_looks_like_a_formula_stays_text_in_the_csv(editor, event):
    register(event, "=HYPERLINK(1)")

    response = editor.get(url("event_registrations", event), {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in content


def test_cancelling_in_the_admin_gives_the_place_to_the_first_waiting(
    editor, event, people, django_capture_on_commit_callbacks
):
    aino, _bertil, cecilia, _daniel = people
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            url("event_registration_status", event, aino.pk), {"action": "cancel"}, follow=True
        )

    cecilia.refresh_from_db()
    assert cecilia.status == Status.CONFIRMED
    assert "Cecilia Lind got the place from the waiting list" in response.content.decode()
    assert [message.to for message in mail.outbox] == [["cecilia.lind@example.fi"]]


def test_the_editor_can_give_a_waiting_one_a_place_beyond_the_capacity(editor, event, people):
    daniel = people[3]

    editor.post(url("event_registration_status", event, daniel.pk), {"action": "confirm"})

    daniel.refresh_from_db()
    assert daniel.status == Status.CONFIRMED
    assert "3/2 places taken" in editor.get(url("event_registrations", event)).content.decode()


def test_an_unknown_action_is_refused_with_a_message(editor, event, people):
    response = editor.post(url("event_registration_status", event, people[0].pk), {"action": "x"})

    assert response.status_code == 400
    assert "Choose to cancel" in response.content.decode()


def test_attendance_is_marked_for_those_with_a_place(editor, event, people):
    aino, bertil, cecilia, _daniel = people
    form = editor.get(url("event_attendance", event)).content.decode()

    editor.post(url("event_attendance", event), {"attended": [str(aino.pk), str(cecilia.pk)]})

    assert "Aino Virtanen" in form and "Cecilia Lind" not in form  # Cecilia is waiting
    attended = dict(Registration.objects.values_list("name", "attended"))
    assert attended["Aino Virtanen"] is True
    assert attended["Bertil Ek"] is False
    assert attended["Cecilia Lind"] is None  # not among those with a place


def test_the_attendance_sheet_lists_those_with_a_place_to_sign(editor, event, people):
    sheet = editor.get(url("event_attendance_sheet", event)).content.decode()

    assert "Aino Virtanen" in sheet and "Bertil Ek" in sheet
    assert "Cecilia Lind" not in sheet
    assert "Signature" in sheet


def test_the_event_editor_links_to_the_registrations(editor, event, people):
    page = editor.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).content.decode()

    assert url("event_registrations", event) in page


@pytest.mark.parametrize("who", ["anonymous", "member", "staff_without_page_rights", "moderator"])
@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("event_registrations", "get"),
        ("event_registrations_results", "get"),
        ("event_attendance", "get"),
        ("event_attendance", "post"),
        ("event_attendance_sheet", "get"),
        ("event_registration_status", "post"),
    ],
)
def test_registrations_are_refused_to_those_who_may_not_see_them(
    client, event, people, who, name, method
):
    if who == "moderator":
        client.force_login(make_staff("moderator@example.fi", groups=("Moderators",)))
    else:
        sign_in_refused(client, who)
    args = (people[0].pk,) if name == "event_registration_status" else ()

    response = getattr(client, method)(url(name, event, *args), {"action": "cancel"})

    assert_refused(response)
    assert "Aino Virtanen" not in response.content.decode()
    assert Registration.objects.filter(status=Status.CANCELLED).count() == 0


def test_the_list_and_the_export_cost_the_same_with_a_thousand_registrations(
    editor, event, django_assert_max_num_queries
):
    add_registrations(event, 10, Status.WAITING)
    editor.get(url("event_registrations", event))  # warm up
    with django_assert_max_num_queries(40) as few:
        editor.get(url("event_registrations", event))
    add_registrations(event, 990, Status.WAITING, start=10)

    with django_assert_max_num_queries(len(few)):
        page = editor.get(url("event_registrations", event))
    with django_assert_max_num_queries(len(few)):
        export = editor.get(url("event_registrations", event), {"export": "csv"})
        rows = b"".join(export.streaming_content).decode().splitlines()

    assert "1000 on the waiting list" in page.content.decode()
    assert len(rows) == 1001


def test_the_report_lists_the_events_taking_registrations_with_their_places(
    editor, event, people, events_index, django_assert_max_num_queries
):
    add_event(events_index, "Ilman ilmoittautumista", "ilman")
    url = reverse("event_registrations_report")
    editor.get(url)
    with django_assert_max_num_queries(40) as few:
        editor.get(url)
    for number in range(5):
        more = add_event(
            events_index,
            f"Webinaari {number}",
            f"webinaari-{number}",
            registration_enabled=True,
            capacity=10,
        )
        add_registrations(more, 3)

    with django_assert_max_num_queries(len(few)):
        page = editor.get(url).content.decode()

    assert "Rahoitusinfo" in page and "2/2" in page
    assert "Webinaari 4" in page and "3/10" in page
    assert "Ilman ilmoittautumista" not in page
    assert url_of_registrations(event) in page


def url_of_registrations(event):
    return reverse("event_registrations", args=(event.pk,))


@pytest.mark.parametrize("who", ["anonymous", "member", "staff_without_page_rights", "moderator"])
def test_the_report_is_refused_to_those_who_may_not_see_registrations(client, event, people, who):
    if who == "moderator":
        client.force_login(make_staff("moderator@example.fi", groups=("Moderators",)))
    else:
        sign_in_refused(client, who)

    response = client.get(reverse("event_registrations_report"))

    assert_refused(response)
    assert "Rahoitusinfo" not in response.content.decode()
