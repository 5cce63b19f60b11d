"""A member's own data: downloading all of it, and deleting the account."""

import io
import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from PIL import Image

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from blog.models import Comment
from extranet.models import MemberProfile, Organisation, ProfileLanguage, ProfileRegion
from tests.blog.conftest import add_blog, add_post
from tests.extranet.builders import PASSWORD, enable_totp, make_member, make_user

pytestmark = pytest.mark.django_db


def url(name, language="fi"):
    with translation.override(language):
        return reverse(f"extranet:{name}")


def jpeg():
    output = io.BytesIO()
    Image.new("RGB", (20, 20)).save(output, "JPEG")
    return ContentFile(output.getvalue(), name="photo.jpg")


@pytest.fixture
def member(client):
    profile = make_member(
        email="aino.virtanen@example.fi",
        first_name="Aino",
        last_name="Virtanen",
        organisation="Tampereen kaupunki",
        region=["pirkanmaa", "uusimaa"],
        topics=["Työllisyys"],
        languages=["fi", "ar"],
        phone="+358 40 765 4321",
        bio="Ohjaan työnhakijoita.",
    )
    client.force_login(profile.user)
    return profile


def test_the_download_holds_account_profile_application_and_comments_but_no_secrets(
    client, member, site_tree
):
    EmailAddress.objects.create(user=member.user, email="aino@kotona.fi", verified=False)
    enable_totp(member.user)
    Organisation.objects.create(
        name="Pispalan yhdistys", status=Organisation.Status.PROPOSED, proposed_by=member.user
    )
    post = add_post(add_blog(site_tree.page("home")), "Kumppanuus kantaa", "kumppanuus-kantaa")
    Comment.objects.create(
        post=post, name="Aino", email="AINO@kotona.fi", text="Hyvä kirjoitus.", status="approved"
    )
    Comment.objects.create(post=post, name="Joku", email="joku@example.fi", text="Muu.")

    response = client.get(url("data_export"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    data = json.loads(response.content)
    assert data["account"]["email"] == "aino.virtanen@example.fi"
    assert {address["email"] for address in data["account"]["email_addresses"]} == {
        "aino.virtanen@example.fi",
        "aino@kotona.fi",
    }
    assert data["account"]["two_factor_authentication"] is True
    assert data["membership"]["status"] == "approved"
    assert data["membership"]["why_joining"] == member.motivation
    assert data["profile"]["phone"] == "+358 40 765 4321"
    assert data["profile"]["organisation"] == "Tampereen kaupunki"
    assert sorted(data["profile"]["regions"]) == ["pirkanmaa", "uusimaa"]
    assert sorted(data["profile"]["languages_spoken"]) == ["ar", "fi"]
    assert data["profile"]["expertise"] == ["Työllisyys"]
    assert data["proposed_organisations"] == ["Pispalan yhdistys"]
    assert [comment["text"] for comment in data["blog_comments"]] == ["Hyvä kirjoitus."]
    text = response.content.decode()
    secret = Authenticator.objects.get(user=member.user, type="totp").data["secret"]
    assert secret not in text
    assert member.user.password not in text


def test_an_applicant_can_download_their_data_too(client):
    applicant = make_member(MemberProfile.Status.PENDING)
    client.force_login(applicant.user)

    data = json.loads(client.get(url("data_export")).content)

    assert data["membership"]["status"] == "pending"


def test_the_download_needs_a_login(client):
    response = client.get(url("data_export"))
    assert response["Location"].startswith("/fi/accounts/login/?next=")


def test_deleting_the_account_asks_for_the_password(client, member):
    page = client.get(url("delete_account", "en"))
    assert page.status_code == 200
    assert "Delete your account" in page.text

    response = client.post(url("delete_account", "sv"), {"password": "väärä salasana"})

    assert response.status_code == 400
    assert "Lösenordet är inte korrekt." in response.text
    assert get_user_model().objects.filter(pk=member.user.pk).exists()


def test_deleting_the_account_removes_personal_data_and_signs_out(
    client, member, django_capture_on_commit_callbacks
):
    member.photo.save("photo.jpg", jpeg())
    storage, photo = member.photo.storage, member.photo.name
    enable_totp(member.user)
    user_pk, profile_pk = member.user.pk, member.pk
    proposed = Organisation.objects.create(
        name="Pispalan yhdistys", status=Organisation.Status.PROPOSED, proposed_by=member.user
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("delete_account", "en"), {"password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert not get_user_model().objects.filter(pk=user_pk).exists()
    assert not MemberProfile.objects.filter(pk=profile_pk).exists()
    assert not ProfileRegion.objects.filter(profile_id=profile_pk).exists()
    assert not ProfileLanguage.objects.filter(profile_id=profile_pk).exists()
    assert not EmailAddress.objects.filter(user_id=user_pk).exists()
    assert not Authenticator.objects.filter(user_id=user_pk).exists()
    assert not storage.exists(photo)
    proposed.refresh_from_db()
    assert proposed.proposed_by is None

    assert client.get(url("home"))["Location"].startswith("/fi/accounts/login/")
    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == ["Your account and your personal data have been deleted. Thank you."]


def test_a_person_without_a_profile_can_delete_their_account(client):
    user = make_user(verified=False)
    client.force_login(user)

    client.post(url("delete_account"), {"password": PASSWORD})

    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_deleting_the_account_leaves_the_audit_log_without_name_or_messages(client):
    from wagtail.models import ModelLogEntry

    from extranet.members import membership
    from tests.extranet.builders import make_staff

    profile = make_member(status="pending", first_name="Ilmari", last_name="Salonen")
    membership.approve(profile, by=make_staff(), message="Tervetuloa, Ilmari!")
    entries = ModelLogEntry.objects.filter(object_id=str(profile.pk))
    assert entries.filter(label__contains="Salonen").exists()
    client.force_login(profile.user)

    client.post(url("delete_account", "en"), {"password": PASSWORD})

    assert entries.exists()
    assert not entries.filter(label__contains="Salonen").exists()
    assert "Ilmari" not in str(list(entries.values_list("data", flat=True)))
