"""What editors do to comments: approve, reject or mark as spam, each recorded in the audit log."""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from .models import Comment

ACTIONS = {
    Comment.Status.APPROVED: "blog.comment.approve",
    Comment.Status.REJECTED: "blog.comment.reject",
    Comment.Status.SPAM: "blog.comment.spam",
}


def moderate(comments, status, user):
    """Give each comment a new status; returns how many changed."""
    changed = 0
    with transaction.atomic():
        for comment in comments:
            if comment.status == status:
                continue
            comment.status = status
            comment.moderated_at = timezone.now()
            comment.moderated_by = user
            comment.save(update_fields=["status", "moderated_at", "moderated_by"])
            log(instance=comment, action=ACTIONS[status], user=user)
            changed += 1
    return changed


def approve(comments, user):
    return moderate(comments, Comment.Status.APPROVED, user)


def reject(comments, user):
    return moderate(comments, Comment.Status.REJECTED, user)


def mark_as_spam(comments, user):
    return moderate(comments, Comment.Status.SPAM, user)


def waiting_count():
    return Comment.objects.pending().count()
