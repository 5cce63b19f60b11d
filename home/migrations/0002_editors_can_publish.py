"""Editors publish their own pages on this site; Wagtail's default gives them only add and edit."""

from django.db import migrations


def grant_publish(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    editors = Group.objects.filter(name="Editors").first()
    root = Page.objects.filter(depth=1).first()
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if editors is None or root is None or page_type is None:
        return
    for codename in ("publish_page", "lock_page", "unlock_page"):
        permission = Permission.objects.filter(content_type=page_type, codename=codename).first()
        if permission is not None:
            GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(grant_publish, migrations.RunPython.noop)]
