"""Remove for good the workspaces deleted more than WORKSPACE_DELETE_RETENTION_DAYS ago.

Meant to run daily from cron. Safe to repeat: a second run finds nothing more to remove.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from extranet.workspaces.purge import purge_deleted


class Command(BaseCommand):
    help = "Purge workspaces deleted longer ago than WORKSPACE_DELETE_RETENTION_DAYS."

    def handle(self, *args, **options):
        count = purge_deleted()
        self.stdout.write(
            f"Purged {count} workspace(s) deleted over "
            f"{settings.WORKSPACE_DELETE_RETENTION_DAYS} days ago."
        )
