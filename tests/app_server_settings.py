"""Settings of the app servers that tests start in processes of their own (tests/app_servers.py):
the test settings, with the cache and the page cache from the environment as in production."""

from config.settings.base import cache_from_url, env
from config.settings.test import *  # noqa: F403

CACHES = {"default": cache_from_url(env("CACHE_URL", "locmem://"))}
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
