"""The fixed list of material languages, and the Editors' rights to keep and publish the
materials."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODES = [
    "fi", "sv", "en", "fi-plain", "ar", "so", "ru", "uk", "prs", "fa", "ckb", "et", "other",
]  # fmt: skip


def forwards(apps, schema_editor):
    Language = apps.get_model("materials", "Language")
    for order, code in enumerate(CODES):
        Language.objects.update_or_create(code=code, defaults={"sort_order": order})

    app_config = apps.get_app_config("materials")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Wagtail adds the publish permission of draftable snippets only after all migrations.
    content_type = ContentType.objects.get(app_label="materials", model="material")
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="publish_material",
        defaults={"name": "Can publish material"},
    )
    permissions = Permission.objects.filter(
        content_type__app_label="materials",
        content_type__model="material",
        codename__in=["add_material", "change_material", "delete_material", "publish_material"],
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("materials", "0001_initial"),
        ("home", "0002_editors_can_publish"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
