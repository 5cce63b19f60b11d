"""Background work of moderation: telling an author what the moderators said of their post or
file."""

from django_tasks import task

from django.conf import settings
from django.urls import reverse

from extranet.models import MemberProfile, Report
from home.mail import send_templated_or_retry

RETRY_SECONDS = 60


def _item_link(report):
    if report.post_id:
        path = reverse("extranet:post_link", args=[report.workspace.slug, report.post_id])
    else:
        path = reverse("extranet:file_detail", args=[report.workspace.slug, report.file_id])
    return settings.WAGTAILADMIN_BASE_URL + path


@task()
def send_warning_email(report_id, author_id, message, attempt=1):
    """Tell the author, in the language they chose, what the moderators said of their post or
    file."""
    report = (
        Report.objects.select_related("workspace", "post__discussion", "file")
        .filter(pk=report_id)
        .first()
    )
    profile = MemberProfile.objects.select_related("user").filter(user_id=author_id).first()
    if report is None or profile is None or not profile.user.email:
        return "nobody to tell"
    send_templated_or_retry(
        "extranet/email/content_warning",
        lambda: {
            "name": profile.user.get_full_name(),
            "workspace": report.workspace.name,
            "discussion": report.post.discussion.title if report.post_id else "",
            "file": report.file.title if report.file_id else "",
            "message": message,
            "url": _item_link(report),
        },
        [profile.user.email],
        language=profile.language,
        retry_task=send_warning_email,
        args=(report_id, author_id, message),
        attempt=attempt,
        retry_seconds=RETRY_SECONDS,
    )
    return "warned the author"
