"""Demo workspaces of the Partnership Platform: about thirty working groups, projects, event
teams and networks of every visibility, some archived and one closed by the administrators,
with their members, discussions, files, meetings and requests to join; and, for benchmarks,
`build_workspaces(n, posts, rng)`, which adds any number of generated ones.

The demo member Laura Nieminen owns one workspace, runs another, belongs to several more, waits
to join one, and finds unread posts, mentions and notifications when she signs in.

The words are in demo/content/workspaces/. Everything is built in memory and inserted in bulk; nothing goes through the workspace services
(which would notify and audit-log every post). Running the seed again adds nothing;
`build_workspaces` always adds.
"""

import csv
import datetime
import hashlib
import io
import random
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.text import slugify

from demo import reader
from demo.bulk import analyze_tables
from demo.loaders.members import expertise_topics
from extranet.models import (
    Discussion,
    DiscussionRead,
    EventAttendance,
    FileVersion,
    Folder,
    JoinRequest,
    MemberProfile,
    Notification,
    Post,
    Workspace,
    WorkspaceEvent,
    WorkspaceFile,
    WorkspaceMembership,
)
from extranet.search import services as content_search
from extranet.storage import private_storage, random_name
from extranet.workspaces.discussions import formatting

BATCH = 2000
# Replies in the first generated discussion when there are posts enough (the benchmark's busy
# topic).
BUSY_TOPIC_REPLIES = 500
# Generated workspaces are built and inserted this many at a time, to bound memory.
CHUNK = 200
Role = WorkspaceMembership.Role
State = Workspace.State
Kind = Notification.Kind
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "csv": "text/csv",
    "png": "image/png",
    "txt": "text/plain",
}
# Words in a post that say a file came with it.
FILE_HINTS = ("tiedostoihin", "tiedostoissa", "liitteenä", "bland filerna", "in the files")


def _workspaces():
    """The demo workspaces (demo/content/workspaces/workspaces.yaml)."""
    return reader.data("workspaces/workspaces")


def _replies(kind):
    """Short posts and join requests by language: general, mention_asks or join_messages."""
    return reader.data("workspaces/replies")[kind]


def seed(home, report):
    """The demo workspaces; nothing when they are there already, or when there are no demo
    members to put in them. (`home` is unused: workspaces live outside the page tree.)"""
    slugs = [spec["slug"] for spec in _workspaces()]
    if Workspace.objects.filter(slug__in=slugs).exists():
        return
    laura = _known_member()
    people = _approved_members(exclude=laura)
    if len(people) < 3:
        return
    staff = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    rng = random.Random(2026)  # noqa: S311 - reproducible demo data, not secrets
    builder = _Builder(rng, timezone.now(), topics=expertise_topics())
    # Laura's first, so that they take the least repeated discussions.
    for spec in sorted(_workspaces(), key=lambda spec: "laura" not in spec):
        builder.demo_workspace(spec, people, laura, staff)
    builder.save()
    content_search.rebuild(Workspace.objects.filter(pk__in=[w.pk for w in builder.workspaces]))
    report.created.append(
        f"{len(builder.workspaces)} demo workspaces with {builder.post_total} posts"
    )


