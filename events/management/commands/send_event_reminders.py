from django.core.management.base import BaseCommand

from events.tasks import send_event_reminders


class Command(BaseCommand):
    help = (
        "Queue the reminder to everyone with a place at an event that starts before the end of"
        " tomorrow (run daily from cron; each registration is reminded once)."
    )

    def handle(self, *args, **options):
        send_event_reminders.enqueue()
        self.stdout.write("Queued the event reminders.")
