"""Background work of workspaces: telling the owner that their deleted workspace is back."""

from django_tasks import task

from django.conf import settings
from django.urls import reverse

from extranet.models import Workspace, WorkspaceMembership
from home.mail import send_templated_or_retry

RETRY_SECONDS = 60


@task()
def send_recovery_email(workspace_id, attempt=1):
    """Tell the owner, in their language, that their deleted workspace is back."""
    membership = (
        WorkspaceMembership.objects.select_related("workspace", "user__member_profile")
        .filter(workspace_id=workspace_id, role=WorkspaceMembership.Role.OWNER)
        .first()
    )
    if membership is None or not membership.user.email:
        return "nobody to tell"
    workspace, owner = membership.workspace, membership.user
    profile = getattr(owner, "member_profile", None)
    language = profile.language if profile else settings.LANGUAGE_CODE
    send_templated_or_retry(
        "extranet/email/workspace_recovered",
        lambda: {
            "name": owner.get_full_name(),
            "workspace": workspace.name,
            "archived": workspace.state == Workspace.State.ARCHIVED,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("extranet:workspace_detail", args=[workspace.slug]),
        },
        [owner.email],
        language=language,
        retry_task=send_recovery_email,
        args=(workspace_id,),
        attempt=attempt,
        retry_seconds=RETRY_SECONDS,
    )
    return "told the owner"
