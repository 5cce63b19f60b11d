"""A reader subscribes with double opt-in and leaves with one click."""

import re

import pytest

from django.core import mail
from django.test import Client

from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

VALID = {"email": "Liisa@Example.fi", "language": "fi", "consent": "on", "website": ""}


def sign_up(client, page, capture, **changes):
    with capture(execute=True):
        return client.post(page.url, {**VALID, **changes})


def link_in(message, kind):
    return re.search(rf"http://testserver(/\S+/{kind}/[-\w]+/)", message.body).group(1)


def test_signup_stores_a_pending_subscriber_and_mails_a_confirmation_link(
    client, newsletter, django_capture_on_commit_callbacks
):
    response = sign_up(client, newsletter, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "liisa@example.fi"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consented_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["liisa@example.fi"]
    assert f"/fi/uutiskirje/confirm/{subscriber.token}/" in mail.outbox[0].body
    page = client.get(response.url).content.decode()
    assert 'role="status"' in page


@pytest.mark.parametrize(
    ("language", "path", "word"),
    [("sv", "/sv/nyhetsbrev/", "Someone"), ("en", "/en/newsletter/", "Someone")],
)
def test_the_confirmation_is_in_the_language_the_reader_chose(
    client, newsletters, django_capture_on_commit_callbacks, language, path, word
):
    sign_up(client, newsletters["fi"], django_capture_on_commit_callbacks, language=language)

    subscriber = Subscriber.objects.get()
    assert subscriber.language == language
    assert f"{path}confirm/{subscriber.token}/" in mail.outbox[0].body
    if language == "en":
        assert word in mail.outbox[0].body


def test_the_language_defaults_to_the_pages_language(client, newsletters):
    page = client.get(newsletters["sv"].url).content.decode()

    assert re.search(r'<input[^>]*value="sv"[^>]*checked', page)


def test_following_the_link_and_pressing_the_button_subscribes(
    client, newsletter, django_capture_on_commit_callbacks
):
    sign_up(client, newsletter, django_capture_on_commit_callbacks)
    confirm_path = link_in(mail.outbox[0], "confirm")

    page = client.get(confirm_path)
    assert page.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # scanners only GET

    response = client.post(confirm_path)

    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED
    assert subscriber.confirmed_at is not None
    assert "liisa@example.fi" in response.content.decode()


def notice(client, response):
    page = client.get(response.url).content.decode()
    return re.search(r'<p class="notice[^"]*">(.*?)</p>', page, re.DOTALL).group(1)


def test_an_already_subscribed_address_gets_the_same_answer_and_no_mail(
    client, newsletter, make_subscriber, django_capture_on_commit_callbacks
):
    make_subscriber("liisa@example.fi")
    other_reader = Client()

    known = sign_up(client, newsletter, django_capture_on_commit_callbacks)
    new = sign_up(
        other_reader, newsletter, django_capture_on_commit_callbacks, email="uusi@example.fi"
    )

    assert known.status_code == new.status_code == 302
    assert known.url == new.url
    assert notice(client, known) == notice(other_reader, new)
    assert [m.to for m in mail.outbox] == [["uusi@example.fi"]]
    assert Subscriber.objects.get(email="liisa@example.fi").status == "subscribed"


def test_an_unsubscribed_reader_may_subscribe_again_after_confirming(
    client, newsletter, make_subscriber, django_capture_on_commit_callbacks
):
    make_subscriber("liisa@example.fi", status=Subscriber.Status.UNSUBSCRIBED)

    sign_up(client, newsletter, django_capture_on_commit_callbacks)

    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("kind", ["confirm", "unsubscribe"])
def test_an_unknown_token_gives_a_translated_not_found_page(client, newsletter, kind):
    response = client.get(f"{newsletter.url}{kind}/{'x' * 43}/")

    assert response.status_code == 404
    assert "Sivua ei löytynyt" in response.content.decode()


def test_invalid_input_is_answered_with_400_messages_in_the_readers_language_and_kept_input(
    client, newsletter
):
    response = client.post(newsletter.url, {"email": "liisa@", "language": "fi"})

    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="liisa@"' in page
    assert 'aria-invalid="true"' in page
    assert 'class="error-summary"' in page
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_quietly_drops_the_signup(
    client, newsletter, django_capture_on_commit_callbacks
):
    response = sign_up(
        client, newsletter, django_capture_on_commit_callbacks, website="http://spam.example"
    )

    assert response.status_code == 302
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


def test_many_signups_from_one_address_are_refused_for_a_while(
    client, newsletter, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_SIGNUP_RATE_LIMIT = (2, 600)
    for number in range(2):
        sign_up(client, newsletter, django_capture_on_commit_callbacks, email=f"{number}@ex.fi")

    response = sign_up(client, newsletter, django_capture_on_commit_callbacks, email="3@ex.fi")

    assert response.status_code == 429
    assert 'value="3@ex.fi"' in response.content.decode()
    assert Subscriber.objects.count() == 2


def test_unsubscribing_by_the_page_asks_first_and_then_unsubscribes(
    client, newsletter, make_subscriber
):
    subscriber = make_subscriber()
    url = newsletter.unsubscribe_url(subscriber).removeprefix("http://testserver")

    page = client.get(url)
    assert page.status_code == 200
    main = page.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert main.count('type="submit"') == 1  # one button to confirm; nothing happens yet
    assert Subscriber.objects.get().status == Subscriber.Status.SUBSCRIBED

    response = client.post(url)

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None


def test_one_click_unsubscribe_works_without_cookies_or_csrf_token(newsletter, make_subscriber):
    subscriber = make_subscriber()
    url = newsletter.unsubscribe_url(subscriber).removeprefix("http://testserver")
    mail_provider = Client(enforce_csrf_checks=True)

    response = mail_provider.post(url, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_the_signup_form_still_needs_its_csrf_token(newsletter):
    response = Client(enforce_csrf_checks=True).post(newsletter.url, VALID)

    assert response.status_code == 403
