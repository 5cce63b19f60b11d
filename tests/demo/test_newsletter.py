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


@pytest.mark.parametrize(
    "language, promise",
    [("fi", "aihe"), ("sv", "ämne"), ("en", "topic")],
)
def test_the_demo_news_of_the_newsletter_promises_only_what_the_signup_form_has(language, promise):
    """The signup form asks for an address and a language: no topics to choose."""
    from pathlib import Path

    from newsletter.forms import SignupForm

    assert not any("topic" in name for name in SignupForm.base_fields)
    news = Path(demo.__file__).parent.parent / "content" / "news"
    text = (news / f"newsletter-renewed.{language}.md").read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1].lower()
    summary = next(line for line in text.splitlines() if line.startswith("summary:")).lower()
    assert promise not in body and promise not in summary
