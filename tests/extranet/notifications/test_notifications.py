"""Notifications of what happens in workspaces: the bell and the notifications page, emails as
each member chose (every post, a daily digest, nothing), in the member's language, and nothing
lost or sent twice when the mail server fails."""

import io
import re
import smtplib
from datetime import timedelta

import pytest

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from extranet.models import (
    Discussion,
    Notification,
    Post,
    Workspace,
    WorkspaceEvent,
    WorkspaceFile,
    WorkspaceMembership,
)
from extranet.notifications import services as notifications
from extranet.notifications.tasks import send_notification_email
from extranet.workspaces import services as service
from tests.extranet.builders import join, make_member, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def default_language_afterwards():
    """Pages asked for in Swedish leave Swedish active in this thread; later tests expect the
    default language."""
    yield
    translation.deactivate()


Kind = Notification.Kind
Notify = WorkspaceMembership.Notify


class FailingBackend(EmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


FAILING = "tests.extranet.notifications.test_notifications.FailingBackend"


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"extranet:{name}", args=args)


def start_discussion(workspace, author, title="Kevään koulutukset", mentions=()):
    discussion = Discussion.objects.create(workspace=workspace, title=title, created_by=author)
    post = Post.objects.create(
        discussion=discussion,
        author=author,
        body="Tervetuloa **keskustelemaan**\n\nkoulutuksista.",
        body_html="<p>Tervetuloa <strong>keskustelemaan</strong></p>\n<p>koulutuksista.</p>",
    )
    if mentions:
        post.mentions.set(mentions)
        notifications.mentioned(post, mentions)
    notifications.discussion_started(discussion, post)
    return discussion, post


def reply(discussion, author, body="Hyvä ajatus, olen mukana.", mentions=(), mention_first=True):
    post = Post.objects.create(discussion=discussion, author=author, body=body)
    if mentions and mention_first:
        notifications.mentioned(post, mentions)
    notifications.replied(post)
    if mentions and not mention_first:
        notifications.mentioned(post, mentions)
    return post


@pytest.fixture
def team(django_capture_on_commit_callbacks):
    """A Finnish workspace: its owner, a Swedish member who wants every post, a member who gets
    the daily digest and one who wants nothing."""
    owner = make_member(first_name="Olli", last_name="Omistaja")
    workspace = service.create(owner.user, name="Kotoutumisen verkosto", language="fi")
    every = make_member(first_name="Sara", last_name="Svensson", language="sv")
    daily = make_member(first_name="Pia", last_name="Päivittäin")
    nothing = make_member(first_name="Niko", last_name="Ei-mitään")
    join(workspace, every.user, notify=Notify.EVERY_POST)
    join(workspace, daily.user, notify=Notify.DAILY_DIGEST)
    join(workspace, nothing.user, notify=Notify.NONE)
    return workspace, owner.user, every.user, daily.user, nothing.user


