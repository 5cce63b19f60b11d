"""Discussions in a workspace: starting, replying, editing, deleting, pinning and locking,
mentions, attachments, unread counts, and the pages members use for them."""

from datetime import timedelta

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import ModelLogEntry

from extranet.errors import WorkspaceError
from extranet.models import (
    Discussion,
    DiscussionRead,
    Post,
    Report,
    Workspace,
    WorkspaceEvent,
    WorkspaceFile,
    WorkspaceMembership,
)
from extranet.notifications import services as notifications
from extranet.workspaces.discussions import services as discussions
from extranet.workspaces.files import services as files
from tests.extranet.builders import join, member, workspace

pytestmark = pytest.mark.django_db

Role = WorkspaceMembership.Role


def fresh(obj):
    return type(obj).objects.get(pk=obj.pk)


def log_actions(ws):
    entries = ModelLogEntry.objects.filter(object_id=str(ws.pk)).order_by("pk")
    return list(entries.values_list("action", flat=True))


@pytest.fixture
def calls(monkeypatch):
    """What the notification hooks were told, in order."""
    made = []
    for hook in ("discussion_started", "replied", "mentioned"):
        monkeypatch.setattr(
            notifications, hook, lambda *args, _hook=hook: made.append((_hook, args))
        )
    return made


# The service


def test_starting_a_discussion_makes_its_opening_post_and_tells_the_members(calls):
    owner = member()
    ws = workspace(owner)
    d = discussions.start(ws, owner, "  Kevään   tapaaminen ", "Ehdotan **toukokuuta**.")
    post = d.posts.get()
    assert d.title == "Kevään tapaaminen"
    assert d.post_count == 1 and d.last_post_at == post.created_at
    assert post.body_html == "<p>Ehdotan <strong>toukokuuta</strong>.</p>"
    assert DiscussionRead.objects.get(discussion=d, user=owner).last_read_at == post.created_at
    assert calls == [("discussion_started", (d, post))]


def test_replies_keep_the_count_and_latest_activity(calls):
    owner = member()
    ws = workspace(owner)
    other = join(ws)
    d = discussions.start(ws, owner, "Otsikko", "Aloitus")
    reply = discussions.reply(d, other, "Vastaus")
    d = fresh(d)
    assert d.post_count == 2 and d.last_post_at == reply.created_at
    assert calls[-1] == ("replied", (reply,))


@pytest.mark.parametrize("state", ["archived", "closed"])
def test_archived_and_closed_workspaces_are_read_only(state):
    owner = member()
    ws = workspace(owner)
    d = discussions.start(ws, owner, "Otsikko", "Aloitus")
    Workspace.objects.filter(pk=ws.pk).update(state=state)
    ws = fresh(ws)
    d = fresh(d)
    with translation.override("en"):
        for action in (
            lambda: discussions.start(ws, owner, "Uusi", "Viesti"),
            lambda: discussions.reply(d, owner, "Vastaus"),
            lambda: discussions.edit(d.posts.get(), owner, "Muutettu"),
            lambda: discussions.pin(d, owner),
        ):
            with pytest.raises(WorkspaceError) as refused:
                action()
            assert str(refused.value) in (
                "This workspace is read-only.",
                "You can only edit your own messages.",
                "Only the workspace's administrators can do that.",
            )
    assert Discussion.objects.count() == 1 and Post.objects.count() == 1


def test_outsiders_cannot_write_and_refusals_speak_the_members_language():
    ws = workspace()
    outsider = member()
    with translation.override("fi"), pytest.raises(WorkspaceError) as refused:
        discussions.start(ws, outsider, "Otsikko", "Viesti")
    assert "You can't" not in str(refused.value)
    assert not Discussion.objects.exists()


def test_an_empty_title_or_message_is_refused():
    owner = member()
    ws = workspace(owner)
    with translation.override("en"):
        with pytest.raises(WorkspaceError, match="title"):
            discussions.start(ws, owner, "   ", "Viesti")
        with pytest.raises(WorkspaceError, match="Write a message"):
            discussions.start(ws, owner, "Otsikko", " \n ")


