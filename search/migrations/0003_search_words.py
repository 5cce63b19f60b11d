"""The vocabulary of "Did you mean …?": a table of words per language, and on PostgreSQL the
pg_trgm extension with a trigram index on the words (skipped on SQLite). Creating the extension
needs a database user allowed to (or an administrator who has run `CREATE EXTENSION pg_trgm`)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

TRIGRAM_INDEX = "search_word_trigram"


def create_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {TRIGRAM_INDEX} ON search_searchword USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_editors_see_search_report")]

    operations = [
        TrigramExtension(),  # a no-op on other databases than PostgreSQL
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=8, verbose_name="language")),
                ("word", models.CharField(max_length=40, verbose_name="word")),
                (
                    "kind",
                    models.CharField(
                        choices=[("page", "page"), ("material", "material")],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                ("object_id", models.BigIntegerField(verbose_name="object")),
            ],
            options={
                "verbose_name": "search word",
                "verbose_name_plural": "search words",
                "default_permissions": (),
                "indexes": [
                    models.Index(fields=["language", "word"], name="search_word_language_word"),
                    models.Index(fields=["kind", "object_id"], name="search_word_object"),
                ],
            },
        ),
        migrations.RunPython(create_trigram_index, drop_trigram_index, elidable=False),
    ]
