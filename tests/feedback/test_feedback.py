"""Visitors send feedback; it is stored and the editors get a mail in the background."""

import contextlib

import pytest

from django.core import mail
from django.core.cache import cache
from django.utils import translation

from wagtail.contrib.forms.models import FormSubmission

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


def test_the_form_shows_the_editors_fields_accessibly(client, feedback_page):
    response = client.get(feedback_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<label for="id_viesti" class="required">Viesti</label>' in html
    assert 'aria-describedby="id_sahkoposti_helptext"' in html
    assert '<option value="Saavutettavuus">Saavutettavuus</option>' in html


def test_a_submission_is_stored_and_mailed_to_the_editors(
    client, feedback_page, valid_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(feedback_page.url, valid_data)
    assert response.status_code == 200
    assert "Kiitos palautteestasi!" in response.content.decode()
    submission = FormSubmission.objects.get(page=feedback_page)
    assert submission.get_data()["viesti"] == valid_data["viesti"]
    assert "website" not in submission.form_data
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["palaute@example.fi"]
    assert "Anna palautetta" in message.subject
    assert "Viesti: Kuvista puuttuu tekstivastineita." in message.body
    assert "Aihe: Saavutettavuus" in message.body


def test_the_mail_waits_for_the_commit(client, feedback_page, valid_data):
    client.post(feedback_page.url, valid_data)
    # The test transaction never commits: the submission is there, the mail not yet.
    assert FormSubmission.objects.filter(page=feedback_page).count() == 1
    assert mail.outbox == []


def test_several_addresses_all_get_the_mail(
    client, feedback_page, valid_data, django_capture_on_commit_callbacks
):
    feedback_page.to_address = "a@example.fi, b@example.fi"
    feedback_page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(feedback_page.url, valid_data)
    assert mail.outbox[0].to == ["a@example.fi", "b@example.fi"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_invalid_input_is_refused_in_the_pages_language_and_kept(client, site_tree, language):
    from .conftest import add_feedback_form

    with translation.override(language):
        required = translation.gettext("This field is required.")
        summary = translation.gettext("Please correct the following:")
    if language != "en":
        assert required != "This field is required."
    page = add_feedback_form(site_tree.page("home", language))
    response = client.post(page.url, {"nimi": "Liisa", "sahkoposti": "ei-osoite", "viesti": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert required in html
    assert 'class="error-summary"' in html
    assert summary in html
    assert 'href="#id_viesti"' in html
    assert 'value="Liisa"' in html
    assert 'aria-invalid="true"' in html
    assert FormSubmission.objects.count() == 0


def test_a_robot_filling_the_trap_is_thanked_but_nothing_is_kept(
    client, feedback_page, valid_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(feedback_page.url, {**valid_data, "website": "http://spam.example"})
    assert response.status_code == 200
    assert "Kiitos palautteestasi!" in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_one_address_may_send_only_a_few_messages_in_a_while(
    client, feedback_page, valid_data, settings
):
    settings.FEEDBACK_RATE_LIMIT = (2, 600)
    assert client.post(feedback_page.url, valid_data).status_code == 200
    assert client.post(feedback_page.url, valid_data).status_code == 200
    response = client.post(feedback_page.url, valid_data)
    assert response.status_code == 429
    assert valid_data["viesti"] in response.content.decode()
    assert FormSubmission.objects.count() == 2
    other = client.post(feedback_page.url, valid_data, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_a_mail_failure_leaves_the_submission_stored_and_retries(
    client, feedback_page, valid_data, django_capture_on_commit_callbacks, settings
):
    from home.mail import MAIL_ATTEMPTS
    from tests.newsletter.backends import FlakyBackend

    settings.EMAIL_DELIVERY_BACKEND = "tests.newsletter.backends.FlakyBackend"
    FlakyBackend.fail_after, FlakyBackend.accepted = 0, 0
    try:
        with (
            patch_counting(FlakyBackend) as attempts,
            django_capture_on_commit_callbacks(execute=True),
        ):
            response = client.post(feedback_page.url, valid_data)
    finally:
        FlakyBackend.fail_after = None
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=feedback_page).count() == 1
    assert len(attempts) == MAIL_ATTEMPTS  # the immediate backend retries at once
    assert mail.outbox == []


@contextlib.contextmanager
def patch_counting(backend):
    """Counts the backend's send attempts."""
    attempts = []
    original = backend.send_messages

    def counting(self, messages):
        attempts.append(len(messages))
        return original(self, messages)

    backend.send_messages = counting
    try:
        yield attempts
    finally:
        backend.send_messages = original


def test_without_an_address_nothing_is_mailed(
    client, feedback_page, valid_data, django_capture_on_commit_callbacks
):
    feedback_page.to_address = ""
    feedback_page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(feedback_page.url, valid_data).status_code == 200
    assert FormSubmission.objects.count() == 1
    assert mail.outbox == []
