"""Each searched model keeps its search document's tsvector in a column, which a PostgreSQL
trigger computes whenever the document is written, however it is written (save, update, bulk).
Searches match and rank against the stored vector through its GIN index instead of computing
to_tsvector() for every row the member may read. SQLite has the column but leaves it empty."""

import django.contrib.postgres.search
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# Model: (the new index and trigger's prefix, the expression index it replaces).
MODELS = {
    "MemberProfile": ("member", "member_search_document"),
    "Workspace": ("workspace", "workspace_search_document"),
    "Discussion": ("discussion", "discussion_search_document"),
    "Post": ("post", "post_search_document"),
    "WorkspaceFile": ("file", "file_search_document"),
}


def _expression_index(name):
    return GinIndex(SearchVector("search_document", config="simple"), name=name)


def _vector_index(prefix):
    return GinIndex(fields=["search_vector"], name=f"{prefix}_search_vector")


def store_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, (prefix, old_index) in MODELS.items():
        model = apps.get_model("extranet", model_name)
        table = schema_editor.quote_name(model._meta.db_table)
        schema_editor.execute(
            f"CREATE TRIGGER {prefix}_search_vector BEFORE INSERT OR UPDATE OF search_document "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION "
            "tsvector_update_trigger(search_vector, 'pg_catalog.simple', search_document)"
        )
        schema_editor.execute(
            f"UPDATE {table} SET search_vector = "  # noqa: S608 - the model's own table
            "to_tsvector('simple', coalesce(search_document, ''))"
        )
        schema_editor.add_index(model, _vector_index(prefix))
        schema_editor.remove_index(model, _expression_index(old_index))


def compute_vectors_again(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, (prefix, old_index) in MODELS.items():
        model = apps.get_model("extranet", model_name)
        table = schema_editor.quote_name(model._meta.db_table)
        schema_editor.add_index(model, _expression_index(old_index))
        schema_editor.remove_index(model, _vector_index(prefix))
        schema_editor.execute(f"DROP TRIGGER {prefix}_search_vector ON {table}")


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0011_workspace_event_attendance"),
    ]

    operations = [
        migrations.AddField(
            model_name="discussion",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="memberprofile",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="post",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="workspace",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="workspacefile",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(store_vectors, compute_vectors_again),
    ]
