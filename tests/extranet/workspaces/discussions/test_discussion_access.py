"""Who gets what from every discussion address and action: one table, every URL and action ×
every kind of person × every visibility × every state (built like test_workspace_access).

Discussions are for the workspace's members only, whatever its visibility: everyone else gets
404 and never a title or a word of a message. Archived and closed workspaces are read-only;
deleted ones show nothing. Writing needs an active workspace; pinning, locking and deleting
others' messages need its administrators; editing is for the author alone."""

from urllib.parse import quote

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from extranet.models import Discussion, Post, Workspace, WorkspaceMembership
from extranet.workspaces.discussions import services as discussions
from tests.extranet.builders import person, workspaces_for
from tests.extranet.workspaces.test_workspace_access import (
    GONE,
    LOGIN,
    OK,
    ROLES,
    ST,
    STATUS,
    L,
    N,
    inside,
    when,
    writable,
)

pytestmark = pytest.mark.django_db

S = Workspace.State
ACTIVE = (S.ACTIVE,)
DONE = "→ back to the discussions"
TITLE = "Luottamuksellinen keskustelu"
MESSAGE = "Vain jäsenille tarkoitettu viesti"

# fmt: off
TABLE = [
    # action,          URL name,             method  target        anonymous applicant requester outsider staff member                admin                 owner
    ("view list",      "discussion_list",     "get",  "workspace",  L, ST, N, N, N, inside(OK),           inside(OK),           inside(OK)),
    ("view",           "discussion_detail",   "get",  "discussion", L, ST, N, N, N, inside(OK),           inside(OK),           inside(OK)),
    ("view post",      "post_link",           "get",  "others",     L, ST, N, N, N, inside(DONE),         inside(DONE),         inside(DONE)),
    ("start page",     "discussion_create",   "get",  "workspace",  L, ST, N, N, N, writable(OK),         writable(OK),         writable(OK)),
    ("start",          "discussion_create",   "post", "workspace",  L, ST, N, N, N, writable(DONE),       writable(DONE),       writable(DONE)),
    ("reply",          "discussion_detail",   "post", "discussion", L, ST, N, N, N, writable(DONE),       writable(DONE),       writable(DONE)),
    ("edit page",      "post_edit",           "get",  "own",        L, ST, N, N, N, when(ACTIVE, OK),     when(ACTIVE, OK),     when(ACTIVE, OK)),
    ("edit",           "post_edit",           "post", "own",        L, ST, N, N, N, when(ACTIVE, DONE),   when(ACTIVE, DONE),   when(ACTIVE, DONE)),
    ("edit others'",   "post_edit",           "post", "others",     L, ST, N, N, N, N,                    N,                    N),
    ("delete page",    "post_delete",         "get",  "own",        L, ST, N, N, N, when(ACTIVE, OK),     when(ACTIVE, OK),     when(ACTIVE, OK)),
    ("delete",         "post_delete",         "post", "own",        L, ST, N, N, N, when(ACTIVE, DONE),   when(ACTIVE, DONE),   when(ACTIVE, DONE)),
    ("delete others'", "post_delete",         "post", "others",     L, ST, N, N, N, N,                    when(ACTIVE, DONE),   when(ACTIVE, DONE)),
    ("pin",            "discussion_moderate", "post", "discussion", L, ST, N, N, N, N,                    when(ACTIVE, DONE),   when(ACTIVE, DONE)),
    ("lock",           "discussion_moderate", "post", "discussion", L, ST, N, N, N, N,                    when(ACTIVE, DONE),   when(ACTIVE, DONE)),
]
# fmt: on

DATA = {
    "start": {"title": "Uusi aihe", "body": "Uusi viesti"},
    "reply": {"body": "Vastaus"},
    "edit": {"body": "Muutettu viesti"},
    "edit others'": {"body": "Muutettu viesti"},
    "pin": {"action": "pin"},
    "lock": {"action": "lock"},
}


def test_the_table_covers_every_discussion_url():
    from extranet.workspaces.discussions import urls

    assert {p.name for p in urls.urlpatterns} == {name for _, name, *_ in TABLE}


def with_discussion(ws, user, role):
    """A discussion in `ws` started by another member, with a reply of theirs and, for the
    workspace's own members, a reply by `user`."""
    insider = ws.memberships.exclude(role=WorkspaceMembership.Role.OWNER).first().user
    if role == "owner":
        insider = ws.memberships.exclude(user=user).first().user
    now = timezone.now()
    discussion = Discussion.objects.create(
        workspace=ws, title=TITLE, created_by=insider, post_count=3, last_post_at=now
    )
    opening = Post.objects.create(
        discussion=discussion, author=insider, body=MESSAGE, body_html=f"<p>{MESSAGE}</p>"
    )
    others = Post.objects.create(
        discussion=discussion, author=insider, body="Toinen", body_html="<p>Toinen</p>"
    )
    own = others
    if role in ("member", "admin", "owner"):
        own = Post.objects.create(
            discussion=discussion, author=user, body="Oma", body_html="<p>Oma</p>"
        )
    return {
        "workspace": ws,
        "discussion": discussion,
        "others": others,
        "own": own,
        "opening": opening,
    }