def test_a_locked_discussion_takes_replies_from_administrators_only():
    owner = member()
    ws = workspace(owner)
    admin = join(ws, role=Role.ADMIN)
    plain = join(ws)
    d = discussions.start(ws, plain, "Otsikko", "Aloitus")
    discussions.lock(d, admin)
    with translation.override("en"), pytest.raises(WorkspaceError, match="locked"):
        discussions.reply(d, plain, "Vielä yksi")
    with pytest.raises(WorkspaceError):
        discussions.edit(d.posts.get(), plain, "Muutettu")
    discussions.reply(d, admin, "Tämä keskustelu on päättynyt.")
    discussions.unlock(d, owner)
    discussions.reply(d, plain, "Kiitos")
    assert fresh(d).post_count == 3
    assert log_actions(ws)[-2:] == ["extranet.discussion.lock", "extranet.discussion.unlock"]


def test_only_administrators_pin_and_it_is_logged():
    owner = member()
    ws = workspace(owner)
    plain = join(ws)
    d = discussions.start(ws, plain, "Otsikko", "Aloitus")
    with pytest.raises(WorkspaceError):
        discussions.pin(d, plain)
    discussions.pin(d, owner)
    discussions.pin(d, owner)  # already pinned: nothing more to record
    discussions.unpin(d, owner)
    assert not fresh(d).is_pinned
    assert log_actions(ws)[-2:] == ["extranet.discussion.pin", "extranet.discussion.unpin"]


def test_only_the_author_edits_and_the_post_shows_when(calls):
    owner = member()
    ws = workspace(owner)
    author = join(ws)
    d = discussions.start(ws, author, "Otsikko", "Alkuperäinen")
    post = d.posts.get()
    with pytest.raises(WorkspaceError):
        discussions.edit(post, owner, "Ylläpitäjän muutos")
    discussions.edit(post, author, "Korjattu *teksti*")
    post = fresh(post)
    assert post.body == "Korjattu *teksti*" and post.body_html == "<p>Korjattu <em>teksti</em></p>"
    assert post.edited_at is not None


def test_mentions_reach_current_members_only_and_on_edit_only_the_newly_mentioned(calls):
    owner = member("Olli", "Omistaja")
    ws = workspace(owner)
    anna = join(ws, member("Anna", "Virtanen"))
    ali = join(ws, member("Ali", "Hassan"))
    stranger = member("Sanna", "Ulkopuolinen")
    d = discussions.start(ws, owner, "Otsikko", "Hei @Anna Virtanen ja @Sanna Ulkopuolinen!")
    post = d.posts.get()
    assert list(post.mentions.all()) == [anna]
    profile = anna.member_profile
    assert (
        f'<a class="mention" href="{reverse("extranet:member_detail", args=[profile.pk])}">'
        "@Anna Virtanen</a>" in post.body_html
    )
    assert (
        "@Sanna Ulkopuolinen" in post.body_html
        and "mention" not in post.body_html.split("Sanna")[0].rsplit("</a>", 1)[-1]
    )
    assert ("mentioned", (post, [anna])) in calls

    calls.clear()
    discussions.edit(post, owner, "Hei @Anna Virtanen ja @ali hassan, ja @Olli Omistaja")
    assert set(fresh(post).mentions.all()) == {anna, ali, owner}
    assert calls == [("mentioned", (post, [ali]))]  # not Anna again, never oneself
    assert stranger not in fresh(post).mentions.all()


def test_the_author_deletes_softly_and_the_counts_follow():
    owner = member()
    ws = workspace(owner)
    other = join(ws)
    d = discussions.start(ws, owner, "Otsikko", "Aloitus")
    first_reply = discussions.reply(d, other, "Eka")
    last_reply = discussions.reply(d, other, "Toka")
    assert discussions.delete(last_reply, other) == d
    d = fresh(d)
    assert fresh(last_reply).deleted_at is not None
    assert d.post_count == 2 and d.last_post_at == first_reply.created_at
    assert "extranet.discussion.delete_post" not in log_actions(ws)


def test_an_administrator_deletes_others_posts_and_it_is_logged_members_cannot():
    owner = member()
    ws = workspace(owner)
    a, b = join(ws), join(ws)
    d = discussions.start(ws, a, "Otsikko", "Aloitus")
    reply = discussions.reply(d, a, "Asiaton viesti")
    with pytest.raises(WorkspaceError):
        discussions.delete(reply, b)
    discussions.delete(reply, owner)
    assert fresh(reply).deleted_at is not None
    assert log_actions(ws)[-1] == "extranet.discussion.delete_post"


