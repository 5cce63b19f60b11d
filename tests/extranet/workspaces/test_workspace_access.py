"""Who gets what from every workspace address and action: one table, every URL and action ×
every kind of person × every visibility × every state.

Rules (extranet.models.Workspace): open and closed workspaces that are active or archived are
known to every member (description only); secret ones, and those closed by staff, only to their
own members; deleted ones to nobody. Inside (the members list, managing, settings) is for the
workspace's members only. Anything a person may not see answers 404 — never 403 — so a secret
workspace doesn't reveal it exists, and its name appears nowhere for outsiders.
"""

from urllib.parse import quote

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from extranet.models import Workspace
from extranet.workspaces import services as service
from tests.extranet.builders import make_member, person, settings_data, workspaces_for

pytestmark = pytest.mark.django_db

V = Workspace.Visibility
S = Workspace.State
LOGIN, STATUS, OK, GONE = "→ login", "→ status", 200, 404
DETAIL, MEMBERS, LIST = "→ workspace", "→ members", "→ workspaces"
INVITE = "→ invitations"

ROLES = ("anonymous", "applicant", "requester", "outsider", "staff", "member", "admin", "owner")
INSIDER = "Sisäpiirin Jäsen"  # a workspace member's name: only members may read it


# Rules: (visibility, state) -> the expected answer.
def see(then):
    """Known to every member: open or closed, active or archived."""
    return lambda v, s: then if v != V.SECRET and s in (S.ACTIVE, S.ARCHIVED) else GONE


def inside(then):
    """The workspace's own members, whatever its state but deleted."""
    return lambda v, s: GONE if s == S.DELETED else then


def when(states, then):
    return lambda v, s: then if s in states else GONE


READ_ONLY = 403  # the page saying the workspace is archived (or closed), with a way back


def writable(then):
    """Adding to a workspace: `then` while active; archived and closed say they are read-only."""
    return lambda v, s: then if s == S.ACTIVE else GONE if s == S.DELETED else READ_ONLY


def always(answer):
    return lambda v, s: answer


L, ST, N = always(LOGIN), always(STATUS), always(GONE)
ACTIVE, ARCHIVED, ALIVE = (S.ACTIVE,), (S.ARCHIVED,), (S.ACTIVE, S.ARCHIVED)

# fmt: off
TABLE = [
    # URL name,                method  anonymous applicant requester      outsider       staff          member             admin                  owner
    ("workspace_detail",   "get",  L, ST, see(OK),     see(OK),     see(OK),     inside(OK),     inside(OK),          inside(OK)),
    ("workspace_cover",    "get",  L, ST, see(OK),     see(OK),     see(OK),     inside(OK),     inside(OK),          inside(OK)),
    ("workspace_members",  "get",  L, ST, N,           N,           N,           inside(OK),     inside(OK),          inside(OK)),
    ("workspace_settings", "get",  L, ST, N,           N,           N,           N,              when(ACTIVE, OK),    when(ACTIVE, OK)),
    ("workspace_leave",    "get",  L, ST, N,           N,           N,           inside(OK),     inside(OK),          N),
    ("workspace_archive",  "get",  L, ST, N,           N,           N,           N,              N,                   when(ACTIVE, OK)),
    ("workspace_restore",  "get",  L, ST, N,           N,           N,           N,              N,                   when(ARCHIVED, OK)),
    ("workspace_delete",   "get",  L, ST, N,           N,           N,           N,              N,                   when(ALIVE, OK)),
    ("workspace_join",     "post", L, ST, see(DETAIL), see(DETAIL), see(DETAIL), inside(DETAIL), inside(DETAIL),      inside(DETAIL)),
    ("workspace_leave",    "post", L, ST, N,           N,           N,           inside(LIST),   inside(LIST),        N),
    ("workspace_members",  "post", L, ST, N,           N,           N,           N,              when(ACTIVE, MEMBERS), when(ACTIVE, MEMBERS)),
    ("workspace_settings", "post", L, ST, N,           N,           N,           N,              when(ACTIVE, DETAIL), when(ACTIVE, DETAIL)),
    ("workspace_archive",  "post", L, ST, N,           N,           N,           N,              N,                   when(ACTIVE, DETAIL)),
    ("workspace_restore",  "post", L, ST, N,           N,           N,           N,              N,                   when(ARCHIVED, DETAIL)),
    ("workspace_delete",   "post", L, ST, N,           N,           N,           N,              N,                   when(ALIVE, LIST)),
    ("invitation_create",  "get",  L, ST, N,           N,           N,           N,              when(ACTIVE, OK),    when(ACTIVE, OK)),
    ("invitation_create",  "post", L, ST, N,           N,           N,           N,              when(ACTIVE, INVITE), when(ACTIVE, INVITE)),
]
# fmt: on

CASES = [
    pytest.param(name, method, role, rule, id=f"{method}-{name}-{role}")
    for name, method, *rules in TABLE
    for role, rule in zip(ROLES, rules, strict=True)
]


