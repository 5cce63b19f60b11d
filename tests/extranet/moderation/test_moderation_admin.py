"""Moderators handle reports of workspace content in the Wagtail admin: the queue, the reported
item, and hiding, showing again, warning, suspending and dismissing."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import translation

from wagtail.models import ModelLogEntry

from extranet.models import MemberProfile, Report, WorkspaceFile
from extranet.moderation import services as moderation
from extranet.workspaces import services as service
from tests.extranet.builders import (
    FILE_TITLE,
    POST_TEXT,
    discussion_in,
    file_in,
    make_member,
    make_staff,
)

pytestmark = pytest.mark.django_db

INDEX = "extranet_reports:index"
Status = Report.Status


@pytest.fixture
def moderator(db):
    return make_staff("moona.moderaattori@example.fi", first_name="Moona", last_name="Moderaattori")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def page_writer(db):
    """Reaches the admin (two-factor on) and edits pages, but may not handle reports."""
    group = Group.objects.create(name="Page writers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return make_staff("kirjoittaja@example.fi", groups=("Page writers",))


class Scene:
    """A workspace with a discussion (an opening post by the author and a reply) and a shared
    file, the posts' author writing in Swedish, and two members who report."""

    def __init__(self):
        owner = make_member(first_name="Olli", last_name="Omistaja").user
        self.author = make_member(first_name="Aada", last_name="Kirjoittaja", language="sv").user
        self.reporters = [make_member(first_name=f"Ilmoittaja{n}").user for n in range(2)]
        self.ws = service.create(owner, name="Kotoutumisen verkosto")
        for person in [self.author, *self.reporters]:
            service.join(self.ws, person)
        self.opening, self.reply = discussion_in(
            self.ws,
            self.author,
            text="Avaus: tervetuloa keskustelemaan",
            replies=[(self.author, POST_TEXT)],
        )
        self.attachment = file_in(self.ws, self.author, title="Liite", post=self.reply)
        self.file = file_in(self.ws, self.author)

    def report(self, item, reason="abuse", by=0, message=""):
        return moderation.report(self.reporters[by], item, reason, message)


@pytest.fixture
def scene():
    return Scene()


def url(action, report):
    return reverse(f"extranet_reports:{action}", args=[report.pk])


# Who reaches the queue


@pytest.mark.parametrize("who", ["anonymous", "member", "page_writer"])
def test_only_moderators_reach_the_queue_the_reports_and_the_files(client, scene, who, request):
    report = scene.report(scene.file, message="Henkilötietoja")
    if who == "member":
        client.force_login(scene.reporters[1])
    elif who == "page_writer":
        client.force_login(request.getfixturevalue("page_writer"))
    addresses = [
        reverse(INDEX),
        url("inspect", report),
        url("download", report),
        url("hide", report),
    ]
    for address in addresses:
        response = client.get(address)
        if who != "anonymous":
            assert response.status_code in (302, 403)
            if response.status_code == 302:
                assert response.url != address
        else:
            assert response.status_code == 302
            assert "login" in response.url
        assert FILE_TITLE.encode() not in response.content
        assert b"Henkil\xc3\xb6tietoja" not in response.content
    response = client.post(url("hide", report), {"text": ""})
    assert response.status_code in (302, 403)
    scene.file.refresh_from_db()
    assert scene.file.hidden_at is None


def test_editors_and_moderators_may_handle_reports_and_members_may_not(db):
    assert make_staff(groups=("Editors",)).has_perm(moderation.PERMISSION)
    assert make_staff(groups=("Moderators",)).has_perm(moderation.PERMISSION)
    assert (
        not Group.objects.get(name="Members")
        .permissions.filter(codename="moderate_workspaces")
        .exists()
    )


# The queue


