from django.db import migrations

from extranet.search import services as extranet_search
from search import analysis


def refresh_documents(apps, schema_editor):
    """Documents written before the directory and the extranet search learnt folded stems
    ("tyollisyys" for "työllisyys") are written again, so existing members and workspaces are
    found the same way as new ones."""
    MemberProfile = apps.get_model("extranet", "MemberProfile")
    Topic = apps.get_model("home", "Topic")
    names_by_key = {}
    for key, name in Topic.objects.values_list("translation_key", "name"):
        names_by_key.setdefault(key, []).append(name)
    profiles = MemberProfile.objects.select_related("user", "organisation").prefetch_related(
        "topics"
    )
    for profile in profiles.iterator(chunk_size=500):
        topic_names = [
            name
            for topic in profile.topics.all()
            for name in names_by_key.get(topic.translation_key, [])
        ]
        document = analysis.document(
            f"{profile.user.first_name} {profile.user.last_name}".strip(),
            profile.organisation.name if profile.organisation_id else "",
            profile.job_title,
            " ".join(topic_names),
            profile.bio,
        )
        if document != profile.search_document:
            MemberProfile.objects.filter(pk=profile.pk).update(search_document=document)

    Workspace = apps.get_model("extranet", "Workspace")
    Discussion = apps.get_model("extranet", "Discussion")
    Post = apps.get_model("extranet", "Post")
    WorkspaceFile = apps.get_model("extranet", "WorkspaceFile")
    extranet_search._rebuild(
        Workspace.objects.only("pk", "name", "description"),
        Workspace,
        extranet_search.workspace_document,
    )
    extranet_search._rebuild(
        Discussion.objects.only("pk", "title"), Discussion, extranet_search.discussion_document
    )
    extranet_search._rebuild(Post.objects.only("pk", "body"), Post, extranet_search.post_document)
    extranet_search._rebuild(
        WorkspaceFile.objects.select_related("current_version"),
        WorkspaceFile,
        lambda f: extranet_search.file_document(f, extranet_search._file_name(f)),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0009_topics_in_home"),
    ]

    operations = [migrations.RunPython(refresh_documents, migrations.RunPython.noop)]