def kinds_of(user):
    return sorted(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


# In the site


def test_a_new_discussion_notifies_every_member_but_its_author(team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner)

    assert kinds_of(owner) == []
    for member in (every, daily, nothing):
        assert kinds_of(member) == [Kind.DISCUSSION]


def test_replies_files_and_events_notify_the_other_members(team):
    workspace, owner, every, daily, nothing = team
    discussion, _ = start_discussion(workspace, owner)
    reply(discussion, daily)
    notifications.file_added(
        WorkspaceFile.objects.create(
            workspace=workspace,
            title="Muistio",
            kind="link",
            url="https://example.fi",
            created_by=every,
        )
    )
    now = timezone.now()
    notifications.event_added(
        WorkspaceEvent.objects.create(
            workspace=workspace, title="Tapaaminen", starts_at=now, ends_at=now, created_by=owner
        )
    )

    assert kinds_of(owner) == [Kind.FILE, Kind.REPLY]
    assert kinds_of(daily) == [Kind.DISCUSSION, Kind.EVENT, Kind.FILE]
    assert kinds_of(every) == [Kind.DISCUSSION, Kind.EVENT, Kind.REPLY]


@pytest.mark.parametrize("mention_first", [True, False])
def test_a_mentioned_member_gets_the_mention_instead_of_the_reply(team, mention_first):
    workspace, owner, every, daily, nothing = team
    discussion, _ = start_discussion(workspace, owner)
    reply(discussion, owner, mentions=[daily], mention_first=mention_first)

    assert kinds_of(daily) == [Kind.DISCUSSION, Kind.MENTION]
    assert kinds_of(every) == [Kind.DISCUSSION, Kind.REPLY]


def test_a_mention_in_the_opening_post_replaces_the_new_discussion_notice(team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner, mentions=[nothing])

    assert kinds_of(nothing) == [Kind.MENTION]
    assert kinds_of(daily) == [Kind.DISCUSSION]


def test_the_bell_counts_unread_notifications_in_words(client, team):
    workspace, owner, every, daily, nothing = team
    for n in range(3):
        start_discussion(workspace, owner, title=f"Aihe {n}")
    client.force_login(daily)

    page = client.get(url("workspaces")).content.decode()

    assert "Notifications, 3 unread" in page
    assert f'href="{url("notifications")}"' in page


def test_the_notifications_page_lists_the_newest_first_with_unread_marked(client, team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner, title="Vanhempi aihe")
    discussion, _ = start_discussion(workspace, owner, title="Uudempi aihe")
    Notification.objects.filter(recipient=daily, discussion__title="Vanhempi aihe").update(
        read_at=timezone.now(), created_at=timezone.now() - timedelta(hours=1)
    )
    client.force_login(daily)

    page = client.get(url("notifications")).content.decode()

    assert page.index("Uudempi aihe") < page.index("Vanhempi aihe")
    assert page.count("Unread:") == 1
    assert "Olli Omistaja started a discussion: Uudempi aihe" in page
    assert "Tervetuloa keskustelemaan koulutuksista." in page  # plain text, no markup
    assert "Kotoutumisen verkosto" in page


def test_opening_a_notification_marks_it_read_and_leads_to_what_it_is_about(client, team):
    workspace, owner, every, daily, nothing = team
    discussion, post = start_discussion(workspace, owner)
    reply_post = reply(discussion, owner, mentions=[daily])
    client.force_login(daily)
    opened = {}
    for notification in Notification.objects.filter(recipient=daily):
        response = client.get(url("notification_open", notification.pk))
        assert response.status_code == 302
        opened[notification.kind] = response["Location"]

    assert opened[Kind.DISCUSSION] == url("discussion_detail", workspace.slug, discussion.pk)
    assert opened[Kind.MENTION] == url("post_link", workspace.slug, reply_post.pk)
    assert not Notification.objects.filter(recipient=daily, read_at__isnull=True).exists()
    assert "Notifications, none unread" in client.get(url("notifications")).content.decode()


def test_mark_all_as_read_needs_a_post_and_clears_the_bell(client, team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner)
    start_discussion(workspace, owner)
    client.force_login(daily)

    assert client.get(url("notifications_mark_read")).status_code == 405
    response = client.post(url("notifications_mark_read"))

    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=daily, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=every, read_at__isnull=True).count() == 2


def test_someone_elses_notification_is_not_found(client, team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner)
    theirs = Notification.objects.get(recipient=every)
    client.force_login(daily)

    assert client.get(url("notification_open", theirs.pk)).status_code == 404
    assert Notification.objects.get(pk=theirs.pk).read_at is None


@pytest.mark.parametrize("how", ["left", "removed", "deleted", "hidden post", "hidden discussion"])
def test_nothing_is_shown_of_a_workspace_or_post_the_member_may_no_longer_read(client, team, how):
    workspace, owner, every, daily, nothing = team
    discussion, post = start_discussion(workspace, owner, title="Salainen aihe")
    notification = Notification.objects.get(recipient=daily)
    match how:
        case "left":
            service.leave(workspace, daily)
        case "removed":
            service.remove_member(workspace, daily, owner)
        case "deleted":
            service.delete(workspace, owner)
        case "hidden post":
            Post.objects.filter(pk=post.pk).update(hidden_at=timezone.now())
        case "hidden discussion":
            Discussion.objects.filter(pk=discussion.pk).update(hidden_at=timezone.now())
    client.force_login(daily)

    page = client.get(url("notifications")).content.decode()

    assert "Salainen aihe" not in page
    assert "Tervetuloa" not in page
    if how != "hidden post" and how != "hidden discussion":
        assert "Kotoutumisen verkosto" not in page
    assert "Notifications, none unread" in page
    opened = client.get(url("notification_open", notification.pk))
    if how in ("hidden post", "hidden discussion"):
        # The member may still read the workspace: they are told what became of it.
        assert opened.status_code == 410
        text = opened.content.decode()
        assert "removed by a moderator" in text and "Salainen aihe" not in text
        assert f'href="{url("notifications")}"' in text
    else:
        assert opened.status_code == 404


