"""Every article feed has what RFC 4287 (Atom) and RSS 2.0 require, as the W3C feed validator
checks them (the validator itself is not on PyPI)."""

import datetime
import email.utils

import pytest
from defusedxml import ElementTree as etree

from django.utils import translation

from blog.models import BlogIndexPage
from tests.blog.conftest import add_blog, add_post

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def blog(site_tree, author, topic):
    index = add_blog(site_tree.page("home", "fi"))
    signed = add_post(index, "Kirjoittajan kanssa", "kirjoittajan-kanssa")
    signed.authors.add(author)
    signed.topics.add(topic)
    signed.save_revision().publish()
    add_post(index, "Ilman kirjoittajaa", "ilman-kirjoittajaa")
    return BlogIndexPage.objects.get(pk=index.pk)


def feed_addresses(index):
    return [f"{index.url}feed/{kind}/" for kind in ("rss", "atom")] + [
        f"{index.url}aihe/tyollisyys/feed/{kind}/" for kind in ("rss", "atom")
    ]


def parse(client, address):
    response = client.get(address)
    assert response.status_code == 200
    return etree.fromstring(response.content)


def text(element, path):
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def assert_rfc3339(value):
    assert datetime.datetime.fromisoformat(value).tzinfo is not None, value


def test_atom_feeds_have_what_rfc_4287_requires(client, blog):
    for address in feed_addresses(blog)[1::2]:
        feed = parse(client, address)

        assert feed.tag == f"{ATOM}feed"
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fi"
        assert text(feed, f"{ATOM}id").startswith("http://localhost/")
        assert text(feed, f"{ATOM}title")
        assert_rfc3339(text(feed, f"{ATOM}updated"))
        assert text(feed, f"{ATOM}author/{ATOM}name") == "Kotoutuminen.fi"
        self_links = [link.get("href") for link in feed.iterfind(f"{ATOM}link[@rel='self']")]
        assert self_links == [f"http://localhost{address}"], address
        entries = feed.findall(f"{ATOM}entry")
        assert entries, address
        for entry in entries:
            assert text(entry, f"{ATOM}id").startswith("http://localhost/")
            assert text(entry, f"{ATOM}title")
            assert_rfc3339(text(entry, f"{ATOM}updated"))
            assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")
    whole = parse(client, feed_addresses(blog)[1])
    authors = {
        text(entry, f"{ATOM}title"): text(entry, f"{ATOM}author/{ATOM}name")
        for entry in whole.iterfind(f"{ATOM}entry")
    }
    assert authors == {"Kirjoittajan kanssa": "Aino Korhonen", "Ilman kirjoittajaa": ""}


def test_rss_feeds_have_what_rss_2_requires(client, blog):
    for address in feed_addresses(blog)[::2]:
        rss = parse(client, address)

        assert rss.tag == "rss" and rss.get("version") == "2.0"
        channel = rss.find("channel")
        for required in ("title", "link", "description"):
            assert text(channel, required), (address, required)
        assert text(channel, "language") == "fi"
        assert text(channel, "copyright") == "Kotoutuminen.fi"
        self_link = channel.find(f"{ATOM}link[@rel='self']")
        assert self_link.get("href") == f"http://localhost{address}"
        email.utils.parsedate_to_datetime(text(channel, "lastBuildDate"))
        items = channel.findall("item")
        assert items, address
        for item in items:
            assert text(item, "title")
            assert text(item, "link").startswith("http://localhost/")
            assert text(item, "guid") == text(item, "link")
            email.utils.parsedate_to_datetime(text(item, "pubDate"))
            # RSS's <author> is an email address: a name without one goes in dc:creator.
            assert item.find("author") is None


def test_a_translated_blogs_feed_speaks_its_language(client, blog, site_tree):
    sv_blog = blog.copy_for_translation(site_tree.page("home", "sv").locale)
    sv_blog.save_revision().publish()
    add_post(sv_blog, "Om sysselsättning", "om-sysselsattning")

    with translation.override("sv"):
        rss = parse(client, f"{sv_blog.url}feed/rss/")
        atom = parse(client, f"{sv_blog.url}feed/atom/")

    assert text(rss.find("channel"), "language") == "sv"
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "sv"
    assert text(atom, f"{ATOM}author/{ATOM}name") == "Integration.fi"
