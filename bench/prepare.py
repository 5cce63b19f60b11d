"""Finds the addresses of each URL class in the seeded database, signs a member in for the
load generator, and measures what one request of each class costs in SQL queries and bytes.

Runs under the benchmark's own settings (bench.settings), against the same database and cache
as the server, before the load. Usage: prepare.py OUT.json
"""

import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Case, Count, Q, When  # noqa: E402
from django.templatetags.static import static  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from blog.models import BlogIndexPage, BlogPage, Comment, NewsPage  # noqa: E402
from events.models import EventIndexPage  # noqa: E402
from extranet.access import Standing, standing  # noqa: E402
from extranet.models import (  # noqa: E402
    Discussion,
    MemberProfile,
    Post,
    Region,
    Sector,
    Workspace,
    WorkspaceFile,
    WorkspaceMembership,
)
from home.models import ContentPage  # noqa: E402

# Finnish searches a reader would make; the load cycles through them.
SEARCHES = ["kotoutuminen", "kielikoulutus", "työllisyys", "kotoutumisohjelma", "perheet"]
HEADERS = {"X-Forwarded-Proto": "https"}  # what the TLS proxy in front of gunicorn adds
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def main(out):
    translation.activate("fi")
    targets = _targets()
    member = targets.pop("member")
    client = Client(HTTP_X_FORWARDED_PROTO="https")
    client.force_login(member)
    plan = {
        "member": str(member),
        "session_cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}",
        "csrf_cookie_name": settings.CSRF_COOKIE_NAME,
        "sizes": data_sizes(),
        "classes": [],
    }
    for spec in _classes(targets):
        spec.update(_cost(spec, member))
        plan["classes"].append(spec)
        print(
            f"  {spec['name']:<15} {spec['urls'][0][:70]:<70} "
            f"SQL {spec['sql_uncached']}/{spec['sql_cached']}  {spec['bytes']} B",
            flush=True,
        )
    Path(out).write_text(json.dumps(plan, indent=2, ensure_ascii=False))


def data_sizes():
    pages = ContentPage.objects.live()
    return {
        "members": MemberProfile.objects.count(),
        "workspaces": Workspace.objects.count(),
        "posts": Post.objects.count(),
        "content_pages_per_language": round(pages.count() / len(settings.LANGUAGES)),
        "blog_and_news_posts": BlogPage.objects.count() + NewsPage.objects.count(),
        "comments": Comment.objects.count(),
    }


def _targets():
    fi = Q(locale__language_code="fi")
    post = (
        BlogPage.objects.live()
        .filter(fi)
        .annotate(approved=Count("comments", filter=Q(comments__status=Comment.Status.APPROVED)))
        .filter(approved__gte=200)
        .order_by("pk")
        .first()
    ) or BlogPage.objects.live().filter(fi).order_by("pk").first()
    topic = (
        Discussion.objects.annotate(size=Count("posts"))
        .filter(size__gte=500)
        .order_by("pk")
        .select_related("workspace")
        .first()
    ) or Discussion.objects.annotate(size=Count("posts")).order_by("-size").first()
    workspace = topic.workspace
    member = next(
        m.user
        for m in WorkspaceMembership.objects.filter(workspace=workspace)
        .select_related("user")
        .order_by("pk")
        if standing(m.user) == Standing.MEMBER
    )
    other_topic = workspace.discussions.exclude(pk=topic.pk).order_by("pk").first() or topic
    # A file in the busy workspace, else in another workspace of the same member.
    file = (
        WorkspaceFile.objects.filter(
            workspace__memberships__user=member,
            workspace__state=Workspace.State.ACTIVE,
            current_version__isnull=False,
        )
        .order_by(Case(When(workspace=workspace, then=0), default=1), "pk")
        .select_related("workspace")
        .first()
    )
    return {
        "member": member,
        "content_page": ContentPage.objects.live().public().filter(fi).order_by("pk").first(),
        "blog_index": BlogIndexPage.objects.live().filter(fi).first(),
        "blog_post": post,
        "events": EventIndexPage.objects.live().filter(fi).first(),
        "workspace": workspace,
        "topic": topic,
        "other_topic": other_topic,
        "file": file,
    }