def test_the_queue_lists_waiting_reports_first_with_the_item_and_people(moderator_client, scene):
    handled = scene.report(scene.file, reason="spam")
    moderation.dismiss(handled, make_staff())
    first = scene.report(scene.reply, reason="abuse", message="Loukkaava")
    second = scene.report(scene.reply, reason="illegal", by=1)

    response = moderator_client.get(reverse(INDEX))

    assert response.status_code == 200
    assert [r.pk for r in response.context["object_list"]] == [first.pk, second.pk, handled.pk]
    content = response.content.decode()
    for text in [
        POST_TEXT,
        f"File: {FILE_TITLE}",
        "Kotoutumisen verkosto",
        "Aada Kirjoittaja",
        "Ilmoittaja0",
        "Harassment or hate speech",
        "No action needed",
        url("inspect", first),
    ]:
        assert text in content


@pytest.mark.parametrize(
    ("query", "expected"), [({"status": "open"}, ["reply"]), ({"status": "dismissed"}, ["file"])]
)
def test_the_queue_filters_by_status(moderator_client, scene, query, expected):
    moderation.dismiss(scene.report(scene.file), make_staff())
    scene.report(scene.reply)
    response = moderator_client.get(reverse(INDEX), query)
    items = ["reply" if r.post_id else "file" for r in response.context["object_list"]]
    assert items == expected


def test_the_menu_and_dashboard_count_waiting_reports(moderator_client, scene):
    scene.report(scene.reply)
    scene.report(scene.reply, by=1)
    moderation.dismiss(scene.report(scene.file), make_staff())

    dashboard = moderator_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "2 reports are waiting for the moderators." in dashboard
    assert "Reports (2 waiting)" in dashboard


def test_the_queue_runs_a_bounded_number_of_queries(moderator_client, scene):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = moderator_client.get(reverse(INDEX))
        assert response.status_code == 200
        return len(queries)

    scene.report(scene.reply)
    count_queries()
    few = count_queries()
    posts = discussion_in(
        scene.ws, scene.author, replies=[(scene.author, f"Viesti {n}") for n in range(30)]
    )
    reporters = [make_member().user for _ in range(3)]
    Report.objects.bulk_create(
        [
            Report(workspace=scene.ws, post=post, reporter=reporter, reason="spam")
            for post in posts
            for reporter in reporters
        ]
        + [
            Report(
                workspace=scene.ws,
                file=file_in(scene.ws, reporter),
                reporter=reporter,
                reason="other",
            )
            for reporter in reporters
        ]
    )
    many = count_queries()
    assert many == few
    assert many <= 30


# One report


def test_a_report_shows_the_reported_item_and_nothing_else_of_the_workspace(
    moderator_client, scene
):
    report = scene.report(scene.reply, message="Rasistinen viesti")
    scene.report(scene.reply, reason="illegal", by=1)

    response = moderator_client.get(url("inspect", report))

    content = response.content.decode()
    assert response.status_code == 200
    for text in [
        POST_TEXT,
        "Kotoutumisen kuulumiset",
        "Kotoutumisen verkosto",
        "Aada Kirjoittaja",
        "Rasistinen viesti",
        "Illegal content",
        "2 reports of this content",
        url("hide", report),
        url("warn", report),
        url("suspend", report),
        url("dismiss", report),
    ]:
        assert text in content
    # Not the rest of the discussion, not the workspace's other files, no way into them.
    assert "Avaus: tervetuloa keskustelemaan" not in content
    assert FILE_TITLE not in content
    assert f"/extranet/workspaces/{scene.ws.slug}" not in content


def test_a_reported_file_is_downloaded_through_the_admin_only(moderator_client, scene):
    report = scene.report(scene.file)

    page = moderator_client.get(url("inspect", report)).content.decode()
    response = moderator_client.get(url("download", report))

    assert url("download", report) in page
    assert "Kuvaus" in page  # the file's description
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 muistio"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    post_report = scene.report(scene.reply)
    assert moderator_client.get(url("download", post_report), follow=True).status_code == 404


# The decisions


