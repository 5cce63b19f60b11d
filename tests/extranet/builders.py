"""Builders for extranet tests: people at every stage of membership, staff who can reach the
Wagtail admin, workspaces with their members and states, what is said and shared in them, the
files members upload, and the forms they send.

Plain functions, for any test module; the fixtures in conftest.py and in the test modules call
them:

    from tests.extranet.builders import make_member

    def test_something(db):
        anna = make_member(first_name="Anna", region="pirkanmaa", sector="ngo",
                           organisation="Pirkanmaan Setlementti", topics=["työllisyys"],
                           languages=["fi", "ar"])
        anna.user  # the auth User; password is PASSWORD
"""

import io
import itertools
import zipfile

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from openpyxl import Workbook
from PIL import Image

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from extranet.models import (
    Discussion,
    FileVersion,
    JoinRequest,
    MemberProfile,
    Organisation,
    Post,
    ProfileLanguage,
    ProfileRegion,
    Sector,
    Workspace,
    WorkspaceFile,
    WorkspaceMembership,
)
from extranet.workspaces import services as workspaces

PASSWORD = "correct horse battery staple 42"  # noqa: S105 - test password
_sequence = itertools.count(1)


# People


def make_user(email=None, *, first_name="", last_name="", verified=True, **fields):
    """An account that signs in with `email` and PASSWORD. `verified=False` leaves the address
    unverified (the state right after sign-up); `verified=None` records no address at all."""
    n = next(_sequence)
    email = email or f"person{n}@example.fi"
    user = get_user_model().objects.create_user(
        username=fields.pop("username", f"user{n}"),
        email=email,
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
        **fields,
    )
    if verified is not None:
        EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def make_organisation(name, *, status=Organisation.Status.APPROVED, **fields):
    """An organisation from the register, created on first use (names are unique)."""
    organisation, _ = Organisation.objects.get_or_create(
        name=name, defaults={"status": status, **fields}
    )
    return organisation


def _topic(value):
    from home.models import Topic

    if isinstance(value, Topic):
        return value
    locale = Locale.objects.get_or_create(language_code="fi")[0]
    slug = value.lower().replace(" ", "-")
    topic, _ = Topic.objects.get_or_create(slug=slug, locale=locale, defaults={"name": value})
    return topic


def make_member(
    status=MemberProfile.Status.APPROVED,
    *,
    email=None,
    first_name="Maija",
    last_name=None,
    region="uusimaa",
    sector=Sector.MUNICIPALITY,
    organisation=None,
    topics=(),
    languages=(),
    job_title="Kotoutumiskoordinaattori",
    motivation="Haluan verkostoitua kotoutumistyön ammattilaisten kanssa.",
    language="fi",
    user=None,
    **fields,
):
    """A person with a verified address and a membership application in `status`; returns the
    MemberProfile (its `.user` signs in with PASSWORD).

    region: a Region code, or a list of codes (ProfileRegion rows); None for none.
    organisation: an Organisation, or a name (created approved in the register if missing).
    topics: Topic objects or names (names become Finnish topics, created if missing).
    languages: SpokenLanguage codes spoken (ProfileLanguage rows).
    language: the language the member gets messages in (fi/sv/en).
    Approved, suspended and ended members get member_since; the profile's search document is
    refreshed so directory searches find them. Other keyword arguments set profile fields
    (bio, phone, email_visibility, applied_at, ...). Nothing is added to the Members group:
    status changes through extranet.members.membership keep that in sync.
    """
    if user is None:
        n = next(_sequence)
        user = make_user(
            email or f"member{n}@example.fi",
            first_name=first_name,
            last_name=last_name if last_name is not None else f"Jäsen{n}",
        )
    if isinstance(organisation, str):
        organisation = make_organisation(organisation)
    if status in (
        MemberProfile.Status.APPROVED,
        MemberProfile.Status.SUSPENDED,
        MemberProfile.Status.ENDED,
    ):
        fields.setdefault("member_since", timezone.now())
    profile = MemberProfile.objects.create(
        user=user,
        status=status,
        language=language,
        motivation=motivation,
        job_title=job_title,
        organisation=organisation,
        sector=sector,
        **fields,
    )
    regions = [region] if isinstance(region, str) else list(region or ())
    ProfileRegion.objects.bulk_create([ProfileRegion(profile=profile, code=c) for c in regions])
    ProfileLanguage.objects.bulk_create(
        [ProfileLanguage(profile=profile, code=c) for c in languages]
    )
    if topics:
        profile.topics.set([_topic(t) for t in topics])
    profile.refresh_search_document()
    return profile


def member(first_name="Maija", last_name=None, **fields):
    """An approved member's account (the User of make_member)."""
    return make_member(first_name=first_name, last_name=last_name, **fields).user


def enable_totp(user):
    """Turn on two-factor authentication for `user`, so the admin lets a staff account in."""
    return TOTP.activate(user, generate_totp_secret())


def make_staff(email=None, *, groups=("Editors",), superuser=False, totp=True, **fields):
    """A staff account that reaches the Wagtail admin: in `groups` (which must exist; the
    migrations create Editors and Moderators), with TOTP enabled unless `totp=False` (then the
    admin two-factor requirement redirects it)."""
    user = make_user(email, is_staff=True, is_superuser=superuser, **fields)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    if totp:
        enable_totp(user)
    # The admin speaks English to them, so tests read the source strings.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def person(role):
    """A signed-in person for a role of the workspace access tables, or None for "anonymous":
    an applicant, a staff account that is also a member, or an approved member (requester,
    outsider, member, admin, owner: workspaces_for gives them their place in the workspaces)."""
    match role:
        case "anonymous":
            return None
        case "applicant":
            return make_member(MemberProfile.Status.PENDING).user
        case "staff":
            return make_member(user=make_staff()).user
        case _:
            return make_member().user


