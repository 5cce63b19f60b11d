"""Background work of notifications: emailing one notification as it happens."""

from django_tasks import task

from extranet.notifications import services as notifications
from home.mail import retry_later

RETRY_SECONDS = 60


@task()
def send_notification_email(notification_id, attempt=1):
    """Email one workspace notification to its recipient, in their language, if they still
    want it and may still read it. Marked as emailed only once the mail server took it."""
    try:
        return notifications.email_one(notification_id)
    except OSError:  # smtplib.SMTPException is an OSError
        # The row's lock is released: the retry (or the digest) can take it.
        retry_later(send_notification_email, (notification_id,), attempt, RETRY_SECONDS)
        raise
