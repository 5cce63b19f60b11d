"""The contact-person directory: search, filters, counts, order, pages and what it never shows."""

import random
from types import SimpleNamespace

import pytest

from django.db import connection
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

from demo.loaders.members import build_members
from extranet.members import directory
from extranet.models import MemberProfile, Visibility
from home.models import Topic
from tests.extranet.builders import make_member, make_user

URL = "/fi/extranet/members/"
MAX_QUERIES = 35


@pytest.fixture
def viewer(db, client):
    """An approved member, signed in, whom every search below finds unless it filters them out."""
    profile = make_member(
        first_name="Ville",
        last_name="Katsoja",
        region="lappi",
        sector="other",
        job_title="Katselija",
        languages=["fi"],
    )
    client.force_login(profile.user)
    return profile


def names(response):
    return [profile.user.get_full_name() for profile in response.context["profiles"]]


def search(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response


@pytest.fixture
def colleagues(viewer):
    kotoutuminen = Topic.objects.create(
        name="Kotoutuminen", slug="kotoutuminen", locale=Locale.objects.get(language_code="fi")
    )
    return {
        "anna": make_member(
            first_name="Anna",
            last_name="Virtanen",
            organisation="Tampereen kaupunki",
            region="pirkanmaa",
            sector="municipality",
            job_title="Maahanmuuttoasioiden suunnittelija",
            topics=[kotoutuminen],
            languages=["fi", "ar"],
            bio="Vastaan kielikoulutus-palveluista.",
        ),
        "erik": make_member(
            first_name="Erik",
            last_name="Lindqvist",
            organisation="Åbo Akademi",
            region=["varsinais-suomi", "pohjanmaa"],
            sector="research",
            job_title="Forskare",
            languages=["sv", "en"],
            bio="Jag forskar om flykting och mottagande.",
        ),
        "hodan": make_member(
            first_name="Hodan",
            last_name="Ali",
            organisation="Suomen Pakolaisapu",
            region="uusimaa",
            sector="ngo",
            job_title="S2-opettaja",
            languages=["fi", "so"],
            bio="Opetan suomea aikuisille.",
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Virtanen", "Anna Virtanen"),
        ("tampereen", "Anna Virtanen"),
        ("suunnittelija", "Anna Virtanen"),
        ("aikuisille", "Hodan Ali"),
        ("Kotoutuminen", "Anna Virtanen"),
        ("Åbo", "Erik Lindqvist"),
        ("S2-opettaja", "Hodan Ali"),
    ],
)
def test_search_finds_members_by_name_organisation_title_bio_and_expertise(
    client, colleagues, query, expected
):
    assert names(search(client, q=query)) == [expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kotoutumisesta", "Anna Virtanen"),  # expertise "Kotoutuminen"
        ("kielikoulutuksessa", "Anna Virtanen"),  # bio "kielikoulutus"
        ("flyktingarna", "Erik Lindqvist"),  # bio "flykting"
        ("pakolaisapua", "Hodan Ali"),  # organisation "Suomen Pakolaisapu"
        ("opettajalle", "Hodan Ali"),  # job title "S2-opettaja"
    ],
)
def test_search_finds_inflected_finnish_and_swedish_words(client, colleagues, query, expected):
    assert names(search(client, q=query)) == [expected]


def test_the_same_search_works_without_postgresql(client, colleagues, monkeypatch):
    """SQLite (make run) matches the stored stems as strings instead of a tsquery."""
    monkeypatch.setattr(directory, "connection", SimpleNamespace(vendor="sqlite"))
    assert names(search(client, q="kotoutumisesta")) == ["Anna Virtanen"]
    assert names(search(client, q="flyktingarna forskare")) == ["Erik Lindqvist"]
    assert names(search(client, q="anna hodan")) == []


def test_every_word_of_the_query_must_match(client, colleagues):
    assert names(search(client, q="Virtanen tampereen")) == ["Anna Virtanen"]
    assert names(search(client, q="Virtanen Akademi")) == []


