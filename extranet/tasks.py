"""Background work of the extranet: the emails that membership decisions send."""

from django_tasks import task

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.mail import send_or_retry, users_with_permission

from .membership import DECISIONS
from .models import MemberProfile

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
    )
    return f"told the member: {decision}"