def _classes(t):
    ws = t["workspace"].slug
    topic = reverse("extranet:discussion_detail", args=[ws, t["topic"].pk])
    reply_to = reverse("extranet:discussion_detail", args=[ws, t["other_topic"].pk])
    directory = reverse("extranet:directory")
    filters = f"?q=ohjaus&region={Region.values[0]}&sector={Sector.values[0]}"
    page = {"auth": None, "method": "GET", "expect": 200}
    member = {**page, "auth": "member"}
    return [
        {"name": "hello", "group": "ceiling", **page, "urls": ["/bench/hello/"]},
        {"name": "static", "group": "ceiling", **page, "urls": [static("css/site.css")]},
        *public_page("home", "index", "/fi/"),
        *public_page("content_page", "article", t["content_page"].url),
        *public_page("blog_index", "index", t["blog_index"].url),
        *public_page("blog_post", "article", t["blog_post"].url),
        *public_page("events", "index", t["events"].url),
        {
            "name": "search",
            "group": "search",
            **page,
            "urls": [f"/fi/search/?q={q}" for q in SEARCHES],
        },
        *public_page("sitemap", "index", "/sitemap-fi.xml"),
        {
            "name": "extranet_home",
            "group": "extranet",
            **member,
            "urls": [reverse("extranet:home")],
        },
        {"name": "directory", "group": "extranet", **member, "urls": [directory + filters]},
        {
            "name": "workspace_home",
            "group": "extranet",
            **member,
            "urls": [reverse("extranet:workspace_detail", args=[ws])],
        },
        {"name": "topic", "group": "extranet", **member, "urls": [f"{topic}?page=1"]},
        *(
            [
                {
                    "name": "file_download",
                    "group": "extranet",
                    **member,
                    "urls": [
                        reverse(
                            "extranet:file_download", args=[t["file"].workspace.slug, t["file"].pk]
                        )
                    ],
                }
            ]
            if t["file"]  # the tiny data of BENCH_QUICK may give the member none
            else []
        ),
        {
            "name": "comment_submit",
            "group": "write",
            "auth": None,
            "method": "POST",
            "expect": 302,
            "urls": [t["blog_post"].url],
            "form": {
                "name": "Kuormitustesti",
                "email": "kuormitustesti@example.fi",
                "consent": "on",
                "text": "Kiitos kirjoituksesta, tämä auttaa työssämme.",
                "website": "",
            },
        },
        {
            "name": "post_reply",
            "group": "write",
            "auth": "member",
            "method": "POST",
            "expect": 302,
            "urls": [reply_to],
            "form_page": f"{reply_to}?page=1",
            "form": {"body": "Kiitos, palataan tähän seuraavassa tapaamisessa."},
        },
    ]


def public_page(name, kind, url):
    """A public URL class twice: as the page cache serves it to readers, and rendered, as on a
    cache miss (an unknown query string bypasses the page cache; fragment caches still work).
    `kind` is what its target compares it with: an article or an index."""
    page = {"auth": None, "method": "GET", "expect": 200, "kind": kind}
    return [
        {"name": name, "group": "anonymous", **page, "urls": [url]},
        {"name": f"{name}_rendered", "group": "rendered", **page, "urls": [f"{url}?rendered=1"]},
    ]


def _cost(spec, member):
    """SQL queries of one request with an empty cache and with the cache filled by it, and the
    bytes sent. A write is counted twice the same way, with nothing cached to speak of."""
    client = Client(HTTP_X_FORWARDED_PROTO="https", raise_request_exception=True)
    if spec["auth"] == "member":
        client.force_login(member)
    url = spec["urls"][0]
    if spec["method"] == "POST":
        form_page = spec.get("form_page", url)
        html = client.get(form_page, secure=True).content.decode()
        form = {**spec["form"], "csrfmiddlewaretoken": CSRF_INPUT.search(html).group(1)}
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                response = client.post(
                    url, form, secure=True, HTTP_REFERER=f"https://testserver{url}"
                )
            _check(spec, response)
            counts.append(len(queries))
        return {"sql_uncached": counts[0], "sql_cached": counts[1], "bytes": len(response.content)}
    client.get(url, secure=True)  # this process's one-off work: content types, site roots
    cache.clear()
    counts = []
    for _ in range(2):  # the page as rendered, then as served from the filled cache
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, secure=True)
        _check(spec, response)
        counts.append(len(queries))
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return {"sql_uncached": counts[0], "sql_cached": counts[1], "bytes": len(body)}


def _check(spec, response):
    if response.status_code != spec["expect"]:
        raise SystemExit(
            f"{spec['name']}: {spec['urls'][0]} answered {response.status_code}, "
            f"expected {spec['expect']}"
        )


if __name__ == "__main__":
    main(sys.argv[1])
