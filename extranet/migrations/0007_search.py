from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# The expression extranet.content_search matches against, one index per searched model.
INDEXES = {
    "Workspace": "workspace_search_document",
    "Discussion": "discussion_search_document",
    "Post": "post_search_document",
    "WorkspaceFile": "file_search_document",
}


def _index(name):
    return GinIndex(SearchVector("search_document", config="simple"), name=name)


def add_indexes(apps, schema_editor):
    """On PostgreSQL the extranet search uses these indexes; SQLite scans instead."""
    if schema_editor.connection.vendor == "postgresql":
        for model, name in INDEXES.items():
            schema_editor.add_index(apps.get_model("extranet", model), _index(name))


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, name in INDEXES.items():
            schema_editor.remove_index(apps.get_model("extranet", model), _index(name))


class Migration(migrations.Migration):
    dependencies = [("extranet", "0006_moderation")]
    operations = [migrations.RunPython(add_indexes, remove_indexes)]