@transaction.atomic
def build_workspaces(n, posts, rng):
    """Add `n` generated workspaces holding `posts` posts in all (random but reproducible from
    `rng`), with members from the approved members, files, meetings and requests to join.
    Returns the workspaces. For benchmarks: a thousand workspaces and a hundred thousand posts
    take well under a minute on PostgreSQL. With more than 500 posts, the first workspace is
    active, has at least five members, and its first discussion, open for replies, has 500
    replies: the benchmark's busy topic."""
    people = _approved_members()
    if len(people) < 3:
        raise ValueError("Generated workspaces need at least three approved members.")
    if n <= 0:
        return []
    blobs = _shared_blobs()
    busy = posts > BUSY_TOPIC_REPLIES
    plan = _post_plan(n, posts - (BUSY_TOPIC_REPLIES + 1 if busy else 0), rng)
    if busy:
        plan[0].insert(0, BUSY_TOPIC_REPLIES + 1)
    taken = set(Workspace.objects.values_list("slug", flat=True))
    serial = Workspace.objects.count() + 1
    made = []
    for start in range(0, n, CHUNK):
        builder = _Builder(rng, timezone.now(), blobs=blobs)
        for index in range(start, min(n, start + CHUNK)):
            while True:
                serial += 1
                spec = _generated_spec(rng, serial)
                if spec["slug"] not in taken:
                    break
            taken.add(spec["slug"])
            if busy and index == 0:
                spec.update(state="active", members=max(spec["members"], 5), busy=True)
            builder.generated_workspace(spec, people, plan[index])
        builder.save()
        made.extend(builder.workspaces)
    if posts >= 1000 or n >= 100:
        analyze_tables(
            Workspace,
            WorkspaceMembership,
            JoinRequest,
            Discussion,
            Post,
            WorkspaceFile,
            FileVersion,
            WorkspaceEvent,
        )
    content_search.rebuild(Workspace.objects.filter(pk__in=[w.pk for w in made]))
    return made


def tour_hint():
    """One line telling where the known demo member can try the workspaces, or ""."""
    laura = _known_member()
    if laura is None:
        return ""
    demo = {spec["slug"] for spec in _workspaces()}
    roles = dict(
        WorkspaceMembership.objects.filter(user=laura, workspace__slug__in=demo).values_list(
            "workspace__name", "role"
        )
    )
    waiting = JoinRequest.objects.filter(
        user=laura, status=JoinRequest.Status.PENDING, workspace__slug__in=demo
    ).values_list("workspace__name", flat=True)
    if not roles:
        return ""
    owns = [name for name, role in roles.items() if role == Role.OWNER]
    runs = [name for name, role in roles.items() if role == Role.ADMIN]
    others = len(roles) - len(owns) - len(runs)
    parts = [f"owns “{name}”" for name in owns] + [f"runs “{name}”" for name in runs]
    parts.append(f"belongs to {others} more (secret, archived and closed ones among them)")
    parts += [f"waits to join “{name}”" for name in waiting]
    return f"Workspaces: {laura.email} {', '.join(parts)}; see /fi/extranet/workspaces/."


# Who is in the demo


def _known_member():
    return (
        get_user_model()
        .objects.filter(email__iexact=reader.data("members/known_member")["email"])
        .first()
    )


def _approved_members(exclude=None):
    """Approved members, oldest first, with their names (for mentions)."""
    people = (
        get_user_model()
        .objects.filter(member_profile__status=MemberProfile.Status.APPROVED, is_active=True)
        .order_by("pk")
        .only("pk", "first_name", "last_name", "email")
    )
    if exclude is not None:
        people = people.exclude(pk=exclude.pk)
    return list(people)


# Planning generated workspaces


