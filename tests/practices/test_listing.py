"""Visitors browse, filter and search the good practice database of their language."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from demo.bulk import bulk_pages
from home.models import Topic
from practices.models import PracticeIndexPage, PracticePage, Region, TargetGroup

pytestmark = pytest.mark.django_db

INDEX = {
    "fi": ("Hyvät käytännöt", "hyvat-kaytannot"),
    "sv": ("Goda praxis", "goda-praxis"),
    "en": ("Good practices", "good-practices"),
}
CRITERIA = ("goal_oriented", "client_centred", "effective", "modellable", "generalisable")


def add_index(home):
    title, slug = INDEX[home.locale.language_code]
    index = home.add_child(instance=PracticeIndexPage(title=title, slug=slug, locale=home.locale))
    index.save_revision().publish()
    return index


def add_practice(
    index, title, regions=("uusimaa",), targets=(), topics=(), met=(), days_ago=1, **fields
):
    fields.setdefault("summary", f"Tiivistelmä: {title}")
    fields.setdefault("slug", title.lower().replace(" ", "-"))
    for criterion in met:
        fields[f"{criterion}_met"] = True
    practice = PracticePage(title=title, locale=index.locale, **fields)
    practice.regions = list(Region.objects.filter(code__in=regions))
    practice.target_groups = list(TargetGroup.objects.filter(code__in=targets))
    practice.topics = list(topics)
    index.add_child(instance=practice)
    revision = practice.save_revision()
    revision.publish()
    when = timezone.now() - datetime.timedelta(days=days_ago)
    PracticePage.objects.filter(pk=practice.pk).update(first_published_at=when)
    practice.refresh_from_db()
    return practice


def titles(response):
    return [practice.title for practice in response.context["practices"]]


def choice(choices, value):
    """(label, count, chosen) of `value` among a filter's choices."""
    return next((label, count, chosen) for v, label, count, chosen in choices if v == value)


@pytest.fixture
def index(site_tree):
    return add_index(site_tree.page("home", "fi"))


@pytest.fixture
def topics(db):
    fi = Locale.objects.get(language_code="fi")
    return {
        "work": Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=fi),
        "education": Topic.objects.create(name="Koulutus", slug="koulutus", locale=fi),
    }


@pytest.fixture
def practices(index, topics):
    return {
        "mentors": add_practice(
            index,
            "Työmentorit",
            regions=["uusimaa"],
            targets=["work-migrants"],
            topics=[topics["work"]],
            phase="established",
            met=CRITERIA,
            days_ago=1,
        ),
        "language_cafe": add_practice(
            index,
            "Kielikahvila",
            regions=["pirkanmaa"],
            targets=["parents-at-home", "families"],
            topics=[topics["education"]],
            phase="piloted",
            met=("goal_oriented", "client_centred"),
            days_ago=2,
            body=[
                (
                    "paragraph",
                    "<p>Kahvilassa harjoitellaan suomen kieltä kotivanhempien kanssa.</p>",
                )
            ],
        ),
        "guidance": add_practice(
            index,
            "Koulutusneuvonta",
            regions=["uusimaa", "pirkanmaa"],
            targets=["work-migrants"],
            topics=[topics["work"], topics["education"]],
            phase="piloted",
            met=("goal_oriented", "effective"),
            days_ago=3,
        ),
    }


def test_the_database_lists_every_live_practice_of_its_language_newest_first(
    client, index, practices
):
    response = client.get(index.url)
    assert response.status_code == 200
    assert titles(response) == ["Työmentorit", "Kielikahvila", "Koulutusneuvonta"]
    assert response.context["result_count"] == 3


def test_filters_have_readable_addresses_and_combine(client, index, practices):
    response = client.get(f"{index.url}?topic=tyollisyys&region=uusimaa&criterion=effective")
    assert titles(response) == ["Työmentorit", "Koulutusneuvonta"]
    response = client.get(f"{index.url}?topic=koulutus&phase=piloted&target=work-migrants")
    assert titles(response) == ["Koulutusneuvonta"]


def test_several_values_of_one_filter_give_any_of_them(client, index, practices):
    response = client.get(f"{index.url}?target=families&target=work-migrants")
    assert len(titles(response)) == 3
    response = client.get(f"{index.url}?phase=established&phase=idea")
    assert titles(response) == ["Työmentorit"]


