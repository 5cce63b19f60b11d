"""How many SQL queries each page the benchmark measures runs, and that the number does not grow
with the data.

One row per URL class of the benchmark (issue 8). Each row builds a small dataset, makes a
warm-up request (content types, site root, image renditions and other one-off work), counts the
queries of the next request, grows the data several-fold (warm-up again) and counts again: the
two counts must be equal and under the row's bound. Every request must give the page the user
expects, not an error page.
"""

import datetime
import io
import random
import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.images.models import Image
from wagtail.models import Locale

from blog.models import Author, BlogIndexPage, BlogPage, Comment, NewsIndexPage, NewsPage
from demo.bulk import bulk_content_pages
from demo.loaders.members import build_members
from events.models import EventIndexPage
from extranet.models import (
    Discussion,
    DiscussionRead,
    ExtranetAnnouncement,
    FileVersion,
    Post,
    Workspace,
    WorkspaceEvent,
    WorkspaceFile,
    WorkspaceMembership,
)
from extranet.workspaces import services as workspaces
from extranet.workspaces.discussions import services as discussions
from extranet.workspaces.files import services as files
from home.models import SectionPage, SiteSettings, SocialLink, Topic
from tests.extranet.builders import make_member, pdf_bytes, upload
from tests.search.builders import add_event, add_index, publish

pytestmark = pytest.mark.django_db

WORD = "Kumppanuusalusta"  # a made-up compound no other content contains
Role = WorkspaceMembership.Role


# Growing the public site


def make_image(title="Kuvitus"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 40), "#00437a").save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="kuvitus.png"))


def add_sections(home, count):
    """Main menu sections, each with a content page."""
    for n in range(count):
        section = home.add_child(
            instance=SectionPage(
                title=f"Osio {uuid.uuid4().hex[:6]}",
                slug=f"osio-{uuid.uuid4().hex[:8]}",
                locale=home.locale,
                show_in_menus=True,
                listing_summary=f"Osio {n}.",
            )
        )
        publish(section)


def add_content_pages(parent, count, title="Sivu {n}", introduction=""):
    texts = [(title.format(n=n), introduction.format(n=n)) for n in range(count)]
    return bulk_content_pages(parent, texts, section_title=f"Lisää {uuid.uuid4().hex[:4]}")


def add_articles(index, count, topics=(), authors=(), images=()):
    """Articles, each with the next of `images` (if any) as its hero image."""
    model = BlogPage if isinstance(index, BlogIndexPage) else NewsPage
    for n in range(count):
        article = model(
            title=f"Artikkeli {uuid.uuid4().hex[:6]}",
            slug=f"a-{uuid.uuid4().hex[:10]}",
            locale=index.locale,
            summary=f"Tiivistelmä {n}.",
            date_published=datetime.date.today() - datetime.timedelta(days=n),
            hero_image=images[n % len(images)] if images else None,
        )
        article.topics.set(topics)
        article.authors.set(authors)
        publish(index.add_child(instance=article))


def add_events(index, count):
    for n in range(count):
        add_event(index, f"Tapahtuma {uuid.uuid4().hex[:6]}", f"Tapahtuman {n} tiivistelmä.")


def add_comments(post, count, replies_every=5):
    """`count` approved comments on `post`; every `replies_every`th gets two approved replies."""
    now = timezone.now()
    top = Comment.objects.bulk_create(
        Comment(
            post=post,
            name=f"Lukija {n}",
            email=f"lukija{n}@example.fi",
            text=f"Kommentti numero {n}.",
            status=Comment.Status.APPROVED,
        )
        for n in range(count)
    )
    Comment.objects.bulk_create(
        Comment(
            post=post,
            parent=parent,
            name="Vastaaja",
            email="vastaaja@example.fi",
            text=f"Vastaus {n}.",
            status=Comment.Status.APPROVED,
        )
        for parent in top[::replies_every]
        for n in range(2)
    )
    Comment.objects.bulk_create(
        Comment(post=post, name="Odottava", email="o@example.fi", text="Odottaa.")
        for _ in range(count // 10)
    )
    Comment.objects.filter(post=post).update(created_at=now)


def public_site(site_tree):
    """A home page with news, blog and events on it, and a few menu sections."""
    home = site_tree.page("home")
    fi = Locale.objects.get(language_code="fi")
    images = [make_image(f"Kuva {n}") for n in range(3)]
    content = site_tree.page("content")
    content.hero_image = images[0]
    publish(content)
    topic = Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=fi)
    author = Author.objects.create(name="Aino Korhonen", slug="aino", locale=fi, photo=images[1])
    news = add_index(home, NewsIndexPage, "Ajankohtaista")
    blog = add_index(home, BlogIndexPage, "Blogi")
    events = add_index(home, EventIndexPage, "Tapahtumat")
    add_articles(news, 2, [topic], [author], images)
    add_articles(blog, 2, [topic], [author], images)
    add_events(events, 2)
    footer = SiteSettings.for_site(site_tree.site)
    footer.contact_email = "neuvonta@example.fi"
    footer.privacy_page = site_tree.page("content")
    footer.accessibility_statement_page = site_tree.page("section")
    footer.save()
    SocialLink.objects.create(settings=footer, service="linkedin", url="https://example.fi/in")
    return {
        "home": home,
        "news": news,
        "blog": blog,
        "events": events,
        "topic": topic,
        "author": author,
        "images": images,
        "tree": site_tree,
    }


