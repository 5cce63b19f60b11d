"""The Editors see and manage event registrations: the lists, the exports and attendance."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="events",
        content_type__model="registration",
        codename__in=["view_registration", "change_registration"],
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_event_cancelled_and_announced_details"),
        ("home", "0002_editors_can_publish"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
