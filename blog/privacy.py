"""Commenters' personal data: retention, and export or erasure on request."""

import datetime

from django.conf import settings
from django.utils import timezone

from .models import Comment


def erase_expired_emails(now=None):
    """Forget the email addresses of rejected and spam comments past the retention period."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.BLOG_COMMENT_EMAIL_RETENTION_DAYS)
    return (
        Comment.objects.filter(
            status__in=[Comment.Status.REJECTED, Comment.Status.SPAM], created_at__lt=cutoff
        )
        .exclude(email="")
        .update(email="", ip_hash="", email_erased_at=now)
    )


def comments_by_email(email):
    return Comment.objects.filter(email__iexact=email.strip()).select_related("post")


def export_comments(email):
    """Everything held about one commenter, as plain data for a JSON download."""
    return {
        "email": email,
        "comments": [
            {
                "post": comment.post.title,
                "address": comment.post.full_url,
                "name": comment.name,
                "text": comment.text,
                "status": comment.status,
                "sent": comment.created_at.isoformat(),
            }
            for comment in comments_by_email(email)
        ],
    }


def erase_comments(email):
    """Delete every comment sent with this address. Others' replies to them stay, on their own."""
    comments = comments_by_email(email)
    Comment.objects.filter(parent__in=comments).exclude(email__iexact=email.strip()).update(
        parent=None
    )
    deleted, _ = comments.delete()
    return deleted
