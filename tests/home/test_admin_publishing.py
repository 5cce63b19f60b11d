"""Two-step publishing: Editors write and submit pages, Publishers approve them, and each side
hears of it by email in the language of their admin."""

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core import mail

from wagtail.models import GroupPagePermission, Page, TaskState, Workflow
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from home.models import ContentPage
from tests.factories import staff_ready_for_admin

pytestmark = pytest.mark.django_db

migration = importlib.import_module("home.migrations.0004_publishers_approve_pages")


def admin_user(username, group="Editors", language="fi", superuser=False):
    """A staff user in `group` (None: none) reading the admin in `language`, past two-factor."""
    user = User.objects.create_user(
        username, f"{username}@example.fi", "Salasana-123456", is_superuser=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    staff_ready_for_admin(user)
    return user


@pytest.fixture
def editor(db):
    return admin_user("editori", "Editors")


@pytest.fixture
def publisher(db):
    return admin_user("julkaisija", "Publishers", language="sv")


def new_page_form(action):
    return nested_form_data(
        {
            "title": "Kotoutumisen tietoperusta",
            "slug": "tietoperusta",
            "introduction": "Tutkimus ja seuranta tukevat kotoutumistyötä.",
            "body": streamfield([("heading", {"heading_text": "Tutkimus", "size": "h2"})]),
            action: action.removeprefix("action-"),
        }
    )


def page_rights(group_name):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page__depth=1).values_list(
            "permission__codename", flat=True
        )
    )


def test_publishers_publish_on_the_whole_tree_and_editors_no_longer_do(db):
    assert Group.objects.get(name="Publishers")
    assert "publish_page" in page_rights("Publishers")
    assert {"add_page", "change_page"} <= page_rights("Editors")
    assert "publish_page" not in page_rights("Editors")


def test_every_languages_home_page_is_in_the_publishers_workflow(site_tree):
    for code in ("fi", "sv", "en"):
        workflow = site_tree.page("home", code).get_workflow()
        assert workflow.name == "Julkaisijan hyväksyntä / Publicerarens godkännande"
        [task] = workflow.tasks.specific()
        assert list(task.groups.values_list("name", flat=True)) == ["Publishers"]
    assert Workflow.objects.filter(
        name="Moderaattorien hyväksyntä / Moderatorernas godkännande"
    ).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()


def test_editor_cannot_publish_but_submits_and_the_publisher_approves(
    client, site_tree, editor, publisher, django_capture_on_commit_callbacks
):
    section = site_tree.page("section", "fi")
    add_url = f"/admin/pages/add/home/contentpage/{section.pk}/"
    client.force_login(editor)
    page_form = client.get(add_url).content.decode()
    assert 'name="action-publish"' not in page_form
    assert 'name="action-submit"' in page_form

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(add_url, new_page_form("action-submit"))
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="tietoperusta")
    assert not page.live
    assert page.workflow_in_progress
    [to_publisher] = [message for message in mail.outbox if publisher.email in message.to]
    # The publisher reads the admin in Swedish, so the email is in Swedish.
    assert "Kotoutumisen tietoperusta" in to_publisher.subject
    assert "godkännande" in to_publisher.body
    mail.outbox.clear()

    client.force_login(publisher)
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
            {"comment": ""},
        )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    [to_editor] = [message for message in mail.outbox if editor.email in message.to]
    assert "hyväksytty" in to_editor.subject.lower()


def test_the_publishing_migration_can_run_again_and_be_rolled_back(db):
    def state():
        root = Page.objects.get(depth=1)
        return (
            page_rights("Editors"),
            page_rights("Publishers"),
            root.get_workflow().name,
            Workflow.objects.count(),
        )

    before = state()
    migration.forwards(apps, None)
    assert state() == before

    migration.backwards(apps, None)
    assert "publish_page" in page_rights("Editors")
    assert not Group.objects.filter(name="Publishers").exists()
    assert Page.objects.get(depth=1).get_workflow().name == "Moderators approval"

    migration.forwards(apps, None)
    assert state() == before
