from django.db import migrations, models


def render_stored_comments(apps, schema_editor):
    from blog.models.comments import text_as_html

    Comment = apps.get_model("blog", "Comment")
    batch = []
    for comment in Comment.objects.only("pk", "text").iterator(chunk_size=2000):
        comment.text_html = text_as_html(comment.text)
        batch.append(comment)
        if len(batch) == 2000:
            Comment.objects.bulk_update(batch, ["text_html"])
            batch = []
    Comment.objects.bulk_update(batch, ["text_html"])


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0004_glossary_terms_switch"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="text_html",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(render_stored_comments, migrations.RunPython.noop, elidable=True),
    ]