def grow_public_site(site):
    add_sections(site["home"], 3)
    add_articles(site["news"], 4, [site["topic"]], [site["author"]], site["images"])
    add_articles(site["blog"], 10, [site["topic"]], [site["author"]], site["images"])
    add_events(site["events"], 6)
    add_content_pages(site["tree"].page("section"), 200)


# Growing the extranet


def workspace_with_people(owner, members=5, name="Kotoutumisen työryhmä"):
    ws = workspaces.create(owner, name=name)
    people = [make_member().user for _ in range(members)]
    WorkspaceMembership.objects.bulk_create(
        WorkspaceMembership(workspace=ws, user=user, joined_at=timezone.now()) for user in people
    )
    return ws, people


def add_posts(discussion, authors, count, start=None):
    start = start or timezone.now() - datetime.timedelta(days=1)
    Post.objects.bulk_create(
        (
            Post(
                discussion=discussion,
                author=authors[n % len(authors)],
                body=f"Viesti {n}",
                body_html=f"<p>Viesti {n}</p>",
                created_at=start + datetime.timedelta(seconds=n),
            )
            for n in range(count)
        ),
        batch_size=2000,
    )
    discussions.refresh_counts(discussion)


def add_discussions(ws, authors, count, posts_each):
    threads = Discussion.objects.bulk_create(
        Discussion(workspace=ws, title=f"Aihe {n}", created_by=authors[0]) for n in range(count)
    )
    for thread in threads:
        add_posts(thread, authors, posts_each)
    return threads


def add_files(ws, by, count, versions=2):
    items = WorkspaceFile.objects.bulk_create(
        WorkspaceFile(workspace=ws, title=f"Tiedosto {n}.pdf", created_by=by) for n in range(count)
    )
    made = FileVersion.objects.bulk_create(
        FileVersion(
            file=item,
            number=number,
            blob=f"workspace-files/x{item.pk}-{number}.pdf",
            original_name="x.pdf",
            size=100,
            content_type="application/pdf",
            uploaded_by=by,
        )
        for item in items
        for number in range(1, versions + 1)
    )
    for item, version in zip(items, made[versions - 1 :: versions], strict=True):
        item.current_version = version
    WorkspaceFile.objects.bulk_update(items, ["current_version"])


def add_meetings(ws, count):
    now = timezone.now()
    WorkspaceEvent.objects.bulk_create(
        WorkspaceEvent(
            workspace=ws,
            title=f"Tapaaminen {n}",
            starts_at=now + datetime.timedelta(days=n + 1),
            ends_at=now + datetime.timedelta(days=n + 1, hours=1),
        )
        for n in range(count)
    )


def add_workspaces_of(user, count, others):
    """`count` active workspaces `user` belongs to, each with a discussion others wrote in."""
    made = Workspace.objects.bulk_create(
        Workspace(name=f"Tila {n}", slug=f"tila-{uuid.uuid4().hex[:10]}", created_by=others[0])
        for n in range(count)
    )
    WorkspaceMembership.objects.bulk_create(
        WorkspaceMembership(workspace=ws, user=person, role=role)
        for ws in made
        for person, role in ((others[0], Role.OWNER), (user, Role.MEMBER))
    )
    for ws in made:
        add_discussions(ws, others, 1, 3)


