"""Members report posts and files to the moderators: who may, the form, and one waiting report
per person and item."""

from urllib.parse import quote

import pytest

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.models import ModelLogEntry

from extranet.models import Discussion, Post, Report, Workspace
from extranet.moderation import services as moderation
from extranet.workspaces import services as service
from tests.extranet.builders import (
    COMBOS,
    FILE_TITLE,
    POST_TEXT,
    discussion_in,
    file_in,
    make_member,
    person,
    workspaces_for,
)
from tests.extranet.workspaces.test_workspace_access import GONE, LOGIN, OK, ROLES, STATUS, inside

pytestmark = pytest.mark.django_db

S = Workspace.State
BACK = "→ back to the item"


def workspace_with_content(owner=None, **fields):
    owner = owner or make_member().user
    ws = service.create(owner, name=fields.pop("name", "Kotoutumisen verkosto"), **fields)
    post = discussion_in(ws, owner)[0]
    return ws, post, file_in(ws, owner)


# Who may report: the table


def item_for(name, ws):
    author = ws.memberships.first().user
    if name == "report_post":
        return discussion_in(ws, author)[0]
    return file_in(ws, author)


def back_url(name, ws, item):
    target = "post_link" if name == "report_post" else "file_detail"
    return reverse(f"extranet:{target}", args=[ws.slug, item.pk])


L, ST, N = (lambda v, s: LOGIN), (lambda v, s: STATUS), (lambda v, s: GONE)

# fmt: off
TABLE = [
    # URL name,      method  anonymous applicant requester outsider staff member        admin         owner
    ("report_post", "get",  L, ST, N, N, N, inside(OK),   inside(OK),   inside(OK)),
    ("report_file", "get",  L, ST, N, N, N, inside(OK),   inside(OK),   inside(OK)),
    ("report_post", "post", L, ST, N, N, N, inside(BACK), inside(BACK), inside(BACK)),
    ("report_file", "post", L, ST, N, N, N, inside(BACK), inside(BACK), inside(BACK)),
]
# fmt: on


@pytest.mark.parametrize("role", ROLES)
def test_reporting_answers_each_person_as_the_table_says(client, role):
    user = person(role)
    if user is not None:
        client.force_login(user)
    spaces = workspaces_for(role, user)
    wrong = []
    with translation.override("fi"):
        for name, method, *rules in TABLE:
            rule = rules[ROLES.index(role)]
            for (visibility, state), ws in spaces.items():
                item = item_for(name, ws)
                expected = rule(visibility, state)
                path = reverse(f"extranet:{name}", args=[ws.slug, item.pk])
                if method == "get":
                    response = client.get(path)
                else:
                    response = client.post(path, {"reason": "spam", "message": "Mainos"})
                redirects = {
                    LOGIN: f"{reverse('account_login')}?next={quote(path)}",
                    STATUS: reverse("extranet:status"),
                    BACK: back_url(name, ws, item),
                }
                if expected in redirects:
                    ok = response.status_code == 302 and response["Location"] == redirects[expected]
                else:
                    ok = response.status_code == expected
                if not ok:
                    wrong.append(
                        f"{method} {name} {visibility}/{state}: expected {expected}, got {response}"
                    )
                text = response.content.decode()
                if response.status_code != 200:
                    assert ws.name not in text, f"{visibility}/{state} leaks its name"
                    assert POST_TEXT not in text and FILE_TITLE not in text
                reported = Report.objects.filter(reporter=user).exists() if user else False
                assert reported == (method == "post" and expected == BACK)
                Report.objects.all().delete()
    assert not wrong, "\n".join(wrong)


def test_the_table_covers_every_state_and_visibility():
    assert {state for _visibility, state in COMBOS} == set(S)


# The form


@pytest.fixture
def reporter_client(client):
    ws, post, shared = workspace_with_content()
    reporter = make_member(first_name="Riikka").user
    service.join(ws, reporter)
    client.force_login(reporter)
    client.ws, client.post_item, client.file_item, client.reporter = ws, post, shared, reporter
    return client


def test_the_form_shows_what_is_reported_and_the_reasons(reporter_client):
    c = reporter_client
    with translation.override("en"):
        response = c.get(reverse("extranet:report_post", args=[c.ws.slug, c.post_item.pk]))
        labels = [escape(str(label)) for label in Report.Reason.labels]
    content = response.content.decode()
    assert response.status_code == 200
    assert POST_TEXT in content
    assert "Kotoutumisen kuulumiset" in content
    for label in labels:
        assert label in content
    assert 'name="message"' in content