def test_the_bell_is_one_query_and_the_list_stays_bounded_with_many_notifications(client, team):
    workspace, owner, every, daily, nothing = team
    other = service.create(owner, name="Toinen tila")
    join(other, daily)

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url("notifications"))
        assert response.status_code == 200
        return len(queries)

    client.force_login(daily)
    start_discussion(workspace, owner)
    count_queries()  # the first request fills caches
    few = count_queries()
    discussions = [
        Discussion(workspace=other if n % 2 else workspace, title=f"Aihe {n}", created_by=owner)
        for n in range(80)
    ]
    Discussion.objects.bulk_create(discussions)
    posts = Post.objects.bulk_create(
        [Post(discussion=d, author=owner, body=f"Viesti {d.title}") for d in discussions]
    )
    Notification.objects.bulk_create(
        [
            Notification(
                recipient=daily,
                workspace=d.workspace,
                kind=Kind.REPLY,
                actor=owner,
                discussion=d,
                post=p,
            )
            for d, p in zip(discussions, posts, strict=True)
        ]
    )
    many = count_queries()

    assert many == few
    assert many <= 15
    with CaptureQueriesContext(connection) as queries:
        assert notifications.bell(daily).count == 81
    assert len(queries) == 1


def test_the_bell_shows_99_plus_past_99(client, team):
    workspace, owner, every, daily, nothing = team
    Notification.objects.bulk_create(
        [Notification(recipient=daily, workspace=workspace, kind=Kind.ADDED) for _ in range(120)]
    )
    client.force_login(daily)

    assert "Notifications, 99+ unread" in client.get(url("notifications")).content.decode()


def test_workspace_events_notify_admins_and_members(team, django_capture_on_commit_callbacks):
    workspace, owner, every, daily, nothing = team
    Workspace.objects.filter(pk=workspace.pk).update(visibility=Workspace.Visibility.CLOSED)
    workspace.refresh_from_db()
    newcomer = make_member(first_name="Uuno", last_name="Uusi").user
    admin = daily
    WorkspaceMembership.objects.filter(user=admin).update(role=WorkspaceMembership.Role.ADMIN)

    join_request = service.request_to_join(workspace, newcomer, "Pääsisinkö mukaan?")
    assert kinds_of(owner) == [Kind.JOIN_REQUEST]
    assert kinds_of(admin) == [Kind.JOIN_REQUEST]
    assert kinds_of(every) == []

    service.accept(join_request, owner)
    assert kinds_of(newcomer) == [Kind.ACCEPTED]

    added = make_member().user
    service.invite(workspace, added, owner)
    assert kinds_of(added) == [Kind.ADDED]

    staff = make_member(user=make_staff(superuser=True)).user
    with django_capture_on_commit_callbacks(execute=True):
        service.close(workspace, staff, "Asiaton sisältö")
    assert Kind.CLOSED in kinds_of(every)
    closing = next(m for m in mail.outbox if m.to == [every.email] and "Motivering" in m.body)
    assert "Asiaton sisältö" in closing.body


# Email


