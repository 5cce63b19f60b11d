"""Members answer whether they come to a workspace meeting (coming, maybe, not coming); the
meeting's page and the list show the counts to the workspace's members."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from extranet.models import EventAttendance, WorkspaceEvent, WorkspaceMembership
from tests.extranet.builders import person, workspaces_for

pytestmark = pytest.mark.django_db

Answer = EventAttendance.Answer


@pytest.fixture
def meeting():
    owner = person("owner")
    ws = workspaces_for("owner", owner)["open", "active"]
    start = timezone.now() + datetime.timedelta(days=3)
    event = WorkspaceEvent.objects.create(
        workspace=ws,
        title="Suunnittelukokous",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        created_by=owner,
    )
    return ws, event, owner


def join(ws, role="member"):
    user = person(role)
    WorkspaceMembership.objects.create(workspace=ws, user=user)
    return user


def attend_url(ws, event):
    return reverse("extranet:event_attend", args=[ws.slug, event.pk])


def test_members_answer_and_see_the_counts_and_who_comes(client, meeting):
    ws, event, owner = meeting
    colleague = join(ws)
    client.force_login(colleague)

    client.post(attend_url(ws, event), {"answer": "coming"})
    client.post(attend_url(ws, event), {"answer": "maybe"})  # changed their mind
    client.force_login(owner)
    client.post(attend_url(ws, event), {"answer": "coming"})
    detail = client.get(reverse("extranet:event_detail", args=[ws.slug, event.pk]))
    listing = client.get(reverse("extranet:event_list", args=[ws.slug]))

    answers = dict(EventAttendance.objects.values_list("user_id", "answer"))
    assert answers == {colleague.pk: Answer.MAYBE, owner.pk: Answer.COMING}
    page = detail.content.decode()
    assert "Tulossa (1)" in page and owner.get_full_name() in page
    assert "Ehkä (1)" in page
    assert 'value="coming" id="answer-coming" checked' in page
    assert "Tulossa 1 · ehkä 1 · ei tulossa 0" in listing.content.decode()


def test_a_made_up_answer_is_refused_with_a_message(client, meeting):
    ws, event, owner = meeting
    client.force_login(owner)

    response = client.post(attend_url(ws, event), {"answer": "perhaps-not"})

    assert response.status_code == 400
    assert "Valitse" in response.content.decode()
    assert not EventAttendance.objects.exists()


def test_a_meeting_that_is_over_takes_no_answers(client, meeting):
    ws, event, owner = meeting
    WorkspaceEvent.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - datetime.timedelta(days=2),
        ends_at=timezone.now() - datetime.timedelta(days=2, hours=-1),
    )
    client.force_login(owner)

    response = client.post(attend_url(ws, event), {"answer": "coming"})

    assert response.status_code == 403
    assert not EventAttendance.objects.exists()


def test_the_list_costs_the_same_with_many_answers(client, meeting, django_assert_max_num_queries):
    ws, event, owner = meeting
    client.force_login(owner)
    url = reverse("extranet:event_list", args=[ws.slug])
    client.get(url)
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    for number in range(15):
        start = timezone.now() + datetime.timedelta(days=4 + number)
        more = WorkspaceEvent.objects.create(
            workspace=ws, title=f"Kokous {number}", starts_at=start, ends_at=start, created_by=owner
        )
        EventAttendance.objects.create(event=more, user=join(ws), answer=Answer.COMING)

    with django_assert_max_num_queries(len(few)):
        response = client.get(url)

    assert "Kokous 14" in response.content.decode()
