"""Editors and Moderators may moderate comments; Editors also keep the authors and topics."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("blog")
    app_config.models_module = True
    # The blog's models as they are at this migration: Topic moved to home later (home.0003).
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        codename="moderate_comment", content_type__app_label="blog"
    ).first()
    if permission is None:
        return
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(permission)
    snippet_permissions = Permission.objects.filter(
        content_type__app_label="blog", content_type__model__in=["author", "topic"]
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*snippet_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0001_initial"),
        ("home", "0002_editors_can_publish"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
