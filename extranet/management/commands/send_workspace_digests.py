"""Email each member one daily digest of what happened in the workspaces they chose a daily
digest for (and any notification whose own email failed for good).

Meant to run once a day from cron. Safe to repeat and to interrupt: a notification is marked
as emailed only after its digest was sent, so a second run sends nothing twice, and a member
whose email failed gets everything in the next run.
"""

import logging

from django.core.management.base import BaseCommand

from extranet.notifications.services import send_digests

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Send the daily digest of workspace notifications to the members who chose it."

    def handle(self, *args, **options):
        def report_failure(recipient_id, error):
            logger.warning("Digest to user %s failed: %s", recipient_id, error)
            self.stderr.write(f"Digest to user {recipient_id} failed: {error}")

        sent, failed = send_digests(on_failure=report_failure)
        self.stdout.write(f"Sent {sent} digest(s); {failed} failed and will be retried.")
