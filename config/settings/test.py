"""Tests: a real PostgreSQL from DATABASE_URL, immediate tasks, locmem mail and cache."""

import tempfile

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key-that-is-long-enough-for-django-checks-0123456789"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# pytest-django sets EMAIL_BACKEND to locmem; tests/conftest.py puts the queue back in front.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="kotoutuminen-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="kotoutuminen-test-private-")
SERVE_MEDIA = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "extranet.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
MFA_TOTP_TOLERANCE = 1  # browser tests sign in more than once within one 30-second period
if not env("DATABASE_URL"):
    raise RuntimeError("Tests run against PostgreSQL: use `make test`, which starts one.")
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
PAGE_CACHE_SECONDS = 0  # tests that need it turn it on (tests/home/test_page_cache.py)
