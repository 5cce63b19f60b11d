"""Running the real database task queue in a test, as the worker does in production."""

import pytest

from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture
def database_queue(settings):
    """Tasks go to the database queue (django-tasks-db) instead of running at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    cache.clear()


def run_worker():
    """Run every queued task that is due, then return."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
