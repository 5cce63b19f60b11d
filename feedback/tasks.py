"""Background work of feedback forms: mailing the editors the answers."""

from django_tasks import task

from django.conf import settings

from wagtail.contrib.forms.models import FormSubmission

from home.mail import send_templated_or_retry


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
    send_templated_or_retry(
        "feedback/email/new_feedback",
        {
            "page": page,
            "submission": submission,
            "lines": page.notification_lines(submission),
            "submissions_url": (
                f"{settings.WAGTAILADMIN_BASE_URL}/admin/forms/submissions/{page.pk}/"
            ),
        },
        recipients,
        language=settings.LANGUAGE_CODE,
        retry_task=notify_editors_of_feedback,
        args=(submission_id,),
        attempt=attempt,
        retry_seconds=getattr(settings, "FEEDBACK_NOTIFY_RETRY_SECONDS", 300),
        subject=page.subject,
        from_email=page.from_address,
    )
    return f"told {len(recipients)} addresses"
