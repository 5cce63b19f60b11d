"""Forget the daily search counts older than --days (default 400).

Meant to run daily from cron next to the other pruning commands. Safe to repeat.
"""

from django.core.management.base import BaseCommand

from search.statistics import purge


class Command(BaseCommand):
    help = "Forget the site search counts older than --days days (default 400)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=400)

    def handle(self, *args, days, **options):
        if days < 1:
            self.stderr.write("--days must be at least 1.")
            return
        self.stdout.write(
            f"Forgot {purge(days=days)} daily search count(s) older than {days} days."
        )