def test_hiding_a_reply_settles_its_reports_and_hides_its_attachments(moderator_client, scene):
    first = scene.report(scene.reply)
    second = scene.report(scene.reply, by=1)
    other = scene.report(scene.file)

    assert moderator_client.get(url("hide", first)).status_code == 200
    response = moderator_client.post(url("hide", second), {"text": "Asiaton"})

    assert response.status_code == 302
    scene.reply.refresh_from_db()
    scene.attachment.refresh_from_db()
    scene.opening.discussion.refresh_from_db()
    assert scene.reply.hidden_at is not None and scene.reply.is_removed
    assert scene.attachment.hidden_at == scene.reply.hidden_at
    assert scene.opening.discussion.hidden_at is None  # a reply: the discussion stays
    statuses = dict(Report.objects.values_list("pk", "status"))
    assert statuses == {first.pk: Status.HIDDEN, second.pk: Status.HIDDEN, other.pk: Status.OPEN}
    assert Report.objects.get(pk=first.pk).handled_by.email == "moona.moderaattori@example.fi"
    entry = ModelLogEntry.objects.get(action="extranet.report.hide")
    assert entry.data["reports"] == [first.pk, second.pk]
    history = moderator_client.get(url("inspect", first)).content.decode()
    assert "Reported content hidden" in history
    assert url("unhide", first) in history and url("hide", first) not in history


def test_hiding_the_opening_post_hides_the_discussion_and_showing_it_brings_it_back(
    moderator, scene
):
    report = scene.report(scene.opening)
    moderation.hide(report, moderator)
    scene.opening.discussion.refresh_from_db()
    assert scene.opening.discussion.hidden_at is not None

    moderation.unhide(report, moderator, "Virhe")

    scene.opening.refresh_from_db()
    scene.opening.discussion.refresh_from_db()
    assert scene.opening.hidden_at is None
    assert scene.opening.discussion.hidden_at is None
    report.refresh_from_db()
    assert report.status == Status.DISMISSED
    assert [
        e.action
        for e in ModelLogEntry.objects.filter(action__startswith="extranet.report.").order_by("pk")
    ] == [
        "extranet.report.create",
        "extranet.report.hide",
        "extranet.report.unhide",
    ]


def test_showing_a_post_again_leaves_separately_hidden_attachments_hidden(moderator, scene):
    attachment_report = scene.report(scene.attachment)
    moderation.hide(attachment_report, moderator)
    reply_report = scene.report(scene.reply)
    moderation.hide(reply_report, moderator)
    moderation.unhide(reply_report, moderator)
    scene.attachment.refresh_from_db()
    assert scene.attachment.hidden_at is not None


def test_warning_emails_the_author_in_their_language(
    moderator_client, scene, django_capture_on_commit_callbacks
):
    report = scene.report(scene.reply)
    scene.report(scene.reply, by=1)

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(url("warn", report), {"text": "Pysy asiassa, kiitos."})

    assert response.status_code == 302
    [email] = mail.outbox
    assert email.to == [scene.author.email]
    assert email.body.startswith("Hej Aada Kirjoittaja,")  # Swedish, the author's language
    assert "Pysy asiassa, kiitos." in email.body
    assert "Kotoutumisen kuulumiset" in email.body
    assert "Kotoutumisen verkosto" in email.body
    assert "Ilmoittaja" not in email.body  # the reporter is not named
    assert "/sv/extranet/workspaces/kotoutumisen-verkosto/posts/" in email.body
    assert set(Report.objects.values_list("status", flat=True)) == {Status.WARNED}
    entry = ModelLogEntry.objects.get(action="extranet.report.warn")
    assert entry.data["message"] == "Pysy asiassa, kiitos."


def test_a_warning_needs_a_message_and_keeps_the_form(moderator_client, scene):
    report = scene.report(scene.file)
    response = moderator_client.post(url("warn", report), {"text": "  "})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    report.refresh_from_db()
    assert report.status == Status.OPEN
    assert not mail.outbox


