"""The demo workspaces seed_demo adds: every kind of workspace, lived-in, consistent, with real
files, and a tour for the known demo member; and large generated sets for benchmarks.

The demo members and workspaces are built once for the module, over a small site rather than
the whole demo site (whose pages take minutes to build here; seed_demo seeds the workspaces the
same way after them), and each test runs inside that and is rolled back."""

import csv
import hashlib
import io
from collections import Counter

import pytest
from PIL import Image

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count, F, Max
from django.utils import timezone

from wagtail.models import Locale

from demo import reader
from demo.loaders import blog as blog_demo
from demo.loaders import members as extranet_demo
from demo.loaders import workspaces as demo_workspaces
from demo.seeding import SeedReport
from extranet.access import Standing, standing
from extranet.models import (
    Discussion,
    DiscussionRead,
    FileVersion,
    Folder,
    JoinRequest,
    Notification,
    Post,
    Workspace,
    WorkspaceEvent,
    WorkspaceFile,
    WorkspaceMembership,
)
from extranet.workspaces.discussions import formatting
from tests.factories import build_site

pytestmark = pytest.mark.django_db
LAURA = "laura.nieminen@example.fi"
Role = WorkspaceMembership.Role


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Workspace,
            WorkspaceMembership,
            JoinRequest,
            Discussion,
            Post,
            WorkspaceFile,
            FileVersion,
            Folder,
            WorkspaceEvent,
            DiscussionRead,
            Notification,
        )
    }