def test_deleting_an_unanswered_opening_post_removes_the_discussion():
    owner = member()
    ws = workspace(owner)
    lonely = discussions.start(ws, owner, "Yksinäinen", "Kukaan ei vastaa")
    answered = discussions.start(ws, owner, "Vastattu", "Aloitus")
    discussions.reply(answered, owner, "Vastaus")
    reported = discussions.start(ws, owner, "Ilmoitettu", "Aloitus")
    Report.objects.create(
        workspace=ws, post=reported.posts.get(), reporter=owner, reason=Report.Reason.SPAM
    )

    assert discussions.delete(lonely.posts.get(), owner) is None
    assert not Discussion.objects.filter(pk=lonely.pk).exists()
    assert discussions.delete(answered.posts.earliest("created_at"), owner) == answered
    assert discussions.delete(reported.posts.get(), owner) == reported
    assert Discussion.objects.filter(pk__in=[answered.pk, reported.pk]).count() == 2


def test_a_removed_discussion_takes_its_attachments_with_it(django_capture_on_commit_callbacks):
    owner = member()
    ws = workspace(owner)
    upload = SimpleUploadedFile("luonnos.txt", b"Luonnos", content_type="text/plain")
    d = discussions.start(ws, owner, "Luonnos", "Liitteenä luonnos", [upload])
    blob = d.posts.get().attachments.get().current_version.blob
    storage, name = blob.storage, blob.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        discussions.delete(d.posts.get(), owner)
    assert not WorkspaceFile.objects.exists() and not storage.exists(name)


def test_attachments_are_stored_with_the_post():
    owner = member()
    ws = workspace(owner)
    upload = SimpleUploadedFile("muistio.txt", b"Asialista", content_type="text/plain")
    d = discussions.start(ws, owner, "Otsikko", "Liitteenä muistio", [upload])
    attachment = d.posts.get().attachments.get()
    assert attachment.title == "muistio.txt" and attachment.workspace == ws


def test_unread_counts_skip_my_own_posts_and_what_came_before_i_joined():
    owner = member()
    ws = workspace(owner)
    d = discussions.start(ws, owner, "Vanha", "Ennen liittymistä")
    reader = join(ws)
    discussions.reply(d, owner, "Uusi 1")
    discussions.reply(d, reader, "Oma")
    second = discussions.start(ws, owner, "Toinen", "Uusi 2")
    discussions.reply(second, owner, "Uusi 3")
    elsewhere = workspace(owner, name="Muu")
    join(elsewhere, reader)
    discussions.start(elsewhere, owner, "Muualla", "Uusi 4")

    # Replying in `d` marked it read up to the reply.
    assert discussions.unread_by_discussion(reader, [d.pk, second.pk]) == {second.pk: 2}
    assert discussions.unread_by_workspace(reader, [ws.pk, elsewhere.pk]) == {
        ws.pk: 2,
        elsewhere.pk: 1,
    }
    discussions.reply(d, owner, "Uusi 5")
    discussions.mark_read(second, reader, fresh(second).last_post_at)
    discussions.mark_read(second, reader, fresh(second).created_at)  # never moves back
    assert discussions.unread_by_workspace(reader, [ws.pk]) == {ws.pk: 1}
    assert discussions.unread_by_workspace(owner, [ws.pk]) == {}


# The pages


def page(client, name, *args, **params):
    with translation.override("en"):
        return client.get(reverse(f"extranet:{name}", args=args), params)


def post(client, name, *args, data=None):
    with translation.override("en"):
        return client.post(reverse(f"extranet:{name}", args=args), data or {})


def test_the_list_shows_pinned_first_then_latest_with_replies_and_unread_in_words(client):
    owner = member()
    ws = workspace(owner)
    reader = join(ws)
    pinned = discussions.start(ws, owner, "Säännöt", "Lue nämä")
    discussions.pin(pinned, owner)
    discussions.mark_read(pinned, reader, timezone.now())
    quiet = discussions.start(ws, owner, "Hiljainen", "Aloitus")
    discussions.mark_read(quiet, reader, timezone.now())
    busy = discussions.start(ws, owner, "Vilkas", "Aloitus")
    discussions.reply(busy, owner, "Vastaus")
    client.force_login(reader)
    text = page(client, "discussion_list", ws.slug).content.decode()
    assert text.index("Säännöt") < text.index("Vilkas") < text.index("Hiljainen")
    assert "Pinned" in text and "1 reply" in text and "2 unread" in text
    assert text.count("tag--unread") == 1


