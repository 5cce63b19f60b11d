import io

import pytest

from django.contrib.auth.models import User
from django.core.management import call_command

from wagtail.images.models import Image
from wagtail.models import Page, Revision

from blog.models import BlogPage, Comment, NewsPage
from demo.generators import pages as page_generator
from home.models import ContentPage, HomePage, SectionPage, SiteSettings
from search.services import search_site

pytestmark = pytest.mark.django_db


def seed(*args):
    output = io.StringIO()
    call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "users": User.objects.count(),
    }


def test_seed_demo_builds_a_trilingual_site_with_real_text_and_working_logins(client):
    output = seed()

    assert "admin@example.fi             password:" in output
    assert "editor@example.fi            password:" in output
    for code in ("fi", "sv", "en"):
        assert HomePage.objects.live().filter(locale__language_code=code).count() == 1
        assert SectionPage.objects.live().filter(locale__language_code=code).count() == 3
        assert ContentPage.objects.live().filter(locale__language_code=code).count() >= 10
        assert BlogPage.objects.live().filter(locale__language_code=code).count() == 10
        assert NewsPage.objects.live().filter(locale__language_code=code).count() == 10
        assert client.get(f"/{code}/").status_code == 200
    assert SiteSettings.objects.get().accessibility_statement_page is not None
    for status in Comment.Status.values:
        assert Comment.objects.filter(status=status).exists(), status

    for page in ContentPage.objects.live():
        assert len(str(page.body).split()) > 150, page.title
        for block in page.body:
            if block.block_type == "image":
                assert block.value["alt_text"].strip(), page.title
    assert "lorem" not in client.get("/fi/").content.decode().lower()

    password = next(
        line.split("password:")[1].strip() for line in output.splitlines() if "editor" in line
    )
    assert client.login(username="editor", password=password)
    # The admin first asks the editor to set up two-factor authentication.
    assert "/accounts/2fa/totp/activate/" in client.get("/admin/")["Location"]


def test_seed_demo_twice_changes_nothing():
    seed()
    before = snapshot()

    second = seed()

    assert snapshot() == before
    assert "nothing changed" in second
    assert "password" not in second


def test_if_empty_leaves_an_existing_site_alone(site_tree):
    before = snapshot()

    output = seed("--if-empty")

    assert snapshot() == before
    assert "already has content" in output


def test_generated_pages_come_in_each_language_and_are_searchable(site_tree):
    assert page_generator.build_pages(30) == 90
    for language in page_generator.SECTION_TITLES:
        pages = ContentPage.objects.live().filter(
            locale__language_code=language, url_path__contains="/bulk-"
        )
        assert pages.count() == 30, language
        first = pages.order_by("path").first()
        assert first.live_revision == first.latest_revision
        assert first.live_revision.as_object().introduction == first.introduction
        subject = first.title.split(" – ")[0]
        assert search_site(subject, language).ranked, (language, subject)
