"""The production settings the benchmark serves the site with, plus one "hello" view for the
ceiling (see urls.py). Everything else comes from the environment, as in production."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
