import pytest

from wagtail.models import Locale

from demo.loaders import events as demo
from demo.seeding import SeedReport
from events.models import EventIndexPage, EventPage
from home.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(db):
    fi = Locale.objects.get_or_create(language_code="fi")[0]
    return Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=fi)


def test_demo_events_are_seeded_once_in_three_languages(client, site_tree, topic):
    home = site_tree.page("home", "fi")

    first = SeedReport()
    demo.seed(home, first)
    again = SeedReport()
    demo.seed(home, again)

    assert not again.changed
    assert EventIndexPage.objects.live().count() == 3
    assert EventPage.objects.live().count() == 30
    for address in ("/fi/tapahtumat/", "/sv/evenemang/", "/en/events/", "/fi/tapahtumat/menneet/"):
        assert client.get(address).status_code == 200
    upcoming = client.get("/en/events/").content.decode()
    past = client.get("/en/events/past/").content.decode()
    assert "Funding information session" in upcoming and "Spring funding" not in upcoming
    assert "Spring funding information session" in past
    employment = EventPage.objects.get(slug="tutkimuswebinaari-tyoelama")
    assert list(employment.topics.all()) == [topic]
