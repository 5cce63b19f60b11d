"""Background work shared by the whole site."""

from django_tasks import task

from .mail import MAIL_ERRORS, delivery_connection, message_from_data, retry_later

RETRY_SECONDS = 60


@task()
def send_queued_email(data, attempt=1):
    """Send a message that a request queued (home.mail.QueuedEmailBackend); when the mail server
    fails, try again later with a growing delay."""
    try:
        message_from_data(data, connection=delivery_connection()).send()
    except MAIL_ERRORS:
        retry_later(send_queued_email, (data,), attempt, RETRY_SECONDS, about=repr(data["subject"]))
        raise
    return f"sent to {len(data['to'])}"
