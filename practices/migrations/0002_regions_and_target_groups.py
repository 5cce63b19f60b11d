from django.db import migrations

REGION_CODES = [
    "whole-country", "uusimaa", "varsinais-suomi", "satakunta", "kanta-hame", "pirkanmaa",
    "paijat-hame", "kymenlaakso", "etela-karjala", "etela-savo", "pohjois-savo",
    "pohjois-karjala", "keski-suomi", "etela-pohjanmaa", "pohjanmaa", "keski-pohjanmaa",
    "pohjois-pohjanmaa", "kainuu", "lappi", "ahvenanmaa", "abroad",
]  # fmt: skip
TARGET_GROUP_CODES = [
    "refugees", "asylum-seekers", "unaccompanied-minors", "children-and-young-people",
    "families", "parents-at-home", "work-migrants", "students", "older-people", "employers",
    "professionals",
]  # fmt: skip


def add_rows(apps, schema_editor):
    for model_name, codes in (("Region", REGION_CODES), ("TargetGroup", TARGET_GROUP_CODES)):
        model = apps.get_model("practices", model_name)
        for order, code in enumerate(codes):
            model.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]

    operations = [migrations.RunPython(add_rows, migrations.RunPython.noop)]
