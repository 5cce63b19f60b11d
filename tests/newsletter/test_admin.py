"""Editors compose an issue, preview it as the email, test it and send it."""

import pytest

from django.core import mail

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from newsletter.models import NewsletterIssuePage, NewsletterPage, Subscriber
from tests.newsletter.conftest import add_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(newsletter):
    return add_issue(newsletter)


def test_editors_can_add_an_issue_under_the_newsletter_page_only():
    from wagtail.test.utils import WagtailPageTestCase

    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(NewsletterIssuePage, {NewsletterPage})


def test_the_preview_shows_the_email(client, sender, issue):
    client.force_login(sender)
    client.post(
        f"/admin/pages/{issue.pk}/edit/preview/",
        nested_form_data(
            {
                "title": issue.title,
                "slug": issue.slug,
                "introduction": "Luonnos esikatseluun.",
                "body": streamfield([("paragraph", rich_text("<p>Luonnoksen teksti.</p>"))]),
            }
        ),
    )

    response = client.get(f"/admin/pages/{issue.pk}/edit/preview/?mode=email")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fi">' in html
    assert "Lokakuun uutiskirje" in html
    assert "Luonnos esikatseluun." in html
    assert "Luonnoksen teksti." in html
    assert "unsubscribe/preview-token" in html


def test_an_editor_sees_the_send_buttons_on_an_issue(client, sender, issue):
    client.force_login(sender)

    page = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()

    assert f"/admin/newsletter/issue/{issue.pk}/send-test/" in page
    assert f"/admin/newsletter/issue/{issue.pk}/send/" in page


def test_sending_a_test_goes_only_to_the_editor(client, sender, issue, make_subscriber):
    make_subscriber()
    client.force_login(sender)

    assert client.get(f"/admin/newsletter/issue/{issue.pk}/send-test/").status_code == 200
    response = client.post(f"/admin/newsletter/issue/{issue.pk}/send-test/")

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["editori@example.fi"]]
    assert "Lokakuun uutiskirje" in mail.outbox[0].subject
    issue.refresh_from_db()
    assert not issue.is_sent


def test_sending_asks_for_confirmation_first(client, sender, issue, make_subscriber):
    make_subscriber()
    client.force_login(sender)

    response = client.get(f"/admin/newsletter/issue/{issue.pk}/send/")

    assert response.status_code == 200
    assert mail.outbox == []
    issue.refresh_from_db()
    assert not issue.is_sent


def test_an_unpublished_issue_cannot_be_sent(
    client, sender, issue, make_subscriber, django_capture_on_commit_callbacks
):
    make_subscriber()
    issue.unpublish()
    client.force_login(sender)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/newsletter/issue/{issue.pk}/send/")

    assert response.status_code == 302
    assert mail.outbox == []


def test_an_editor_sends_the_issue_after_confirming(
    client, sender, issue, make_subscriber, django_capture_on_commit_callbacks
):
    make_subscriber()
    make_subscriber("toinen@example.fi", status=Subscriber.Status.PENDING)
    client.force_login(sender)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/newsletter/issue/{issue.pk}/send/")

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["liisa@example.fi"]]


@pytest.mark.parametrize("action", ["send", "send-test"])
def test_an_editor_without_the_permission_cannot_send(
    client, editor_without_permission, issue, make_subscriber, action
):
    make_subscriber()
    client.force_login(editor_without_permission)

    assert client.get(f"/admin/newsletter/issue/{issue.pk}/{action}/").status_code in (302, 403)
    response = client.post(f"/admin/newsletter/issue/{issue.pk}/{action}/")

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/send" not in response.url
    assert mail.outbox == []
    page = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert f"/admin/newsletter/issue/{issue.pk}/send" not in page


def test_editors_group_has_the_send_permission(sender):
    assert sender.has_perm("newsletter.send_issue")


def test_editors_see_the_subscribers_but_never_their_links(client, sender, make_subscriber):
    subscriber = make_subscriber()
    client.force_login(sender)

    response = client.get("/admin/snippets/newsletter/subscriber/")

    assert response.status_code == 200
    assert "liisa@example.fi" in response.content.decode()
    assert subscriber.token not in response.content.decode()


def in_english(user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def test_an_issue_with_a_title_only_cannot_be_sent(
    client, sender, newsletter, make_subscriber, django_capture_on_commit_callbacks
):
    make_subscriber()
    empty = add_issue(newsletter, title="Tyhjä numero", slug="tyhja", introduction="", body=[])
    in_english(sender)
    client.force_login(sender)

    page = client.get(f"/admin/pages/{empty.pk}/edit/").content.decode()
    assert f"/admin/newsletter/issue/{empty.pk}/send/" not in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/newsletter/issue/{empty.pk}/send/", follow=True)

    assert mail.outbox == []
    assert "The issue has no content" in response.content.decode()
    empty.refresh_from_db()
    assert not empty.is_sent


def test_a_sent_issue_offers_no_sending_and_refuses_it(
    client, sender, newsletter, make_subscriber, django_capture_on_commit_callbacks
):
    make_subscriber()
    sent = add_issue(newsletter, title="Lähetetty", slug="lahetetty", sent=True)
    in_english(sender)
    client.force_login(sender)

    page = client.get(f"/admin/pages/{sent.pk}/edit/").content.decode()
    assert f"/admin/newsletter/issue/{sent.pk}/send/" not in page
    assert f"/admin/newsletter/issue/{sent.pk}/send-test/" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/newsletter/issue/{sent.pk}/send/", follow=True)

    assert mail.outbox == []
    assert "This issue has already been sent." in response.content.decode()
