"""Members' expertise and workspaces' topics are home.Topic, where the topics moved (home.0003);
the database stays as it is."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0008_directory_name_order"),
        ("home", "0003_topic"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="memberprofile",
                    name="topics",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="member_profiles",
                        to="home.topic",
                        verbose_name="expertise",
                    ),
                ),
                migrations.AlterField(
                    model_name="workspace",
                    name="topics",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="workspaces",
                        to="home.topic",
                        verbose_name="topics",
                    ),
                ),
            ],
        ),
    ]
