import random

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from blog import demo as blog_demo
from events import demo as events_demo
from extranet import demo as extranet_demo
from extranet import demo_workspaces
from feedback import demo as feedback_demo
from home import demo, demo_bulk
from home.models import HomePage
from materials import demo as materials_demo
from newsletter import demo as newsletter_demo

# Each app adds its demo content under the home page, in this order. The extranet's members
# come after the blog: their expertise is the blog's topics.
APP_SEEDERS = [
    blog_demo,
    events_demo,
    materials_demo,
    newsletter_demo,
    feedback_demo,
    extranet_demo,
    demo_workspaces,
]


class Command(BaseCommand):
    help = "Fill an empty site with realistic demo content in Finnish, Swedish and English."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (used by `make run`).",
        )
        parser.add_argument(
            "--members",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated extranet members (for benchmarks; added on every run).",
        )
        parser.add_argument(
            "--pages",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated content pages in each language (for benchmarks; added "
            "on every run).",
        )
        parser.add_argument(
            "--workspaces",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated workspaces with members, files and meetings (for "
            "benchmarks; added on every run, after any --members).",
        )
        parser.add_argument(
            "--posts",
            type=int,
            default=0,
            metavar="N",
            help="Spread N posts over the generated workspaces' discussions (needs --workspaces).",
        )

    def handle(self, *args, if_empty=False, pages=0, members=0, workspaces=0, posts=0, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("Demo content is refused under production settings.")
        for name, value in [
            ("pages", pages),
            ("members", members),
            ("workspaces", workspaces),
            ("posts", posts),
        ]:
            if value < 0:
                raise CommandError(f"--{name} must be zero or more.")
        if posts and not workspaces:
            raise CommandError("--posts needs --workspaces: posts go into generated workspaces.")
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo content not added.")
            self._add_pages(pages)
            self._add_members(members)
            self._add_workspaces(workspaces, posts)
            return
        report = demo.SeedReport()
        with demo.seeding():
            home = demo.seed(report)
            for app_demo in APP_SEEDERS:
                app_demo.seed(home, report)
        self._add_pages(pages)
        self._add_members(members)
        self._add_workspaces(workspaces, posts)
        if not report.changed:
            self.stdout.write("Demo content is already in place; nothing changed.")
            return
        self.stdout.write(self.style.SUCCESS(f"Created {len(report.created)} demo objects."))
        for login, password in report.credentials:
            self.stdout.write(f"  {login:<28} password: {password}")
        if report.credentials:
            self.stdout.write(
                "Log in at /fi/accounts/login/ (staff then go to /admin/, members to "
                "/fi/extranet/). These passwords are shown only this once."
            )
        if hint := demo_workspaces.tour_hint():
            self.stdout.write(hint)

    def _add_pages(self, count):
        if not count:
            return
        with transaction.atomic():
            made = demo_bulk.build_pages(count)
        self.stdout.write(self.style.SUCCESS(f"Added {made} generated content pages."))

    def _add_members(self, count):
        if not count:
            return
        with transaction.atomic():
            profiles = extranet_demo.build_members(count, random.Random())  # noqa: S311
        self.stdout.write(self.style.SUCCESS(f"Added {len(profiles)} generated extranet members."))

    def _add_workspaces(self, count, posts):
        if not count:
            return
        try:
            made = demo_workspaces.build_workspaces(count, posts, random.Random())  # noqa: S311
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Added {len(made)} generated workspaces with {posts} posts.")
        )
