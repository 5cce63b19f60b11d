"""Editors run the newsletter: they may send issues to subscribers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("newsletter")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        codename="send_issue", content_type__app_label="newsletter"
    ).first()
    if permission is None:
        return
    subscriber_permissions = Permission.objects.filter(
        content_type__app_label="newsletter", content_type__model="subscriber"
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(permission, *subscriber_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("home", "0002_editors_can_publish"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
