import pytest

from django.contrib.auth.models import User

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events.models import EventPage
from tests.factories import staff_ready_for_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = User.objects.create_superuser("paakayttaja", "admin@example.fi", "Salasana-123456")
    staff_ready_for_admin(user)
    client.force_login(user)
    return client


def event_form(**overrides):
    data = {
        "title": "Rahoitusinfo",
        "slug": "rahoitusinfo",
        "summary": "Kuulet rahoitushausta.",
        "start": "2035-07-10 13:00",
        "end": "2035-07-10 15:00",
        "online_url": "https://example.fi/teams",
        "body": streamfield([("paragraph", rich_text("<p>Tervetuloa.</p>"))]),
        "action-publish": "publish",
    }
    data.update(overrides)
    # Ticked boxes post one value each under the same name, which a plain dict can't nest.
    return {**nested_form_data(data), "languages": ["fi", "fi-plain"]}


def test_editor_publishes_an_event_in_finnish_time(admin_client, events_index):
    url = f"/admin/pages/add/events/eventpage/{events_index.pk}/"
    assert admin_client.get(url).status_code == 200

    response = admin_client.post(url, event_form())

    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="rahoitusinfo")
    assert event.live
    assert event.languages == ["fi", "fi-plain"]
    assert event.start.isoformat() == "2035-07-10T10:00:00+00:00"


def test_editor_sees_the_end_before_start_error_in_finnish(admin_client, events_index):
    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{events_index.pk}/",
        event_form(end="2035-07-10 12:00"),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["end"] == [
        "Tapahtuman täytyy päättyä alkamisen jälkeen."
    ]
    assert not EventPage.objects.exists()
