"""Background work of feedback forms: mailing the editors the answers."""

from django_tasks import task

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.contrib.forms.models import FormSubmission

from home.mail import send_or_retry


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
    send_or_retry(
        subject,
        body,
        recipients,
        notify_editors_of_feedback,
        (submission_id,),
        attempt,
        getattr(settings, "FEEDBACK_NOTIFY_RETRY_SECONDS", 300),
        from_email=page.from_address,
        language=settings.LANGUAGE_CODE,
    )
    return f"told {len(recipients)} addresses"
