"""Editors keep content current: they own every live page at first (due a year after it was last
published) and may manage page reviews, law changes and the upkeep settings."""

import datetime

from django.db import migrations

RIGHTS = {
    ("stewardship", "pagereview"): ["change", "view"],
    ("stewardship", "lawchange"): ["add", "change", "delete", "view"],
    ("stewardship", "upkeepsettings"): ["change"],
}


def _permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for (app_label, model), actions in RIGHTS.items():
        # On a new database Django adds these permissions only after all migrations.
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            yield permission


def _a_year_later(day):
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    PageReview = apps.get_model("stewardship", "PageReview")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(*_permissions(apps))
    today = datetime.date.today()
    reviewed = PageReview.objects.values("page_id")
    live = Page.objects.filter(live=True, depth__gt=1).exclude(pk__in=reviewed)
    PageReview.objects.bulk_create(
        PageReview(
            page_id=page_id,
            owner_group=editors,
            review_by=_a_year_later(published.date() if published else today),
        )
        for page_id, published in live.values_list("pk", "last_published_at").iterator()
    )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("stewardship", "0001_initial"),
        ("home", "0005_editors_manage_redirects_and_promotions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
