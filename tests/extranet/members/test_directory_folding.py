"""The directory finds a word typed without ä, ö and å, on PostgreSQL and on SQLite alike (this
module also runs on SQLite: tests/search_quality/test_on_sqlite.py)."""

import pytest

from tests.extranet.builders import make_member

URL = "/fi/extranet/members/"


@pytest.fixture
def signed_in(db, client):
    viewer = make_member(first_name="Ville", last_name="Katsoja", job_title="Katselija")
    client.force_login(viewer.user)
    return viewer


def found(client, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    return {profile.user.get_full_name() for profile in response.context["profiles"]}


def test_a_word_typed_without_diacritics_finds_the_member_whose_profile_has_them(client, signed_in):
    make_member(
        first_name="Aino",
        last_name="Järvinen",
        job_title="Työllisyyspalvelujen asiantuntija",
        bio="Työllisyys ja kotoutuminen Pohjanmaalla.",
    )
    make_member(first_name="Olli", last_name="Muu", job_title="Kirjastonhoitaja")

    assert found(client, "tyollisyys") == {"Aino Järvinen"}
    assert found(client, "Jarvinen") == {"Aino Järvinen"}
    assert found(client, "tyollisyyspalveluista") == {"Aino Järvinen"}


def test_the_word_with_its_diacritics_still_finds_the_member(client, signed_in):
    make_member(first_name="Åsa", last_name="Öberg", job_title="Språkhandledare")

    assert found(client, "Öberg") == {"Åsa Öberg"}
    assert found(client, "oberg asa") == {"Åsa Öberg"}
    assert found(client, "sprakhandledare") == {"Åsa Öberg"}
