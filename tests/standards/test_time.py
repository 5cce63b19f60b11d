"""`<time datetime>` values are HTML's valid dates and times: whole seconds, no microseconds."""

import datetime
import re

from django.template import Context, Template

from blog.models import Comment
from events.models import EventIndexPage
from tests.blog.conftest import add_blog, add_post
from tests.events.conftest import add_event, helsinki

DATETIME_ATTRIBUTE = re.compile(r'datetime="([^"]*)"')
# HTML's valid date string, or a global date and time string in whole seconds with its offset.
VALID = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$")


def render(value):
    return Template("{% load html_time %}{{ value|html_datetime }}").render(
        Context({"value": value})
    )


def test_html_datetime_gives_whole_seconds_in_finnish_time_and_plain_dates():
    moment = datetime.datetime(2026, 12, 3, 6, 15, 0, 123456, tzinfo=datetime.UTC)

    assert render(moment) == "2026-12-03T08:15:00+02:00"
    assert render(datetime.date(2026, 12, 3)) == "2026-12-03"
    assert render(None) == ""


def datetime_values(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return DATETIME_ATTRIBUTE.findall(response.content.decode())


def test_no_public_page_has_a_datetime_with_a_fraction(client, site_tree):
    home = site_tree.page("home", "fi")
    events = home.add_child(
        instance=EventIndexPage(title="Tapahtumat", slug="tapahtumat", locale=home.locale)
    )
    event = add_event(
        events, "Webinaari", "webinaari", start=helsinki(2030, 5, 4, 9, 30, 0, 987654)
    )
    post = add_post(add_blog(home), "Kirjoitus", "kirjoitus")
    Comment.objects.create(
        post=post,
        name="Liisa",
        email="liisa@example.fi",
        text="Hyvä.",
        status=Comment.Status.APPROVED,
    )

    values = [
        value
        for address in (home.url, events.url, event.url, post.url)
        for value in datetime_values(client, address)
    ]

    assert "2030-05-04T09:30:00+03:00" in values
    assert len(values) >= 4
    assert all(VALID.match(value) for value in values), values
