"""The organisations directory, an organisation's page and members' proposals for the register."""

import pytest

from django.urls import reverse

from extranet.models import MemberProfile, Organisation
from tests.extranet.builders import make_member, make_organisation

LIST_URL = "/fi/extranet/organisations/"
PROPOSE_URL = "/fi/extranet/organisations/propose/"


@pytest.fixture
def member(db, client):
    profile = make_member(first_name="Outi", last_name="Organisoija", organisation="Oulun kaupunki")
    client.force_login(profile.user)
    return profile


@pytest.fixture
def register(member):
    tampere = make_organisation("Tampereen kaupunki", sector="municipality", region="pirkanmaa")
    spr = make_organisation(
        "Suomen Punainen Risti, Lounais-Suomen piiri", sector="ngo", region="varsinais-suomi"
    )
    for n in range(3):
        make_member(first_name=f"Tampere{n}", last_name="Jäsen", organisation=tampere)
    make_member(first_name="Risti", last_name="Jäsen", organisation=spr)
    make_member(MemberProfile.Status.PENDING, first_name="Odottava", organisation=spr)
    make_member(MemberProfile.Status.SUSPENDED, first_name="Keskeytetty", organisation=spr)
    only_pending = make_organisation("Odottajien yhdistys", sector="ngo")
    make_member(MemberProfile.Status.PENDING, organisation=only_pending)
    proposed = make_organisation("Ehdotettu ry", status=Organisation.Status.PROPOSED)
    make_member(organisation=proposed)
    rejected = make_organisation("Hylätty Oy", status=Organisation.Status.REJECTED)
    make_member(organisation=rejected)
    return {"tampere": tampere, "spr": spr, "proposed": proposed, "rejected": rejected}


def listed(response):
    return {o.name: o.member_count for o in response.context["organisations"]}


def test_organisations_with_active_members_are_listed_with_their_member_counts(client, register):
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert listed(response) == {
        "Oulun kaupunki": 1,
        "Suomen Punainen Risti, Lounais-Suomen piiri": 1,
        "Tampereen kaupunki": 3,
    }
    html = response.content.decode()
    assert "Ehdotettu ry" not in html and "Hylätty Oy" not in html
    assert "Odottajien yhdistys" not in html


def test_organisations_can_be_searched_by_name_and_filtered(client, register):
    assert list(listed(client.get(LIST_URL, {"q": "punainen risti"}))) == [
        "Suomen Punainen Risti, Lounais-Suomen piiri"
    ]
    assert list(listed(client.get(LIST_URL, {"sector": "municipality", "region": "pirkanmaa"})))
    assert list(listed(client.get(LIST_URL, {"region": "pirkanmaa"}))) == ["Tampereen kaupunki"]
    assert listed(client.get(LIST_URL, {"q": "kaupunki", "sector": "ngo"})) == {}


@pytest.mark.parametrize(
    "params", [{"sector": "nonsense"}, {"region": "<script>"}, {"page": "x"}, {"q": "%" * 300}]
)
def test_odd_organisation_filters_never_break_the_page(client, register, params):
    assert client.get(LIST_URL, params).status_code == 200


def test_an_organisation_page_lists_its_active_members_only(client, register):
    response = client.get(reverse("extranet:organisation_detail", args=[register["spr"].slug]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Risti Jäsen" in html
    assert "Odottava" not in html and "Keskeytetty" not in html
    assert response.context["result_count"] == 1


@pytest.mark.parametrize("key", ["proposed", "rejected"])
def test_proposed_and_rejected_organisations_have_no_page(client, register, key):
    url = reverse("extranet:organisation_detail", args=[register[key].slug])
    assert client.get(url).status_code == 404
    assert client.get("/fi/extranet/organisations/no-such-organisation/").status_code == 404


def test_only_members_see_the_organisations(client, register):
    client.logout()
    response = client.get(LIST_URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(make_member(MemberProfile.Status.PENDING).user)
    assert client.get(LIST_URL)["Location"] == reverse("extranet:status")


def test_a_member_proposes_a_missing_organisation(client, member):
    response = client.get(PROPOSE_URL)
    assert response.status_code == 200
    response = client.post(
        PROPOSE_URL,
        {
            "name": "  Kotkan   monikulttuurinen yhdistys ",
            "sector": "ngo",
            "region": "kymenlaakso",
            "website": "kotkanmonikulttuurinen.fi",
        },
        follow=True,
    )
    organisation = Organisation.objects.get(name="Kotkan monikulttuurinen yhdistys")
    assert organisation.status == Organisation.Status.PROPOSED
    assert organisation.proposed_by == member.user
    assert organisation.website == "https://kotkanmonikulttuurinen.fi"
    assert response.redirect_chain[0][0] == reverse("extranet:profile_edit")
    assert "Kotkan monikulttuurinen yhdistys" in str(list(response.context["messages"])[0])
    # not listed before an administrator approves it
    assert "Kotkan" not in client.get(LIST_URL).content.decode()


def test_a_name_already_in_the_register_is_not_added_again(client, member):
    make_organisation("Ehdotettu ry", status=Organisation.Status.PROPOSED)
    client.post(PROPOSE_URL, {"name": "EHDOTETTU RY"})
    assert Organisation.objects.filter(name__iexact="ehdotettu ry").count() == 1
    response = client.post(PROPOSE_URL, {"name": "oulun kaupunki"})
    assert response["Location"] == reverse(
        "extranet:organisation_detail", args=[member.organisation.slug]
    )
    assert Organisation.objects.filter(name__iexact="oulun kaupunki").count() == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x"}, "name"),
        ({"name": "Hyvä nimi ry", "website": "ei osoite"}, "website"),
        ({"name": "Hyvä nimi ry", "sector": "pirates"}, "sector"),
        ({"name": "Hyvä nimi ry", "region": "mars"}, "region"),
    ],
)
def test_a_faulty_proposal_is_shown_again_with_the_error(client, member, data, field):
    response = client.post(PROPOSE_URL, data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert not Organisation.objects.filter(status=Organisation.Status.PROPOSED).exists()
    if data.get("website"):
        assert data["website"] in html


def test_a_member_cannot_flood_the_register_with_proposals(client, member):
    for n in range(5):
        client.post(PROPOSE_URL, {"name": f"Ehdotus numero {n}"})
    response = client.post(PROPOSE_URL, {"name": "Ehdotus numero 6"})
    assert response.status_code == 400
    assert Organisation.objects.filter(proposed_by=member.user).count() == 5
