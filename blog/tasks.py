"""Background work of the blog: telling editors about new comments."""

from django_tasks import task

from django.conf import settings

from home.mail import send_templated_or_retry, users_with_permission

from .models import Comment


def moderators():
    """Active users who may moderate comments and have an email address."""
    return users_with_permission("blog", "moderate_comment")


@task()
def notify_editors_of_comment(comment_id, attempt=1):
    comment = Comment.objects.select_related("post").filter(pk=comment_id).first()
    if comment is None or comment.status != Comment.Status.PENDING:
        return "nothing to tell"
    recipients = list(moderators().values_list("email", flat=True))
    if not recipients:
        return "no moderators"
    # Editors read the admin in Finnish by default; the comment itself stays in its own language.
    send_templated_or_retry(
        "blog/email/new_comment",
        {
            "comment": comment,
            "post": comment.post,
            "queue_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/snippets/blog/comment/",
        },
        recipients,
        language=settings.LANGUAGE_CODE,
        retry_task=notify_editors_of_comment,
        args=(comment_id,),
        attempt=attempt,
        retry_seconds=settings.BLOG_NOTIFY_RETRY_SECONDS,
    )
    return f"told {len(recipients)} editors"
