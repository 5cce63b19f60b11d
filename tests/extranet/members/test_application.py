"""Applying for membership and seeing where one stands."""

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from extranet.models import MemberProfile, Organisation
from tests.extranet.builders import application, make_member, make_organisation, make_user

pytestmark = pytest.mark.django_db


def apply_url(language="fi"):
    with translation.override(language):
        return reverse("extranet:apply")


def status_url(language="fi"):
    with translation.override(language):
        return reverse("extranet:status")


def test_application_creates_a_pending_profile_and_shows_the_status_page(client):
    organisation = make_organisation("Tampereen kaupunki")
    user = make_user("aino@example.fi")
    client.force_login(user)

    response = client.post(
        apply_url("sv"), application(organisation=organisation.pk), HTTP_ACCEPT_LANGUAGE="sv"
    )

    assert response.status_code == 302
    assert response["Location"] == status_url("sv")
    profile = MemberProfile.objects.get(user=user)
    assert profile.status == MemberProfile.Status.PENDING
    assert profile.language == "sv"
    assert profile.organisation == organisation
    assert profile.region_codes == ["pirkanmaa"]
    assert "virtanen" in profile.search_document
    user.refresh_from_db()
    assert user.get_full_name() == "Aino Virtanen"

    status_page = client.get(response["Location"])
    assert "Din ansökan väntar på beslut" in status_page.text


def test_proposing_a_missing_organisation_creates_it_once_for_everyone(client):
    first, second = make_user(), make_user()
    client.force_login(first)
    client.post(apply_url(), application(new_organisation="Pispalan  Kotoutumisyhdistys"))
    client.force_login(second)
    client.post(apply_url(), application(new_organisation="pispalan kotoutumisyhdistys"))

    organisation = Organisation.objects.get(name__iexact="pispalan kotoutumisyhdistys")
    assert organisation.name == "Pispalan Kotoutumisyhdistys"
    assert organisation.status == Organisation.Status.PROPOSED
    assert organisation.proposed_by == first
    assert set(organisation.members.values_list("user", flat=True)) == {first.pk, second.pk}


def test_an_application_without_organisation_is_refused_and_keeps_the_input(client):
    client.force_login(make_user())

    response = client.post(apply_url("en"), application(motivation="Networking, please."))

    assert response.status_code == 400
    assert "Please choose your organisation, or write its name to propose it." in response.text
    assert "Networking, please." in response.text
    assert 'aria-describedby="id_organisation_helptext id_organisation_error"' in response.text
    assert not MemberProfile.objects.exists()


def test_the_application_requires_consent_to_the_privacy_statement(client):
    client.force_login(make_user())

    response = client.post(
        apply_url("fi"), application(consent="", new_organisation="Uusi yhdistys")
    )

    assert response.status_code == 400
    assert "Vahvista, että olet lukenut tietosuojaselosteen." in response.text
    assert not Organisation.objects.filter(name="Uusi yhdistys").exists()


def test_a_proposal_matching_a_rejected_organisation_is_refused(client):
    make_organisation("Huijausfirma Oy", status=Organisation.Status.REJECTED)
    client.force_login(make_user())

    response = client.post(apply_url("en"), application(new_organisation="huijausfirma oy"))

    assert response.status_code == 400
    assert "cannot be added to the register" in response.text


def test_anonymous_visitors_are_sent_to_log_in_and_back(client):
    response = client.get(apply_url())
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/login/?next=/fi/extranet/apply/")


def test_an_unverified_person_is_sent_to_verify_their_email_first(client):
    client.force_login(make_user(verified=False))
    response = client.get(apply_url("en"))
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/email/"


def test_an_applicant_cannot_apply_twice(client):
    profile = make_member(MemberProfile.Status.PENDING)
    client.force_login(profile.user)

    response = client.post(apply_url(), application(new_organisation="Toinen yhdistys"))

    assert response["Location"] == status_url()
    assert MemberProfile.objects.count() == 1
    assert not Organisation.objects.filter(name="Toinen yhdistys").exists()


def test_a_member_going_to_the_application_lands_on_the_extranet_home(client):
    client.force_login(make_member().user)
    response = client.get(apply_url("en"))
    assert response["Location"] == "/en/extranet/"


def test_the_form_lists_only_approved_organisations(client):
    make_organisation("Hyväksytty ry")
    make_organisation("Ehdotettu ry", status=Organisation.Status.PROPOSED)
    client.force_login(make_user())

    response = client.get(apply_url())

    assert "Hyväksytty ry" in response.text
    assert "Ehdotettu ry" not in response.text


def test_the_pending_page_tells_when_the_application_arrived(client):
    profile = make_member(MemberProfile.Status.PENDING)
    client.force_login(profile.user)

    response = client.get(status_url("en"))

    assert response.status_code == 200
    assert "Your application is waiting for a decision" in response.text
    # The date in Finland's time: late in the UTC evening it is already tomorrow there.
    received = timezone.localtime(profile.applied_at)
    assert f"We received your application on {received:%-d.%-m.%Y}" in response.text


@pytest.mark.parametrize(
    ("status", "heading"),
    [
        (MemberProfile.Status.DENIED, "Your application was not approved"),
        (MemberProfile.Status.SUSPENDED, "Your membership is suspended"),
        (MemberProfile.Status.ENDED, "Your membership has ended"),
    ],
)
def test_the_status_page_explains_a_decision_with_the_administrators_message(
    client, status, heading
):
    profile = make_member(status, status_message="Ota yhteyttä ylläpitoon.")
    client.force_login(profile.user)

    response = client.get(status_url("en"))

    assert heading in response.text
    assert "Ota yhteyttä ylläpitoon." in response.text


def test_the_status_page_offers_an_unverified_person_a_new_verification_link(client):
    client.force_login(make_user(verified=False))
    response = client.get(status_url("en"))
    assert "Please verify your email address" in response.text
    assert 'href="/en/accounts/email/"' in response.text
