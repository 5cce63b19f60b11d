import random
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.bulk import analyze_tables
from demo.generators import articles as generated_articles
from demo.generators import pages as generated_pages
from demo.loaders import blog, events, feedback, materials, newsletter
from demo.loaders import event_registrations as event_registrations_loader
from demo.loaders import glossary as glossary_loader
from demo.loaders import home as home_loader
from demo.loaders import members as members_loader
from demo.loaders import practices as practices_loader
from demo.loaders import upkeep as upkeep_loader
from demo.loaders import workspaces as workspaces_loader
from demo.seeding import SeedReport, seeding
from home.models import HomePage

# Each app's demo content is added under the home page, in this order. The extranet's members
# come after the blog: their expertise is the blog's topics; good practices come after the
# members, whose organisations and demo member they name; plain-language versions, law changes and
# review dates come last, about the pages before them.
APP_SEEDERS = [
    blog,
    events,
    event_registrations_loader,
    materials,
    newsletter,
    feedback,
    members_loader,
    workspaces_loader,
    practices_loader,
    glossary_loader,
    upkeep_loader,
]


# The generated content for benchmarks, in the order it is added.
GENERATED = ["pages", "members", "workspaces", "posts", "articles", "comments"]


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
            help="Spread N posts over the generated workspaces' discussions (needs --workspaces); "
            "with 501 or more, the first generated discussion gets 500 replies.",
        )
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated blog posts and news items in all languages (for "
            "benchmarks; added on every run).",
        )
        parser.add_argument(
            "--comments",
            type=int,
            default=0,
            metavar="N",
            help="Spread N comments over the generated blog posts, 200 of them on the first "
            "Finnish one (needs --articles).",
        )

    def handle(self, *args, if_empty=False, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("Demo content is refused under production settings.")
        sizes = {name: options.get(name, 0) for name in GENERATED}
        for name, value in sizes.items():
            if value < 0:
                raise CommandError(f"--{name} must be zero or more.")
        if sizes["posts"] and not sizes["workspaces"]:
            raise CommandError("--posts needs --workspaces: posts go into generated workspaces.")
        if sizes["comments"] and not sizes["articles"]:
            raise CommandError("--comments needs --articles: comments go on generated posts.")
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo content not added.")
            self._add_generated(**sizes)
            return
        report = SeedReport()
        started = time.monotonic()
        with seeding():
            home = home_loader.seed(report)
            for loader in APP_SEEDERS:
                loader.seed(home, report)
        if any(sizes.values()):
            self._done(f"Seeded the demo site in {time.monotonic() - started:.1f} s.")
        self._add_generated(**sizes)
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
        if hint := workspaces_loader.tour_hint():
            self.stdout.write(hint)

    def _add_generated(self, pages, members, workspaces, posts, articles, comments):
        """The generated content for benchmarks, each part timed."""
        if pages:
            with self._timed() as took, transaction.atomic():
                made = generated_pages.build_pages(pages)
            self._done(f"Added {made} generated content pages{took()}.")
        if members:
            with self._timed() as took, transaction.atomic():
                profiles = members_loader.build_members(members, random.Random())  # noqa: S311
            self._done(f"Added {len(profiles)} generated extranet members{took()}.")
        if workspaces:
            with self._timed() as took:
                made = workspaces_loader.build_workspaces(workspaces, posts, random.Random())  # noqa: S311
            self._done(f"Added {len(made)} generated workspaces with {posts} posts{took()}.")
        if articles:
            with self._timed() as took, transaction.atomic():
                made = generated_articles.build_articles(articles)
                commented = generated_articles.build_comments(comments, made)
            self._done(
                f"Added {len(made)} generated blog posts and news items with {commented} "
                f"comments{took()}."
            )
        if pages or articles:
            with self._timed() as took:
                analyze_tables()
            self._done(f"Refreshed the database's planner statistics{took()}.")

    @contextmanager
    def _timed(self):
        """Yields a function that says how long the block took, as " in 12.3 s"."""
        started = time.monotonic()
        try:
            yield lambda: f" in {time.monotonic() - started:.1f} s"
        except ValueError as error:
            raise CommandError(str(error)) from error

    def _done(self, message):
        self.stdout.write(self.style.SUCCESS(message))