def test_a_practice_must_meet_every_criterion_chosen(client, index, practices):
    response = client.get(f"{index.url}?criterion=goal_oriented&criterion=effective")
    assert titles(response) == ["Työmentorit", "Koulutusneuvonta"]
    response = client.get(f"{index.url}?criterion=client_centred&criterion=effective")
    assert titles(response) == ["Työmentorit"]


def test_each_choice_counts_what_it_would_give_with_the_other_filters(client, index, practices):
    response = client.get(f"{index.url}?region=pirkanmaa&criterion=goal_oriented")
    practice_filter = response.context["filter"]
    # Regions are counted with the criterion applied, not the region itself.
    assert choice(practice_filter.region_choices(), "uusimaa")[1:] == (2, False)
    assert choice(practice_filter.region_choices(), "pirkanmaa")[1:] == (2, True)
    assert choice(practice_filter.topic_choices(), "tyollisyys")[1:] == (1, False)
    assert choice(practice_filter.phase_choices(), "established")[1] == 0
    assert choice(practice_filter.target_choices(), "families")[1] == 1
    # A criterion adds to those chosen: effective and goal-oriented, in Pirkanmaa.
    assert choice(practice_filter.criterion_choices(), "effective")[1:] == (1, False)
    assert choice(practice_filter.criterion_choices(), "goal_oriented")[1:] == (2, True)
    content = response.content.decode()
    assert 'name="region" value="pirkanmaa" checked' in content
    assert 'Uusimaa <span class="practice-filter__count">(2)</span>' in content


def test_unknown_values_are_ignored(client, index, practices):
    response = client.get(
        f"{index.url}?topic=ei-ole&region=atlantis&target=x&phase=ancient&criterion=cheap&page=abc"
        "&q=" + "a" * 5000
    )
    assert response.status_code == 200
    assert not response.context["filter"].chosen_topics
    assert response.context["filter"].regions == []


def test_search_finds_inflected_finnish_words(client, index, practices):
    response = client.get(index.url, {"q": "kotivanhemmille"})
    assert titles(response) == ["Kielikahvila"]
    response = client.get(index.url, {"q": "kielikahvilassa", "region": "uusimaa"})
    assert titles(response) == []


def test_results_heading_shows_the_count_and_the_choices_and_a_clear_link(
    client, site_tree, practices
):
    english = add_index(site_tree.page("home", "en"))
    add_practice(english, "Job mentors", slug="job-mentors", phase="established", met=CRITERIA)
    add_practice(english, "Language café", slug="language-cafe", regions=["pirkanmaa"])
    response = client.get(f"{english.url}?region=pirkanmaa&phase=piloted")
    content = response.content.decode()
    assert titles(response) == ["Language café"]
    assert "1 good practice, Pirkanmaa, Piloted" in content
    assert f'href="{english.url}">Clear filters</a>' in content
    unfiltered = client.get(english.url).content.decode()
    assert "Clear filters" not in unfiltered
    assert "5/5 criteria met" in unfiltered and "0/5 criteria met" in unfiltered
    assert 'Goal-oriented<span class="visually-hidden">: met</span>' in unfiltered


def test_drafts_private_and_other_languages_practices_are_never_listed(
    client, site_tree, index, practices
):
    draft = PracticePage(title="Luonnos", slug="luonnos", summary="Kesken.", live=False)
    index.add_child(instance=draft)
    draft.regions = list(Region.objects.filter(code="uusimaa"))
    draft.save_revision()
    PageViewRestriction.objects.create(
        page=practices["mentors"], restriction_type=PageViewRestriction.LOGIN
    )
    swedish = add_index(site_tree.page("home", "sv"))
    add_practice(swedish, "Språkcafé", slug="sprakcafe")
    response = client.get(index.url)
    assert titles(response) == ["Kielikahvila", "Koulutusneuvonta"]
    assert choice(response.context["filter"].region_choices(), "uusimaa")[1] == 1
    assert titles(client.get(index.url, {"q": "Työmentorit"})) == []
    assert titles(client.get(swedish.url)) == ["Språkcafé"]


