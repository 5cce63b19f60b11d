import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from events.models import EventLanguage

from .conftest import add_event, helsinki, translate_event

pytestmark = pytest.mark.django_db

NOW = timezone.now


def test_index_and_event_render_in_each_language(client, indexes):
    titles = {"fi": "Rahoitusinfo", "sv": "Finansieringsinfo", "en": "Funding info session"}
    event = add_event(indexes["fi"], titles["fi"], "rahoitusinfo", languages=["fi", "sv"])
    pages = {"fi": event}
    for code in ("sv", "en"):
        pages[code] = translate_event(event, code, titles[code], f"info-{code}")

    for code, index in indexes.items():
        listing = client.get(index.url)
        detail = client.get(pages[code].url)
        assert listing.status_code == 200 and detail.status_code == 200
        for response in (listing, detail):
            content = response.content.decode()
            assert f'lang="{code}"' in content
            assert titles[code] in content
    assert "suomi, ruotsi" in client.get(pages["fi"].url).content.decode()
    assert "Finnish, Swedish" in client.get(pages["en"].url).content.decode()


def test_listing_shows_time_range_in_the_readers_language(client, indexes):
    start = helsinki(2035, 10, 16, 13, 0)  # a Tuesday
    event = add_event(
        indexes["fi"],
        "Webinaari",
        "webinaari",
        start=start,
        online_url="https://example.fi/teams",
        city="",
    )
    sv = translate_event(event, "sv", "Webbinarium", "webbinarium")

    fi_content = client.get(indexes["fi"].url).content.decode()
    sv_content = client.get(indexes["sv"].url).content.decode()

    assert "ti 16.10.2035 klo 13.00–15.00" in fi_content
    assert "Verkossa" in fi_content
    assert "tis 2035-10-16 kl. 13:00–15:00" in sv_content
    assert sv.title in sv_content


