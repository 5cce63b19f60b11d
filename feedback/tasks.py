"""Background work of feedback forms: mailing the editors the answers."""

import datetime
import logging
import smtplib

from django_tasks import default_task_backend, task

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wagtail.admin.mail import send_mail
from wagtail.contrib.forms.models import FormSubmission

logger = logging.getLogger(__name__)

NOTIFY_ATTEMPTS = 5


@task()
def notify_editors_of_feedback(submission_id, attempt=1):
    submission = FormSubmission.objects.select_related("page").filter(pk=submission_id).first()
    if submission is None:
        return "nothing to tell"
    page = submission.page.specific
    recipients = [address.strip() for address in page.to_address.split(",") if address.strip()]
    if not recipients:
        return "no recipients"
    # Editors read the admin in Finnish by default; the answers stay in the visitor's language.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "page": page,
            "submission": submission,
            "lines": page.notification_lines(submission),
            "submissions_url": (
                f"{settings.WAGTAILADMIN_BASE_URL}/admin/forms/submissions/{page.pk}/"
            ),
        }
        subject = (
            page.subject
            or render_to_string("feedback/email/new_feedback_subject.txt", context).strip()
        )
        body = render_to_string("feedback/email/new_feedback.txt", context)
    try:
        send_mail(subject, body, recipients, page.from_address or None)
    except (smtplib.SMTPException, OSError):
        if attempt >= NOTIFY_ATTEMPTS:
            logger.exception("Gave up mailing feedback %s", submission_id)
            raise
        retry_seconds = getattr(settings, "FEEDBACK_NOTIFY_RETRY_SECONDS", 300)
        retry_in = datetime.timedelta(seconds=retry_seconds * attempt)
        logger.warning("Mail failed for feedback %s; retrying in %s", submission_id, retry_in)
        retry = notify_editors_of_feedback
        if default_task_backend.supports_defer:
            retry = retry.using(run_after=timezone.now() + retry_in)
        retry.enqueue(submission_id, attempt=attempt + 1)
        raise
    return f"told {len(recipients)} addresses"
