"""Reports: one waiting report per person and item, and the permission to handle them, given
to Editors and Moderators."""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

MODERATORS = ["Editors", "Moderators"]


def grant_moderation(apps, schema_editor):
    """Editors and Moderators handle reports of workspace content (moderate_workspaces)."""
    app_config = apps.get_app_config("extranet")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderate = Permission.objects.filter(
        codename="moderate_workspaces", content_type__app_label="extranet"
    ).first()
    if moderate is not None:
        for group in Group.objects.filter(name__in=MODERATORS):
            group.permissions.add(moderate)


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0005_workspace_content"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="report",
            options={
                "ordering": ["-created_at", "-pk"],
                "permissions": [("moderate_workspaces", "Can handle reports of workspace content")],
                "verbose_name": "report",
                "verbose_name_plural": "reports",
            },
        ),
        migrations.AddConstraint(
            model_name="report",
            constraint=models.UniqueConstraint(
                condition=models.Q(("post__isnull", False), ("status", "open")),
                fields=("reporter", "post"),
                name="extranet_report_post_once",
            ),
        ),
        migrations.AddConstraint(
            model_name="report",
            constraint=models.UniqueConstraint(
                condition=models.Q(("file__isnull", False), ("status", "open")),
                fields=("reporter", "file"),
                name="extranet_report_file_once",
            ),
        ),
        migrations.RunPython(grant_moderation, migrations.RunPython.noop),
    ]