def test_pagination_keeps_the_filters(client, index):
    bulk_pages(
        index,
        [
            PracticePage(
                title=f"Käytäntö {n}",
                slug=f"kaytanto-{n}",
                summary="Tiivistelmä.",
                regions=list(Region.objects.filter(code="lappi")),
            )
            for n in range(25)
        ],
    )
    response = client.get(index.url, {"region": "lappi"})
    assert len(titles(response)) == 20 and response.context["result_count"] == 25
    assert 'href="?region=lappi&amp;page=2#practice-results"' in response.content.decode()
    assert len(titles(client.get(index.url, {"region": "lappi", "page": 2}))) == 5
    assert client.get(index.url, {"page": 3}).status_code == 404


def many_practices(index, count, topics):
    regions = list(Region.objects.all())
    groups = list(TargetGroup.objects.all())
    bulk_pages(
        index,
        [
            PracticePage(
                title=f"Käytäntö {n}",
                slug=f"kaytanto-{n}",
                summary="Tiivistelmä.",
                phase="piloted" if n % 2 else "established",
                regions=[regions[n % len(regions)], regions[(n + 1) % len(regions)]],
                target_groups=[groups[n % len(groups)]],
                topics=[topics["work"]] if n % 3 else [topics["education"]],
                goal_oriented_met=True,
                effective_met=bool(n % 2),
            )
            for n in range(index.get_children().count(), count)
        ],
    )


EVERY_FILTER = {
    "q": "käytäntö",
    "topic": ["tyollisyys", "koulutus"],
    "region": ["uusimaa", "pirkanmaa", "lappi"],
    "target": ["families", "work-migrants", "refugees"],
    "phase": ["piloted"],
    "criterion": ["goal_oriented", "effective"],
}


@pytest.mark.parametrize("params", [{}, EVERY_FILTER], ids=["unfiltered", "every-filter"])
def test_the_number_of_queries_does_not_grow_with_the_practices(
    client, index, topics, params, django_assert_max_num_queries
):
    counts = []
    for count in (50, 1000):
        many_practices(index, count, topics)
        client.get(index.url, params)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = client.get(index.url, params)
        assert response.status_code == 200 and response.context["result_count"] > 0
        counts.append(len(queries))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(30):
        client.get(index.url, {**params, "page": 2})


def test_the_home_page_shows_the_three_newest_practices_of_its_language(client, site_tree):
    english = add_index(site_tree.page("home", "en"))
    for number in range(4):
        add_practice(english, f"Practice {number}", slug=f"practice-{number}", days_ago=number)
    finnish = add_index(site_tree.page("home", "fi"))
    add_practice(finnish, "Työmentorit")
    content = client.get(site_tree.page("home", "en").url).content.decode()
    assert "New good practices" in content
    assert all(f"Practice {number}</a>" in content for number in range(3))
    assert "Practice 3</a>" not in content and "Työmentorit" not in content
    assert f'<a href="{english.url}">All good practices</a>' in content


def test_a_blog_topic_listing_shows_the_topics_newest_practices(client, site_tree, index, topics):
    from tests.blog.conftest import add_blog

    blog = add_blog(site_tree.page("home", "fi"))
    blog.save_revision().publish()
    add_practice(index, "Työmentorit", topics=[topics["work"]])
    add_practice(index, "Kielikahvila", topics=[topics["education"]])
    content = client.get(f"{blog.url}aihe/tyollisyys/").content.decode()
    assert "Työmentorit</a>" in content and "Kielikahvila" not in content
    assert f'href="{index.url}?topic=tyollisyys"' in content
    assert "latest-practices" not in client.get(blog.url).content.decode()


def test_news_and_events_topic_listings_show_the_topics_newest_practices(
    client, site_tree, index, topics
):
    from blog.models import NewsIndexPage
    from events.models import EventIndexPage

    home = site_tree.page("home", "fi")
    news = home.add_child(
        instance=NewsIndexPage(title="Uutiset", slug="uutiset", locale=home.locale)
    )
    news.save_revision().publish()
    events = home.add_child(
        instance=EventIndexPage(title="Tapahtumat", slug="tapahtumat", locale=home.locale)
    )
    events.save_revision().publish()
    add_practice(index, "Työmentorit", topics=[topics["work"]])
    for listing in (news, events):
        response = client.get(f"{listing.url}aihe/tyollisyys/")
        assert response.status_code == 200
        assert "Työmentorit</a>" in response.content.decode()