def test_starting_a_discussion_through_the_form(client):
    owner = member()
    ws = workspace(owner)
    client.force_login(owner)
    assert page(client, "discussion_create", ws.slug).status_code == 200
    response = post(
        client,
        "discussion_create",
        ws.slug,
        data={
            "title": "Uusi aihe",
            "body": "Hei kaikki",
            "attachments": [
                SimpleUploadedFile("a.txt", b"A", content_type="text/plain"),
                SimpleUploadedFile("b.txt", b"B", content_type="text/plain"),
            ],
        },
    )
    d = Discussion.objects.get()
    assert response.status_code == 302
    with translation.override("en"):
        assert response["Location"] == reverse("extranet:discussion_detail", args=[ws.slug, d.pk])
    assert d.posts.get().attachments.count() == 2


def test_a_form_with_errors_keeps_what_was_typed_and_answers_400(client):
    owner = member()
    ws = workspace(owner)
    client.force_login(owner)
    response = post(client, "discussion_create", ws.slug, data={"title": "", "body": "Säilyvä"})
    text = response.content.decode()
    assert response.status_code == 400
    assert "Säilyvä" in text and "Give the discussion a title." in text
    response = post(client, "discussion_create", ws.slug, data={"title": "Säilyvä otsikko"})
    assert response.status_code == 400 and 'value="Säilyvä otsikko"' in response.content.decode()
    assert not Discussion.objects.exists()


def test_a_refused_attachment_says_why_and_keeps_the_text(client, monkeypatch):
    def refuse(upload):
        raise ValidationError("Files of this type are not allowed.")

    monkeypatch.setattr(files, "validate_upload", refuse)
    owner = member()
    ws = workspace(owner)
    client.force_login(owner)
    response = post(
        client,
        "discussion_create",
        ws.slug,
        data={
            "title": "Liitteellinen",
            "body": "Katso liite",
            "attachments": [SimpleUploadedFile("ohjelma.exe", b"MZ")],
        },
    )
    text = response.content.decode()
    assert response.status_code == 400
    assert "ohjelma.exe: Files of this type are not allowed." in text
    assert "Liitteellinen" in text and "Katso liite" in text
    assert not Discussion.objects.exists() and not WorkspaceFile.objects.exists()


def test_the_discussion_opens_at_the_first_unread_post_and_marks_it_read(client):
    owner = member()
    ws = workspace(owner)
    reader = join(ws, joined_at=timezone.now() - timedelta(days=1))
    d = discussions.start(ws, owner, "Pitkä", "Aloitus")
    start = timezone.now() - timedelta(hours=2)
    Post.objects.bulk_create(
        [
            Post(
                discussion=d,
                author=owner,
                body=f"V{n}",
                body_html=f"<p>V{n}</p>",
                created_at=start + timedelta(seconds=n),
            )
            for n in range(60)
        ]
    )
    Post.objects.filter(discussion=d, body="Aloitus").update(created_at=start - timedelta(1))
    discussions.refresh_counts(d)
    ordered = list(d.posts.order_by("created_at", "pk"))
    discussions.mark_read(d, reader, ordered[54].created_at)
    client.force_login(reader)

    response = page(client, "discussion_detail", ws.slug, d.pk)
    assert response.status_code == 302
    assert response["Location"].endswith(
        f"?page={55 // discussions.PER_PAGE + 1}#post-{ordered[55].pk}"
    )
    last_page = 60 // discussions.PER_PAGE + 1  # the opening post and 60 replies
    text = page(client, "discussion_detail", ws.slug, d.pk, page=last_page).content.decode()
    assert "V59" in text and "New" in text
    assert not discussions.unread_by_discussion(reader, [d.pk])
    assert page(client, "discussion_detail", ws.slug, d.pk).status_code == 200


