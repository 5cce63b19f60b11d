from django.core.management.base import BaseCommand

from events.privacy import erase_after_events


class Command(BaseCommand):
    help = (
        "Delete the registrations of events that ended more than"
        " EVENT_REGISTRATION_RETENTION_DAYS ago. Run daily from cron."
    )

    def handle(self, *args, **options):
        deleted = erase_after_events()
        self.stdout.write(f"Deleted {deleted} registrations of past events.")