def address(name, target, things):
    ws = things["workspace"]
    if target == "workspace":
        return reverse(f"extranet:{name}", args=[ws.slug])
    path = reverse(f"extranet:{name}", args=[ws.slug, things[target].pk])
    # Without a page the discussion opens where the unread posts start.
    return f"{path}?page=1" if name == "discussion_detail" else path


def answer(client, row, role, user, visibility, ws):
    """What went wrong, if anything, for one row of the table in one workspace."""
    action, name, method, target, *rules = row
    expected = rules[ROLES.index(role)](visibility, ws.state)
    things = with_discussion(ws, user, role)
    path = address(name, target, things)
    data = DATA.get(action, {})
    response = client.get(path) if method == "get" else client.post(path, data)
    location = response.get("Location", "")
    if expected == LOGIN:
        ok = location == f"{reverse('account_login')}?next={quote(path)}"
    elif expected == STATUS:
        ok = location == reverse("extranet:status")
    elif expected == DONE:
        discussions_path = reverse("extranet:discussion_list", args=[ws.slug])
        ok = response.status_code == 302 and location.startswith(discussions_path)
    else:
        ok = response.status_code == expected
    text = response.content.decode()
    if expected in (GONE, LOGIN, STATUS) or role not in ("member", "admin", "owner"):
        for secret in (TITLE, MESSAGE, ws.name):
            assert secret not in text, f"{action}: {visibility}/{ws.state} leaks {secret!r}"
    if not ok:
        return f"{action}: {visibility}/{ws.state}: expected {expected}, got {response.status_code} {location}"
    return None


@pytest.mark.parametrize("role", ROLES)
def test_every_discussion_address_answers_each_person_as_the_table_says(client, role):
    user = person(role)
    if user is not None:
        client.force_login(user)
    spaces = workspaces_for(role, user)
    with translation.override("fi"):
        wrong = [
            answer(client, row, role, user, visibility, ws)
            for row in TABLE
            for (visibility, _state), ws in spaces.items()
        ]
    wrong = [line for line in wrong if line]
    assert not wrong, "\n".join(wrong)


def test_a_locked_discussion_takes_replies_from_its_administrators_only(client):
    owner = person("owner")
    plain = person("member")
    for role, user in (("owner", owner), ("member", plain)):
        spaces = workspaces_for(role, user)
        ws = spaces[Workspace.Visibility.OPEN, S.ACTIVE]
        things = with_discussion(ws, user, role)
        Discussion.objects.filter(pk=things["discussion"].pk).update(is_locked=True)
        client.force_login(user)
        with translation.override("fi"):
            path = reverse("extranet:discussion_detail", args=[ws.slug, things["discussion"].pk])
            path += "?page=1"
            page = client.get(path).content.decode()
            response = client.post(path, {"body": "Vielä yksi"})
        if role == "owner":
            assert response.status_code == 302 and 'name="body"' in page
        else:
            assert response.status_code == 404 and 'name="body"' not in page


def test_a_discussion_hidden_by_the_moderators_is_gone_for_members(client):
    user = person("member")
    ws = workspaces_for("member", user)[Workspace.Visibility.OPEN, S.ACTIVE]
    things = with_discussion(ws, user, "member")
    Discussion.objects.filter(pk=things["discussion"].pk).update(hidden_at=timezone.now())
    client.force_login(user)
    with translation.override("fi"):
        listing = client.get(reverse("extranet:discussion_list", args=[ws.slug]))
        detail = client.get(
            reverse("extranet:discussion_detail", args=[ws.slug, things["discussion"].pk])
        )
        link = client.get(reverse("extranet:post_link", args=[ws.slug, things["own"].pk]))
    assert TITLE not in listing.content.decode()
    assert detail.status_code == 404 and link.status_code == 404
    assert not discussions.unread_by_workspace(user, [ws.pk])


def test_starting_a_discussion_in_an_archived_workspace_says_it_is_archived(client):
    owner = person("owner")
    ws = workspaces_for("owner", owner)[Workspace.Visibility.OPEN, S.ARCHIVED]
    client.force_login(owner)
    with translation.override("en"):
        path = reverse("extranet:discussion_create", args=[ws.slug])
        back = reverse("extranet:discussion_list", args=[ws.slug])
        page = client.get(path)
        sent = client.post(path, {"title": "Uusi aihe", "body": "Uusi viesti"})
    assert page.status_code == sent.status_code == 403
    text = page.content.decode()
    assert "This workspace is archived" in text and "read-only" in text
    assert f'href="{back}"' in text
    assert not Discussion.objects.filter(workspace=ws, title="Uusi aihe").exists()
