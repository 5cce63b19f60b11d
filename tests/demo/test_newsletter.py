import pytest

from demo.loaders import newsletter as demo
from demo.seeding import SeedReport
from newsletter.models import NewsletterIssuePage, NewsletterPage, Subscriber

pytestmark = pytest.mark.django_db


def test_demo_content_is_created_once_and_issues_are_readable(client, site_tree):
    home = site_tree.page("home", "fi")
    demo.seed(home, SeedReport())
    demo.seed(home, SeedReport())

    assert NewsletterPage.objects.count() == 3
    assert NewsletterIssuePage.objects.filter(sending_started_at__isnull=False).count() == 3
    assert Subscriber.objects.count() == 30
    assert set(Subscriber.objects.values_list("status", flat=True)) == {
        "pending",
        "subscribed",
        "unsubscribed",
    }
    for path in ("/fi/uutiskirje/", "/sv/nyhetsbrev/", "/en/newsletter/october/"):
        assert client.get(path).status_code == 200
    assert "Kumppanuusbaro" in client.get("/fi/uutiskirje/lokakuu/").content.decode()
