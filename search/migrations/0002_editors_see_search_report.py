"""Editors may see the site search report (top queries, queries without results)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        codename="view_search_report", content_type__app_label="search"
    ).first()
    if permission is None:
        return
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_daily_search"),
        ("home", "0002_editors_can_publish"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
