"""The settings modules: production refuses unsafe values and passes Django's deploy checks."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k" * 20 + "production-secret-from-the-environment-0123456789",
    "ALLOWED_HOSTS": "kotoutuminen.example,www.kotoutuminen.example",
    "SITE_BASE_URL": "https://kotoutuminen.example",
}


def manage(*args, env=None, settings_env=None):
    environment = {
        key: value
        for key, value in os.environ.items()
        # The browser tests' async-safety switch must not leak into a production check.
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(settings_env or {})
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", settings_env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": ""}, "SECRET_KEY"),
        ({"SECRET_KEY": "too-short"}, "SECRET_KEY"),
    ],
)
def test_production_settings_refuse_unsafe_values(override, message):
    result = manage("check", settings_env=PRODUCTION_ENV, env=override)

    assert result.returncode != 0
    assert message in result.stderr


def test_production_settings_use_the_database_task_queue_and_hashed_static_files():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.TASKS['default']['BACKEND']);"
        "print(s.STORAGES['staticfiles']['BACKEND']); print(s.EMAIL_BACKEND);"
        "print(s.EMAIL_DELIVERY_BACKEND);"
        "print(s.SECURE_HSTS_SECONDS > 0, s.DEMO_CONTENT_ALLOWED)",
        settings_env=PRODUCTION_ENV,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_tasks_db.DatabaseBackend",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "home.mail.QueuedEmailBackend",  # requests only queue their mail
        "django.core.mail.backends.smtp.EmailBackend",
        "True",
        "False",
    ]


def test_elasticsearch_url_switches_the_search_backend():
    script = "from django.conf import settings as s; b = s.WAGTAILSEARCH_BACKENDS['default']; print(b['BACKEND'], b.get('URLS'), b.get('INDEX_PREFIX'))"

    default = manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        settings_env={"DJANGO_SETTINGS_MODULE": "config.settings.dev"},
    )
    switched = manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        settings_env={"DJANGO_SETTINGS_MODULE": "config.settings.dev"},
        env={"ELASTICSEARCH_URL": "http://search.internal:9200"},
    )

    assert default.stdout.split()[0] == "search.backends"
    assert switched.stdout.split() == [
        "search.elasticsearch",
        "['http://search.internal:9200']",
        "kotoutuminen_",
    ]


def test_cache_url_selects_redis():
    script = "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'])"

    result = manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        settings_env={"DJANGO_SETTINGS_MODULE": "config.settings.dev"},
        env={"CACHE_URL": "redis://cache.internal:6379/1"},
    )

    assert result.stdout.strip() == "home.cache.ResilientRedisCache"


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_seed_demo_is_refused_under_production_settings():
    result = manage(
        "seed_demo", settings_env=PRODUCTION_ENV, env={"DATABASE_URL": "sqlite://:memory:"}
    )

    assert result.returncode != 0
    assert "refused under production settings" in result.stderr


def test_production_static_files_get_hashed_and_compressed_names(tmp_path):
    result = manage(
        "collectstatic",
        "--no-input",
        "-v",
        "0",
        settings_env=PRODUCTION_ENV,
        env={"STATIC_ROOT": str(tmp_path)},
    )

    assert result.returncode == 0, result.stderr
    stylesheets = {path.name for path in (tmp_path / "css").iterdir()}
    hashed = [name for name in stylesheets if re.fullmatch(r"site\.[0-9a-f]{12}\.css", name)]
    assert hashed
    assert f"{hashed[0]}.gz" in stylesheets