def test_filters_combine_with_and_and_one_filters_values_with_or(client, colleagues):
    assert names(search(client, region="pirkanmaa")) == ["Anna Virtanen"]
    assert names(search(client, region=["pirkanmaa", "uusimaa"])) == ["Hodan Ali", "Anna Virtanen"]
    assert names(search(client, region=["pirkanmaa", "uusimaa"], sector="ngo")) == ["Hodan Ali"]
    assert names(search(client, language="so", sector="municipality")) == []
    assert names(search(client, language=["sv", "ar"], q="forskare")) == ["Erik Lindqvist"]


def test_a_member_in_two_regions_is_listed_once(client, colleagues):
    response = search(client, region=["varsinais-suomi", "pohjanmaa"])
    assert names(response) == ["Erik Lindqvist"]
    assert response.context["result_count"] == 1


def test_topic_filter_finds_a_member_whatever_language_version_they_chose(client, colleagues):
    sv = Locale.objects.create(language_code="sv")
    fi_topic = Topic.objects.get(slug="kotoutuminen")
    sv_topic = fi_topic.copy_for_translation(sv)
    sv_topic.name, sv_topic.slug = "Integration", "integration"
    sv_topic.save()
    colleagues["erik"].topics.add(sv_topic)

    assert names(search(client, topic="kotoutuminen")) == ["Erik Lindqvist", "Anna Virtanen"]
    response = client.get("/sv/extranet/members/", {"topic": "integration"})
    assert names(response) == ["Erik Lindqvist", "Anna Virtanen"]


def test_result_count_and_filter_counts_follow_the_search(client, colleagues):
    response = search(client, region="uusimaa")
    assert response.context["result_count"] == 1
    facets = response.context["facets"]
    regions = {choice.value: choice.count for choice in facets["region"].choices}
    # the region facet ignores its own choice, so other regions can still be added
    assert regions["pirkanmaa"] == 1
    assert regions["uusimaa"] == 1
    assert regions["lappi"] == 1  # the viewer
    sectors = {choice.value: choice.count for choice in facets["sector"].choices}
    assert sectors == {**dict.fromkeys(sectors, 0), "ngo": 1}
    languages = {choice.value: choice.count for choice in facets["language"].choices}
    assert languages["so"] == 1 and languages["ar"] == 0


def test_counts_are_shown_next_to_each_filter_choice(client, colleagues):
    html = search(client, q="kotoutumisesta").content.decode()
    assert "Pirkanmaa" in html
    assert 'role="status"' in html


def test_members_can_be_sorted_by_name_and_by_newest(client, colleagues):
    now = timezone.now()
    for days, profile in zip((30, 1, 300), colleagues.values(), strict=True):
        MemberProfile.objects.filter(pk=profile.pk).update(
            member_since=now - timezone.timedelta(days=days)
        )
    MemberProfile.objects.filter(user__last_name="Katsoja").update(
        member_since=now - timezone.timedelta(days=1000)
    )
    assert names(search(client, sort="name")) == [
        "Hodan Ali",
        "Ville Katsoja",
        "Erik Lindqvist",
        "Anna Virtanen",
    ]
    assert names(search(client, sort="newest")) == [
        "Erik Lindqvist",
        "Anna Virtanen",
        "Hodan Ali",
        "Ville Katsoja",
    ]


def test_relevance_ranks_better_matches_first(client, viewer):
    make_member(first_name="Jussi", last_name="Aalto", bio="Kotoutuminen.")
    make_member(
        first_name="Sanna",
        last_name="Ylönen",
        bio="Kotoutuminen, kotoutumisen tuki ja kotoutumiskoulutus.",
    )
    expected = ["Sanna Ylönen", "Jussi Aalto"]
    if connection.vendor != "postgresql":
        expected.reverse()
    assert names(search(client, q="kotoutuminen")) == expected