def test_replying_editing_and_deleting_through_the_pages(client):
    owner = member()
    ws = workspace(owner)
    author = join(ws)
    d = discussions.start(ws, owner, "Aihe", "Aloitus")
    client.force_login(author)

    response = post(client, "discussion_detail", ws.slug, d.pk, data={"body": ""})
    assert response.status_code == 400 and "Write a message." in response.content.decode()
    response = post(client, "discussion_detail", ws.slug, d.pk, data={"body": "Minun vastaus"})
    reply = Post.objects.get(body="Minun vastaus")
    assert response["Location"].endswith(f"?page=1#post-{reply.pk}")

    assert page(client, "post_edit", ws.slug, reply.pk).status_code == 200
    response = post(client, "post_edit", ws.slug, reply.pk, data={"body": ""})
    assert response.status_code == 400
    post(client, "post_edit", ws.slug, reply.pk, data={"body": "Korjattu vastaus"})
    text = page(client, "discussion_detail", ws.slug, d.pk, page=1).content.decode()
    assert "Korjattu vastaus" in text and "edited" in text

    assert page(client, "post_edit", ws.slug, d.posts.earliest("created_at").pk).status_code == 404
    assert page(client, "post_delete", ws.slug, reply.pk).status_code == 200
    post(client, "post_delete", ws.slug, reply.pk)
    text = page(client, "discussion_detail", ws.slug, d.pk, page=1).content.decode()
    assert "This message was deleted." in text and "Korjattu vastaus" not in text


def test_a_lasting_link_to_a_post_finds_its_page(client):
    owner = member()
    ws = workspace(owner)
    d = discussions.start(ws, owner, "Aihe", "Aloitus")
    replies = [discussions.reply(d, owner, f"V{n}") for n in range(51)]
    client.force_login(owner)
    response = page(client, "post_link", ws.slug, replies[-1].pk)
    with translation.override("en"):
        detail = reverse("extranet:discussion_detail", args=[ws.slug, d.pk])
    last_page = len(replies) // discussions.PER_PAGE + 1  # after the opening post
    assert response["Location"] == f"{detail}?page={last_page}#post-{replies[-1].pk}"
    other = workspace(owner, name="Toinen")
    assert page(client, "post_link", other.slug, replies[-1].pk).status_code == 404


def test_administrators_pin_and_lock_from_the_discussion_page(client):
    owner = member()
    ws = workspace(owner)
    d = discussions.start(ws, owner, "Aihe", "Aloitus")
    client.force_login(owner)
    post(client, "discussion_moderate", ws.slug, d.pk, data={"action": "lock"})
    post(client, "discussion_moderate", ws.slug, d.pk, data={"action": "pin"})
    assert fresh(d).is_locked and fresh(d).is_pinned
    assert (
        post(client, "discussion_moderate", ws.slug, d.pk, data={"action": "x"}).status_code == 404
    )
    text = page(client, "discussion_detail", ws.slug, d.pk).content.decode()
    assert "as an admin you can still reply" in text and "Unlock" in text


def test_a_locked_discussion_tells_each_reader_whether_they_can_still_reply(client):
    owner = member()
    ws = workspace(owner)
    plain = join(ws)
    d = discussions.start(ws, plain, "Aihe", "Aloitus")
    discussions.lock(d, owner)
    client.force_login(plain)
    text = page(client, "discussion_detail", ws.slug, d.pk).content.decode()
    assert "This discussion is locked: it takes no new replies." in text
    assert 'name="body"' not in text
    client.force_login(owner)
    post(client, "discussion_moderate", ws.slug, d.pk, data={"action": "unlock"})
    response = post(client, "discussion_moderate", ws.slug, d.pk, data={"action": "lock"})
    assert (
        "members can no longer reply; admins still can"
        in page(client, "discussion_detail", ws.slug, d.pk, page=1).content.decode()
    )
    text = page(client, "discussion_detail", ws.slug, d.pk).content.decode()
    assert response.status_code == 302
    assert "it takes no new replies" not in text
    assert "Replies are closed to members; as an admin you can still reply." in text
    assert 'name="body"' in text
    assert (
        post(client, "discussion_detail", ws.slug, d.pk, data={"body": "Loppu"}).status_code == 302
    )
    assert fresh(d).post_count == 2