def add_announcements(count):
    fi = Locale.objects.get(language_code="fi")
    ExtranetAnnouncement.objects.bulk_create(
        ExtranetAnnouncement(
            title=f"Tiedote {uuid.uuid4().hex[:8]}", locale=fi, translation_key=uuid.uuid4()
        )
        for _ in range(count)
    )


def newest_announcement(state):
    return ExtranetAnnouncement.objects.order_by("-published_at", "-pk").first().title


# One row per URL class


@dataclass
class URLClass:
    """How to build, request and grow one kind of page, and how many queries it may run."""

    name: str
    bound: int
    build: Any  # (site_tree, client) -> state
    request: Any  # (client, state) -> a function that sends the request, its queries counted
    shows: Any  # (response, state) -> None: asserts what the user sees
    grow: Any  # (state) -> None
    status: int = 200


def get(path, **params):
    """A GET of `path(state)`, worked out before the queries are counted."""

    def request(client, state):
        address = path(state)
        return lambda: client.get(address, params)

    return request


def text(response):
    return response.content.decode()


# Anonymous


def build_home(site_tree, client):
    return public_site(site_tree)


def build_content_page(site_tree, client):
    site = public_site(site_tree)
    site["page"] = site_tree.page("content")
    return site


def build_blog_post(site_tree, client):
    site = public_site(site_tree)
    post = BlogPage.objects.child_of(site["blog"]).first()
    add_comments(post, 20)
    site["post"] = post
    return site


def grow_blog_post(site):
    grow_public_site(site)
    Comment.objects.filter(post=site["post"]).delete()
    add_comments(site["post"], 200)


def build_search(site_tree, client):
    site = public_site(site_tree)
    add_content_pages(site_tree.page("section"), 20, title=f"{WORD} {{n}}")
    return site


def grow_search(site):
    grow_public_site(site)
    add_content_pages(site["tree"].page("section"), 300, title=f"{WORD} lisää {{n}}")


def submit_comment(client, state):
    state["sent"] = state.get("sent", 0) + 1
    return lambda: client.post(
        state["post"].url,
        {
            "name": "Liisa",
            "email": "liisa@example.fi",
            "text": f"Hyvä kirjoitus, kiitos {state['sent']}.",
            "consent": "on",
        },
        REMOTE_ADDR=f"10.0.0.{state['sent']}",  # each from its own address: no rate limit
    )


def comment_stored(response, state):
    assert response["Location"] == f"{state['post'].url}#comment-status"
    latest = Comment.objects.filter(post=state["post"]).latest("pk")
    assert (latest.text, latest.status) == (
        f"Hyvä kirjoitus, kiitos {state['sent']}.",
        Comment.Status.PENDING,
    )


# Signed-in members


def build_member_home(site_tree, client):
    me = make_member(first_name="Ville", region="uusimaa")
    others = [make_member(first_name=f"Kollega{n}", region="uusimaa").user for n in range(3)]
    add_workspaces_of(me.user, 2, others)
    add_announcements(2)
    client.force_login(me.user)
    return {"me": me, "others": others}


def grow_member_home(state):
    build_members(300, random.Random(8))
    add_workspaces_of(state["me"].user, 14, state["others"])
    add_announcements(10)


DIRECTORY_FILTERS = {
    "q": "kotoutumiskoordinaattori",
    "region": ["uusimaa", "pirkanmaa"],
    "sector": ["municipality", "ngo"],
    "language": ["fi", "en"],
    "topic": ["tyollisyys"],
    "sort": "relevance",
}


def build_directory(site_tree, client):
    """Anna matches every filter; generated members share her expertise topic."""
    fi = Locale.objects.get(language_code="fi")
    employment = Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=fi)
    me = make_member(first_name="Ville")
    make_member(
        first_name="Anna",
        job_title="Kotoutumiskoordinaattori",
        region="uusimaa",
        sector="municipality",
        languages=["fi", "en"],
        topics=[employment],
    )
    build_members(40, random.Random(7))
    client.force_login(me.user)
    return {"me": me}


def found_members(response, state):
    assert response.context["search"].topics  # the topic filter is applied
    profiles = response.context["profiles"]
    assert response.context["result_count"] >= len(profiles) > 0
    assert profiles[0].user.get_full_name() in text(response)