def test_suspending_the_author_locks_them_out_of_the_extranet(
    moderator_client, client, scene, django_capture_on_commit_callbacks
):
    report = scene.report(scene.file, reason="illegal")

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(url("suspend", report), {"text": "Laitonta materiaalia"})

    profile = MemberProfile.objects.get(user=scene.author)
    assert profile.status == MemberProfile.Status.SUSPENDED
    assert profile.status_message == "Laitonta materiaalia"
    report.refresh_from_db()
    assert report.status == Status.SUSPENDED
    assert "Laitonta materiaalia" in mail.outbox[-1].body
    assert ModelLogEntry.objects.filter(action="extranet.report.suspend").exists()
    assert ModelLogEntry.objects.filter(action="extranet.membership.suspend").exists()
    client.force_login(scene.author)
    response = client.get(reverse("extranet:workspace_detail", args=[scene.ws.slug]))
    assert response.status_code == 302
    assert response.url == reverse("extranet:status")
    # Already suspended: the decision is no longer offered.
    page = moderator_client.get(url("inspect", report)).content.decode()
    assert url("suspend", report) not in page


def test_dismissing_settles_the_waiting_reports_and_changes_nothing_else(moderator, scene):
    report = scene.report(scene.reply)
    moderation.dismiss(report, moderator, "Asiallinen viesti")
    scene.reply.refresh_from_db()
    report.refresh_from_db()
    assert scene.reply.hidden_at is None
    assert report.status == Status.DISMISSED
    assert report.decision_note == "Asiallinen viesti"
    with translation.override("en"), pytest.raises(moderation.ModerationError) as error:
        moderation.dismiss(report, moderator)
    assert "already been handled" in str(error.value)


def test_a_decision_not_available_now_is_refused_with_a_message(moderator_client, scene):
    report = scene.report(scene.file)
    moderation.hide(report, make_staff())
    response = moderator_client.post(url("hide", report), {"text": ""}, follow=True)
    messages = [str(m).strip() for m in response.context["messages"]]
    assert "This decision is not available for this content now." in messages
    assert ModelLogEntry.objects.filter(action="extranet.report.hide").count() == 1


def test_only_moderators_decide_even_through_the_service(scene, page_writer):
    report = scene.report(scene.reply)
    with pytest.raises(moderation.ModerationError):
        moderation.hide(report, page_writer)
    with pytest.raises(moderation.ModerationError):
        moderation.hide(report, scene.reporters[0])


# What members notice (the discussions and files views check hidden_at)


def _placeholder(name, *args):
    return resolve(reverse(f"extranet:{name}", args=args)).func.__name__ == "not_yet"


def test_members_see_a_hidden_reply_as_hidden_by_the_moderators(client, moderator, scene):
    ws, discussion = scene.ws, scene.reply.discussion
    if _placeholder("discussion_detail", ws.slug, discussion.pk):
        pytest.skip("the discussions views are not in this branch yet")
    moderation.hide(scene.report(scene.reply), moderator)
    client.force_login(scene.reporters[1])
    response = client.get(
        reverse("extranet:discussion_detail", args=[ws.slug, discussion.pk]), follow=True
    )
    assert response.status_code == 200
    assert POST_TEXT not in response.content.decode()


def test_a_hidden_file_is_not_downloaded(client, moderator, scene):
    ws = scene.ws
    if _placeholder("file_download", ws.slug, scene.file.pk):
        pytest.skip("the files views are not in this branch yet")
    client.force_login(scene.reporters[1])
    download = reverse("extranet:file_download", args=[ws.slug, scene.file.pk])
    assert client.get(download).status_code == 200
    moderation.hide(scene.report(scene.file), moderator)
    assert client.get(download).status_code == 404
    assert WorkspaceFile.objects.get(pk=scene.file.pk).hidden_at is not None
