"""Background work of invitations: emailing one, in the workspace's language."""

from django_tasks import task

from django.conf import settings
from django.urls import reverse

from extranet.models import WorkspaceInvitation
from extranet.workspaces.invitations import services as invitations
from home.mail import send_templated_or_retry

RETRY_SECONDS = 60


@task()
def send_invitation_email(invitation_id, attempt=1):
    """Email an invitation to a workspace, in the workspace's language."""
    invitation = (
        WorkspaceInvitation.objects.select_related("workspace", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or invitations.state_of(invitation) != invitations.State.PENDING:
        return "no longer waiting"
    workspace = invitation.workspace
    send_templated_or_retry(
        "extranet/email/invitation",
        lambda: {
            "workspace": workspace.name,
            "inviter": invitation.invited_by.get_full_name() if invitation.invited_by else "",
            "message": invitation.message,
            "expires_at": invitations.expires_at(invitation),
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("extranet:invitation_accept", args=[invitation.token]),
        },
        [invitation.email],
        language=workspace.language,
        retry_task=send_invitation_email,
        args=(invitation_id,),
        attempt=attempt,
        retry_seconds=RETRY_SECONDS,
    )
    return "invited"
