"""Topics become the whole site's, not the blog's: the Topic model moves from blog to home.

Only Django's idea of where the model lives changes. The table keeps its name and its rows, and
the content type row is renamed in place, so what points at it by id follows: the permissions
on topics and the groups that have them (Editors), the search index, translations, the audit
log. blog.0003 removes the model from the blog once every app points its fields here.
"""

import uuid

import modelsearch.index

import django.db.models.deletion
from django.db import migrations, models


def content_type_to(app_label):
    other = {"home": "blog", "blog": "home"}[app_label]

    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_types = ContentType.objects.db_manager(schema_editor.connection.alias)
        # A database migrated from scratch has no content types yet: Django creates them after
        # the last migration, under the new name.
        if content_types.filter(app_label=other, model="topic").exists():
            # One under the new name too was made by Django after a rollback, with new code
            # running; the one the groups and the history point at is kept.
            content_types.filter(app_label=app_label, model="topic").delete()
            content_types.filter(app_label=other, model="topic").update(app_label=app_label)
        content_types.clear_cache()

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_editors_can_publish"),
        # blog.0002 gives Editors the topic permissions under the old name.
        ("blog", "0002_moderators_permission"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Topic",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=100, verbose_name="name")),
                        ("slug", models.SlugField(max_length=100, verbose_name="slug")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "topic",
                        "verbose_name_plural": "topics",
                        "db_table": "blog_topic",
                        "ordering": ["name"],
                        "abstract": False,
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("slug", "locale"), name="unique_topic_slug_per_locale"
                            )
                        ],
                        "unique_together": {("translation_key", "locale")},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(content_type_to("home"), content_type_to("blog")),
    ]