def test_results_come_twenty_to_a_page(client, viewer):
    for n in range(24):
        make_member(first_name=f"Sivu{n:02d}", last_name="Testaaja", region="kainuu")
    first = search(client, region="kainuu", sort="name")
    second = search(client, region="kainuu", sort="name", page=2)
    assert first.context["result_count"] == 24
    assert len(names(first)) == 20 and len(names(second)) == 4
    assert set(names(first)).isdisjoint(names(second))
    assert "region=kainuu" in first.content.decode().split('rel="next"')[0].rsplit("href", 1)[1]


@pytest.mark.parametrize(
    "status",
    [
        MemberProfile.Status.PENDING,
        MemberProfile.Status.DENIED,
        MemberProfile.Status.SUSPENDED,
        MemberProfile.Status.ENDED,
    ],
)
def test_only_active_members_are_listed(client, viewer, status):
    make_member(status, first_name="Piilo", last_name="Henkilö")
    inactive_user = make_member(first_name="Passiivi", last_name="Henkilö").user
    inactive_user.is_active = False
    inactive_user.save()
    response = search(client, q="henkilö")
    assert names(response) == []
    assert "Piilo" not in search(client).content.decode()


def test_hidden_contact_details_never_appear(client, viewer):
    make_member(
        first_name="Salainen",
        last_name="Numero",
        email="salainen@example.fi",
        phone="+358 40 111 2222",
        email_visibility=Visibility.NOBODY,
        phone_visibility=Visibility.NOBODY,
    )
    make_member(
        first_name="Avoin",
        last_name="Numero",
        email="avoin@example.fi",
        phone="+358 40 333 4444",
        email_visibility=Visibility.MEMBERS,
        phone_visibility=Visibility.MEMBERS,
    )
    html = search(client, q="numero").content.decode()
    assert "Salainen" in html and "Avoin" in html
    assert "salainen@example.fi" not in html and "111 2222" not in html
    assert "avoin@example.fi" in html and "333 4444" in html


@pytest.mark.parametrize(
    "params",
    [
        {"region": "atlantis", "sector": "", "language": "xx", "topic": "no-such-topic"},
        {"sort": "random()", "page": "abc"},
        {"q": "'):* & | ! <-> (( \\ \" ; DROP TABLE"},
        {"q": "x" * 5000},
        # Control characters get the 400 page first (tests/fuzz/test_control_characters.py).
        {"q": "a"},
        {"region": ["uusimaa"] * 100},
    ],
)
def test_odd_parameters_never_break_the_page(client, colleagues, params):
    response = client.get(URL, params)
    assert response.status_code == 200


def test_a_page_past_the_end_is_not_found(client, colleagues):
    assert client.get(URL, {"page": 99}).status_code == 404


def test_people_who_are_not_members_cannot_search(client, db):
    pending = make_member(MemberProfile.Status.PENDING)
    assert client.get(URL).status_code == 302
    client.force_login(pending.user)
    assert client.get(URL)["Location"] == reverse("extranet:status")
    client.force_login(make_user())
    assert client.get(URL)["Location"] == reverse("extranet:apply")


def test_the_search_service_gives_nothing_to_non_members(db):
    make_member(first_name="Näkyvä")
    outsider = make_member(MemberProfile.Status.PENDING).user
    assert not directory.search_members(outsider).results.exists()


def test_the_directory_runs_a_bounded_number_of_queries_with_ten_thousand_members(
    client, viewer, django_assert_max_num_queries
):
    """About a dozen queries of its own (session, member check, topics, count, four facets,
    one page of results and three prefetches) plus the site frame's; none per member."""
    build_members(10_000, random.Random(7))
    filtered = {
        "q": "ohjaaja",
        "region": ["uusimaa", "pirkanmaa", "varsinais-suomi"],
        "language": ["en", "sv"],
        "sector": ["municipality", "ngo"],
        "topic": [topic.slug for topic in Topic.objects.all()],
        "sort": "relevance",
    }
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(URL, filtered)
    assert response.context["result_count"] > 20
    assert len(response.context["profiles"]) == 20
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(URL, {"sort": "name", "page": 3})
    assert response.context["result_count"] > 7000
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(URL, {"sort": "newest", "page": 200}).status_code == 200