def test_a_member_who_wants_every_post_is_emailed_at_once_in_their_language(
    team, django_capture_on_commit_callbacks
):
    workspace, owner, every, daily, nothing = team
    with django_capture_on_commit_callbacks(execute=True):
        discussion, post = start_discussion(workspace, owner, title="Kevään koulutukset")

    assert [m.to for m in mail.outbox] == [[every.email]]
    message = mail.outbox[0]
    assert "Kotoutumisen verkosto" in message.subject
    assert "Kevään koulutukset" in message.subject
    assert message.body.startswith("Hej Sara Svensson,")  # Swedish, as she chose
    assert "Olli Omistaja" in message.body
    assert "Tervetuloa keskustelemaan koulutuksista." in message.body
    assert "<strong>" not in message.body
    assert (
        f"http://testserver{url('discussion_detail', workspace.slug, discussion.pk, language='sv')}"
        in message.body
    )
    assert (
        f"http://testserver{url('notification_settings', language='sv')}#notify-{workspace.slug}"
        in message.body
    )
    assert Notification.objects.get(recipient=every).emailed_at is not None
    assert Notification.objects.get(recipient=daily).emailed_at is None


def test_mentions_are_emailed_at_once_unless_the_member_chose_nothing(
    team, django_capture_on_commit_callbacks
):
    workspace, owner, every, daily, nothing = team
    discussion, _ = start_discussion(workspace, every)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        reply(discussion, owner, mentions=[daily, nothing])

    assert sorted(m.to[0] for m in mail.outbox) == sorted([daily.email, every.email])
    mention = next(m for m in mail.outbox if m.to == [daily.email])
    assert "/fi/extranet/" in mention.body  # Finnish, her language
    assert Notification.objects.get(recipient=nothing, kind=Kind.MENTION).emailed_at is None


def test_a_mention_email_says_it_came_at_once_because_mentions_always_do(
    team, django_capture_on_commit_callbacks
):
    workspace, owner, every, daily, nothing = team
    reader = make_member(first_name="Dana", last_name="Daily", language="en").user
    join(workspace, reader, notify=Notify.DAILY_DIGEST)
    writer = make_member(first_name="Eve", last_name="Every", language="en").user
    join(workspace, writer, notify=Notify.EVERY_POST)
    discussion, _ = start_discussion(workspace, owner)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        reply(discussion, owner, mentions=[reader])

    mention = next(m for m in mail.outbox if m.to == [reader.email])
    assert "because of your notification setting" not in mention.body
    assert "You get this email at once because mentions" in mention.body
    every_post = next(m for m in mail.outbox if m.to == [writer.email])
    assert "your notification setting for this workspace: Every post" in every_post.body


def test_the_daily_digest_groups_each_members_notifications_into_one_email(
    team, django_capture_on_commit_callbacks
):
    workspace, owner, every, daily, nothing = team
    other = service.create(owner, name="Alueellinen ryhmä")
    join(other, daily)
    with django_capture_on_commit_callbacks(execute=True):
        discussion, _ = start_discussion(workspace, owner, title="Ensimmäinen")
        reply(discussion, every)
        start_discussion(other, owner, title="Toisen tilan aihe")
    mail.outbox = []

    output = io.StringIO()
    call_command("send_workspace_digests", stdout=output)

    # The owner's digest has the reply; every-post and nothing members get none.
    assert sorted(m.to[0] for m in mail.outbox) == sorted([daily.email, owner.email])
    assert "Sent 2 digest(s)" in output.getvalue()
    digest = next(m.body for m in mail.outbox if m.to == [daily.email])
    assert digest.index("== Alueellinen ryhmä ==") < digest.index("== Kotoutumisen verkosto ==")
    assert "Ensimmäinen" in digest
    assert "Toisen tilan aihe" in digest
    assert digest.startswith("Hei Pia Päivittäin,")  # in her language, Finnish
    assert digest.count("http://testserver/fi/extranet/workspaces/") == 3
    assert not Notification.objects.filter(recipient=daily, emailed_at__isnull=True).exists()

    call_command("send_workspace_digests", stdout=io.StringIO())
    assert len(mail.outbox) == 2  # running twice sends nothing twice


def test_the_digest_leaves_out_what_the_member_may_no_longer_read(team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner, title="Piilotettu")
    Post.objects.update(hidden_at=timezone.now())
    other = service.create(owner, name="Lähdetty tila")
    join(other, daily)
    start_discussion(other, owner, title="Lähdetyn tilan aihe")
    service.leave(other, daily)

    sent, failed = notifications.send_digests()

    assert (sent, failed) == (0, 0)
    assert mail.outbox == []


