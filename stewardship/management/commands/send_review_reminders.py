from django.core.management.base import BaseCommand

from stewardship.tasks import send_review_reminders


class Command(BaseCommand):
    help = (
        "Queue this week's email to each page owner of the pages due for review (run weekly from"
        " cron; a second run in the same week sends nobody anything twice)."
    )

    def handle(self, *args, **options):
        send_review_reminders.enqueue()
        self.stdout.write("Queued the weekly review reminders.")
