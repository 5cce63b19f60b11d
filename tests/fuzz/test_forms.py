"""No form input gives a server error, in any form of the public site or the extranet (issue 14).

The forms are found, not listed: every address of the site (tests/fuzz/world.py) is visited as a
visitor, as someone signed up but not yet a member, and as a member (following the extranet's
links to reach other workspaces and members), and each `<form method="post">` is read for its
fields, their types and their choices. Hypothesis then posts each form as a person would fill it
with one or two fields changed: text with control characters, huge and odd numbers, dates at the
ends of the calendar, made-up choices, missing fields, files of every kind. The answer, and the
page a redirect leads to, may show errors, or be a 400, 403, 404 or 429, never a 5xx. Each post
is rolled back, so one form's "delete my account" leaves the next intact.

A bounded number of examples per form keeps this quick; FUZZ_EXAMPLES=200 hunts longer.
"""

import datetime
import io
import os
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import Resolver404, resolve

from tests.extranet.builders import PASSWORD
from tests.fuzz.world import addresses, fill, is_admin, page_addresses

pytestmark = pytest.mark.django_db

EXAMPLES_PER_FORM = int(os.environ.get("FUZZ_EXAMPLES", 8))  # more for a longer hunt

NASTY = st.sampled_from(
    [
        "\x00",
        "a\x00b",
        "\x01\x1f\x7f",
        "9" * 40,
        "-1",
        "0",
        "-99999999999999999999",
        "1e309",
        "NaN",
        "x" * 10_000,
        "\ufffd",
        "\u202e\u200b",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "../../etc/passwd",
        "http://[::1",
        " ",
    ]
)
TEXT = st.one_of(NASTY, st.text(max_size=300))


def _png():
    output = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 67, 122)).save(output, "PNG")
    return output.getvalue()


PNG = _png()
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n"
FILES = st.builds(
    SimpleUploadedFile,
    name=st.one_of(
        st.sampled_from(["kuva.png", "raportti.pdf", "muistio.txt", "a.exe", ".png"]),
        # Any name Django's uploaded files accept: no folders, not only dots.
        st.text(min_size=1, max_size=40).filter(lambda name: "/" not in name and name.strip(".")),
    ),
    content=st.one_of(st.sampled_from([PNG, PDF, b"", b"kotoutuminen\n"]), st.binary(max_size=300)),
    content_type=st.sampled_from(["image/png", "application/pdf", "text/plain", "\x00"]),
)
MOMENTS = st.datetimes()
EDGE_MOMENTS = [datetime.datetime.min, datetime.datetime.max, datetime.datetime(1900, 1, 1)]
FORMATS = {"date": "%Y-%m-%d", "time": "%H:%M", "datetime-local": "%Y-%m-%dT%H:%M"}
# What a person would type into an empty field of each kind.
TYPED = {
    "email": "uusi.jasen@example.fi",
    "url": "https://example.fi/",
    "tel": "+358 40 123 4567",
    "password": PASSWORD,
    "number": "1",
    "date": "2030-05-05",
    "datetime-local": "2030-05-05T10:00",
}


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # an input's type, or select, select-multiple, textarea, checkboxes
    options: tuple = ()  # the values of its options, radio buttons, checkboxes or buttons
    chosen: tuple = ()  # the value it has on the page: typed in, selected, checked


@dataclass(frozen=True)
class Form:
    action: str
    fields: tuple
    found_on: str

    def __str__(self):
        return f"the form posting to {self.action} on {self.found_on}"

    @property
    def varied_fields(self):
        # The test client doesn't check CSRF tokens: nothing to learn from changing them.
        return [field for field in self.fields if field.name != "csrfmiddlewaretoken"]


def sensible(field):
    """What a person would send in the field: its value on the page, or something plausible.
    None: nothing (an unchecked box)."""
    kind, chosen, options = field.kind, list(field.chosen), [o for o in field.options if o]
    match kind:
        case "file":
            picture = "image" in field.chosen[0] if field.chosen else False
            return SimpleUploadedFile(
                "kuva.png" if picture else "raportti.pdf",
                PNG if picture else PDF,
                content_type="image/png" if picture else "application/pdf",
            )
        case "select-multiple" | "checkboxes":
            return chosen
        case "select" | "radio" | "submit":
            return ([c for c in chosen if c] or options or [""])[0]
        case "checkbox":
            return (chosen or options or ["on"])[0] or "on"
        case "hidden":
            return chosen[0]
        case "time":
            return (
                chosen[0] if chosen and chosen[0] else ("11:00" if "end" in field.name else "10:00")
            )
        case _:
            typed = chosen[0] if chosen else ""
            return typed or TYPED.get(kind, "Kotoutuminen")


def nonsense(field):
    """Values for the field that no form of ours should choke on."""
    kind, options = field.kind, list(field.options)
    match kind:
        case "file":
            return FILES
        case "select-multiple" | "checkboxes":
            return st.one_of(
                st.lists(st.sampled_from(options), max_size=len(options) + 1),
                st.lists(TEXT, max_size=3),
            )
        case "select" | "radio" | "submit" | "checkbox":
            return st.one_of(st.sampled_from(options), TEXT)
        case "number":
            return st.one_of(
                st.integers().map(str),
                st.floats(allow_nan=True, allow_infinity=True).map(str),
                TEXT,
            )
        case "date" | "time" | "datetime-local":
            moments = st.one_of(st.sampled_from(EDGE_MOMENTS), MOMENTS)
            return st.one_of(moments.map(lambda moment: moment.strftime(FORMATS[kind])), TEXT)
        case "email":
            return st.one_of(st.emails(), TEXT)
        case _:
            return TEXT


