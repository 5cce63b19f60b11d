"""Sending an issue to its subscribers in batches, at most once to each.

Every send is recorded before the mail leaves: a Delivery row in status "sending" is committed
first, then the mail is handed to the server, then the row becomes "sent". A subscriber who has
any row for the issue is never sent it again. If the mail server refuses a message, the send
certainly failed, so its row is removed and a later run sends it. If the process dies between
handing the message over and marking it sent, the row stays "sending": nobody can tell whether
the mail left, and we choose at most once, so it is not retried and is counted as unconfirmed.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from home.mail import delivery_connection

from .emails import issue_message
from .models import Delivery, NewsletterIssuePage, Subscriber

logger = logging.getLogger(__name__)

BATCH_SIZE = 100


def batch_size():
    return getattr(settings, "NEWSLETTER_BATCH_SIZE", BATCH_SIZE)


def recipients(issue):
    """Subscribed readers of the issue's language."""
    return Subscriber.objects.subscribed().filter(language=issue.language)


def waiting(issue):
    """Recipients with no delivery of this issue at all: the only ones still to be sent it."""
    return recipients(issue).exclude(deliveries__issue=issue).order_by("pk")


def start_sending(issue, user=None):
    """Mark the issue as sent (it enters the archive) and queue the first batch."""
    from .tasks import send_issue_batch

    with transaction.atomic():
        issue = NewsletterIssuePage.objects.select_for_update().get(pk=issue.pk)
        if issue.sending_started_at is None:
            issue.sending_started_at = timezone.now()
            issue.sent_by = user
        issue.sending_finished_at = None
        issue.save(update_fields=["sending_started_at", "sending_finished_at", "sent_by"])
        transaction.on_commit(lambda: send_issue_batch.enqueue(issue.pk))
    return issue


def send_batch(issue):
    """Send the next batch over one connection. Returns how many were sent; 0 when done."""
    subscribers = list(waiting(issue)[: batch_size()])
    if not subscribers:
        finish(issue)
        return 0
    sections = issue.sections()
    sent = 0
    connection = delivery_connection()
    connection.open()
    try:
        for subscriber in subscribers:
            delivery, created = Delivery.objects.get_or_create(issue=issue, subscriber=subscriber)
            if not created:
                continue  # another worker got there first
            message = issue_message(issue, subscriber, connection=connection, sections=sections)
            try:
                message.send()
            except Exception:
                # The server refused it: certainly not sent, so a later run may send it.
                delivery.delete()
                raise
            Delivery.objects.filter(pk=delivery.pk).update(
                status=Delivery.Status.SENT, sent_at=timezone.now()
            )
            sent += 1
    finally:
        connection.close()
        update_counts(issue)
    return sent


def update_counts(issue):
    deliveries = Delivery.objects.filter(issue=issue)
    NewsletterIssuePage.objects.filter(pk=issue.pk).update(
        sent_count=deliveries.filter(status=Delivery.Status.SENT).count(),
        unconfirmed_count=deliveries.filter(status=Delivery.Status.SENDING).count(),
    )


def finish(issue):
    update_counts(issue)
    NewsletterIssuePage.objects.filter(pk=issue.pk, sending_finished_at__isnull=True).update(
        sending_finished_at=timezone.now()
    )
