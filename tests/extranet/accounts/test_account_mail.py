"""Account emails (verification, password reset, "an account already exists", address change) go
through the task queue like every other email: with the mail server down, sign-up and reset
answer as usual, and the emails arrive once it is back. A real SMTP server on a real port."""

import email
import json
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from allauth.account.models import EmailAddress
from django_tasks_db.models import DBTaskResult

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from tests.extranet.builders import make_user
from tests.task_queue import run_worker

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_PASSWORD = "Kotoutuminen-on-yhteistyota-2025"  # noqa: S105 - test password


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """What a real SMTP server received."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(email.message_from_bytes(envelope.original_content))
        return "250 OK"


@pytest.fixture
def mail_server(settings):
    """SMTP delivery to 127.0.0.1 on a port where nothing listens yet (connections are refused)
    until `mail_server.start()`; the requests' mail goes through the database queue."""
    port = free_port()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    cache.clear()  # allauth's rate limits count in the cache
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    inbox.start = controller.start
    yield inbox
    if getattr(controller, "_thread", None) is not None:
        controller.stop()


def retries_due_now():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def link_in(message):
    body = message.get_payload(decode=True).decode()
    return re.search(r"https?://[^/\s]+(/\S+)", body).group(1)


def test_sign_up_answers_as_usual_while_the_mail_server_is_down_and_the_email_comes_later(
    client, mail_server
):
    response = client.post(
        "/fi/accounts/signup/",
        {"email": "uusi@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/confirm-email/"
    assert client.get(response["Location"]).status_code == 200
    assert EmailAddress.objects.filter(email="uusi@example.fi", verified=False).exists()
    assert DBTaskResult.objects.get().status == "READY"  # queued, not tried in the request

    run_worker()  # the mail server refuses: a retry waits

    assert sorted(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED", "READY"]
    assert mail_server.messages == []

    mail_server.start()
    retries_due_now()
    run_worker()

    [message] = mail_server.messages
    assert message["To"] == "uusi@example.fi"
    # Once tried, the queue no longer holds the one-time link.
    assert link_in(message) not in json.dumps(list(DBTaskResult.objects.values("args_kwargs")))
    client.logout()
    assert client.post(link_in(message)).status_code == 302
    assert EmailAddress.objects.get(email="uusi@example.fi").verified


def test_password_reset_and_a_taken_address_answer_as_usual_while_the_mail_server_is_down(
    client, mail_server
):
    make_user("tunnettu@example.fi")

    reset = client.post("/sv/accounts/password/reset/", {"email": "tunnettu@example.fi"})
    taken = client.post(
        "/sv/accounts/signup/",
        {"email": "tunnettu@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert reset.status_code == taken.status_code == 302
    assert reset["Location"] == "/sv/accounts/password/reset/done/"
    assert get_user_model().objects.filter(email="tunnettu@example.fi").count() == 1
    run_worker()
    mail_server.start()
    retries_due_now()
    run_worker()

    assert [message["To"] for message in mail_server.messages] == ["tunnettu@example.fi"] * 2
    reset_mail = next(m for m in mail_server.messages if "/password/reset/key/" in link_in(m))
    assert reset_mail["Content-Language"] == "sv"


def test_account_emails_say_their_language_and_that_they_are_automatic(client, settings):
    cache.clear()
    client.post(
        "/sv/accounts/signup/",
        {"email": "ny@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    [message] = mail.outbox
    headers = message.message()
    assert headers["Content-Language"] == "sv"
    assert headers["Auto-Submitted"] == "auto-generated"
    # Named under the site's own domain (SITE_BASE_URL), not the machine's host name.
    assert headers["Message-ID"].endswith("@testserver>")
    assert socket.getfqdn() not in headers["Message-ID"]
