"""No query string gives a server error, on any address of the site (issue 14).

Every address of the URL conf (see tests/fuzz/world.py) is asked for once by each person who
can reach it, while the test records which GET parameters the view reads; each such parameter,
and each input of a GET form the page sends back to itself, then gets every bad value below.
The answer may be the normal page, a 404 or a 400, never a 5xx. Django's test client re-raises
a view's exception, so a failure shows its traceback. A view added later is fuzzed without
being named here.
"""

from urllib.parse import quote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from django.core.handlers.wsgi import WSGIRequest
from django.http import QueryDict
from django.utils.functional import cached_property

from tests.factories import LANGUAGES
from tests.fuzz.world import addresses, fill, is_admin, page_addresses, page_models

pytestmark = pytest.mark.django_db


def encoded(value):
    return quote(value, safe="")


# Refused by the middleware whichever parameter has them (config.middleware): sent to all the
# parameters at once.
REFUSED_VALUES = {"NUL": "%00", "control characters": "%01x%1F"}
# Each parameter gets each of these (in query string form) once; see assert_no_server_error.
BAD_VALUES = {
    "invalid UTF-8": "%C3%28",
    "a lone byte 0xFF": "%FF",
    "a 40-digit number": "9" * 40,
    "-1": "-1",
    "0": "0",
    "a huge negative number": "-99999999999999999999",
    "1e309": "1e309",
    "NaN": "NaN",
    "10,000 characters": "%C3%A4" * 10_000,
    "an address that doesn't parse": "http://%5B::1",
    "the key repeated": None,
}


def query(key, value):
    if value is None:
        return f"{key}=1&{key}=2&{key}=x"
    return f"{key}={value}"


class RecordingQueryDict(QueryDict):
    """request.GET that notes the names a view asks it for."""

    read = set()

    def __getitem__(self, key):
        RecordingQueryDict.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        RecordingQueryDict.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        RecordingQueryDict.read.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        RecordingQueryDict.read.add(key)
        return super().__contains__(key)


@pytest.fixture
def recording(monkeypatch):
    def recorded_get(request):
        raw = request.environ.get("QUERY_STRING", "").encode("iso-8859-1")
        return RecordingQueryDict(raw, encoding=request._encoding)

    prop = cached_property(recorded_get)
    prop.__set_name__(WSGIRequest, "GET")
    monkeypatch.setattr(WSGIRequest, "GET", prop)
    RecordingQueryDict.read = set()
    return RecordingQueryDict


def get_form_inputs(response, path):
    """Names of the inputs of the page's GET forms that send them back to this address."""
    if "html" not in response.get("Content-Type", ""):
        return set()
    soup = BeautifulSoup(response.content, "html.parser")
    names = set()
    for form in soup.find_all("form"):
        if form.get("method", "get").lower() != "get":
            continue
        if urlsplit(urljoin(path, form.get("action", ""))).path != urlsplit(path).path:
            continue
        names |= {
            element["name"]
            for element in form.find_all(["input", "select", "textarea", "button"])
            if element.get("name")
        }
    return names


def parameters_read(client, recording, path):
    recording.read = set()
    response = client.get(path)
    assert response.status_code < 500, path
    return recording.read | get_form_inputs(response, path)


def bad_query_strings(keys):
    """Query strings that give each key each bad value once, in as few requests as there are
    bad values (not keys × values): in the nth request the kth key gets the (n + k)th value, a
    Latin square. Values the middleware refuses go to all keys at once in requests of their
    own, as they would hide the rest of a request."""
    for label, value in REFUSED_VALUES.items():
        yield label, "&".join(query(key, value) for key in keys)
    labels, values = list(BAD_VALUES), list(BAD_VALUES.values())
    for n in range(len(values)):
        yield (
            f"{labels[n]} for {keys[0]}, and others",
            "&".join(query(key, values[(n + k) % len(values)]) for k, key in enumerate(keys)),
        )


def assert_no_server_error(client, recording, path):
    keys = [encoded(key) for key in sorted(parameters_read(client, recording, path))]
    if not keys:
        return
    for label, query_string in bad_query_strings(keys):
        shown = f"{path}?{query_string[:200]} ({label})"
        try:
            response = client.get(path, QUERY_STRING=query_string)
        except Exception as error:
            raise AssertionError(f"{shown} raised") from error
        assert response.status_code < 500, shown


def address_cases():
    """Each address as each person who can reach it: the public site and the extranet as a
    visitor and as a member, our admin views as staff. In Finnish only: our views are the same
    code in every language (the pages are not, and go in every language)."""
    cases = []
    for address in addresses():
        for role in ("staff",) if is_admin(address) else ("anonymous", "member"):
            cases.append(pytest.param(address, role, id=f"{role}-{address}"))
    return cases


def page_cases():
    """A page of every type in every language to a visitor, and in Finnish to a member."""
    cases = []
    for model in page_models():
        for language, role in [*((code, "anonymous") for code in LANGUAGES), ("fi", "member")]:
            cases.append(
                pytest.param(model, language, role, id=f"{role}-{language}-{model._meta.label}")
            )
    return cases


@pytest.mark.parametrize(("address", "role"), address_cases())
def test_no_query_string_gives_a_server_error_on_any_address(
    world, client_as, recording, address, role
):
    client = client_as(role)
    assert_no_server_error(client, recording, fill(address, world, "fi"))


@pytest.mark.parametrize(("model", "language", "role"), page_cases())
def test_no_query_string_gives_a_server_error_on_any_page_or_its_routes(
    world, client_as, recording, model, language, role
):
    client = client_as(role)
    for path in page_addresses(world.pages[model, language], world, language):
        assert_no_server_error(client, recording, path)
