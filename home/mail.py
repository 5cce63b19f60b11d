"""Mail sent by background tasks: who gets it, and trying again when the mail server fails."""

import datetime
import logging
import smtplib

from django_tasks import default_task_backend

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

MAIL_ATTEMPTS = 5


def users_with_permission(app_label, codename):
    """Active users with an email address who hold the permission, directly, through a group or
    as superusers."""
    permission = Permission.objects.filter(
        codename=codename, content_type__app_label=app_label
    ).first()
    holds = Q(is_superuser=True)
    if permission is not None:
        holds |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    return (
        get_user_model().objects.filter(is_active=True).exclude(email="").filter(holds).distinct()
    )


def send_or_retry(
    subject, body, recipients, retry_task, args, attempt, retry_seconds, from_email=None
):
    """Send (from DEFAULT_FROM_EMAIL unless `from_email`); when the mail server fails, queue `retry_task(*args, attempt=attempt + 1)` after a
    delay that grows with each attempt, and give up after MAIL_ATTEMPTS. Raises on failure so
    the task's own result shows it."""
    try:
        send_mail(subject, body, from_email or None, recipients)
    except (smtplib.SMTPException, OSError):
        retry_later(retry_task, args, attempt, retry_seconds)
        raise


def retry_later(retry_task, args, attempt, retry_seconds):
    """Queue `retry_task(*args, attempt=attempt + 1)` after a delay that grows with each
    attempt; after MAIL_ATTEMPTS, log that it gave up instead. Returns whether it queued."""
    if attempt >= MAIL_ATTEMPTS:
        logger.exception("Gave up sending %s %s", retry_task.name, args)
        return False
    retry_in = datetime.timedelta(seconds=retry_seconds * attempt)
    logger.warning("Mail failed for %s %s; retrying in %s", retry_task.name, args, retry_in)
    if default_task_backend.supports_defer:
        retry_task = retry_task.using(run_after=timezone.now() + retry_in)
    retry_task.enqueue(*args, attempt=attempt + 1)
    return True
