"""Background work of the extranet: the emails that membership decisions, workspace
notifications, invitations, recovery of a deleted workspace and moderators' warnings send."""

import logging

from django_tasks import task

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.mail import retry_later, send_or_retry, users_with_permission

from . import notifications
from .membership import DECISIONS
from .models import MemberProfile, Report, Workspace, WorkspaceInvitation, WorkspaceMembership

logger = logging.getLogger(__name__)

RETRY_SECONDS = 60

# Where each email points the member: into the extranet, or to their status page.
MEMBER_LINKS = {
    "approve": "extranet:home",
    "reinstate": "extranet:home",
    "deny": "extranet:status",
    "suspend": "extranet:status",
    "end": "extranet:status",
}


def membership_managers():
    """Active users who may decide on memberships and have an email address."""
    return users_with_permission("extranet", "manage_membership")


@task()
def notify_staff_of_application(profile_id, attempt=1):
    """Tell the people who decide on memberships that an application waits for them."""
    profile = (
        MemberProfile.objects.select_related("user", "organisation").filter(pk=profile_id).first()
    )
    if profile is None or profile.status != MemberProfile.Status.PENDING:
        return "nothing to tell"
    recipients = list(membership_managers().values_list("email", flat=True))
    if not recipients:
        return "no one manages memberships"
    # Staff read the admin in the site's default language.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "profile": profile,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("extranet_members:inspect", args=[profile.pk]),
        }
        subject = render_to_string(
            "extranet/email/application_received_subject.txt", context
        ).strip()
        body = render_to_string("extranet/email/application_received.txt", context)
    send_or_retry(
        subject,
        body,
        recipients,
        notify_staff_of_application,
        (profile_id,),
        attempt,
        RETRY_SECONDS,
        language=settings.LANGUAGE_CODE,
    )
    return f"told {len(recipients)} administrators"


@task()
def send_membership_email(profile_id, decision, message="", attempt=1):
    """Tell a member, in the language they chose, what was decided about their membership."""
    profile = MemberProfile.objects.select_related("user").filter(pk=profile_id).first()
    if profile is None or not profile.user.email:
        return "nobody to tell"
    if profile.status != DECISIONS[decision].result:
        # A later decision replaced this one; its own email tells the member.
        return "superseded"
    with translation.override(profile.language):
        context = {
            "profile": profile,
            "name": profile.user.get_full_name(),
            "message": message,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "url": settings.WAGTAILADMIN_BASE_URL + reverse(MEMBER_LINKS[decision]),
        }
        subject = render_to_string(f"extranet/email/{decision}_subject.txt", context).strip()
        body = render_to_string(f"extranet/email/{decision}.txt", context)
    send_or_retry(
        subject,
        body,
        [profile.user.email],
        send_membership_email,
        (profile_id, decision, message),
        attempt,
        RETRY_SECONDS,
        language=profile.language,
    )
    return f"told the member: {decision}"


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


@task()
def send_invitation_email(invitation_id, attempt=1):
    """Email an invitation to a workspace, in the workspace's language."""
    from . import invitations

    invitation = (
        WorkspaceInvitation.objects.select_related("workspace", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or invitations.state_of(invitation) != invitations.State.PENDING:
        return "no longer waiting"
    workspace = invitation.workspace
    with translation.override(workspace.language):
        context = {
            "workspace": workspace.name,
            "inviter": invitation.invited_by.get_full_name() if invitation.invited_by else "",
            "message": invitation.message,
            "expires_at": invitations.expires_at(invitation),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("extranet:invitation_accept", args=[invitation.token]),
        }
        subject = render_to_string("extranet/email/invitation_subject.txt", context).strip()
        body = render_to_string("extranet/email/invitation.txt", context)
    send_or_retry(
        subject,
        body,
        [invitation.email],
        send_invitation_email,
        (invitation_id,),
        attempt,
        RETRY_SECONDS,
        language=workspace.language,
    )
    return "invited"


# Workspace recovery and moderation


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
    with translation.override(language):
        context = {
            "name": owner.get_full_name(),
            "workspace": workspace.name,
            "archived": workspace.state == Workspace.State.ARCHIVED,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("extranet:workspace_detail", args=[workspace.slug]),
        }
        subject = render_to_string(
            "extranet/email/workspace_recovered_subject.txt", context
        ).strip()
        body = render_to_string("extranet/email/workspace_recovered.txt", context)
    send_or_retry(
        subject,
        body,
        [owner.email],
        send_recovery_email,
        (workspace_id,),
        attempt,
        RETRY_SECONDS,
        language=language,
    )
    return "told the owner"


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
    with translation.override(profile.language):
        context = {
            "name": profile.user.get_full_name(),
            "workspace": report.workspace.name,
            "discussion": report.post.discussion.title if report.post_id else "",
            "file": report.file.title if report.file_id else "",
            "message": message,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "url": _item_link(report),
        }
        subject = render_to_string("extranet/email/content_warning_subject.txt", context).strip()
        body = render_to_string("extranet/email/content_warning.txt", context)
    send_or_retry(
        subject,
        body,
        [profile.user.email],
        send_warning_email,
        (report_id, author_id, message),
        attempt,
        RETRY_SECONDS,
        language=profile.language,
    )
    return "warned the author"
