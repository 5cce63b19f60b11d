"""Two-step publishing: Editors write pages and submit them, Publishers approve and publish.

A Publishers group gets the admin and the page rights on the whole page tree; Editors lose
the right to publish there (home.0002 gave it to them). A workflow with one group approval task
for Publishers is assigned to the root page, so it covers every language's home page and all
below it. Wagtail shows workflow and task names as they are stored, so they are named in
Finnish and Swedish at once; so is the "Moderators approval" workflow Wagtail created.
Running it again changes nothing, and it can be rolled back.
"""

from django.db import migrations

PUBLISHERS = "Publishers"
PUBLISHING = "Julkaisijan hyväksyntä / Publicerarens godkännande"
PUBLISHERS_TASK = "Julkaisijoiden hyväksyntä / Publicerarnas godkännande"
MODERATORS_OLD = "Moderators approval"
MODERATORS_NEW = "Moderaattorien hyväksyntä / Moderatorernas godkännande"
PUBLISHER_PAGE_RIGHTS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def _page_permission(apps, codename):
    return _permission(apps, "wagtailcore", "page", codename, codename.replace("_", " "))


def _rename(model, old, new):
    model.objects.filter(name=old).update(name=new)


def _models(apps):
    names = ["Page", "GroupPagePermission", "Workflow", "WorkflowTask", "WorkflowPage"]
    models = {name: apps.get_model("wagtailcore", name) for name in names}
    models["GroupApprovalTask"] = apps.get_model("wagtailcore", "GroupApprovalTask")
    models["Group"] = apps.get_model("auth", "Group")
    models["ContentType"] = apps.get_model("contenttypes", "ContentType")
    return models.values()


def forwards(apps, schema_editor):
    Page, GroupPagePermission, Workflow, WorkflowTask, WorkflowPage, GroupApprovalTask, Group, ContentType = _models(apps)  # fmt: skip

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    publishers, _ = Group.objects.get_or_create(name=PUBLISHERS)
    publishers.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    )
    for codename in PUBLISHER_PAGE_RIGHTS:
        GroupPagePermission.objects.get_or_create(
            group=publishers, page=root, permission=_page_permission(apps, codename)
        )
    GroupPagePermission.objects.filter(
        group__name="Editors", page=root, permission__codename="publish_page"
    ).delete()

    task = GroupApprovalTask.objects.filter(name=PUBLISHERS_TASK).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=PUBLISHERS_TASK, content_type=task_type, active=True
        )
    task.active = True
    task.save(update_fields=["active"])
    task.groups.add(publishers)
    workflow, _ = Workflow.objects.update_or_create(name=PUBLISHING, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    _rename(Workflow, MODERATORS_OLD, MODERATORS_NEW)
    _rename(GroupApprovalTask, MODERATORS_OLD, MODERATORS_NEW)


def backwards(apps, schema_editor):
    Page, GroupPagePermission, Workflow, _, WorkflowPage, GroupApprovalTask, Group, _ = _models(
        apps
    )

    _rename(Workflow, MODERATORS_NEW, MODERATORS_OLD)
    _rename(GroupApprovalTask, MODERATORS_NEW, MODERATORS_OLD)
    root = Page.objects.filter(depth=1).first()
    moderation = Workflow.objects.filter(name=MODERATORS_OLD).first()
    if root is not None:
        if moderation is not None:
            WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": moderation})
        else:
            WorkflowPage.objects.filter(page=root, workflow__name=PUBLISHING).delete()
        editors = Group.objects.filter(name="Editors").first()
        if editors is not None:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=_page_permission(apps, "publish_page")
            )
    # Pages that were in the workflow keep their history: the workflow stays, switched off.
    Workflow.objects.filter(name=PUBLISHING).update(active=False)
    GroupApprovalTask.objects.filter(name=PUBLISHERS_TASK).update(active=False)
    Group.objects.filter(name=PUBLISHERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_topic"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