def test_the_table_covers_every_workspace_url():
    from extranet import urls

    named = {p.name for p in urls.urlpatterns if "<slug:slug>" in str(p.pattern)}
    named = {name for name in named if name.startswith("workspace_")} | {"invitation_create"}
    assert named == {name for name, *_ in TABLE}


def test_every_address_inside_a_workspace_has_an_access_table():
    from extranet import urls
    from tests.extranet.moderation import test_reports
    from tests.extranet.workspaces.discussions import test_discussion_access
    from tests.extranet.workspaces.events import test_event_access
    from tests.extranet.workspaces.files import test_file_access

    inside = {
        p.name for p in urls.urlpatterns if str(p.pattern).startswith("workspaces/<slug:slug>/")
    }
    tabled = {
        row[1] if module is test_discussion_access else row[0]  # its rows start with the action
        for module in (test_discussion_access, test_event_access, test_file_access, test_reports)
        for row in module.TABLE
    } | {name for name, *_ in TABLE}
    assert inside <= tabled, inside - tabled


def post_data(name, ws, role):
    if name == "workspace_members":
        return {"action": "invite", "user": make_member().user.pk}
    if name == "workspace_settings":
        return settings_data(ws)
    if name == "workspace_join":
        return {"message": "Hei"}
    if name == "invitation_create":
        return {"emails": f"kutsuttu.{role}@example.fi"}
    return {}


@pytest.mark.parametrize(("name", "method", "role", "rule"), CASES)
def test_every_workspace_address_answers_each_person_as_the_table_says(
    client, name, method, role, rule
):
    user = person(role)
    if user is not None:
        client.force_login(user)
    spaces = workspaces_for(role, user, with_cover=name == "workspace_cover")
    wrong = []
    with translation.override("fi"):
        for (visibility, state), ws in spaces.items():
            expected = rule(visibility, state)
            path = reverse(f"extranet:{name}", args=[ws.slug])
            if method == "get":
                response = client.get(path)
            else:
                response = client.post(path, post_data(name, ws, role))
            redirects = {
                LOGIN: f"{reverse('account_login')}?next={quote(path)}",
                STATUS: reverse("extranet:status"),
                DETAIL: reverse("extranet:workspace_detail", args=[ws.slug]),
                MEMBERS: reverse("extranet:workspace_members", args=[ws.slug]),
                LIST: reverse("extranet:workspaces"),
                INVITE: reverse("extranet:invitation_create", args=[ws.slug]),
            }
            if expected in redirects:
                got_expected = (
                    response.status_code == 302 and response["Location"] == redirects[expected]
                )
            else:
                got_expected = response.status_code == expected
            if not got_expected:
                wrong.append(
                    f"{visibility}/{state}: expected {expected}, got {response.status_code} "
                    f"{response.get('Location', '')}"
                )
            if response.status_code != 200 or response.streaming:
                text = "" if response.streaming else response.content.decode()
                # Refusals and redirects say nothing of the workspace.
                assert ws.name not in text, f"{visibility}/{state} leaks its name"
            else:
                text = response.content.decode()
                if role not in ("member", "admin", "owner"):
                    assert INSIDER not in text, f"{visibility}/{state} leaks its members"
    assert not wrong, "\n".join(wrong)


def listed(role, visibility, state):
    """Whether a workspace is named on the workspaces list for `role`."""
    if role in ("anonymous", "applicant") or state == S.DELETED:
        return False
    if role in ("member", "admin", "owner"):
        return True
    return visibility != V.SECRET and state in (S.ACTIVE, S.ARCHIVED)


@pytest.mark.parametrize("role", ROLES)
def test_the_list_search_and_extranet_home_name_only_what_each_person_may_see(client, role):
    user = person(role)
    if user is not None:
        client.force_login(user)
    spaces = workspaces_for(role, user)
    with translation.override("fi"):
        pages = {
            "list": client.get(reverse("extranet:workspaces")).content.decode(),
            "search": client.get(reverse("extranet:workspaces"), {"q": "Tila"}).content.decode(),
            "home": client.get(reverse("extranet:home")).content.decode(),
        }
    for (visibility, state), ws in spaces.items():
        for page, text in pages.items():
            if page == "home":
                expected = role in ("member", "admin", "owner") and state == S.ACTIVE
            else:
                expected = listed(role, visibility, state)
            assert (ws.name in text) == expected, f"{page}: {visibility}/{state}"


def test_the_workspace_list_runs_a_bounded_number_of_queries(client):
    viewer = make_member().user
    owner = make_member().user
    client.force_login(viewer)

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("extranet:workspaces"))
        assert response.status_code == 200
        return len(queries)

    for n in range(5):
        service.create(owner, name=f"Pieni {n}", visibility=V.OPEN)
    count_queries()  # the first request fills caches (site settings, pages)
    few = count_queries()
    for n in range(60):
        ws = service.create(owner, name=f"Iso {n}", visibility=V.OPEN if n % 2 else V.CLOSED)
        if n % 10 == 0:
            service.invite(ws, make_member().user, owner)
    service.join(Workspace.objects.get(name="Iso 1"), viewer)
    many = count_queries()
    assert many == few
    assert many <= 20
