"""Nothing of the extranet reaches the public site: its pages, sitemap, feeds or robots file."""

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model

from extranet.models import MemberProfile, Organisation, Sector
from tests.sitemaps import sitemap_files

pytestmark = pytest.mark.django_db

SECRET_NAME = "Zebulon Kettunen-Örnqvist"


@pytest.fixture
def member(site_tree):
    user = get_user_model().objects.create_user(
        username="zebulon",
        email="zebulon.kettunen@example.fi",
        first_name="Zebulon",
        last_name="Kettunen-Örnqvist",
        password="Salasana-joka-on-pitka-1",
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    organisation = Organisation.objects.create(name="Salainen kunta")
    return MemberProfile.objects.create(
        user=user,
        status=MemberProfile.Status.APPROVED,
        motivation="Verkostoitumaan.",
        job_title="Kotoutumiskoordinaattori",
        organisation=organisation,
        sector=Sector.MUNICIPALITY,
        phone="+358 40 123 4567",
    )


@pytest.mark.parametrize(
    "path",
    [
        "/fi/",
        "/sv/",
        "/en/",
        "/sitemap.xml",
        "/sitemap-fi.xml",
        "/robots.txt",
        "/fi/kotoutumistyo/",
    ],
)
def test_public_addresses_never_mention_members(client, member, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Kettunen" not in body
    assert "zebulon" not in body
    assert "123 4567" not in body


def test_sitemap_lists_no_extranet_or_account_pages(client, member):
    body = "".join(sitemap_files(client).values())
    assert "/extranet/" not in body
    assert "/accounts/" not in body


def test_robots_txt_keeps_crawlers_out_of_the_extranet_and_accounts_in_every_language(client, db):
    body = client.get("/robots.txt").content.decode()
    for language in ("fi", "sv", "en"):
        assert f"Disallow: /{language}/extranet/" in body
        assert f"Disallow: /{language}/accounts/" in body


def test_extranet_pages_ask_search_engines_not_to_index_them(client, member):
    client.force_login(member.user)
    response = client.get("/fi/extranet/status/", follow=True)
    assert '<meta name="robots" content="noindex' in response.content.decode()


def test_members_pages_are_never_kept_by_shared_caches(client, member):
    client.force_login(member.user)
    response = client.get("/fi/extranet/members/")

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
