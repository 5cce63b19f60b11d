"""Tests: a real PostgreSQL from DATABASE_URL, immediate tasks, locmem mail and cache."""

import tempfile

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key-that-is-long-enough-for-django-checks-0123456789"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="kotoutuminen-test-media-")
SERVE_MEDIA = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
if not env("DATABASE_URL"):
    raise RuntimeError("Tests run against PostgreSQL: use `make test`, which starts one.")
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
