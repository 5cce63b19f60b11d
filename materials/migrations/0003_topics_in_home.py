"""Materials file under home.Topic, where the topics moved (home.0003); the database stays as it
is."""

from django.db import migrations

import modelcluster.fields


class Migration(migrations.Migration):
    dependencies = [
        ("materials", "0002_languages_and_editors"),
        ("home", "0003_topic"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="material",
                    name="topics",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="materials", to="home.topic", verbose_name="topics"
                    ),
                ),
            ],
        ),
    ]
