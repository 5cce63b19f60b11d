"""Searching the extranet's content: a member finds the workspaces they may know of, and the
discussions, messages and files of their own workspaces, in any form of a Finnish or Swedish
word; nobody finds anything else, whatever they type."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from extranet.models import Discussion, FileVersion, Post, Workspace, WorkspaceFile
from extranet.search import services as content_search
from extranet.workspaces import services as workspace_service
from tests.extranet.builders import make_member, person, workspaces_for
from tests.extranet.workspaces.test_workspace_access import ROLES

pytestmark = pytest.mark.django_db

V = Workspace.Visibility
S = Workspace.State
SEARCH = "/fi/extranet/search/"
SEARCH_EN = "/en/extranet/search/"
HIDDEN = "PIILOSSA"  # in everything no one may find


def add_discussion(ws, title, *bodies, hidden=False):
    discussion = Discussion.objects.create(
        workspace=ws, title=title, hidden_at=timezone.now() if hidden else None
    )
    posts = [Post.objects.create(discussion=discussion, body=body) for body in bodies]
    return discussion, posts


def add_file(ws, title, file_name, description="", **fields):
    workspace_file = WorkspaceFile.objects.create(
        workspace=ws, title=title, description=description, **fields
    )
    version = FileVersion.objects.create(
        file=workspace_file,
        blob=f"workspace-files/{file_name}",
        original_name=file_name,
        size=10,
        content_type="application/pdf",
    )
    workspace_file.current_version = version
    workspace_file.save(update_fields=["current_version"])
    return workspace_file


def fill(ws, tag):
    """The word "kotoutuminen", in some form, in the workspace's description, a discussion's
    title, a message, a file's name and a file's description; and in a hidden discussion, a
    hidden and a deleted message and a hidden file, which nobody may find."""
    Workspace.objects.filter(pk=ws.pk).update(description="Kotoutumisen kuntaverkosto")
    _, (post, hidden_post, deleted_post) = add_discussion(
        ws,
        f"Kotoutuminen keskustelu D-{tag}",
        f"Puhutaan kotoutumisesta viesti P-{tag}",
        f"Kotoutuminen {HIDDEN} viesti",
        f"Kotoutuminen {HIDDEN} poistettu",
    )
    Post.objects.filter(pk=hidden_post.pk).update(hidden_at=timezone.now())
    Post.objects.filter(pk=deleted_post.pk).update(deleted_at=timezone.now())
    add_discussion(ws, f"Kotoutuminen {HIDDEN} keskustelu", "Kotoutuminen", hidden=True)
    add_file(ws, f"Tiedosto F-{tag}", "kotoutuminen_opas_2031.pdf")
    add_file(ws, f"Liite G-{tag}", "liite.pdf", description="Kotoutumisen tilastot")
    add_file(ws, f"{HIDDEN} tiedosto", "kotoutuminen.pdf", hidden_at=timezone.now())
    add_file(ws, f"{HIDDEN} liite", "kotoutuminen-liite.pdf", post=hidden_post)


def search(client, query="kotoutuminen", **params):
    with translation.override("fi"):
        return client.get(SEARCH, {"q": query, **params})


def inside_found(role, state):
    """Whether the role finds what is said and shared inside a workspace in this state."""
    return role in ("member", "admin", "owner") and state != S.DELETED


def described_found(role, visibility, state):
    if role in ("member", "admin", "owner"):
        return state != S.DELETED
    return visibility != V.SECRET and state in (S.ACTIVE, S.ARCHIVED)


@pytest.mark.parametrize("role", ROLES)
def test_each_person_finds_exactly_what_they_may_see(client, role):
    user = person(role)
    if user is not None:
        client.force_login(user)
    spaces = workspaces_for(role, user)
    for (visibility, state), ws in spaces.items():
        fill(ws, f"{visibility}-{state}")
    content_search.rebuild()

    if role in ("anonymous", "applicant"):  # refused like every extranet page
        response = search(client)
        assert response.status_code == 302
        expected = reverse("extranet:status") if role == "applicant" else reverse("account_login")
        assert response["Location"].startswith(expected)
        return

    pages = {kind: search(client, kind=kind).content.decode() for kind in content_search.Kind.ALL}
    pages["all"] = search(client).content.decode()
    wrong = []
    for (visibility, state), ws in spaces.items():
        tag = f"{visibility}-{state}"
        expect = {
            "workspaces": {ws.name: described_found(role, visibility, state)},
            "discussions": {f"D-{tag}": inside_found(role, state)},
            "posts": {f"P-{tag}": inside_found(role, state)},
            "files": {f"F-{tag}": inside_found(role, state), f"G-{tag}": inside_found(role, state)},
        }
        for kind, markers in expect.items():
            for marker, found in markers.items():
                if (marker in pages[kind]) != found:
                    wrong.append(f"{kind}: {marker} expected {'found' if found else 'absent'}")
        if not described_found(role, visibility, state):
            for kind, text in pages.items():
                if ws.name in text:
                    wrong.append(f"{kind}: the name of {tag} leaks")
    for kind, text in pages.items():
        assert HIDDEN not in text, f"{kind}: a hidden or deleted thing was found"
        assert "Sisäpiirin" not in text
    assert not wrong, "\n".join(wrong)


def test_the_counts_match_the_results_of_each_kind(client):
    owner = make_member().user
    ws = workspace_service.create(owner, name="Kotoutumisen verkosto", visibility=V.OPEN)
    fill(ws, "x")
    content_search.rebuild()
    found = content_search.search_content(owner, "kotoutumisen")
    assert found.counts == {"workspaces": 1, "discussions": 1, "posts": 1, "files": 2}
    client.force_login(owner)
    text = client.get(SEARCH_EN, {"q": "kotoutumisen"}).content.decode()
    assert "5 results for “kotoutumisen”." in text
    assert "Files (2)" in text


def test_hidden_and_deleted_messages_are_never_found_even_by_their_author(client):
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.SECRET)
    _, (kept, hidden, deleted) = add_discussion(
        ws, "Kokous", "Maahanmuuttajat ensin", "Maahanmuuttajat toiseksi", "Maahanmuuttajat kolmas"
    )
    Post.objects.filter(pk__in=[hidden.pk, deleted.pk]).update(author=owner)
    Post.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    Post.objects.filter(pk=deleted.pk).update(deleted_at=timezone.now())
    content_search.rebuild()
    found = content_search.search_content(owner, "maahanmuuttajat", "posts")
    assert list(found.matching("posts")) == [kept]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Kotoutuminen ja työllisyys", "kotoutumisen"),
        ("Kotoutumisen tuki", "kotoutuminen"),
        ("Kielikoulutus aikuisille", "kielikoulutuksesta"),
        ("Stöd till flyktingar i kommunerna", "flyktingarnas"),
        ("Integrationen i kommunen", "integration"),
        ("Kotoutumisopas_2031.pdf", "kotoutumisopas"),
    ],
)
def test_inflected_finnish_and_swedish_words_are_found(text, query):
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.OPEN)
    discussion, [post] = add_discussion(ws, text, text)
    workspace_file = add_file(ws, "Aineisto", text)
    for index, item in (
        (content_search.index_discussion, discussion),
        (content_search.index_post, post),
        (content_search.index_file, workspace_file),
    ):
        index(item)
    found = content_search.search_content(owner, query)
    assert found.counts["discussions"] == 1
    assert found.counts["posts"] == 1
    assert found.counts["files"] == 1


def test_index_functions_keep_each_document_current():
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.OPEN)
    ws.name = "Työllisyyden verkosto"
    ws.save()
    content_search.index_workspace(ws)
    assert content_search.search_content(owner, "työllisyys").counts["workspaces"] == 1
    _, [post] = add_discussion(ws, "Aihe", "Ensimmäinen versio")
    content_search.index_post(post)
    post.body = "Muokattu: asuntoasiat"
    post.save()
    content_search.index_post(post)
    found = content_search.search_content(owner, "asuntoasiat")
    assert found.counts["posts"] == 1
    assert content_search.search_content(owner, "ensimmäinen").counts["posts"] == 0


def test_rebuild_writes_every_document_in_batches(monkeypatch):
    monkeypatch.setattr(content_search, "BATCH", 7)
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.OPEN)
    other = workspace_service.create(owner, name="Toinen", visibility=V.OPEN)
    discussion, _ = add_discussion(ws, "Aihe")
    Post.objects.bulk_create(
        Post(discussion=discussion, body=f"Viesti numero {n} kotoutumisesta") for n in range(30)
    )
    add_discussion(other, "Muu aihe", "Kotoutuminen")
    written = content_search.rebuild(Workspace.objects.filter(pk=ws.pk))
    assert written == {"workspaces": 1, "discussions": 1, "posts": 30, "files": 0}
    assert not Post.objects.filter(discussion=discussion, search_document="").exists()
    assert Post.objects.filter(discussion__workspace=other, search_document="").exists()
    assert content_search.search_content(owner, "kotoutuminen").counts["posts"] == 30


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the stored vector is PostgreSQL's")
def test_searches_match_the_stored_vector_which_follows_every_write_of_the_document():
    """A trigger keeps each search_vector the tsvector of its search_document, however the
    document is written; searches read it instead of computing a vector per row (issue 20)."""
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.OPEN)
    _, [post] = add_discussion(ws, "Aihe", "Ensimmäinen versio")
    content_search.index_post(post)  # an UPDATE of one row
    assert content_search.search_content(owner, "ensimmäinen").counts["posts"] == 1

    Post.objects.filter(pk=post.pk).update(search_document="asunto asuntoasia")
    assert content_search.search_content(owner, "asuntoasiat").counts["posts"] == 1
    assert content_search.search_content(owner, "ensimmäinen").counts["posts"] == 0

    with CaptureQueriesContext(connection) as queries:
        content_search.search_content(owner, "asuntoasiat").counts  # noqa: B018
    matches = [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]
    assert len(matches) == len(content_search.Kind.ALL)
    assert all('"search_vector" @@' in sql and "to_tsvector" not in sql for sql in matches)


@pytest.mark.parametrize(
    "query",
    [
        '"kotoutuminen"',
        "kotoutuminen & | ! ( ) :* <-> ''",
        "'; DROP TABLE extranet_post; --",
        "x" * 1000,
        "kotoutuminen " * 200,
        "!!! ??? ... ---",
        "%_\\",
        # Control characters get the 400 page first (tests/fuzz/test_control_characters.py).
        "",
    ],
)
def test_odd_input_never_makes_the_search_fail(client, query):
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.OPEN)
    fill(ws, "x")
    content_search.rebuild()
    client.force_login(owner)
    for params in ({}, {"kind": "posts"}, {"kind": "bogus"}, {"kind": "files", "page": "abc"}):
        response = search(client, query, **params)
        assert response.status_code == 200, params


def test_nothing_found_and_no_words_say_so(client):
    client.force_login(make_member().user)
    nothing = client.get(SEARCH_EN, {"q": "olematon"}).content.decode()
    no_words = client.get(SEARCH_EN, {"q": "!!!"}).content.decode()
    assert "Nothing matches your search." in nothing
    assert "Type at least one word to search for." in no_words


def test_results_link_to_each_thing_with_the_matching_words_marked(client):
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.OPEN)
    discussion, [post] = add_discussion(
        ws, "Kuntien yhteistyö", "Alku " + "täyte " * 40 + "ja <b>kotoutumisen</b> loppu"
    )
    workspace_file = add_file(ws, "Opas", "kotoutuminen.pdf")
    content_search.rebuild()
    client.force_login(owner)
    text = search(client, kind="posts").content.decode()
    assert reverse("extranet:post_link", args=[ws.slug, post.pk]) in text
    assert "<mark>&lt;b&gt;kotoutumisen&lt;/b&gt;</mark>" in text
    assert "… täyte" in text
    text = search(client, kind="files").content.decode()
    assert reverse("extranet:file_detail", args=[ws.slug, workspace_file.pk]) in text
    assert discussion.title not in text


def test_results_come_in_pages(client):
    owner = make_member().user
    ws = workspace_service.create(owner, name="Verkosto", visibility=V.OPEN)
    discussion, _ = add_discussion(ws, "Aihe")
    Post.objects.bulk_create(
        Post(discussion=discussion, body=f"Kotoutuminen, viesti M{n:02d}.") for n in range(45)
    )
    content_search.rebuild()
    client.force_login(owner)
    first = search(client, kind="posts").content.decode()
    third = search(client, kind="posts", page=3).content.decode()
    assert "M44." in first
    assert "M04." in third
    assert "M44." not in third
    assert search(client, kind="posts", page=9).status_code == 404


def test_a_search_runs_a_bounded_number_of_queries_however_much_it_finds(client):
    owner = make_member().user
    client.force_login(owner)

    def make(n):
        for i in range(n):
            ws = workspace_service.create(owner, name=f"Kotoutuminen {i}", visibility=V.OPEN)
            discussion, _ = add_discussion(ws, f"Kotoutuminen {i}")
            Post.objects.bulk_create(
                Post(discussion=discussion, body=f"Kotoutuminen {i} {j}") for j in range(5)
            )
            add_file(ws, f"Kotoutuminen {i}", "a.pdf")
        content_search.rebuild()

    def count(**params):
        with CaptureQueriesContext(connection) as queries:
            assert search(client, **params).status_code == 200
        return len(queries)

    make(1)
    count()
    few = {kind: count(kind=kind) for kind in ("", *content_search.Kind.ALL)}
    make(12)
    many = {kind: count(kind=kind) for kind in ("", *content_search.Kind.ALL)}
    assert many == few
    assert max(many.values()) <= 25
