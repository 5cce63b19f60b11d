"""Accounts through allauth: sign-up with email verification, sign-in by email, password reset,
change of email, rate limits, no account enumeration, and two-factor authentication that staff
who reach the Wagtail admin must use."""

import re
import time
from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.core.cache import cache

from tests.extranet.builders import PASSWORD, make_member, make_staff, make_user

NEW_PASSWORD = "Kotoutuminen-on-yhteistyota-2025"  # noqa: S105 - test password


@pytest.fixture(autouse=True)
def fresh_rate_limits(db):
    # allauth counts attempts in the cache; every test starts from zero.
    cache.clear()
    yield
    cache.clear()


def totp_secret(user):
    return Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]


def totp_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in(client, email, password=PASSWORD, *, secret=None, next_url=None, language="fi"):
    """Sign in through the login form (and the two-factor step when `secret` is given), as a
    person would; returns the last response."""
    url = f"/{language}/accounts/login/"
    data = {"login": email, "password": password}
    if next_url:
        data["next"] = next_url
    response = client.post(url, data)
    if secret:
        assert response.status_code == 302
        assert "/accounts/2fa/authenticate/" in response["Location"]
        response = client.post(response["Location"], {"code": totp_code(secret)})
    return response


def reauthenticate(client, language="en"):
    """Confirm the password again: allauth asks for it before two-factor settings change."""
    response = client.post(f"/{language}/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302


def signed_in_user(client):
    return client.session.get("_auth_user_id")


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


# Sign-up and email verification


def test_newcomer_signs_up_confirms_the_emailed_link_and_is_signed_in(client):
    response = client.post(
        "/fi/accounts/signup/",
        {"email": "Uusi.Ihminen@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/confirm-email/"
    assert signed_in_user(client) is None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["uusi.ihminen@example.fi"]
    assert "Vahvista sähköpostiosoitteesi" in message.subject  # in the language of the sign-up
    assert message.subject.startswith("[")
    link = link_in(message)
    assert link.startswith("/fi/accounts/confirm-email/")

    page = client.get(link)
    assert page.status_code == 200
    assert "Vahvista sähköpostiosoite" in page.content.decode()
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == "/fi/extranet/"
    user = get_user_model().objects.get(email="uusi.ihminen@example.fi")
    assert signed_in_user(client) == str(user.pk)
    assert EmailAddress.objects.get(user=user).verified


def test_unverified_account_cannot_sign_in(client):
    make_user("odottaja@example.fi", verified=False)
    response = sign_in(client, "odottaja@example.fi")
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/confirm-email/"
    assert signed_in_user(client) is None
    assert len(mail.outbox) == 1  # a fresh verification link instead


def test_signup_page_has_labelled_fields_and_a_hidden_labelled_trap_without_inline_style(client):
    html = client.get("/en/accounts/signup/").content.decode()
    for field in ("id_email", "id_password1", "id_password2", "id_website"):
        assert f'<label for="{field}"' in html
    assert 'autocomplete="new-password"' in html
    assert "style=" not in html
    assert 'class="form-field form-field--trap"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_signup_with_missing_password_keeps_the_address_and_links_the_error(client):
    response = client.post(
        "/en/accounts/signup/", {"email": "keep@example.fi", "password1": "", "password2": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="keep@example.fi"' in html
    assert 'role="alert"' in html
    assert 'id="id_password1_error"' in html
    assert re.search(r'aria-describedby="[^"]*id_password1_error', html)
    assert 'aria-invalid="true"' in html


# No account enumeration


def test_signup_with_a_taken_address_looks_like_any_signup(client):
    make_user("varattu@example.fi")
    taken = client.post(
        "/fi/accounts/signup/",
        {"email": "varattu@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    client.logout()
    fresh = client.post(
        "/fi/accounts/signup/",
        {"email": "vapaa@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert (taken.status_code, taken["Location"]) == (fresh.status_code, fresh["Location"])
    assert get_user_model().objects.filter(email="varattu@example.fi").count() == 1
    # The owner of the taken address hears about it by email, nobody else.
    assert [m.to for m in mail.outbox] == [["varattu@example.fi"], ["vapaa@example.fi"]]


class CountingHasher(MD5PasswordHasher):
    algorithm = "counting_md5"
    hashed = 0

    def encode(self, password, salt):
        type(self).hashed += 1
        return super().encode(password, salt)


def test_signup_does_the_same_work_for_a_taken_and_a_new_address(client, settings):
    """So that its timing can't tell either (bench/signup.sh measures it)."""
    make_user("varattu@example.fi")
    settings.PASSWORD_HASHERS = ["tests.extranet.accounts.test_accounts.CountingHasher"]
    work = []
    for address in ("varattu@example.fi", "vapaa@example.fi"):
        CountingHasher.hashed = 0
        mail.outbox.clear()
        client.post(
            "/fi/accounts/signup/",
            {"email": address, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        )
        client.logout()
        work.append((CountingHasher.hashed, len(mail.outbox)))

    assert work == [(1, 1), (1, 1)]  # one password hash and one queued email each


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client):
    make_user("tunnettu@example.fi")
    known = client.post("/fi/accounts/password/reset/", {"email": "tunnettu@example.fi"})
    unknown = client.post("/fi/accounts/password/reset/", {"email": "tuntematon@example.fi"})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    done_known = client.get(known["Location"]).content.decode()
    done_unknown = client.get(unknown["Location"]).content.decode()
    assert done_known == done_unknown
    assert [m.to for m in mail.outbox] == [["tunnettu@example.fi"], ["tuntematon@example.fi"]]


def test_failed_login_says_the_same_for_unknown_address_and_wrong_password(client):
    make_user("olemassa@example.fi")
    wrong_password = sign_in(client, "olemassa@example.fi", "väärä salasana")
    unknown = sign_in(client, "eiole@example.fi", "väärä salasana")
    assert wrong_password.status_code == unknown.status_code == 200
    message = "Annettu sähköposti tai salasana ei ole oikein."
    assert message in wrong_password.content.decode()
    assert message in unknown.content.decode()


# Password reset and email change


def test_password_reset_link_sets_a_new_password(client):
    user = make_user("unohtaja@example.fi")
    client.post("/en/accounts/password/reset/", {"email": "unohtaja@example.fi"})
    link = link_in(mail.outbox[0])
    form_url = client.get(link)["Location"]  # allauth moves the key out of the URL
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_new_email_address_replaces_the_old_one_only_once_verified(client):
    user = make_user("vanha@example.fi")
    sign_in(client, "vanha@example.fi")
    reauthenticate(client, "fi")
    mail.outbox.clear()
    response = client.post("/fi/accounts/email/", {"action_add": "", "email": "uusi@example.fi"})
    assert response["Location"] == "/fi/accounts/email/"
    new = EmailAddress.objects.get(user=user, email="uusi@example.fi")
    assert not new.verified and not new.primary
    assert EmailAddress.objects.get(user=user, email="vanha@example.fi").primary
    user.refresh_from_db()
    assert user.email == "vanha@example.fi"
    page = client.get("/fi/accounts/email/").content.decode()
    assert "uusi@example.fi" in page

    confirmation = next(m for m in mail.outbox if m.to == ["uusi@example.fi"])
    client.post(link_in(confirmation))
    user.refresh_from_db()
    assert user.email == "uusi@example.fi"
    assert list(EmailAddress.objects.filter(user=user).values_list("email", "primary")) == [
        ("uusi@example.fi", True)
    ]


# Rate limits


def test_repeated_failed_logins_are_blocked_even_with_the_right_password_afterwards(client):
    make_user("kohde@example.fi")
    for _ in range(5):
        response = sign_in(client, "kohde@example.fi", "arvaus")
        assert response.status_code == 200
    blocked = sign_in(client, "kohde@example.fi", PASSWORD)
    assert blocked.status_code in (200, 429)
    assert "Liian monta virheellistä kirjautumisyritystä" in blocked.content.decode()
    assert signed_in_user(client) is None


# Pages in the site's frame and languages


@pytest.mark.parametrize(
    ("language", "text"),
    [("fi", "Kirjaudu sisään"), ("sv", "Logga in"), ("en", "Sign In")],
)
def test_login_page_is_in_the_sites_frame_and_language(client, language, text):
    response = client.get(f"/{language}/accounts/login/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert text in html
    assert 'class="site-header"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert re.search(r"<title>\s*" + re.escape(text), html)
    assert '<label for="id_login"' in html and '<label for="id_password"' in html
    assert 'autocomplete="current-password"' in html


def test_header_offers_sign_in_back_to_the_page_and_signed_in_people_sign_out(client, site_tree):
    page = site_tree.page("content", "fi")
    html = client.get(page.url).content.decode()
    assert f'href="/fi/accounts/login/?next={page.url}"' in html

    make_member(email="jasen@example.fi")
    sign_in(client, "jasen@example.fi")
    html = client.get(page.url).content.decode()
    assert 'href="/fi/extranet/"' in html
    assert re.search(r'<form[^>]*method="post" action="/fi/accounts/logout/"', html)


def test_account_settings_pages_have_their_navigation(client):
    make_user("asetukset@example.fi")
    sign_in(client, "asetukset@example.fi")
    for url in ("/fi/accounts/email/", "/fi/accounts/password/change/", "/fi/accounts/2fa/"):
        html = client.get(url).content.decode()
        assert 'class="account-nav"' in html, url
        assert f'href="{url}" aria-current="page"' in html, url


def test_totp_activation_shows_the_qr_code_as_image_and_the_secret_as_text(client):
    make_user("turva@example.fi")
    sign_in(client, "turva@example.fi")
    response = client.get("/en/accounts/2fa/totp/activate/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in html
    secret = client.session["mfa.totp.secret"]
    assert f'<code class="totp-secret" id="authenticator_secret">{secret}</code>' in html
    assert "style=" not in html

    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(type=Authenticator.Type.TOTP).count() == 1


# Staff and two-factor authentication


def test_two_factor_settings_ask_for_the_password_again_once_the_sign_in_is_not_recent(
    client, settings
):
    make_user("vanha@example.fi")
    sign_in(client, "vanha@example.fi")
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    response = client.get("/en/accounts/2fa/totp/activate/")
    assert "/en/accounts/reauthenticate/" in response["Location"]
    reauthenticate(client)
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
    assert client.get("/en/accounts/2fa/totp/activate/").status_code == 200


def test_staff_set_up_two_factor_right_after_signing_in_and_continue_to_the_admin(client):
    staff = make_staff("uusi.toimittaja@example.fi", totp=False)
    sign_in(client, staff.email, next_url="/admin/pages/", language="en")
    response = client.get("/admin/pages/")
    activate = response["Location"]
    assert "/accounts/2fa/totp/activate/" in activate

    response = client.get(activate)  # signed in moments ago: no password asked again
    assert response.status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post(activate, {"code": totp_code(secret)})
    codes = client.get(response["Location"])
    html = codes.content.decode()
    assert codes.status_code == 200
    assert "Jatka ylläpitoon" in html  # the admin sends staff to the Finnish set-up pages
    assert 'href="/admin/pages/"' in html
    assert client.get("/admin/pages/").status_code == 200


def test_the_sign_in_message_names_the_person_not_their_internal_username(client):
    make_user("nimetty@example.fi", first_name="Nelli", last_name="Nimi", username="xyz_123")
    make_user("nimeton@example.fi", username="abc_456")
    for email, shown, hidden in (
        ("nimetty@example.fi", "Nelli Nimi", "xyz_123"),
        ("nimeton@example.fi", "nimeton@example.fi", "abc_456"),
    ):
        client.logout()
        response = sign_in(client, email, language="en")
        page = client.get(response["Location"], follow=True).content.decode()
        assert f"Successfully signed in as {shown}." in page
        assert hidden not in page


def test_staff_without_totp_are_sent_to_set_it_up_before_any_admin_page(client):
    staff = make_staff("toimittaja@example.fi", totp=False)
    response = sign_in(client, staff.email, next_url="/admin/")
    assert response["Location"] == "/admin/"
    for url in ("/admin/", "/admin/pages/", "/admin/snippets/blog/comment/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].endswith(
            f"/accounts/2fa/totp/activate/?next={quote(url, safe='')}"
        ), url
    assert client.get("/admin/api/main/pages/").status_code == 403
    assert client.post("/admin/pages/1/add_subpage/").status_code == 403


def test_staff_with_totp_enter_their_code_at_login_and_then_reach_the_admin(client):
    staff = make_staff("paatoimittaja@example.fi")
    response = sign_in(client, staff.email, next_url="/admin/pages/")
    assert response.status_code == 302
    assert "/accounts/2fa/authenticate/" in response["Location"]
    assert signed_in_user(client) is None
    assert client.get("/admin/").status_code == 302  # not yet signed in

    response = client.post(response["Location"], {"code": totp_code(totp_secret(staff))})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_members_are_not_forced_to_two_factor_and_cannot_open_the_admin(client):
    make_member(email="tavallinen@example.fi")
    response = sign_in(client, "tavallinen@example.fi")
    assert response["Location"] == "/fi/extranet/"
    assert client.get("/fi/accounts/email/").status_code == 200
    # A plain refusal, not a redirect to login (which would send them straight back).
    assert client.get("/admin/").status_code == 403


def test_staff_cannot_switch_two_factor_off_but_members_can(client):
    staff = make_staff("avainhenkilo@example.fi")
    sign_in(client, staff.email, secret=totp_secret(staff))
    reauthenticate(client)
    page = client.get("/en/accounts/2fa/totp/deactivate/").content.decode()
    assert "must keep two-factor authentication on" in page
    response = client.post("/en/accounts/2fa/totp/deactivate/")
    assert response.status_code == 200
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()

    client.logout()
    member = make_member(email="vapaa-valinta@example.fi").user
    from tests.extranet.builders import enable_totp

    enable_totp(member)
    sign_in(client, member.email, secret=totp_secret(member))
    reauthenticate(client)
    response = client.post("/en/accounts/2fa/totp/deactivate/")
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=member).exists()


# Admin login through allauth


def test_admin_login_goes_through_allauth_and_back_to_the_admin_page(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert re.fullmatch(r"/(fi|sv|en)/accounts/login/\?next=/admin/pages/", response["Location"])
    # Wagtail itself sends anonymous visitors to the same login.
    response = client.get("/admin/pages/")
    assert "/accounts/login/?next=/admin/pages/" in response["Location"]

    staff = make_staff("yllapito@example.fi")
    response = sign_in(client, staff.email, secret=totp_secret(staff), next_url="/admin/pages/")
    assert response["Location"] == "/admin/pages/"


@pytest.mark.parametrize("next_url", ["http://[::1", "https://[", "//[x"])
def test_a_next_address_that_does_not_parse_is_not_followed(client, next_url):
    client.force_login(make_member().user)

    signed_out = client.post("/fi/accounts/logout/", {"next": next_url})
    signed_in = client.post(
        "/fi/accounts/login/?next=x",
        {"login": make_user().email, "password": PASSWORD, "next": next_url},
    )

    assert signed_out.status_code == 302 and signed_out["Location"] == "/"
    assert signed_in.status_code == 302 and signed_in["Location"] == "/fi/extranet/"


def test_wagtail_admin_logout_signs_out(client):
    staff = make_staff("ulos@example.fi")
    sign_in(client, staff.email, secret=totp_secret(staff))
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")
    assert signed_in_user(client) is None
    assert client.get("/admin/").status_code == 302


def test_wagtail_offers_no_password_change_or_reset_beside_allauth(client):
    staff = make_staff("salasana@example.fi")
    sign_in(client, staff.email, secret=totp_secret(staff))
    account = client.get("/admin/account/")
    assert account.status_code == 200
    html = account.content.decode()
    assert 'name="password-old_password"' not in html
    assert 'name="password-new_password1"' not in html
    client.logout()
    assert client.get("/admin/password_reset/", follow=True).status_code == 404
