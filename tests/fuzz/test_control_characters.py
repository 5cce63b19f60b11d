"""Control characters in an address get the site's translated 400 page, before any view or
database lookup sees them (config.middleware.RefuseControlCharactersMiddleware)."""

import pytest

from tests.extranet.builders import make_member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("address", "heading"),
    [
        ("/fi/extranet/workspaces/?q=%00", "Virheellinen pyyntö"),
        ("/fi/extranet/members/?topic=%00", "Virheellinen pyyntö"),
        ("/fi/extranet/search/?q=%00%07+kotoutuminen", "Virheellinen pyyntö"),
        ("/sv/extranet/members/?%01=1", "Felaktig begäran"),
        ("/en/extranet/workspaces/?purpose=%1F", "Bad request"),
    ],
)
def test_a_control_character_in_the_query_string_gets_the_400_page_in_the_address_language(
    client, site_tree, address, heading
):
    client.force_login(make_member().user)

    response = client.get(address)

    assert response.status_code == 400
    assert f"<h1>{heading}</h1>" in response.content.decode()


@pytest.mark.parametrize("address", ["/fi/%00/", "/fi/kotoutumistyo/%00/", "/sv/%1B/", "/%00"])
def test_a_control_character_in_the_path_gets_the_400_page(client, site_tree, address):
    response = client.get(address)

    assert response.status_code == 400


def test_a_control_character_in_a_public_search_gets_the_400_page(client, site_tree):
    response = client.get("/fi/search/?q=%00kotoutuminen")

    assert response.status_code == 400
    assert "<h1>Virheellinen pyyntö</h1>" in response.content.decode()


def test_tabs_and_line_breaks_in_a_search_are_searched_for(client, site_tree):
    response = client.get("/fi/search/?q=selko%09kieli%0D%0A")

    assert response.status_code == 200