def build_workspace(site_tree, client):
    owner = make_member(first_name="Omistaja").user
    ws, people = workspace_with_people(owner)
    reader = people[0]
    add_discussions(ws, [owner, *people], 3, 4)
    add_files(ws, owner, 3)
    add_meetings(ws, 2)
    client.force_login(reader)
    return {"ws": ws, "owner": owner, "people": people}


def grow_workspace(state):
    ws, owner = state["ws"], state["owner"]
    WorkspaceMembership.objects.bulk_create(
        WorkspaceMembership(workspace=ws, user=profile.user)
        for profile in build_members(200, random.Random(9), statuses={"approved": 1})
    )
    add_discussions(ws, [owner, *state["people"]], 60, 40)
    add_files(ws, owner, 100)
    add_meetings(ws, 30)


def build_topic(site_tree, client):
    state = build_workspace(site_tree, client)
    owner, people = state["owner"], state["people"]
    thread = discussions.start(state["ws"], owner, "Iso keskustelu", "Aloitus")
    start = timezone.now() + datetime.timedelta(seconds=1)
    add_posts(thread, [owner, *people], 10, start=start)
    state["thread"] = thread
    return state


def grow_topic(state):
    grow_workspace(state)
    latest = state["thread"].posts.latest("created_at").created_at
    start = latest + datetime.timedelta(seconds=1)
    add_posts(state["thread"], [state["owner"], *state["people"]], 500, start=start)


def last_post(state):
    return state["thread"].posts.latest("created_at", "pk").body


