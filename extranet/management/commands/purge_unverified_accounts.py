"""Remove sign-ups whose email address was never verified, once they are old enough.

Meant to run daily from cron. Safe to repeat: a second run finds nothing more to remove.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from extranet.accounts.purge import unverified_accounts


class Command(BaseCommand):
    help = (
        "Delete accounts whose email address was never verified and that signed up more than "
        "ACCOUNT_UNVERIFIED_PURGE_DAYS days ago. Run daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Age in days (default: settings.ACCOUNT_UNVERIFIED_PURGE_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the accounts to delete."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.ACCOUNT_UNVERIFIED_PURGE_DAYS if days is None else days
        if days < 1:
            raise CommandError("--days must be at least 1.")
        ids = list(unverified_accounts(days).values_list("pk", flat=True))
        accounts = f"{len(ids)} unverified account{'' if len(ids) == 1 else 's'}"
        if dry_run:
            self.stdout.write(f"{accounts} older than {days} days would be deleted.")
            return
        with transaction.atomic():
            get_user_model().objects.filter(pk__in=ids).delete()
        self.stdout.write(f"Deleted {accounts} older than {days} days.")