def _post_plan(n, posts, rng):
    """For each of `n` workspaces, the number of posts in each of its discussions: `posts` in
    all, at least one per discussion, a few busy workspaces and discussions, most quiet."""
    plan = [[] for _ in range(n)]
    if posts <= 0:
        return plan
    discussions = min(posts, max(1, posts // 8))
    busy = [rng.random() ** 2 + 0.05 for _ in range(n)]
    owners = rng.choices(range(n), busy, k=discussions)
    counts = [1] * discussions
    # Heavy-tailed: most discussions have a handful of posts, a few hundreds (for paging).
    lively = [min(rng.paretovariate(1.5), 150) for _ in range(discussions)]
    for index in rng.choices(range(discussions), lively, k=posts - discussions):
        counts[index] += 1
    for owner, count in zip(owners, counts, strict=True):
        plan[owner].append(count)
    return plan


def _generated_spec(rng, serial):
    demo = _workspaces()
    base = {key: value for key, value in rng.choice(demo).items() if key != "laura"}
    visibility = rng.choices(["open", "closed", "secret"], [5, 3, 2])[0]
    state = rng.choices(["active", "archived", "closed"], [90, 9, 1])[0]
    name = f"{base['name']} {serial}"
    return {
        **base,
        "name": name,
        "slug": f"{slugify(base['name'])[:100]}-{serial}",
        "visibility": visibility,
        "state": state,
        "members": rng.randint(3, 40),
        "days_old": rng.randint(20, 1200),
        "requests": rng.randint(0, 2) if visibility == "closed" else 0,
        "close_reason": next(s["close_reason"] for s in demo if "close_reason" in s),
        "topics": [],
    }


# Building


@dataclass
class _Builder:
    """Rows of every kind, built in memory with references between them and inserted in
    dependency order by save()."""

    rng: random.Random
    now: datetime.datetime
    topics: dict = field(default_factory=dict)
    # Shared blobs (benchmarks) by extension; when None every file version gets its own.
    blobs: dict | None = None
    workspaces: list = field(default_factory=list)
    memberships: list = field(default_factory=list)
    workspace_topics: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    discussions: list = field(default_factory=list)
    posts: list = field(default_factory=list)
    mentions: list = field(default_factory=list)  # (post, user)
    folders: list = field(default_factory=list)
    files: list = field(default_factory=list)
    versions: list = field(default_factory=list)
    events: list = field(default_factory=list)
    reads: list = field(default_factory=list)
    notifications: list = field(default_factory=list)
    thread_use: Counter = field(default_factory=Counter)
    rendered: dict = field(default_factory=dict)

    @property
    def post_total(self):
        return len(self.posts)

    # The hand-written demo

    def demo_workspace(self, spec, people, laura, staff):
        rng = self.rng
        laura_role = spec.get("laura") if laura else None
        workspace, window = self._workspace(spec, staff)
        size = min(spec["members"], len(people) + (1 if laura_role in _MEMBER_ROLES else 0))
        members = self._members(workspace, spec, people, size, laura if laura_role else None)
        if laura_role == "request":
            self._request(workspace, laura, _replies("join_messages")["fi"][0])
        outsiders = [p for p in people if p.pk not in {m.user.pk for m in members}]
        for person in rng.sample(outsiders, min(len(outsiders), spec.get("requests", 0))):
            message = rng.choice(_replies("join_messages")[spec["language"]])
            self._request(workspace, person, message)

        authors = [m.user for m in members]
        threads = self._threads(spec, 3 + min(4, size // 8))
        count = len(threads)
        for number, thread in enumerate(threads):
            latest = number == count - 1 and workspace.state == State.ACTIVE
            self._discussion(workspace, window, members, authors, thread, number, count, latest)
        self._files(workspace, window, authors, spec["language"])
        self._events(workspace, window, authors, spec["language"])
        if laura_role in _MEMBER_ROLES:
            self._laura_news(workspace, laura, laura_role, staff)

    # Generated workspaces

    def generated_workspace(self, spec, people, post_counts):
        rng = self.rng
        workspace, window = self._workspace(spec, None)
        size = min(spec["members"], len(people))
        members = self._members(workspace, spec, people, size, None)
        inside = {m.user.pk for m in members}
        outsiders = [p for p in rng.sample(people, min(len(people), 50)) if p.pk not in inside]
        for person in outsiders[: spec["requests"]]:
            self._request(workspace, person, "")
        authors = [m.user for m in members]
        language = spec["language"]
        pool = reader.data("workspaces/threads")[language]
        for number, posts in enumerate(post_counts):
            thread = pool[rng.randrange(len(pool))]
            texts = [thread["opening"], *thread["replies"]]
            texts += [
                rng.choice(_replies("general")[language]) for _ in range(max(0, posts - len(texts)))
            ]
            self._discussion_of(
                workspace,
                window,
                authors,
                thread["title"],
                texts[:posts],
                number,
                len(post_counts),
                pinned=False,
                locked=rng.random() < 0.03 and not (spec.get("busy") and number == 0),
                latest=False,
            )
        self._files(workspace, window, authors, language, few=True)
        self._events(workspace, window, authors, language, few=True)

    # Parts

    def _workspace(self, spec, staff):
        rng = self.rng
        created = self.now - datetime.timedelta(days=spec["days_old"], hours=rng.randint(0, 9))
        state = spec["state"]
        workspace = Workspace(
            name=spec["name"],
            slug=spec["slug"],
            description=spec["description"],
            purpose=spec["purpose"],
            language=spec["language"],
            visibility=spec["visibility"],
            state=state,
            created_at=created,
        )
        end = self.now
        if state == State.ARCHIVED:
            workspace.archived_at = created + (self.now - created) * rng.uniform(0.6, 0.85)
            end = workspace.archived_at
        elif state == State.CLOSED:
            workspace.closed_at = self.now - datetime.timedelta(days=rng.randint(3, 12))
            workspace.closed_by = staff
            workspace.close_reason = spec.get("close_reason", "")
            end = workspace.closed_at
        self.workspaces.append(workspace)
        Through = Workspace.topics.through
        for key in spec.get("topics", []):
            if key in self.topics:
                self.workspace_topics.append(Through(workspace=workspace, topic=self.topics[key]))
        return workspace, (created, end)

    def _members(self, workspace, spec, people, size, laura):
        """The owner, a few administrators and the members; `laura` in her spec's role."""
        rng = self.rng
        laura_role = spec.get("laura") if laura else None
        chosen = rng.sample(people, max(0, size - (1 if laura_role in _MEMBER_ROLES else 0)))
        if laura_role == "owner":
            chosen.insert(0, laura)
        elif laura_role == "admin":
            chosen.insert(1, laura)
        elif laura_role == "member":
            chosen.append(laura)
        admins = 1 if size < 10 else 2 if size < 25 else 3
        created = workspace.created_at
        workspace.created_by = chosen[0]
        span = self._window_end(workspace) - created
        memberships = []
        for index, person in enumerate(chosen):
            role = Role.OWNER if index == 0 else Role.ADMIN if index <= admins else Role.MEMBER
            joined = created if index == 0 else created + span * rng.uniform(0, 0.25)
            memberships.append(
                WorkspaceMembership(
                    workspace=workspace,
                    user=person,
                    role=role,
                    joined_at=joined,
                    notify=rng.choices(WorkspaceMembership.Notify.values, [2, 6, 1])[0],
                )
            )
        self.memberships.extend(memberships)
        return memberships

    def _window_end(self, workspace):
        return workspace.archived_at or workspace.closed_at or self.now

    def _request(self, workspace, person, message):
        created = self.now - datetime.timedelta(days=self.rng.uniform(0.2, 9))
        request = JoinRequest(workspace=workspace, user=person, message=message, created_at=created)
        self.requests.append(request)
        return request

    def _threads(self, spec, count):
        """The rules first in bigger workspaces, then the least used threads of the theme, then
        the general ones, then any other of the language."""
        language = spec["language"]
        pool = list(enumerate(reader.data("workspaces/threads")[language]))
        rules = [(i, t) for i, t in pool if t.get("pinned")]
        others = [(i, t) for i, t in pool if not t.get("pinned")]

        def preference(item):
            index, thread = item
            distance = (
                0 if thread["theme"] == spec["theme"] else 1 if thread["theme"] == "general" else 2
            )
            return (self.thread_use[language, index] + distance, index)

        picked = sorted(others, key=preference)[: count - (1 if spec["members"] >= 15 else 0)]
        if spec["members"] >= 15:
            picked = rules[:1] + picked
        for index, _thread in picked:
            self.thread_use[language, index] += 1
        return [thread for _index, thread in picked]

    def _discussion(self, workspace, window, members, authors, thread, number, count, latest):
        rng = self.rng
        language = workspace.language
        texts = [thread["opening"], *thread["replies"]]
        if not thread.get("locked"):
            for _ in range(rng.randint(0, 1 + len(members) // 12)):
                texts.insert(rng.randint(2, len(texts)), rng.choice(_replies("general")[language]))
        discussion, posts = self._discussion_of(
            workspace,
            window,
            authors,
            thread["title"],
            texts,
            number,
            count,
            pinned=thread.get("pinned", False),
            locked=thread.get("locked", False),
            latest=latest,
        )
        # Someone asks someone else's view.
        if len(posts) > 2 and rng.random() < 0.3:
            post = posts[rng.randint(1, len(posts) - 1)]
            self._mention(post, rng.choice([a for a in authors if a != post.author]))
        return discussion, posts

    def _discussion_of(
        self, workspace, window, authors, title, texts, number, count, *, pinned, locked, latest
    ):
        """A discussion of `texts` in order, by members taking turns, spread over time inside
        `window` (the workspace's active life); the `latest` one is from the last days."""
        rng = self.rng
        start, end = window
        if pinned:
            begins = start + (end - start) * 0.02
        elif latest:
            begins = self.now - datetime.timedelta(days=rng.uniform(2, 9))
        else:
            share = (number + rng.uniform(0.1, 0.9)) / max(count, 1)
            begins = start + (end - start) * (0.25 + 0.7 * share)
        gaps = [rng.uniform(0.3, 60) for _ in texts[1:]]
        room = (end - begins) / HOUR - 0.5
        if sum(gaps) > room:
            gaps = [gap * max(room, 0) / sum(gaps) for gap in gaps]
        times = [begins]
        for gap in gaps:
            times.append(times[-1] + datetime.timedelta(hours=gap))
        starter = authors[0] if pinned else rng.choice(authors)
        discussion = Discussion(
            workspace=workspace,
            title=title,
            created_by=starter,
            created_at=begins,
            last_post_at=times[-1],
            post_count=len(texts),
            is_pinned=pinned,
            is_locked=locked or (workspace.state != State.ACTIVE and rng.random() < 0.2),
        )
        self.discussions.append(discussion)
        posts = []
        author = starter
        for text, at in zip(texts, times, strict=True):
            posts.append(
                Post(
                    discussion=discussion,
                    author=author,
                    body=text,
                    body_html=self._render(text),
                    created_at=at,
                )
            )
            if len(authors) > 1:
                author = rng.choice([a for a in authors if a != author])
        self.posts.extend(posts)
        return discussion, posts

    def _render(self, text):
        if text not in self.rendered:
            self.rendered[text] = str(formatting.render(text))
        return self.rendered[text]

    def _mention(self, post, person):
        ask = self.rng.choice(_replies("mention_asks")[post.discussion.workspace.language])
        post.body = f"{post.body}\n\n@{person.first_name} {person.last_name}, {ask}"
        post.body_html = self._render(post.body)
        self.mentions.append((post, person))

    def _files(self, workspace, window, authors, language, few=False):
        """Files (some in folders, some in two versions, some attached to the posts that speak
        of them) and links."""
        rng = self.rng
        start, end = window
        words = reader.data("workspaces/files")
        pool = words["files"][language]
        count = rng.randint(0, 2) if few else rng.randint(2, min(len(pool), 2 + len(authors) // 6))
        folders = {}
        if count >= 3:
            top, materials, slides = words["folders"][language]
            creator = authors[0]
            folders["minutes"] = Folder(workspace=workspace, name=top, created_by=creator)
            folders["materials"] = Folder(workspace=workspace, name=materials, created_by=creator)
            folders["slides"] = Folder(
                workspace=workspace, name=slides, parent=folders["materials"], created_by=creator
            )
            for folder in folders.values():
                folder.created_at = start + (end - start) * 0.05
            self.folders.extend(folders.values())
        speaking = (
            []
            if few
            else [
                post
                for post in self.posts
                if post.discussion.workspace is workspace
                and any(hint in post.body for hint in FILE_HINTS)
            ]
        )
        for index, entry in enumerate(rng.sample(pool, count)):
            title, name, description = entry["title"], entry["name"], entry["description"]
            post = speaking.pop(0) if speaking else None
            if post is not None:
                added, by, folder = post.created_at, post.author, None
            else:
                added = start + (end - start) * rng.uniform(0.1, 0.95)
                by = rng.choice(authors)
                folder = None
                if folders:
                    folder = (
                        folders["minutes"]
                        if index == 0
                        else rng.choice([None, folders["materials"], folders["slides"]])
                    )
            versions = 2 if not few and rng.random() < 0.3 else 1
            self._file(
                workspace, folder, post, title, name, description, added, by, versions, authors
            )
        links = words["links"][language]
        for link in rng.sample(links, rng.randint(0, min(2, len(links)))):
            title, url, description = link["title"], link["url"], link["description"]
            added = start + (end - start) * rng.uniform(0.1, 0.9)
            self.files.append(
                WorkspaceFile(
                    workspace=workspace,
                    kind=WorkspaceFile.Kind.LINK,
                    title=title,
                    description=description,
                    url=url,
                    created_by=rng.choice(authors),
                    created_at=added,
                    updated_at=added,
                )
            )

    def _file(
        self, workspace, folder, post, title, name, description, added, by, versions, authors
    ):
        rng = self.rng
        workspace_file = WorkspaceFile(
            workspace=workspace,
            folder=folder,
            post=post,
            title=title,
            description=description,
            created_by=by,
            created_at=added,
        )
        self.files.append(workspace_file)
        at = added
        for number in range(1, versions + 1):
            if number > 1:
                at = min(self._window_end(workspace), at + DAY * rng.uniform(1, 20))
                by = rng.choice(authors)
            version = FileVersion(
                file=workspace_file,
                number=number,
                original_name=name,
                uploaded_by=by,
                uploaded_at=at,
            )
            extension = name.rsplit(".", 1)[1]
            if self.blobs is not None:
                blob_name, data = self.blobs[extension]
            else:
                data = _file_bytes(extension, title, description, workspace.name, number)
                blob_name = private_storage().save(
                    random_name("workspace-files", name), ContentFile(data)
                )
            version.blob = blob_name
            version.size = len(data)
            version.content_type = CONTENT_TYPES[extension]
            version.sha256 = hashlib.sha256(data).hexdigest()
            self.versions.append(version)
        workspace_file.updated_at = at

    def _events(self, workspace, window, authors, language, few=False):
        rng = self.rng
        start, end = window
        words = reader.data("workspaces/meetings")
        pool = words["meetings"][language]
        past = rng.randint(0, 1) if few else rng.randint(1, 2)
        upcoming = (rng.randint(0, 1) if few else rng.randint(1, 2)) if end == self.now else 0
        whens = [start + (end - start) * rng.uniform(0.3, 0.98) for _ in range(past)]
        whens += [self.now + DAY * rng.uniform(3, 60) for _ in range(upcoming)]
        for number, when in enumerate(whens):
            meeting = pool[rng.randrange(len(pool))]
            title, description = meeting["title"], meeting["description"]
            begins = timezone.localtime(when).replace(
                hour=rng.choice([9, 10, 13, 14]), minute=0, second=0, microsecond=0
            )
            how = rng.random()
            online = how < 0.55
            place = "" if how < 0.4 else rng.choice(words["places"])
            added = max(start, begins - DAY * rng.uniform(7, 30))
            self.events.append(
                WorkspaceEvent(
                    workspace=workspace,
                    title=title,
                    description=description,
                    starts_at=begins,
                    ends_at=begins + HOUR * rng.choice([1, 1.5, 2, 3]),
                    location=place,
                    online_url=f"https://meet.example.fi/{workspace.slug}-{number + 1}"
                    if online
                    else "",
                    created_by=rng.choice(authors),
                    created_at=min(added, self.now),
                    updated_at=min(added, self.now),
                )
            )

    # What Laura finds when she signs in

    def _laura_news(self, workspace, laura, role, staff):
        """Read markers (most discussions read, the latest with two new posts, one asking for
        her view), and her notifications from this workspace."""
        rng = self.rng
        discussions = [d for d in self.discussions if d.workspace is workspace]
        posts_of = defaultdict(list)
        for post in self.posts:
            if post.discussion.workspace is workspace:
                posts_of[id(post.discussion)].append(post)
        notify = self._notifier(laura, workspace)
        for index, discussion in enumerate(discussions):
            posts = posts_of[id(discussion)]
            latest = index == len(discussions) - 1 and workspace.state == State.ACTIVE
            if not latest:
                if rng.random() < 0.8:
                    self._read(laura, discussion, discussion.last_post_at)
                continue
            others = [author for author in _authors(posts) if author != laura]
            for post in posts[-2:]:
                if post.author == laura:
                    post.author = others[0]
            if len(posts) > 2:
                self._read(laura, discussion, posts[-3].created_at)
            if role in ("owner", "admin") or rng.random() < 0.5:
                self._mention(posts[-1], laura)
            else:
                notify(Kind.REPLY, posts[-1].created_at, posts[-1].author, post=posts[-1])
            if discussion.created_by != laura:
                notify(Kind.DISCUSSION, posts[0].created_at, posts[0].author, post=posts[0])
        for post, person in self.mentions:
            if person == laura and post.discussion.workspace is workspace:
                notify(Kind.MENTION, post.created_at, post.author, post=post)
        files = [f for f in self.files if f.workspace is workspace and f.created_by != laura]
        if files:
            newest = max(files, key=lambda f: f.created_at)
            notify(Kind.FILE, newest.created_at, newest.created_by, file=newest)
        upcoming = [e for e in self.events if e.workspace is workspace and e.starts_at > self.now]
        if upcoming:
            notify(Kind.EVENT, upcoming[0].created_at, upcoming[0].created_by, event=upcoming[0])
        if workspace.visibility == Workspace.Visibility.SECRET and role != "owner":
            joined = next(
                m.joined_at
                for m in self.memberships
                if m.workspace is workspace and m.user == laura
            )
            notify(Kind.ADDED, joined, workspace.created_by)
        if workspace.state == State.CLOSED:
            notify(Kind.CLOSED, workspace.closed_at, staff)

    def _read(self, user, discussion, until):
        self.reads.append(DiscussionRead(user=user, discussion=discussion, last_read_at=until))

    def _notifier(self, recipient, workspace):
        """A function adding `recipient`'s notifications from `workspace`: those older than a
        week read, the newer mostly not; all of them already emailed, as their choice was."""
        rng = self.rng
        week_ago = self.now - 7 * DAY

        def notify(kind, created, actor=None, *, post=None, **about):
            read = created < week_ago or rng.random() < 0.2
            self.notifications.append(
                Notification(
                    recipient=recipient,
                    workspace=workspace,
                    kind=kind,
                    actor=actor,
                    post=post,
                    discussion=post.discussion if post else None,
                    created_at=created,
                    read_at=min(self.now, created + HOUR * rng.uniform(1, 48)) if read else None,
                    emailed_at=created + HOUR,
                    **about,
                )
            )

        return notify

    # Saving

    def save(self):
        for request in self.requests:
            admins = [
                m.user for m in self.memberships if m.workspace is request.workspace and m.is_admin
            ]
            for admin in admins:
                self.notifications.append(
                    Notification(
                        recipient=admin,
                        workspace=request.workspace,
                        kind=Kind.JOIN_REQUEST,
                        actor=request.user,
                        created_at=request.created_at,
                        emailed_at=request.created_at + HOUR,
                    )
                )
        for rows in (
            self.workspaces,
            self.memberships,
            self.workspace_topics,
            self.requests,
            self.discussions,
            self.posts,
        ):
            _bulk(rows)
        Mentions = Post.mentions.through
        _bulk([Mentions(post_id=post.pk, user_id=user.pk) for post, user in self.mentions])
        _bulk([f for f in self.folders if f.parent is None])
        _bulk([f for f in self.folders if f.parent is not None])
        _bulk(self.files)
        _bulk(self.versions)
        newest = FileVersion.objects.filter(file=OuterRef("pk")).order_by("-number")
        WorkspaceFile.objects.filter(
            pk__in=[f.pk for f in self.files if f.kind == WorkspaceFile.Kind.FILE]
        ).update(current_version=Subquery(newest.values("pk")[:1]))
        for rows in (self.events, self.reads, self.notifications):
            _bulk(rows)
        _bulk(self._attendance_answers())

    def _attendance_answers(self):
        """Most members of an active workspace have said whether they come to its upcoming
        meetings; a random stream of its own, so that the rest of the demo stays as it was."""
        rng = random.Random(len(self.events))  # noqa: S311 (demo data, not secrets)
        answers = []
        for event in self.events:
            if event.starts_at <= self.now or event.workspace.state != State.ACTIVE:
                continue
            for membership in self.memberships:
                if membership.workspace is event.workspace and rng.random() < 0.6:
                    answer = rng.choices(list(EventAttendance.Answer), weights=(6, 2, 2))[0]
                    answers.append(
                        EventAttendance(event=event, user=membership.user, answer=answer)
                    )
        return answers


_MEMBER_ROLES = ("owner", "admin", "member")


def _authors(posts):
    return [post.author for post in posts]


def _bulk(rows):
    if rows:
        type(rows[0]).objects.bulk_create(rows, batch_size=BATCH)


# Small real files


def _shared_blobs():
    """One blob of each kind for every generated file version to point at."""
    blobs = {}
    for extension in CONTENT_TYPES:
        data = _file_bytes(extension, "Demo", "Generated demo file", "Demo", 1)
        name = private_storage().save(
            random_name("workspace-files", f"demo.{extension}"), ContentFile(data)
        )
        blobs[extension] = (name, data)
    return blobs


def _file_bytes(extension, title, description, workspace_name, version):
    lines = [title, workspace_name, description, f"Versio / Version {version}"]
    if extension == "pdf":
        return _pdf(lines)
    if extension == "csv":
        return _csv(title, version)
    if extension == "png":
        return _png(title, version)
    return ("\n".join(lines) + "\n").encode()


def _pdf(lines):
    """A one-page PDF with `lines` of text, valid enough for any reader."""

    def text(line):
        escaped = line.encode("cp1252", "replace").replace(b"\\", b"\\\\")
        return b"(" + escaped.replace(b"(", b"\\(").replace(b")", b"\\)") + b") '"

    stream = b"BT /F1 13 Tf 72 770 Td 20 TL " + b" ".join(text(line) for line in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _csv(title, version):
    rows = [
        ("Organisaatio", "Alue", "Osallistujia"),
        ("Tampereen kaupunki", "Pirkanmaa", 4 + version),
        ("Helsingin kaupunki", "Uusimaa", 6),
        ("Suomen Pakolaisapu", "Koko maa", 3),
        ("Vaasan kaupunki / Vasa stad", "Pohjanmaa", 2 + version),
        ("Pirkanmaan hyvinvointialue", "Pirkanmaa", 2),
    ]
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def _png(title, version):
    """A pathway of five steps, as boxes and arrows."""
    seed = zlib.crc32(title.encode()) + version
    palette = ["#00437a", "#2f7bbf", "#3f9e6b", "#e0a800", "#7a52b3"]
    image = Image.new("RGB", (640, 240), "#ffffff")
    draw = ImageDraw.Draw(image)
    for step in range(5):
        left = 20 + step * 124
        top = 80 + (seed + step) % 3 * 10
        draw.rounded_rectangle((left, top, left + 96, top + 70), 10, fill=palette[step])
        if step < 4:
            draw.polygon([(left + 100, 115), (left + 118, 125), (left + 100, 135)], fill="#555555")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