def test_the_workspace_home_shows_recent_activity_and_unread(client):
    owner = member()
    ws = workspace(owner)
    reader = join(ws, joined_at=timezone.now() - timedelta(days=1))
    d = discussions.start(ws, owner, "Kevään kokous", "Aloitus")
    WorkspaceFile.objects.create(workspace=ws, title="Pöytäkirja.pdf", created_by=owner)
    now = timezone.now()
    WorkspaceEvent.objects.create(
        workspace=ws,
        title="Verkostotapaaminen",
        starts_at=now + timedelta(days=3),
        ends_at=now + timedelta(days=3, hours=2),
    )
    WorkspaceEvent.objects.create(
        workspace=ws,
        title="Mennyt tapaaminen",
        starts_at=now - timedelta(days=3),
        ends_at=now - timedelta(days=3) + timedelta(hours=1),
    )
    client.force_login(reader)
    text = page(client, "workspace_detail", ws.slug).content.decode()
    assert "Kevään kokous" in text and "Pöytäkirja.pdf" in text
    assert "Verkostotapaaminen" in text and "Mennyt tapaaminen" not in text
    assert "1 unread message in the discussions" in text
    with translation.override("en"):
        assert reverse("extranet:post_link", args=[ws.slug, d.posts.get().pk]) in text


def test_the_extranet_home_shows_unread_per_workspace(client):
    owner = member()
    reader = member()
    busy = workspace(owner, name="Vilkas tila")
    join(busy, reader, joined_at=timezone.now() - timedelta(days=1))
    discussions.start(busy, owner, "Aihe", "Uutta")
    quiet = workspace(owner, name="Hiljainen tila")
    join(quiet, reader)
    client.force_login(reader)
    text = page(client, "home").content.decode()
    assert "1 unread" in text and text.count("tag--unread") == 1
    assert "Hiljainen tila" in text


# How many queries


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries, translation.override("en"):
        response = client.get(path)
    assert response.status_code == 200, response.status_code
    return len(queries)


def test_a_discussion_with_500_replies_costs_a_bounded_number_of_queries(client):
    owner = member()
    ws = workspace(owner)
    reader = join(ws, joined_at=timezone.now() - timedelta(days=1))
    people = [join(ws) for _ in range(5)]
    d = discussions.start(ws, owner, "Iso", "Aloitus")
    discussions.reply(d, people[0], "Liitteellinen", [SimpleUploadedFile("a.txt", b"A")])
    client.force_login(reader)
    path = reverse("extranet:discussion_detail", args=[ws.slug, d.pk]) + "?page=1"
    count_queries(client, path)
    few = count_queries(client, path)
    start = timezone.now()
    Post.objects.bulk_create(
        Post(
            discussion=d,
            author=people[n % 5],
            body=f"V{n}",
            body_html=f"<p>V{n}</p>",
            created_at=start + timedelta(seconds=n),
        )
        for n in range(500)
    )
    discussions.refresh_counts(d)
    many = count_queries(client, path)
    last = count_queries(client, path.replace("page=1", "page=11"))
    assert many <= few + 1 and last <= few + 1
    assert many <= 25


def test_a_workspace_home_with_10000_posts_costs_a_bounded_number_of_queries(client):
    owner = member()
    ws = workspace(owner)
    reader = join(ws, joined_at=timezone.now() - timedelta(days=1))
    client.force_login(reader)
    path = reverse("extranet:workspace_detail", args=[ws.slug])
    count_queries(client, path)
    few = count_queries(client, path)
    threads = Discussion.objects.bulk_create(
        Discussion(workspace=ws, title=f"Aihe {n}", created_by=owner) for n in range(100)
    )
    now = timezone.now()
    Post.objects.bulk_create(
        (
            Post(
                discussion=threads[n % 100],
                author=owner,
                body="x",
                body_html="<p>x</p>",
                created_at=now - timedelta(seconds=n),
            )
            for n in range(10_000)
        ),
        batch_size=2000,
    )
    many = count_queries(client, path)
    assert many == few and many <= 27
    assert discussions.unread_by_workspace(reader, [ws.pk]) == {ws.pk: 10_000}


def test_the_extranet_home_with_many_workspaces_costs_a_bounded_number_of_queries(client):
    owner = member()
    reader = member()
    client.force_login(reader)
    path = reverse("extranet:home")
    for n in range(2):
        ws = workspace(owner, name=f"Pieni {n}")
        join(ws, reader)
    count_queries(client, path)
    few = count_queries(client, path)
    for n in range(30):
        ws = workspace(owner, name=f"Iso {n}")
        join(ws, reader, joined_at=timezone.now() - timedelta(days=1))
        discussions.start(ws, owner, "Aihe", "Uutta")
    many = count_queries(client, path)
    assert many == few
