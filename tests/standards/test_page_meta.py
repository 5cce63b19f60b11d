"""What a page says of itself when shared (Open Graph) and to search engines (description)."""

import html
import io
import re

import pytest
from PIL import Image as PILImage

from django.contrib.staticfiles import finders

from events.models import EventIndexPage
from tests.blog.conftest import add_blog, add_post
from tests.events.conftest import add_event
from tests.standards.images import make_image

META = re.compile(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"')


def meta_of(client, address, status=200):
    response = client.get(address)
    assert response.status_code == status, address
    found = {}
    for name, value in META.findall(response.content.decode()):
        found.setdefault(name, []).append(html.unescape(value))
    return found


def test_an_article_is_shared_as_an_article_with_its_times_section_tags_and_image(
    client, site_tree, topic
):
    blog = add_blog(site_tree.page("home", "fi"))
    post = add_post(blog, "Kumppanuus kantaa", "kumppanuus-kantaa", hero_image=make_image())
    post.topics.add(topic)
    post.tags.add("yhteistyö")
    post.save_revision().publish()
    sv_blog = blog.copy_for_translation(site_tree.page("home", "sv").locale)
    sv_blog.save_revision().publish()
    post.copy_for_translation(site_tree.page("home", "sv").locale).save_revision().publish()

    meta = meta_of(client, post.url)

    assert meta["og:type"] == ["article"]
    assert meta["article:published_time"] == [post.date_published.isoformat()]
    assert meta["article:modified_time"][0].startswith(str(post.date_published.year))
    assert "." not in meta["article:modified_time"][0]
    assert meta["article:section"] == ["Blogi"]
    assert meta["article:tag"] == ["Työllisyys", "yhteistyö"]
    assert meta["og:locale"] == ["fi_FI"]
    assert meta["og:locale:alternate"] == ["sv_FI"]
    assert meta["og:image"][0].endswith(".jpg")
    assert (meta["og:image:width"], meta["og:image:height"]) == (["1200"], ["630"])
    assert meta["og:image:alt"] == ["Ihmisiä kokouksessa"]
    assert meta["description"] == ["Tiivistelmä: Kumppanuus kantaa"]


def test_an_event_is_shared_as_an_article_with_its_publication_times(client, site_tree):
    home = site_tree.page("home", "fi")
    events = home.add_child(
        instance=EventIndexPage(title="Tapahtumat", slug="tapahtumat", locale=home.locale)
    )
    event = add_event(events, "Webinaari", "webinaari")

    meta = meta_of(client, event.url)

    assert meta["og:type"] == ["article"]
    assert meta["article:published_time"][0].startswith(str(event.first_published_at.year))
    assert meta["article:section"] == ["Tapahtumat"]
    assert meta["og:description"] == ["Tiivistelmä: Webinaari"]


def test_a_page_without_an_image_is_shared_with_the_sites_picture(client, site_tree):
    meta = meta_of(client, site_tree.page("section", "en").url)

    assert meta["og:locale"] == ["en_GB"]
    assert sorted(meta["og:locale:alternate"]) == ["fi_FI", "sv_FI"]
    assert meta["og:image"] == ["http://testserver/static/images/og-default.png"]
    assert meta["og:image:alt"] == ["The site's logo and name"]
    with open(finders.find("images/og-default.png"), "rb") as file:
        picture = PILImage.open(io.BytesIO(file.read()))
    assert (picture.format, picture.size) == ("PNG", (1200, 630))


@pytest.mark.parametrize(
    ("address", "status", "expected"),
    [
        ("/en/blog/", 200, "Blog posts on integration work"),
        ("/en/events/", 200, "Upcoming events, webinars and training"),
        ("/en/search/?q=integration", 200, "Search the site's pages"),
        ("/fi/ei-ole/", 404, "Etsimääsi sivua ei ole olemassa"),
        ("/en/no-such-page/", 404, "The page you were looking for does not exist"),
        ("/en/accounts/login/", 200, "Sign in to the extranet"),
        ("/en/accounts/signup/", 200, "Sign in to the extranet"),
    ],
)
def test_every_page_type_has_a_description(client, site_tree, address, status, expected):
    home = site_tree.page("home", "en")
    add_blog(home, title="Blog", slug="blog")
    home.add_child(instance=EventIndexPage(title="Events", slug="events", locale=home.locale))

    meta = meta_of(client, address, status)

    assert len(meta["description"]) == 1
    assert meta["description"][0].startswith(expected), meta["description"]
    assert meta["og:description"] == meta["description"]
