"""Background work of the extranet: the emails that membership decisions send."""

import datetime
import logging
import smtplib

from django_tasks import default_task_backend, task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .membership import DECISIONS
from .models import MemberProfile

logger = logging.getLogger(__name__)

MAIL_ATTEMPTS = 5
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
    permission = Permission.objects.filter(
        codename="manage_membership", content_type__app_label="extranet"
    ).first()
    condition = Q(is_superuser=True)
    if permission is not None:
        condition |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(condition)
        .distinct()
    )


def _send(subject, body, recipients, retry, args, attempt):
    """Send, or try again later with a growing delay when the mail server fails."""
    try:
        send_mail(subject, body, None, recipients)
    except (smtplib.SMTPException, OSError):
        if attempt >= MAIL_ATTEMPTS:
            logger.exception("Gave up sending %s %s", retry.name, args)
            raise
        retry_in = datetime.timedelta(seconds=RETRY_SECONDS * attempt)
        logger.warning("Mail failed for %s %s; retrying in %s", retry.name, args, retry_in)
        if default_task_backend.supports_defer:
            retry = retry.using(run_after=timezone.now() + retry_in)
        retry.enqueue(*args, attempt=attempt + 1)
        raise


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
    _send(subject, body, recipients, notify_staff_of_application, (profile_id,), attempt)
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
    _send(
        subject,
        body,
        [profile.user.email],
        send_membership_email,
        (profile_id, decision, message),
        attempt,
    )
    return f"told the member: {decision}"
