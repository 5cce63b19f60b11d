"""The site's email. Requests never talk to the mail server: EMAIL_BACKEND is the
QueuedEmailBackend, which gives each message the site's headers and hands it to the task worker
(allauth's account emails and Wagtail's own notifications included). The worker sends it through
EMAIL_DELIVERY_BACKEND (SMTP in production) and tries again later when the mail server fails.
The site's own background tasks build their messages with site_email() and send them through
delivery_connection() themselves, so that each knows whether the mail server took its message."""

import datetime
import logging
import smtplib
from email.utils import make_msgid
from urllib.parse import urlsplit

from django_tasks import default_task_backend

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

logger = logging.getLogger(__name__)

MAIL_ATTEMPTS = 5
# Mail servers refuse, time out or drop the connection: all are worth another try later.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


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


def site_domain():
    """The site's own host name (from SITE_BASE_URL), which names its messages."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def site_headers(language=None):
    """The headers of every email of the site, in `language` (the active one if not given). The
    Message-ID is under the site's own domain, not the sending machine's host name, and the mail
    says it is automatic, so that mail servers send no out-of-office replies to it (newsletter
    issues, which people write, say otherwise)."""
    return {
        "Message-ID": make_msgid(domain=site_domain()),
        "Content-Language": language or translation.get_language() or settings.LANGUAGE_CODE,
        "Auto-Submitted": "auto-generated",
    }


def site_email(
    subject,
    body,
    to,
    *,
    language=None,
    html=None,
    from_email=None,
    headers=None,
    connection=None,
):
    """An email of the site, with site_headers() and any others given."""
    message = EmailMultiAlternatives(
        subject,
        body,
        from_email or None,
        to,
        headers={**site_headers(language), **(headers or {})},
        connection=connection,
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def render_email(template, context, language):
    """The subject and body of `<template>_subject.txt` and `<template>.txt` in `language`, with
    the site's name. `context` may be a function returning the context: it is then called in
    that language, for addresses that reverse() gives per language."""
    with translation.override(language):
        context = {
            "site_name": settings.WAGTAIL_SITE_NAME,
            **(context() if callable(context) else context),
        }
        # One line: a title someone typed must not break the header.
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        return subject, render_to_string(f"{template}.txt", context)


def send_templated_or_retry(
    template,
    context,
    recipients,
    *,
    language,
    retry_task,
    args,
    attempt,
    retry_seconds,
    subject=None,
    from_email=None,
):
    """render_email() in the recipient's language, then send_or_retry(). `subject` replaces the
    rendered one when given."""
    rendered_subject, body = render_email(template, context, language)
    send_or_retry(
        subject or rendered_subject,
        body,
        recipients,
        retry_task,
        args,
        attempt,
        retry_seconds,
        from_email=from_email,
        language=language,
    )


def send_or_retry(
    subject,
    body,
    recipients,
    retry_task,
    args,
    attempt,
    retry_seconds,
    from_email=None,
    language=None,
):
    """Send (from DEFAULT_FROM_EMAIL unless `from_email`); when the mail server fails, queue
    `retry_task(*args, attempt=attempt + 1)` after a delay that grows with each attempt, and give
    up after MAIL_ATTEMPTS. Raises on failure so the task's own result shows it."""
    message = site_email(
        subject,
        body,
        recipients,
        language=language,
        from_email=from_email,
        connection=delivery_connection(),
    )
    try:
        message.send()
    except MAIL_ERRORS:
        retry_later(retry_task, args, attempt, retry_seconds)
        raise


def retry_later(retry_task, args, attempt, retry_seconds, about=None):
    """Queue `retry_task(*args, attempt=attempt + 1)` after a delay that grows with each
    attempt; after MAIL_ATTEMPTS, log that it gave up instead. Returns whether it queued. The log
    names `about` (by default the arguments), never a message's text: it may hold a secret link."""
    about = args if about is None else about
    if attempt >= MAIL_ATTEMPTS:
        logger.exception("Gave up sending %s %s", retry_task.name, about)
        return False
    retry_in = datetime.timedelta(seconds=retry_seconds * attempt)
    logger.warning("Mail failed for %s %s; retrying in %s", retry_task.name, about, retry_in)
    if default_task_backend.supports_defer:
        retry_task = retry_task.using(run_after=timezone.now() + retry_in)
    retry_task.enqueue(*args, attempt=attempt + 1)
    return True


def delivery_connection(**kwargs):
    """A connection to what really delivers mail (EMAIL_DELIVERY_BACKEND), for the worker."""
    return get_connection(settings.EMAIL_DELIVERY_BACKEND, **kwargs)


# A message made in a request travels to the worker as plain data.


def message_data(message):
    """What the task needs to send `message`, as JSON."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
    }


def message_from_data(data, connection=None):
    message = EmailMultiAlternatives(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        bcc=data.get("bcc"),
        cc=data.get("cc"),
        reply_to=data.get("reply_to"),
        headers=data["headers"],
        connection=connection,
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message


class QueuedEmailBackend(BaseEmailBackend):
    """Queues each message for the task worker instead of sending it: the request that made it
    answers at once, whatever the mail server is doing. The database queue stores it in the
    request's own transaction, so the worker sees it only once what it speaks of is saved.
    Attachments are not carried: no email made in a request has any."""

    def send_messages(self, email_messages):
        from .tasks import send_queued_email

        for message in email_messages:
            message.extra_headers = {**site_headers(), **message.extra_headers}
            send_queued_email.enqueue(message_data(message))
        return len(email_messages)
