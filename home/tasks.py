"""Background work shared by the whole site."""

from django_tasks import task, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from .mail import MAIL_ERRORS, delivery_connection, message_from_data, retry_later

# Five attempts over about fifty minutes (home.mail.retry_later).
RETRY_SECONDS = 300


@task(takes_context=True)
def send_queued_email(context, data, attempt=1):
    """Send a message that a request queued (home.mail.QueuedEmailBackend); when the mail server
    fails, try again later with a growing delay (the retry carries its own copy)."""
    try:
        message_from_data(data, connection=delivery_connection()).send()
    except MAIL_ERRORS:
        retry_later(send_queued_email, (data,), attempt, RETRY_SECONDS, about=repr(data["subject"]))
        raise
    finally:
        _forget_the_text(context.task_result, data, attempt)
    return f"sent to {len(data['to'])}"


def _forget_the_text(task_result, data, attempt):
    """Account emails hold one-time links: once tried, the queue keeps only who and what about."""
    if isinstance(task_backends[task_result.backend], DatabaseBackend):
        DBTaskResult.objects.filter(id=task_result.id).update(
            args_kwargs={
                "args": [{"subject": data["subject"], "to": data["to"]}],
                "kwargs": {"attempt": attempt},
            }
        )
