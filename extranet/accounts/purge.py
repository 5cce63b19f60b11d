"""Sign-ups whose email address was never verified: found once they are old enough, then
removed by the daily `purge_unverified_accounts` command."""

import datetime

from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.utils import timezone


def unverified_accounts(days):
    """Accounts that signed up more than `days` days ago and never verified any address.

    Never staff or superusers, never anyone in a group or with a membership application, and
    never accounts created outside sign-up (they have no address record at all)."""
    User = get_user_model()
    addresses = EmailAddress.objects.filter(user=OuterRef("pk"))
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return (
        User.objects.filter(date_joined__lt=cutoff, is_staff=False, is_superuser=False)
        .filter(Exists(addresses))
        .exclude(Exists(addresses.filter(verified=True)))
        .exclude(member_profile__isnull=False)
        .exclude(groups__isnull=False)
    )