@st.composite
def submissions(draw, form):
    """What a person would send, with one or two fields changed to nonsense or left out (a
    valid rest gets the nonsense past the form's first checks)."""
    data = {field.name: sensible(field) for field in form.fields}
    varied = form.varied_fields
    for field in draw(st.lists(st.sampled_from(varied), min_size=1, max_size=2, unique=True)):
        left_out = draw(st.integers(0, 3)) == 0
        data[field.name] = None if left_out else draw(nonsense(field))
    return {name: value for name, value in data.items() if value is not None}


def read_forms(html, page):
    """The POST forms of a page, each field with its kind, options and value."""
    forms = []
    for element in BeautifulSoup(html, "html.parser").find_all("form"):
        if element.get("method", "get").lower() != "post":
            continue
        fields = {}
        for control in element.find_all(["input", "select", "textarea", "button"]):
            name = control.get("name")
            if not name:
                continue
            if control.name == "select":
                options = [
                    (o.get("value", o.text), o.has_attr("selected")) for o in control("option")
                ]
                fields[name] = Field(
                    name,
                    "select-multiple" if control.has_attr("multiple") else "select",
                    tuple(value for value, _ in options),
                    tuple(value for value, selected in options if selected),
                )
                continue
            if control.name == "textarea":
                # Browsers drop the line break Django puts after <textarea>.
                fields[name] = Field(name, "textarea", chosen=(control.text.removeprefix("\n"),))
                continue
            kind = control.get("type", "submit" if control.name == "button" else "text")
            value = control.get("value", "on" if kind in ("checkbox", "radio") else "")
            if kind == "file":
                value = control.get("accept", "")
            on = kind not in ("checkbox", "radio") or control.has_attr("checked")
            earlier = fields.get(name)
            if earlier is not None and kind in ("checkbox", "radio", "submit"):
                kind = "checkboxes" if kind == "checkbox" else kind
                options, chosen = (
                    (*earlier.options, value),
                    earlier.chosen + ((value,) if on else ()),
                )
            else:
                options, chosen = (value,), (value,) if on else ()
            if kind == "submit":
                chosen = chosen[:1]  # one button is pressed
            fields[name] = Field(name, kind, options, chosen)
        action = urljoin(page, element.get("action") or page)
        forms.append(Form(action, tuple(fields.values()), page))
    return forms


def kind_of(form):
    """Forms of one kind are fuzzed once: the same view (or page) and the same field names."""
    path = urlsplit(form.action).path
    try:
        match = resolve(path)
        where = path if match.url_name == "wagtail_serve" else match.view_name
    except Resolver404:
        where = path
    return where, tuple(sorted(field.name for field in form.fields))


# Links are followed into the extranet only (the public pages are the world's pages of every
# type), to reach what the walk of addresses doesn't: other workspaces, other members.
FOLLOWED = "/fi/extranet/"
MAX_PAGES = 250


def links(html, page):
    for anchor in BeautifulSoup(html, "html.parser").find_all("a", href=True):
        address = urlsplit(urljoin(page, anchor["href"]))
        if address.netloc in ("", "testserver") and address.path.startswith(FOLLOWED):
            yield address.path


def forms_of_the_site(client, world):
    """One form of each kind found on the pages the person can open."""
    found = {}
    paths = [fill(address, world, "fi") for address in addresses() if not is_admin(address)]
    for (_model, language), page in world.pages.items():
        if language == "fi":
            paths += page_addresses(page, world, language)
    seen = set(paths)
    while paths and len(seen) < MAX_PAGES:
        path = paths.pop(0)
        response = client.get(path, follow=True)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        page = urljoin(path, response.redirect_chain[-1][0]) if response.redirect_chain else path
        for form in read_forms(response.content, page):
            found.setdefault(kind_of(form), form)
        for link in links(response.content, page):
            if link not in seen:
                seen.add(link)
                paths.append(link)
    return list(found.values())


def send(client, form, data, sign_in):
    sign_in()  # the last post may have signed out or deleted the account
    with transaction.atomic():
        # Followed to the page the person lands on, which shows what they sent.
        response = client.post(form.action, data, follow=True)
        transaction.set_rollback(True)
    assert response.status_code < 500, f"{form}: {response.status_code}"


def fuzz(client, form, sign_in):
    if not form.varied_fields:  # a button alone: one post is all there is to try
        send(client, form, {field.name: sensible(field) for field in form.fields}, sign_in)
        return

    @settings(
        max_examples=EXAMPLES_PER_FORM,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
    @given(data=submissions(form))
    def post(data):
        note(str(form))
        send(client, form, data, sign_in)

    post()


@pytest.mark.parametrize("role", ["anonymous", "newcomer", "member"])
def test_no_form_input_gives_a_server_error(world, client_as, role):
    """As a visitor, as someone signed up but not yet a member (the membership application),
    and as a member (the extranet's forms, and the public ones with a signed-in header)."""
    client = client_as(role)
    forms = forms_of_the_site(client, world)
    assert len(forms) > 5, "the site's forms were not found"

    for form in forms:
        fuzz(client, form, lambda: client_as(role))