def seed(*args):
    output = io.StringIO()
    call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """A site with the demo topics, staff, members and workspaces; then the workspaces seeded
    again and `seed_demo --if-empty` run, with the counts before and after those. Undone when
    the module's tests are done."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_site()
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in ["fi", "sv", "en"]
        }
        blog_demo.seed_topics(locales, SeedReport())
        get_user_model().objects.create_superuser("admin", "admin@example.fi", "not-used")
        report = SeedReport()
        extranet_demo.seed(None, report)
        demo_workspaces.seed(None, report)
        after_first = counts()
        again = SeedReport()
        demo_workspaces.seed(None, again)
        output = seed("--if-empty")
        yield {
            "report": report,
            "again": again,
            "output": output,
            "counts": (after_first, counts()),
        }
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_site, db):
    slugs = [spec["slug"] for spec in reader.data("workspaces/workspaces")]
    return Workspace.objects.filter(slug__in=slugs)


@pytest.fixture
def laura(demo):
    return get_user_model().objects.get(email=LAURA)


def test_there_are_about_thirty_workspaces_of_every_visibility_state_and_language(demo):
    assert demo.count() == len(reader.data("workspaces/workspaces")) >= 30
    active = Counter(demo.filter(state="active").values_list("visibility", flat=True))
    assert all(active[visibility] >= 3 for visibility in Workspace.Visibility.values)
    assert demo.filter(state="archived").count() >= 3
    assert all(w.archived_at for w in demo.filter(state="archived"))
    closed = demo.get(state="closed")
    assert closed.closed_by.is_superuser and closed.closed_at and len(closed.close_reason) > 50
    assert set(demo.values_list("language", flat=True)) == {"fi", "sv", "en"}
    assert Counter(demo.values_list("language", flat=True)).most_common(1)[0][0] == "fi"
    assert set(demo.values_list("purpose", flat=True)) >= {
        "working-group",
        "project",
        "event",
        "network",
    }
    assert demo.filter(topics__isnull=False).distinct().count() > 20


def test_each_workspace_has_one_owner_and_admins_among_three_to_forty_approved_members(demo):
    for workspace in demo.prefetch_related("memberships__user"):
        memberships = list(workspace.memberships.all())
        roles = Counter(m.role for m in memberships)
        assert roles[Role.OWNER] == 1, workspace
        assert roles[Role.ADMIN] >= 1, workspace
        assert 3 <= len(memberships) <= 40, workspace
        owner = next(m.user for m in memberships if m.role == Role.OWNER)
        assert workspace.created_by == owner
        for membership in memberships:
            assert standing(membership.user) == Standing.MEMBER, membership
            assert membership.joined_at >= workspace.created_at


def test_discussions_have_replies_in_order_and_counts_that_add_up(demo):
    discussions = Discussion.objects.filter(workspace__in=demo)
    assert all(workspace.discussions.exists() for workspace in demo)
    assert (
        discussions.annotate(posts_in=Count("posts"), latest=Max("posts__created_at"))
        .exclude(post_count=F("posts_in"), last_post_at=F("latest"))
        .count()
        == 0
    )
    assert discussions.filter(post_count__gte=3).count() > 0.8 * discussions.count()
    assert discussions.filter(is_pinned=True).exists()
    assert discussions.filter(is_locked=True, workspace__state="active").exists()
    now = timezone.now()
    for post in Post.objects.filter(discussion__workspace__in=demo).select_related(
        "discussion__workspace"
    ):
        assert post.body_html == str(formatting.render(post.body))
        assert post.discussion.created_at <= post.created_at <= now
        assert post.discussion.workspace.memberships.filter(user=post.author_id).exists()
    assert Post.objects.filter(discussion__workspace__in=demo, body__contains="å").exists()


def test_mentions_name_members_of_the_workspace(demo):
    Mentions = Post.mentions.through
    mentions = Mentions.objects.filter(post__discussion__workspace__in=demo).select_related(
        "post__discussion", "user"
    )
    assert 5 <= mentions.count() < Post.objects.filter(discussion__workspace__in=demo).count() / 5
    for mention in mentions:
        assert f"@{mention.user.first_name} {mention.user.last_name}" in mention.post.body
        assert mention.post.discussion.workspace.memberships.filter(user=mention.user).exists()
        assert mention.user_id != mention.post.author_id


def test_files_are_real_and_readable_from_private_storage(demo):
    files = WorkspaceFile.objects.filter(workspace__in=demo, kind="file")
    versions = FileVersion.objects.filter(file__in=files)
    kinds = Counter(v.original_name.rsplit(".", 1)[1] for v in versions)
    assert set(kinds) == {"pdf", "csv", "png", "txt"}
    assert files.annotate(n=Count("versions")).filter(n=2).exists()
    for workspace_file in files.prefetch_related("versions"):
        newest = max(workspace_file.versions.all(), key=lambda v: v.number)
        assert workspace_file.current_version_id == newest.pk
    for version in versions:
        with version.blob.open("rb") as blob:
            data = blob.read()
        assert len(data) == version.size > 0
        assert hashlib.sha256(data).hexdigest() == version.sha256
        extension = version.original_name.rsplit(".", 1)[1]
        if extension == "pdf":
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        elif extension == "png":
            assert Image.open(io.BytesIO(data)).format == "PNG"
        elif extension == "csv":
            assert len(list(csv.reader(io.StringIO(data.decode())))) > 3
    assert Folder.objects.filter(workspace__in=demo, parent__isnull=False).exists()
    assert files.filter(folder__parent__isnull=False).exists()
    attached = files.exclude(post=None).select_related("post__discussion")
    assert attached.exists()
    assert all(f.post.discussion.workspace_id == f.workspace_id for f in attached)
    links = WorkspaceFile.objects.filter(workspace__in=demo, kind="link")
    assert links.exists() and all(link.url.startswith("https://") for link in links)


def test_meetings_are_past_and_upcoming_online_and_in_places(demo):
    events = WorkspaceEvent.objects.filter(workspace__in=demo)
    now = timezone.now()
    assert events.filter(starts_at__lt=now).exists()
    assert events.filter(starts_at__gt=now).exists()
    assert not events.filter(starts_at__gt=now).exclude(workspace__state="active").exists()
    assert events.exclude(online_url="").exists() and events.exclude(location="").exists()
    assert all(event.ends_at > event.starts_at for event in events)


def test_requests_to_join_wait_in_closed_workspaces_from_outsiders(demo):
    requests = JoinRequest.objects.filter(workspace__in=demo).select_related("workspace")
    assert requests.count() >= 5
    for request in requests:
        assert request.status == JoinRequest.Status.PENDING
        assert request.workspace.visibility == "closed" and request.workspace.is_active
        assert not request.workspace.memberships.filter(user=request.user).exists()
        assert Notification.objects.filter(
            workspace=request.workspace, kind="join-request", actor=request.user
        ).exists()


def test_laura_owns_one_runs_one_belongs_to_several_and_waits_for_one(demo, laura):
    roles = dict(
        WorkspaceMembership.objects.filter(user=laura).values_list("workspace__slug", "role")
    )
    assert Counter(roles.values()) == {Role.OWNER: 1, Role.ADMIN: 1, Role.MEMBER: 7}
    hers = demo.filter(slug__in=roles)
    assert hers.filter(visibility="secret").exists()
    assert hers.filter(state="archived").exists() and hers.filter(state="closed").exists()
    assert hers.exclude(language="fi").exists()
    owned = demo.get(memberships__user=laura, memberships__role=Role.OWNER)
    assert owned.visibility == "closed" and owned.join_requests.filter(status="pending").exists()
    waiting = JoinRequest.objects.get(user=laura)
    assert waiting.status == "pending" and waiting.workspace.visibility == "closed"
    assert waiting.workspace.slug not in roles
    # Workspaces she can join, too.
    assert demo.filter(visibility="open", state="active").exclude(slug__in=roles).exists()


def test_laura_finds_new_posts_mentions_and_notifications(demo, laura):
    reads = DiscussionRead.objects.filter(user=laura).select_related("discussion")
    unread = [r for r in reads if r.discussion.last_post_at > r.last_read_at]
    assert len(unread) >= 3
    assert any(r.discussion.last_post_at == r.last_read_at for r in reads)
    notifications = Notification.objects.filter(recipient=laura)
    assert notifications.filter(read_at=None).count() >= 3
    assert notifications.exclude(read_at=None).exists()
    kinds = set(notifications.values_list("kind", flat=True))
    assert kinds >= {"mention", "discussion", "file", "event", "join-request", "closed", "added"}
    for notification in notifications.select_related("workspace"):
        assert notification.workspace.memberships.filter(user=laura).exists()
        assert notification.created_at <= timezone.now()
    for notification in notifications.filter(kind="mention").select_related("post"):
        assert notification.post.mentions.filter(pk=laura.pk).exists()
        assert "@Laura Nieminen" in notification.post.body


def test_the_tour_hint_names_lauras_workspaces_in_one_line(demo):
    hint = demo_workspaces.tour_hint()
    assert hint.startswith(f"Workspaces: {LAURA} owns “Pirkanmaan kotoutumiskoordinaattorit”")
    assert "waits to join “Työelämään kotoutuminen Uudellamaalla”" in hint
    assert "/fi/extranet/workspaces/" in hint and "\n" not in hint


def test_seeding_again_or_with_if_empty_adds_nothing(demo_site):
    first, second = demo_site["counts"]
    assert first == second
    assert first["Workspace"] == len(reader.data("workspaces/workspaces"))
    assert any("demo workspaces" in line for line in demo_site["report"].created)
    assert not demo_site["again"].changed
    assert "already has content" in demo_site["output"]
    assert "Workspaces" not in demo_site["output"]


def test_generated_workspaces_come_in_exactly_the_numbers_asked(demo):
    before = counts()

    output = seed("--if-empty", "--workspaces", "40", "--posts", "500")

    after = counts()
    assert after["Workspace"] - before["Workspace"] == 40
    assert after["Post"] - before["Post"] == 500
    assert "Added 40 generated workspaces with 500 posts in " in output
    generated = Workspace.objects.exclude(pk__in=demo.values("pk"))
    assert set(generated.values_list("visibility", flat=True)) == {"open", "closed", "secret"}
    assert not generated.exclude(memberships__role=Role.OWNER).exists()
    discussions = Discussion.objects.filter(workspace__in=generated)
    assert (
        discussions.annotate(posts_in=Count("posts"), latest=Max("posts__created_at"))
        .exclude(post_count=F("posts_in"), last_post_at=F("latest"))
        .count()
        == 0
    )
    for version in FileVersion.objects.filter(file__workspace__in=generated)[:3]:
        with version.blob.open("rb") as blob:
            assert hashlib.sha256(blob.read()).hexdigest() == version.sha256


def test_posts_need_generated_workspaces_to_go_into(demo):
    with pytest.raises(CommandError, match="--posts needs --workspaces"):
        seed("--if-empty", "--posts", "10")


def test_with_more_than_500_posts_the_first_generated_discussion_has_500_replies(demo):
    before = set(Workspace.objects.values_list("pk", flat=True))

    seed("--if-empty", "--workspaces", "5", "--posts", "600")

    generated = Workspace.objects.exclude(pk__in=before).order_by("pk")
    assert Post.objects.filter(discussion__workspace__in=generated).count() == 600
    first = generated.first()
    busy = first.discussions.order_by("pk").first()
    assert busy.posts.count() == busy.post_count == 501
    assert not busy.is_locked
    assert first.state == Workspace.State.ACTIVE
    others = Discussion.objects.filter(workspace__in=generated).exclude(pk=busy.pk)
    assert others.aggregate(most=Max("post_count"))["most"] < 501
    members = first.memberships.select_related("user__member_profile")
    assert members.count() >= 5
    assert all(standing(m.user) == Standing.MEMBER for m in members)
    authors = set(busy.posts.values_list("author", flat=True))
    assert authors <= {m.user_id for m in members} and len(authors) > 1
