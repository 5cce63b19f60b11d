"""Background work of membership: telling the administrators of an application, and the person
of each decision about their membership."""

from django_tasks import task

from django.conf import settings
from django.urls import reverse

from extranet.members.membership import DECISIONS
from extranet.models import MemberProfile
from home.mail import send_templated_or_retry, users_with_permission

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
    send_templated_or_retry(
        "extranet/email/application_received",
        lambda: {
            "profile": profile,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("extranet_members:inspect", args=[profile.pk]),
        },
        recipients,
        language=settings.LANGUAGE_CODE,
        retry_task=notify_staff_of_application,
        args=(profile_id,),
        attempt=attempt,
        retry_seconds=RETRY_SECONDS,
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
    send_templated_or_retry(
        f"extranet/email/{decision}",
        lambda: {
            "profile": profile,
            "name": profile.user.get_full_name(),
            "message": message,
            "url": settings.WAGTAILADMIN_BASE_URL + reverse(MEMBER_LINKS[decision]),
        },
        [profile.user.email],
        language=profile.language,
        retry_task=send_membership_email,
        args=(profile_id, decision, message),
        attempt=attempt,
        retry_seconds=RETRY_SECONDS,
    )
    return f"told the member: {decision}"
