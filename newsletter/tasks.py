"""Background work of the newsletter: confirmation mails and sending issues in batches."""

import datetime
import logging

from django_tasks import default_task_backend, task

from django.conf import settings
from django.utils import timezone

from home.mail import MAIL_ERRORS, delivery_connection, retry_later

from . import sending
from .emails import confirmation_message
from .models import NewsletterIssuePage, NewsletterPage, Subscriber

logger = logging.getLogger(__name__)


CONFIRMATION_RETRY_SECONDS = 60


@task()
def send_confirmation(subscriber_id, page_id, attempt=1):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    page = NewsletterPage.objects.filter(pk=page_id).first()
    if subscriber is None or page is None or subscriber.status != Subscriber.Status.PENDING:
        return "nothing to confirm"
    message = confirmation_message(subscriber, page)
    message.connection = delivery_connection()
    try:
        message.send()
    except MAIL_ERRORS:
        retry_later(
            send_confirmation, (subscriber_id, page_id), attempt, CONFIRMATION_RETRY_SECONDS
        )
        raise
    return "sent"


MAX_ATTEMPTS = 10


@task()
def send_issue_batch(issue_id, attempt=1):
    """Send one batch, then queue the next. On a mail failure, try again later from where it
    stopped: deliveries already made are never repeated. After MAX_ATTEMPTS failures in a row
    it gives up; pressing "Send to subscribers" again continues."""
    issue = NewsletterIssuePage.objects.filter(pk=issue_id).first()
    if issue is None or issue.sending_started_at is None or issue.sending_finished_at:
        return "nothing to send"
    try:
        sent = sending.send_batch(issue)
    except Exception:
        if attempt >= MAX_ATTEMPTS or not default_task_backend.supports_defer:
            logger.exception("Gave up sending issue %s for now", issue_id)
            raise
        retry_in = datetime.timedelta(
            seconds=getattr(settings, "NEWSLETTER_RETRY_SECONDS", 300) * attempt
        )
        logger.warning("Sending issue %s failed; trying again in %s", issue_id, retry_in)
        send_issue_batch.using(run_after=timezone.now() + retry_in).enqueue(
            issue_id, attempt=attempt + 1
        )
        raise
    if sent:
        send_issue_batch.enqueue(issue_id)
        return f"sent {sent}"
    return "finished"
