from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX = GinIndex(SearchVector("search_document", config="simple"), name="member_search_document")


def add_index(apps, schema_editor):
    """On PostgreSQL the directory's full-text match uses this index; SQLite scans instead."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("extranet", "MemberProfile"), INDEX)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("extranet", "MemberProfile"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("extranet", "0001_members")]
    operations = [migrations.RunPython(add_index, remove_index)]