# Workspaces

V = Workspace.Visibility
S = Workspace.State
COMBOS = [(visibility, state) for visibility in V for state in S]


def workspace(owner=None, visibility=V.OPEN, name="Kotoutumisen työryhmä", **fields):
    """A workspace created through the service by `owner` (a new member if None)."""
    return workspaces.create(owner or member(), name=name, visibility=visibility, **fields)


def join(ws, user=None, role=WorkspaceMembership.Role.MEMBER, **fields):
    """`user` (a new member if None) put straight into `ws` in `role`, without the service's
    checks and log; fields set the membership's joined_at or notify. Returns the user."""
    user = user or member()
    WorkspaceMembership.objects.create(workspace=ws, user=user, role=role, **fields)
    ws.forget_memberships()
    return user


def set_state(ws, state, **fields):
    """`ws` put straight into `state` (fields: archived_at, closed_at, ...), as staff or time
    would; refreshes `ws` and returns it."""
    Workspace.objects.filter(pk=ws.pk).update(state=state, **fields)
    ws.refresh_from_db()
    return ws


def owner_of(ws):
    return ws.owner_membership.user


def workspaces_for(role, user, *, with_cover=False):
    """One workspace of every visibility and state, owned by `user` if role is owner, with
    `user` in the role the case asks for, and a member whose name only members may read."""
    owner = user if role == "owner" else make_member().user
    insider = make_member(first_name="Sisäpiirin", last_name="Jäsen").user
    made = {}
    for visibility, state in COMBOS:
        ws = workspaces.create(
            owner,
            name=f"Tila {visibility} {state} zq{role}",
            description="Kuvaus",
            visibility=visibility,
        )
        join(ws, insider)
        if role in ("member", "admin"):
            join(ws, user, WorkspaceMembership.Role(role))
        if role == "requester":
            JoinRequest.objects.create(workspace=ws, user=user, message="Pääsisinkö mukaan?")
        if with_cover:
            ws.cover.save("cover.png", cover_upload(), save=True)
        now = timezone.now()
        fields = {
            S.ARCHIVED: {"archived_at": now},
            S.DELETED: {"deleted_at": now},
            S.CLOSED: {"closed_at": now, "close_reason": "Sääntöjen vastainen"},
        }.get(state, {})
        made[visibility, state] = set_state(ws, state, **fields)
    return made


# What is said and shared in a workspace

POST_TEXT = "Tämä viesti on vain jäsenille"
FILE_TITLE = "Jäsenten muistio"


def discussion_in(workspace, author, title="Kotoutumisen kuulumiset", text=POST_TEXT, replies=()):
    """A discussion opened by `author` with `text`, and replies as (author, text) pairs;
    returns the discussion's posts in order."""
    discussion = Discussion.objects.create(workspace=workspace, title=title, created_by=author)
    posts = [Post.objects.create(discussion=discussion, author=author, body=text)]
    for replier, reply in replies:
        posts.append(Post.objects.create(discussion=discussion, author=replier, body=reply))
    return posts


def file_in(workspace, author, title=FILE_TITLE, data=b"%PDF-1.4 muistio", post=None):
    """A file shared by `author` (attached to `post` if given), with one stored version."""
    shared = WorkspaceFile.objects.create(
        workspace=workspace, title=title, created_by=author, post=post, description="Kuvaus"
    )
    version = FileVersion(
        file=shared,
        original_name="muistio.pdf",
        size=len(data),
        content_type="application/pdf",
        uploaded_by=author,
    )
    version.blob.save("muistio.pdf", ContentFile(data), save=False)
    version.save()
    shared.current_version = version
    shared.save(update_fields=["current_version"])
    return shared


# Uploads: real files of each kind, made here, and files no one may share

OOXML_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'
)


def pdf_bytes(text="Kotoutumisen vuosikatsaus"):
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% " + text.encode() + b"\ntrailer<<>>\n%%EOF\n"
    )


def docx_bytes(extra=None):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("[Content_Types].xml", OOXML_TYPES)
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<w:document>Pöytäkirja</w:document>")
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return output.getvalue()


def xlsx_bytes():
    book = Workbook()
    book.active["A1"] = "Kunta"
    book.active["B1"] = "Asiakkaita"
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def odt_bytes():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return output.getvalue()


def png_bytes(size=(8, 8), colour=(200, 30, 30)):
    output = io.BytesIO()
    Image.new("RGB", size, colour).save(output, "PNG")
    return output.getvalue()


def csv_bytes():
    return "kunta;asiakkaita\nHelsinki;120\nÄänekoski;4\n".encode()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def cover_upload(colour=(10, 120, 60)):
    """A workspace cover picture, as the settings form receives it."""
    return upload("kansi.png", png_bytes((20, 20), colour), "image/png")


ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 120
WINDOWS_EXE = b"MZ\x90\x00\x03" + b"\x00" * 120
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


# Forms


def application(**overrides):
    """The membership application form's data."""
    data = {
        "first_name": "Aino",
        "last_name": "Virtanen",
        "organisation": "",
        "new_organisation": "",
        "job_title": "Kotoutumiskoordinaattori",
        "region": "pirkanmaa",
        "sector": "municipality",
        "motivation": "Haluan tavata muita kotoutumistyön tekijöitä.",
        "consent": "on",
    }
    data.update(overrides)
    return data


def settings_data(ws, **changes):
    """A workspace's settings form's data, as it stands, with `changes`."""
    return {
        "name": ws.name,
        "description": ws.description,
        "purpose": ws.purpose,
        "visibility": ws.visibility,
        "language": ws.language,
        **changes,
    }