def test_a_failed_digest_marks_nothing_and_the_next_run_sends_it(team, settings):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner)
    settings.EMAIL_DELIVERY_BACKEND = FAILING

    assert notifications.send_digests() == (0, 1)
    assert Notification.objects.get(recipient=daily).emailed_at is None

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert notifications.send_digests() == (1, 0)
    assert [m.to for m in mail.outbox] == [[daily.email]]
    assert Notification.objects.get(recipient=daily).emailed_at is not None


def test_a_failed_email_marks_nothing_and_a_later_try_sends_it_once(team, settings):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner)  # on_commit not run: the email is not sent yet
    notification = Notification.objects.get(recipient=every)
    settings.EMAIL_DELIVERY_BACKEND = FAILING

    with pytest.raises(smtplib.SMTPException):
        send_notification_email.call(notification.pk)
    notification.refresh_from_db()
    assert notification.emailed_at is None

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_notification_email.call(notification.pk) == "emailed discussion"
    assert send_notification_email.call(notification.pk) == "nothing to send"
    assert len(mail.outbox) == 1


def test_an_email_that_failed_for_good_goes_in_the_next_digest(team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner)
    Notification.objects.update(created_at=timezone.now() - timedelta(hours=2))

    notifications.send_digests()

    assert sorted(m.to[0] for m in mail.outbox) == sorted([every.email, daily.email])


def test_old_notifications_are_not_emailed_after_switching_from_nothing_to_daily(team):
    workspace, owner, every, daily, nothing = team
    start_discussion(workspace, owner)
    Notification.objects.update(created_at=timezone.now() - timedelta(days=30))
    WorkspaceMembership.objects.filter(user=nothing).update(notify=Notify.DAILY_DIGEST)

    assert notifications.send_digests() == (0, 0)


def test_no_email_about_a_post_hidden_before_the_email_went(team):
    workspace, owner, every, daily, nothing = team
    _, post = start_discussion(workspace, owner)
    Post.objects.filter(pk=post.pk).update(hidden_at=timezone.now())

    result = send_notification_email.call(Notification.objects.get(recipient=every).pk)

    assert result == "no longer for them"
    assert mail.outbox == []


# Settings


def test_the_settings_page_offers_each_workspace_as_a_radio_group(client, team):
    workspace, owner, every, daily, nothing = team
    service.create(owner, name="Toinen tila")
    client.force_login(daily)

    page = client.get(url("notification_settings")).content.decode()

    assert page.count("<fieldset") == 1
    assert "<legend" in page and "Kotoutumisen verkosto" in page
    assert "Toinen tila" not in page
    assert f'id="notify-{workspace.slug}"' in page
    assert 'type="radio"' in page


def test_the_settings_are_saved_in_one_post(client, team):
    workspace, owner, every, daily, nothing = team
    other = service.create(owner, name="Toinen tila")
    join(other, daily)
    client.force_login(daily)

    response = client.post(
        url("notification_settings"),
        {f"notify-{workspace.slug}": "every", f"notify-{other.slug}": "none"},
    )

    assert response.status_code == 302
    chosen = dict(
        WorkspaceMembership.objects.filter(user=daily).values_list("workspace__slug", "notify")
    )
    assert chosen == {workspace.slug: "every", other.slug: "none"}


def test_a_wrong_choice_is_refused_and_keeps_the_rest(client, team):
    workspace, owner, every, daily, nothing = team
    other = service.create(owner, name="Toinen tila")
    join(other, daily)
    client.force_login(daily)

    response = client.post(
        url("notification_settings"),
        {f"notify-{workspace.slug}": "hourly", f"notify-{other.slug}": "none"},
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "error-summary" in page
    assert re.search(rf'value="none"[^>]*id="id_notify-{other.slug}_2" checked', page)
    assert WorkspaceMembership.objects.get(user=daily, workspace=workspace).notify == "daily"


def test_notification_pages_are_for_members_only(client, team):
    applicant = make_member(status="pending").user
    for name in ("notifications", "notification_settings"):
        assert client.get(url(name)).status_code == 302
        client.force_login(applicant)
        assert client.get(url(name))["Location"] == url("status")
        client.logout()
