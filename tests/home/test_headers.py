"""Headers every response carries, whatever answers it: pages, errors, static files."""

import pytest

from django.test import Client, override_settings


def _policy(response):
    return dict(
        item.strip().split("=", 1) for item in response.headers["Permissions-Policy"].split(",")
    )


@pytest.mark.parametrize(
    "path", ["/fi/", "/fi/no-such-page/", "/robots.txt", "/fi/accounts/login/"]
)
def test_every_response_switches_devices_and_powerful_features_off(client, site_tree, path):
    policy = _policy(client.get(path))

    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert policy[feature] == "()"
    # Embedded videos may still go full screen.
    assert policy["fullscreen"].startswith("(self ")


@override_settings(WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True)
def test_static_files_carry_the_policy_too():
    response = Client().get("/static/css/site.css")  # whitenoise answers, before any view

    assert response.status_code == 200
    assert _policy(response)["camera"] == "()"
