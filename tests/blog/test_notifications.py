"""Editors hear of new comments through the database task queue; a mail failure loses nothing."""

import socket

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from blog.models import Comment
from tests.task_queue import run_worker

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COMMENT = {
    "name": "Liisa",
    "email": "liisa@example.fi",
    "text": "Hyvä kirjoitus kotoutumisesta.",
    "consent": "on",
}


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.BLOG_NOTIFY_RETRY_SECONDS = 3600  # the retry waits until the test moves it forward
    cache.clear()


def test_mail_server_failure_keeps_the_comment_and_retries_the_mail(
    client, blog_post, editor_with_email, database_queue, settings
):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 2

    response = client.post(blog_post.url, COMMENT)

    assert response.status_code == 302
    assert Comment.objects.get().status == Comment.Status.PENDING
    assert DBTaskResult.objects.count() == 1

    run_worker()  # the mail server refuses: this attempt fails and a retry is queued

    assert Comment.objects.count() == 1
    statuses = sorted(DBTaskResult.objects.values_list("status", flat=True))
    assert statuses == ["FAILED", "READY"]
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()  # the mail server is back

    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"
    assert len(mail.outbox) == 1
    assert "Hyvä kirjoitus kotoutumisesta." in mail.outbox[0].body


def test_reader_is_answered_before_any_mail_is_sent(
    client, blog_post, editor_with_email, database_queue
):
    client.post(blog_post.url, COMMENT)

    assert mail.outbox == []
    assert DBTaskResult.objects.get().status == "READY"
