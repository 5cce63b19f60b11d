"""Who decides on memberships, and the Members group.

Editors and Moderators may approve, deny, suspend and end memberships and keep the
organisations register; Editors also write the extranet announcements. The Members group holds
exactly the approved members: members-only CMS pages are restricted to it, never to "any
logged-in user", which would admit unverified and pending accounts.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DECIDERS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("extranet")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    MemberProfile = apps.get_model("extranet", "MemberProfile")

    manage = Permission.objects.filter(
        codename="manage_membership", content_type__app_label="extranet"
    ).first()
    organisations = Permission.objects.filter(
        content_type__app_label="extranet",
        content_type__model="organisation",
        codename__in=["add_organisation", "change_organisation", "delete_organisation"],
    )
    announcements = Permission.objects.filter(
        content_type__app_label="extranet",
        content_type__model="extranetannouncement",
        codename__in=[
            "add_extranetannouncement",
            "change_extranetannouncement",
            "delete_extranetannouncement",
        ],
    )
    for group in Group.objects.filter(name__in=DECIDERS):
        if manage is not None:
            group.permissions.add(manage)
        group.permissions.add(*organisations)
        if group.name == "Editors":
            group.permissions.add(*announcements)

    members, _ = Group.objects.get_or_create(name="Members")
    approved = MemberProfile.objects.filter(status="approved").values_list("user_id", flat=True)
    members.user_set.add(*approved)


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0002_directory_search_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="memberprofile",
            options={
                "ordering": ["-applied_at"],
                "permissions": [
                    ("manage_membership", "Can approve, deny, suspend and end memberships")
                ],
                "verbose_name": "member",
                "verbose_name_plural": "members",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
