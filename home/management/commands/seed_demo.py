from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from blog import demo as blog_demo
from events import demo as events_demo
from feedback import demo as feedback_demo
from home import demo
from home.models import HomePage
from materials import demo as materials_demo
from newsletter import demo as newsletter_demo

# Each app adds its demo content under the home page, in this order.
APP_SEEDERS = [blog_demo, events_demo, materials_demo, newsletter_demo, feedback_demo]


class Command(BaseCommand):
    help = "Fill an empty site with realistic demo content in Finnish, Swedish and English."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (used by `make run`).",
        )

    def handle(self, *args, if_empty=False, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("Demo content is refused under production settings.")
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo content not added.")
            return
        report = demo.SeedReport()
        with demo.seeding():
            home = demo.seed(report)
            for app_demo in APP_SEEDERS:
                app_demo.seed(home, report)
        if not report.changed:
            self.stdout.write("Demo content is already in place; nothing changed.")
            return
        self.stdout.write(self.style.SUCCESS(f"Created {len(report.created)} demo objects."))
        for username, password in report.credentials:
            self.stdout.write(f"  {username:<8} password: {password}")
        if report.credentials:
            self.stdout.write("Log in at /admin/. These passwords are shown only this once.")