def test_upcoming_and_past_are_split_by_the_end_time(client, events_index):
    now = NOW()
    add_event(
        events_index,
        "Eilen päättynyt",
        "eilen",
        start=now - datetime.timedelta(days=1, hours=3),
        end=now - datetime.timedelta(days=1),
    )
    add_event(
        events_index,
        "Käynnissä nyt",
        "nyt",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    add_event(events_index, "Ensi kuussa", "ensi-kuussa", start=now + datetime.timedelta(days=30))
    add_event(events_index, "Huomenna", "huomenna", start=now + datetime.timedelta(days=1))
    add_event(
        events_index, "Kauan sitten", "kauan-sitten", start=now - datetime.timedelta(days=300)
    )

    upcoming = client.get(events_index.url).content.decode()
    past = client.get(f"{events_index.url}menneet/").content.decode()

    assert "Eilen päättynyt" not in upcoming and "Kauan sitten" not in upcoming
    assert (
        upcoming.index("Käynnissä nyt") < upcoming.index("Huomenna") < upcoming.index("Ensi kuussa")
    )
    assert "Käynnissä nyt" not in past and "Huomenna" not in past
    assert past.index("Eilen päättynyt") < past.index("Kauan sitten")
    assert "<h1>Menneet tapahtumat</h1>" in past


def test_past_event_stays_readable_and_says_it_has_ended(client, events_index):
    event = add_event(
        events_index,
        "Mennyt",
        "mennyt",
        start=NOW() - datetime.timedelta(days=5),
        registration_url="https://example.fi/ilmoittaudu",
    )

    content = client.get(event.url).content.decode()

    assert "Tapahtuma on päättynyt." in content
    assert "Ilmoittautuminen on päättynyt" in content
    assert "https://example.fi/ilmoittaudu" not in content


def test_past_list_accepts_every_languages_word_and_links_with_the_pages_own(client, indexes):
    for word in ("menneet", "tidigare", "past"):
        for index in indexes.values():
            assert client.get(f"{index.url}{word}/").status_code == 200
    assert f'href="{indexes["sv"].url}tidigare/"' in client.get(indexes["sv"].url).content.decode()
    assert f'href="{indexes["en"].url}past/"' in client.get(indexes["en"].url).content.decode()
    assert indexes["fi"].past_url == "/fi/tapahtumat/menneet/"


def test_topic_filter_lists_only_that_topics_upcoming_events(client, indexes, topic):
    on_topic = add_event(indexes["fi"], "Työllisyysinfo", "tyollisyysinfo")
    on_topic.topics.add(topic)
    on_topic.save_revision().publish()
    add_event(indexes["fi"], "Muu tilaisuus", "muu")

    content = client.get(f"{indexes['fi'].url}aihe/tyollisyys/").content.decode()

    assert "Työllisyysinfo" in content and "Muu tilaisuus" not in content
    assert "Näytetään: Työllisyys" in content
    assert client.get(f"{indexes['fi'].url}aihe/ei-ole/").status_code == 404
    assert (
        'href="/fi/tapahtumat/aihe/tyollisyys/"' in client.get(indexes["fi"].url).content.decode()
    )


def test_swedish_topic_filters_swedish_events_linked_to_the_finnish_topic(client, indexes, topic):
    from wagtail.models import Locale

    sv_topic = topic.copy_for_translation(Locale.objects.get(language_code="sv"))
    sv_topic.name, sv_topic.slug = "Sysselsättning", "sysselsattning"
    sv_topic.save()
    event = add_event(indexes["fi"], "Työllisyysinfo", "tyollisyysinfo")
    event.topics.add(topic)
    event.save_revision().publish()
    translate_event(event, "sv", "Sysselsättningsinfo", "sysselsattningsinfo")

    content = client.get(f"{indexes['sv'].url}amne/sysselsattning/").content.decode()

    assert "Sysselsättningsinfo" in content


def test_listing_paginates_and_refuses_pages_past_the_end(client, events_index):
    for number in range(12):
        add_event(
            events_index,
            f"Tapahtuma {number}",
            f"tapahtuma-{number}",
            start=NOW() + datetime.timedelta(days=number + 1),
        )

    first = client.get(events_index.url).content.decode()
    second = client.get(events_index.url + "?page=2").content.decode()

    assert first.count('class="article-card event-card"') == 10
    assert second.count('class="article-card event-card"') == 2
    assert client.get(events_index.url + "?page=3").status_code == 404
    assert client.get(events_index.url + "menneet/?page=2").status_code == 404
    assert client.get(events_index.url + "?page=abc").status_code == 200


def test_drafts_never_appear_in_lists(client, events_index):
    add_event(events_index, "Luonnos tulossa", "luonnos", publish=False)
    add_event(
        events_index,
        "Luonnos mennyt",
        "luonnos-mennyt",
        start=NOW() - datetime.timedelta(days=3),
        publish=False,
    )

    assert "Luonnos" not in client.get(events_index.url).content.decode()
    assert "Luonnos" not in client.get(f"{events_index.url}menneet/").content.decode()


def test_listing_queries_stay_bounded(client, events_index, topic, django_assert_max_num_queries):
    def add_events(numbers):
        for number in numbers:
            days = number + 1 if number % 2 else -number - 1
            event = add_event(
                events_index,
                f"Tapahtuma {number}",
                f"t-{number}",
                start=NOW() + datetime.timedelta(days=days),
                languages=["fi"],
            )
            event.topics.add(topic)
            event.save_revision().publish()

    addresses = (
        events_index.url,
        f"{events_index.url}menneet/",
        f"{events_index.url}aihe/tyollisyys/",
    )

    def count_queries():
        counts = []
        for address in addresses:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(address).status_code == 200
            counts.append(len(queries))
        return counts

    add_events(range(4))
    count_queries()  # the first request fills caches (site root paths)
    few = count_queries()
    add_events(range(4, 34))

    assert count_queries() == few
    for address in addresses:
        with django_assert_max_num_queries(30):
            client.get(address)


def test_registration_closes_after_the_deadline(client, events_index):
    open_event = add_event(
        events_index,
        "Avoin",
        "avoin",
        registration_url="https://example.fi/a",
        registration_deadline=NOW() + datetime.timedelta(days=2),
    )
    closed = add_event(
        events_index,
        "Suljettu",
        "suljettu",
        registration_url="https://example.fi/b",
        registration_deadline=NOW() - datetime.timedelta(hours=1),
    )

    open_content = client.get(open_event.url).content.decode()
    closed_content = client.get(closed.url).content.decode()

    assert (
        'href="https://example.fi/a"' in open_content and "Ilmoittaudu viimeistään" in open_content
    )
    assert "Ilmoittautuminen on päättynyt" in closed_content
    assert 'href="https://example.fi/b"' not in closed_content


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Tapahtuman täytyy päättyä alkamisen jälkeen."),
        ("sv", "Evenemanget måste sluta efter att det har börjat."),
        ("en", "The event must end after it starts."),
    ],
)
def test_end_before_start_is_refused_with_a_translated_message(events_index, language, message):
    start = helsinki(2035, 3, 1, 10, 0)
    event = add_event(events_index, "Väärin päin", "vaarin", start=start, publish=False)
    event.end = start - datetime.timedelta(hours=1)

    with translation.override(language), pytest.raises(ValidationError) as error:
        event.full_clean()

    with translation.override(language):
        assert error.value.message_dict["end"] == [message]


def test_event_needs_an_online_address_or_a_place(events_index):
    event = add_event(events_index, "Ei paikkaa", "ei-paikkaa", publish=False)
    event.city = ""

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "online_url" in error.value.message_dict


def test_languages_are_ticked_in_the_editor(events_index):
    from wagtail.admin.panels import get_edit_handler

    from events.models import EventPage

    form_class = get_edit_handler(EventPage).get_form_class()
    form = form_class(instance=EventPage(), for_user=None, parent_page=events_index)

    assert form.fields["languages"].choices == EventLanguage.choices
    assert form.fields["languages"].widget.input_type == "checkbox"