def topic_page(number):
    """The address of a page of the big discussion, for a reader who comes back to find it
    unread (so each counted visit moves their read marker, as a real reader's does)."""

    def path(state):
        DiscussionRead.objects.update_or_create(
            discussion=state["thread"],
            user=state["people"][0],
            defaults={"last_read_at": state["thread"].created_at},
        )
        with translation.override("fi"):
            address = reverse(
                "extranet:discussion_detail", args=[state["ws"].slug, state["thread"].pk]
            )
        if number == "last":
            pages = -(-state["thread"].posts.count() // discussions.PER_PAGE)
            return f"{address}?page={pages}"
        return f"{address}?page={number}"

    return path


def build_file_download(site_tree, client):
    state = build_workspace(site_tree, client)
    state["file"] = files.upload(
        state["ws"], upload("Pöytäkirja.pdf", pdf_bytes("kokous")), state["owner"]
    )
    return state


def downloaded(response, state):
    assert b"".join(response.streaming_content) == pdf_bytes("kokous")


def post_reply(client, state):
    state["sent"] = state.get("sent", 0) + 1
    with translation.override("fi"):
        address = reverse("extranet:discussion_detail", args=[state["ws"].slug, state["thread"].pk])
    return lambda: client.post(address, {"body": f"Samaa mieltä, {state['sent']}."})


def reply_stored(response, state):
    latest = state["thread"].posts.latest("pk")
    assert latest.body == f"Samaa mieltä, {state['sent']}."
    assert f"#post-{latest.pk}" in response["Location"]


def extranet_path(name, *keys):
    def path(state):
        with translation.override("fi"):
            return reverse(f"extranet:{name}", args=[_key(state, key) for key in keys])

    return path


def _key(state, key):
    return {"ws": lambda: state["ws"].slug, "file": lambda: state["file"].pk}[key]()


def shows(*needles):
    """The page shows each needle: a text, or a function of the state giving the text."""

    def check(response, state):
        content = text(response)
        for needle in needles:
            expected = needle(state) if callable(needle) else needle
            assert expected in content, expected

    return check


# bound: the count when this guard was written (issue 8); lower it when a change saves queries.
# About half of a public page's queries are the frame every page pays (routing, privacy check,
# language versions, menu, breadcrumbs, footer settings); a signed-in page adds the session,
# the membership gate, the admin userbar's permission check and the notification bell.
URL_CLASSES = [
    URLClass(
        "home",
        bound=22,  # 18, the newest good practices with their database's page, and upkeep
        build=build_home,
        request=get(lambda s: s["home"].url),
        shows=shows("Tietoa kotoutumistyöhön", "Artikkeli", "Tapahtuma"),
        grow=grow_public_site,
    ),
    URLClass(
        "content_page",
        bound=23,  # 19, upkeep (review, law changes, translation freshness), plain version
        build=build_content_page,
        request=get(lambda s: s["page"].url),
        shows=shows("Selkokieli", "Väliotsikko", "Kotoutumistyö"),
        grow=grow_public_site,
    ),
    URLClass(
        "blog_index",
        bound=26,  # 23, and upkeep: review, law changes, translation freshness
        build=build_home,
        request=get(lambda s: s["blog"].url),
        shows=shows("Artikkeli", "Aino Korhonen", "Työllisyys"),
        grow=grow_public_site,
    ),
    URLClass(
        "blog_post",
        bound=29,  # 26, and upkeep: review, law changes, translation freshness
        build=build_blog_post,
        request=get(lambda s: s["post"].url),
        shows=shows("Kommentti numero 19", "Vastaus 1", 'name="text"'),
        grow=grow_blog_post,
    ),
    URLClass(
        "events",
        bound=24,  # 21, and upkeep: review, law changes, translation freshness
        build=build_home,
        request=get(lambda s: s["events"].url),
        shows=shows("Tapahtuma", "Helsinki"),
        grow=grow_public_site,
    ),
    URLClass(
        "search",
        bound=22,  # 21, and whether the words name a glossary term
        build=build_search,
        request=get(lambda s: "/fi/search/", q=WORD),
        shows=shows(f"{WORD} 1"),
        grow=grow_search,
    ),
    URLClass(
        "sitemap",
        bound=5,  # 4, and every page's language versions for hreflang
        build=build_home,
        request=get(lambda s: "/sitemap-fi.xml"),
        shows=shows("<urlset", "/fi/kotoutumistyo/selkokieli/"),
        grow=grow_public_site,
    ),
    URLClass(
        "extranet_home",
        bound=20,
        build=build_member_home,
        request=get(extranet_path("home")),
        shows=shows("Tila 1", newest_announcement, "Kollega"),
        grow=grow_member_home,
    ),
    URLClass(
        "directory",
        bound=23,
        build=build_directory,
        request=get(extranet_path("directory"), **DIRECTORY_FILTERS),
        shows=found_members,
        grow=lambda state: build_members(400, random.Random(11)),
    ),
    URLClass(
        "workspace_home",
        bound=22,
        build=build_workspace,
        request=get(extranet_path("workspace_detail", "ws")),
        shows=shows("Kotoutumisen työryhmä", "Aihe", "Tiedosto", "Tapaaminen"),
        grow=grow_workspace,
    ),
    URLClass(
        "topic_first_page",
        bound=22,
        build=build_topic,
        request=get(topic_page(1)),
        shows=shows("Iso keskustelu", "Aloitus"),
        grow=grow_topic,
    ),
    URLClass(
        "topic_last_page",
        bound=22,
        build=build_topic,
        request=get(topic_page("last")),
        shows=shows("Iso keskustelu", last_post, 'name="body"'),
        grow=grow_topic,
    ),
    URLClass(
        "file_download",
        bound=7,
        build=build_file_download,
        request=get(extranet_path("file_download", "ws", "file")),
        shows=downloaded,
        grow=grow_workspace,
    ),
    URLClass(
        "comment_submit",
        bound=10,
        build=build_blog_post,
        request=submit_comment,
        shows=comment_stored,
        grow=grow_blog_post,
        status=302,
    ),
    URLClass(
        "post_reply",
        bound=20,
        build=build_topic,
        request=post_reply,
        shows=reply_stored,
        grow=grow_topic,
        status=302,
    ),
]


def count_queries(url_class, client, state):
    send = url_class.request(client, state)
    with CaptureQueriesContext(connection) as queries:
        response = send()
    assert response.status_code == url_class.status, (url_class.name, response.status_code)
    url_class.shows(response, state)
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("url_class", URL_CLASSES, ids=lambda c: c.name)
def test_queries_are_bounded_and_do_not_grow_with_the_data(client, site_tree, url_class):
    state = url_class.build(site_tree, client)
    count_queries(url_class, client, state)  # warm-up: content types, site root, locales
    few = count_queries(url_class, client, state)
    url_class.grow(state)
    count_queries(url_class, client, state)  # warm-up: renditions of new images
    many = count_queries(url_class, client, state)
    assert len(many) == len(few), summary(few, many)
    assert len(many) <= url_class.bound, summary(few, many)


def summary(few, many):
    listed = "\n".join(sql[:160] for sql in many)
    return f"{len(few)} queries with the small data, {len(many)} with more:\n{listed}"
