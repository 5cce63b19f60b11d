"""Background work of the blog: telling editors about new comments."""

import datetime
import logging
import smtplib

from django_tasks import default_task_backend, task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Comment

logger = logging.getLogger(__name__)

NOTIFY_ATTEMPTS = 5


def moderators():
    """Active users who may moderate comments and have an email address."""
    permission = Permission.objects.get(codename="moderate_comment", content_type__app_label="blog")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(user_permissions=permission)
            | Q(groups__permissions=permission)
        )
        .distinct()
    )


@task()
def notify_editors_of_comment(comment_id, attempt=1):
    comment = Comment.objects.select_related("post").filter(pk=comment_id).first()
    if comment is None or comment.status != Comment.Status.PENDING:
        return "nothing to tell"
    recipients = list(moderators().values_list("email", flat=True))
    if not recipients:
        return "no moderators"
    # Editors read the admin in Finnish by default; the comment itself stays in its own language.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "comment": comment,
            "post": comment.post,
            "queue_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/snippets/blog/comment/",
        }
        subject = render_to_string("blog/email/new_comment_subject.txt", context).strip()
        body = render_to_string("blog/email/new_comment.txt", context)
    try:
        send_mail(subject, body, None, recipients)
    except (smtplib.SMTPException, OSError):
        if attempt >= NOTIFY_ATTEMPTS:
            logger.exception("Gave up telling editors about comment %s", comment_id)
            raise
        retry_in = datetime.timedelta(seconds=settings.BLOG_NOTIFY_RETRY_SECONDS * attempt)
        logger.warning("Mail failed for comment %s; retrying in %s", comment_id, retry_in)
        retry = notify_editors_of_comment
        if default_task_backend.supports_defer:
            retry = retry.using(run_after=timezone.now() + retry_in)
        retry.enqueue(comment_id, attempt=attempt + 1)
        raise
    return f"told {len(recipients)} editors"
