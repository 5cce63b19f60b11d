"""Local development: debug on, mail printed to the console, tasks run at once."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
EMAIL_DELIVERY_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
SERVE_MEDIA = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": STORAGES["private"],  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Wagtail logs every page save at INFO; seeding the demo would print hundreds of lines.
LOGGING["loggers"]["wagtail"] = {"handlers": ["console"], "level": "WARNING", "propagate": False}  # noqa: F405
