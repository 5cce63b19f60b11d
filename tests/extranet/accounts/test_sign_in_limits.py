"""Whose address a request comes from behind the load balancer, and the sign-in limits that
count per address: one idea of the address for allauth's limits and the site's own."""

import pytest

from django.core.cache import cache
from django.test import RequestFactory

from home.ratelimits import client_ip
from tests.extranet.builders import PASSWORD, make_member, make_staff
from tests.newsletter.conftest import add_newsletter

pytestmark = pytest.mark.django_db

BALANCER = "10.0.0.2"


@pytest.fixture(autouse=True)
def behind_one_load_balancer(settings):
    """Every request reaches the app from the balancer, which appends the visitor's address."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.CLIENT_IP_HEADER = ""
    cache.clear()
    yield
    cache.clear()


def sign_in(client, email, password, visitor):
    return client.post(
        "/fi/accounts/login/",
        {"login": email, "password": password},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR=visitor,
    )


def signed_in(response):
    return response.status_code == 302 and "_auth_user_id" in response.wsgi_request.session


def test_wrong_passwords_from_one_visitor_do_not_block_everyone_behind_the_balancer(client):
    member = make_member(email="jasen@example.fi").user
    for attempt in range(12):
        sign_in(client, f"arvaus{attempt}@example.fi", "väärin", "198.51.100.7")

    # The guesser is stopped …
    blocked = sign_in(client, "arvaus0@example.fi", "väärin", "198.51.100.7")
    assert "Liian monta virheellistä kirjautumisyritystä" in blocked.text
    # … and the member, from their own address through the same balancer, is not.
    assert signed_in(sign_in(client, member.email, PASSWORD, "203.0.113.20"))


def test_wrong_passwords_for_an_account_do_not_lock_its_owner_out_from_elsewhere(client):
    staff = make_staff(email="paatoimittaja@example.fi")
    for _ in range(6):
        sign_in(client, staff.email, "arvaus", "198.51.100.7")

    from_the_guessers_address = sign_in(client, staff.email, PASSWORD, "198.51.100.7")
    from_the_owners_address = sign_in(client, staff.email, PASSWORD, "203.0.113.20")

    assert not signed_in(from_the_guessers_address)
    assert "Liian monta virheellistä kirjautumisyritystä" in from_the_guessers_address.text
    assert from_the_owners_address.status_code == 302  # on to the two-factor step
    assert "/accounts/2fa/authenticate/" in from_the_owners_address["Location"]


def test_a_visitor_cannot_choose_their_address_by_sending_x_forwarded_for(client):
    make_member(email="kohde@example.fi")
    # The visitor sends a new made-up address each time; the balancer appends the real one.
    for attempt in range(6):
        sign_in(client, "kohde@example.fi", "arvaus", f"192.0.2.{attempt}, 198.51.100.7")

    assert not signed_in(sign_in(client, "kohde@example.fi", PASSWORD, "198.51.100.7"))


@pytest.mark.parametrize(
    ("setting", "meta", "expected"),
    [
        ({}, {"REMOTE_ADDR": "192.0.2.1"}, "192.0.2.1"),
        ({"TRUSTED_PROXY_COUNT": 0}, {"HTTP_X_FORWARDED_FOR": "198.51.100.7"}, BALANCER),
        ({}, {"HTTP_X_FORWARDED_FOR": "203.0.113.1, 198.51.100.7"}, "198.51.100.7"),
        (
            {"TRUSTED_PROXY_COUNT": 2},
            {"HTTP_X_FORWARDED_FOR": "203.0.113.1, 198.51.100.7, 10.0.0.9"},
            "198.51.100.7",
        ),
        ({"TRUSTED_PROXY_COUNT": 3}, {"HTTP_X_FORWARDED_FOR": "198.51.100.7"}, "198.51.100.7"),
        ({}, {"HTTP_X_FORWARDED_FOR": "not-an-address"}, BALANCER),
        ({}, {"HTTP_X_FORWARDED_FOR": "2001:db8::1"}, "2001:db8::1"),
        (
            {"CLIENT_IP_HEADER": "HTTP_X_REAL_IP"},
            {"HTTP_X_REAL_IP": "198.51.100.9", "HTTP_X_FORWARDED_FOR": "192.0.2.5"},
            "198.51.100.9",
        ),
    ],
)
def test_the_visitors_address(settings, setting, meta, expected):
    for name, value in setting.items():
        setattr(settings, name, value)
    request = RequestFactory().get("/", **{"REMOTE_ADDR": BALANCER, **meta})

    assert client_ip(request) == expected


def test_the_sites_own_limits_count_the_same_addresses(client, site_tree, settings):
    """The newsletter signup's limit: one visitor's signups don't use up anyone else's."""
    newsletter = add_newsletter(site_tree.pages["home"]["fi"])
    settings.NEWSLETTER_SIGNUP_RATE_LIMIT = (2, 600)

    def sign_up(visitor, n):
        data = {"email": f"tilaaja{n}@example.fi", "language": "fi", "consent": "on"}
        return client.post(newsletter.url, data, REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=visitor)

    first = [sign_up("198.51.100.7", n).status_code for n in range(3)]
    other = sign_up("203.0.113.20", 9)

    assert first[-1] == 429
    assert other.status_code != 429
