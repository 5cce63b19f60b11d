"""An editor sends an issue: each subscriber of its language receives it exactly once."""

import collections

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.utils import timezone

from newsletter import sending
from newsletter.models import Delivery, NewsletterIssuePage, Subscriber
from tests.newsletter.backends import FlakyBackend
from tests.newsletter.conftest import add_issue
from tests.task_queue import run_worker

SUBSCRIBERS = 1000


def seed_subscribers(count, language="fi", status=Subscriber.Status.SUBSCRIBED, prefix="lukija"):
    Subscriber.objects.bulk_create(
        Subscriber(email=f"{prefix}{number}@example.fi", language=language, status=status)
        for number in range(count)
    )


def press_send(client, user, issue):
    client.force_login(user)
    return client.post(f"/admin/newsletter/issue/{issue.pk}/send/")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_each_of_1000_subscribers_gets_the_issue_exactly_once_even_when_sending_is_interrupted(
    client, newsletter, sender, settings
):
    seed_subscribers(SUBSCRIBERS)
    issue = add_issue(newsletter)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_DELIVERY_BACKEND = "tests.newsletter.backends.FlakyBackend"
    settings.NEWSLETTER_RETRY_SECONDS = 3600  # the retry waits until the test moves it forward
    FlakyBackend.accepted, FlakyBackend.fail_after = 0, 250  # the mail server dies mid-batch
    mail.outbox = []

    response = press_send(client, sender, issue)
    assert response.status_code == 302
    assert mail.outbox == []  # the editor is answered at once; the worker sends

    run_worker()

    assert len(mail.outbox) == 250
    assert Delivery.objects.filter(status="sent").count() == 250
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1
    retry = DBTaskResult.objects.get(status="READY")

    FlakyBackend.fail_after = None  # the mail server is back
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()

    assert len(mail.outbox) == SUBSCRIBERS
    per_address = collections.Counter(message.to[0] for message in mail.outbox)
    assert len(per_address) == SUBSCRIBERS
    assert set(per_address.values()) == {1}
    issue.refresh_from_db()
    assert issue.sent_count == SUBSCRIBERS
    assert issue.unconfirmed_count == 0
    assert issue.sending_finished_at is not None
    assert issue.sent_by == sender

    # Running the task again, or pressing the button again, sends nothing more.
    from newsletter.tasks import send_issue_batch

    send_issue_batch.enqueue(issue.pk)
    run_worker()
    assert press_send(client, sender, issue).status_code == 302
    run_worker()
    assert len(mail.outbox) == SUBSCRIBERS


def test_a_send_cut_off_between_handover_and_record_is_never_repeated(
    newsletter, make_subscriber, django_capture_on_commit_callbacks
):
    """The process was killed after the mail left but before it was marked sent."""
    issue = add_issue(newsletter)
    stuck = make_subscriber("kesken@example.fi")
    make_subscriber("odottaa@example.fi")
    Delivery.objects.create(issue=issue, subscriber=stuck, status=Delivery.Status.SENDING)

    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(issue)

    assert [message.to for message in mail.outbox] == [["odottaa@example.fi"]]
    issue.refresh_from_db()
    assert issue.sent_count == 1
    assert issue.unconfirmed_count == 1


def test_only_subscribed_readers_of_the_issues_language_receive_it(
    newsletters, make_subscriber, django_capture_on_commit_callbacks
):
    make_subscriber("fi@example.fi", "fi")
    make_subscriber("sv@example.fi", "sv")
    make_subscriber("en@example.fi", "en")
    make_subscriber("pending@example.fi", "sv", Subscriber.Status.PENDING)
    make_subscriber("gone@example.fi", "sv", Subscriber.Status.UNSUBSCRIBED)
    issue = add_issue(newsletters["sv"], title="Nyhetsbrev oktober", slug="oktober")

    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(issue)

    assert [message.to for message in mail.outbox] == [["sv@example.fi"]]


def test_the_issue_mail_has_html_text_and_one_click_unsubscribe_headers(
    newsletter, make_subscriber, django_capture_on_commit_callbacks
):
    subscriber = make_subscriber()
    issue = add_issue(newsletter)

    with django_capture_on_commit_callbacks(execute=True):
        sending.start_sending(issue)

    message = mail.outbox[0]
    unsubscribe = f"http://testserver/fi/uutiskirje/unsubscribe/{subscriber.token}/"
    assert message.subject == "Lokakuun uutiskirje"
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{unsubscribe}>, <mailto:")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Kumppanuusohjelma kokoontuu marraskuussa." in message.body
    assert unsubscribe in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="fi">' in html
    assert "<b>marraskuussa</b>" in html
    assert unsubscribe in html


def test_the_batch_size_bounds_each_task_run(
    newsletter, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_BATCH_SIZE = 3
    seed_subscribers(7)
    issue = add_issue(newsletter)
    NewsletterIssuePage.objects.filter(pk=issue.pk).update(sending_started_at=timezone.now())
    issue.refresh_from_db()

    assert sending.send_batch(issue) == 3
    assert sending.send_batch(issue) == 3
    assert sending.send_batch(issue) == 1
    assert sending.send_batch(issue) == 0
    assert len(mail.outbox) == 7