def test_a_report_without_a_reason_keeps_what_was_written(reporter_client):
    c = reporter_client
    with translation.override("en"):
        url = reverse("extranet:report_file", args=[c.ws.slug, c.file_item.pk])
        response = c.post(url, {"message": "Sisältää henkilötunnuksia"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Sisältää henkilötunnuksia" in content
    assert "This field is required." in content
    assert not Report.objects.exists()


def test_a_too_long_message_is_refused_with_the_text_kept(reporter_client):
    c = reporter_client
    url = reverse("extranet:report_post", args=[c.ws.slug, c.post_item.pk])
    response = c.post(url, {"reason": "other", "message": "x" * 2001})
    assert response.status_code == 400
    assert "x" * 2001 in response.content.decode()
    assert not Report.objects.exists()


def test_a_report_thanks_the_member_and_returns_where_they_were(reporter_client):
    c = reporter_client
    with translation.override("en"):
        url = reverse("extranet:report_post", args=[c.ws.slug, c.post_item.pk])
        came_from = reverse("extranet:discussion_detail", args=[c.ws.slug, 1]) + "?page=2"
        form = c.get(url, {"next": came_from})
        assert f'value="{came_from}"'.replace("&", "&amp;") in form.content.decode()
        response = c.post(url, {"reason": "abuse", "message": " Loukkaava ", "next": came_from})
    assert response.status_code == 302
    assert response["Location"] == came_from
    report = Report.objects.get()
    assert report.post == c.post_item
    assert report.file is None
    assert report.workspace == c.ws
    assert report.reporter == c.reporter
    assert report.reason == Report.Reason.ABUSE
    assert report.message == "Loukkaava"
    assert report.status == Report.Status.OPEN
    with translation.override("en"):
        page = c.get(reverse("extranet:workspace_detail", args=[c.ws.slug]))
    messages = [str(m) for m in page.context["messages"]]
    assert "Thank you for your report. The moderators will look at it." in messages
    entry = ModelLogEntry.objects.get(action="extranet.report.create")
    assert entry.user == c.reporter


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_a_report_never_sends_the_member_off_the_site(reporter_client, target):
    c = reporter_client
    url = reverse("extranet:report_file", args=[c.ws.slug, c.file_item.pk])
    response = c.post(url, {"reason": "spam", "next": target})
    assert response["Location"] == reverse("extranet:file_detail", args=[c.ws.slug, c.file_item.pk])


def test_a_second_report_of_the_same_item_says_it_is_already_reported(reporter_client):
    c = reporter_client
    with translation.override("en"):
        url = reverse("extranet:report_post", args=[c.ws.slug, c.post_item.pk])
        c.post(url, {"reason": "spam"})
        c.get(reverse("extranet:workspace_detail", args=[c.ws.slug]))  # reads the thanks
        page = c.get(url)
        again = c.post(url, {"reason": "abuse"})
        shown = c.get(reverse("extranet:workspace_detail", args=[c.ws.slug]))
    assert page.status_code == 200
    assert "You have already reported this." in page.content.decode()
    assert 'name="reason"' not in page.content.decode()
    assert again.status_code == 302
    assert "You have already reported this." in shown.content.decode()
    assert Report.objects.count() == 1
    # Another member may report the same post, and the same person reports the file too.
    other = make_member().user
    service.join(c.ws, other)
    moderation.report(other, c.post_item, "abuse")
    moderation.report(c.reporter, c.file_item, "privacy")
    assert Report.objects.count() == 3


def test_the_database_keeps_one_waiting_report_per_person_and_item(reporter_client):
    c = reporter_client
    moderation.report(c.reporter, c.post_item, "spam")
    with translation.override("en"), pytest.raises(moderation.ModerationError) as error:
        moderation.report(c.reporter, c.post_item, "other")
    assert "already reported" in str(error.value)


def test_once_handled_the_same_member_may_report_again(reporter_client):
    c = reporter_client
    first = moderation.report(c.reporter, c.post_item, "spam")
    Report.objects.filter(pk=first.pk).update(status=Report.Status.DISMISSED)
    moderation.report(c.reporter, c.post_item, "abuse")
    assert Report.objects.filter(post=c.post_item).count() == 2


def test_hidden_or_deleted_content_cannot_be_reported(reporter_client):
    c = reporter_client
    now = timezone.now()
    c.file_item.hidden_at = now
    c.file_item.save()
    deleted = Post.objects.create(
        discussion=c.post_item.discussion, author=c.reporter, body="x", deleted_at=now
    )
    in_hidden_discussion = discussion_in(c.ws, c.reporter, title="Piilotettu")[0]
    Discussion.objects.filter(pk=in_hidden_discussion.discussion_id).update(hidden_at=now)
    for url in (
        reverse("extranet:report_file", args=[c.ws.slug, c.file_item.pk]),
        reverse("extranet:report_post", args=[c.ws.slug, deleted.pk]),
        reverse("extranet:report_post", args=[c.ws.slug, in_hidden_discussion.pk]),
    ):
        assert c.get(url).status_code == 404
        assert c.post(url, {"reason": "spam"}).status_code == 404
    assert not Report.objects.exists()


def test_an_item_is_reported_only_at_its_own_workspace_address(reporter_client):
    c = reporter_client
    other_ws, other_post, other_file = workspace_with_content(name="Toinen tila")
    service.join(other_ws, c.reporter)
    assert (
        c.get(reverse("extranet:report_post", args=[c.ws.slug, other_post.pk])).status_code == 404
    )
    assert (
        c.get(reverse("extranet:report_file", args=[c.ws.slug, other_file.pk])).status_code == 404
    )
    assert c.get(reverse("extranet:report_post", args=[c.ws.slug, 999999])).status_code == 404
