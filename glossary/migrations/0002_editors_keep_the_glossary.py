"""The Editors keep the glossary: they add, change and delete its concepts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("glossary")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="glossary",
        content_type__model="concept",
        codename__in=["add_concept", "change_concept", "delete_concept"],
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_initial"),
        ("home", "0002_editors_can_publish"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
