"""The expert panel reviews members' practice proposals in the admin: a group "Expert panel"
with admin access and the review permission; Editors get the review permission too. Running
it again changes nothing, and it can be rolled back."""

from django.db import migrations

EXPERT_PANEL = "Expert panel"
REVIEW = "review_practiceproposal"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    review = _permission(
        apps, "practices", "practiceproposal", REVIEW, "Can review good practice proposals"
    )
    panel, _ = Group.objects.get_or_create(name=EXPERT_PANEL)
    panel.permissions.add(
        review,
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(review)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name=EXPERT_PANEL).delete()
    review = Permission.objects.filter(content_type__app_label="practices", codename=REVIEW).first()
    if review is not None:
        for editors in Group.objects.filter(name="Editors"):
            editors.permissions.remove(review)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0002_regions_and_target_groups"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
