"""The blog's posts and news file under home.Topic, and the blog no longer has a Topic model
(home.0003). Nothing changes in the database: the table and the posts' topic tables stay."""

from django.db import migrations

import modelcluster.fields


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0002_moderators_permission"),
        ("home", "0003_topic"),
        # Every other field that pointed at blog.Topic points at home.Topic first.
        ("events", "0002_topics_in_home"),
        ("extranet", "0009_topics_in_home"),
        ("materials", "0003_topics_in_home"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="blogpage",
                    name="topics",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="+", to="home.topic", verbose_name="topics"
                    ),
                ),
                migrations.AlterField(
                    model_name="newspage",
                    name="topics",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="+", to="home.topic", verbose_name="topics"
                    ),
                ),
                migrations.DeleteModel(name="Topic"),
            ],
        ),
    ]
