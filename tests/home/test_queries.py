"""Listing pages run a bounded number of SQL queries however many pages they list."""

import pytest

from home.models import ContentPage

pytestmark = pytest.mark.django_db


def add_children(section, count, start=0):
    for number in range(start, start + count):
        section.add_child(
            instance=ContentPage(
                title=f"Sivu {number}", slug=f"sivu-{number}", locale=section.locale
            )
        )


def test_section_page_queries_do_not_grow_with_its_children(
    client, site_tree, django_assert_max_num_queries
):
    section = site_tree.page("section", "fi")
    client.get(section.url)  # warm the site root cache

    add_children(section, 3)
    with django_assert_max_num_queries(30) as few:
        client.get(section.url)
    add_children(section, 30, start=3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(section.url)

    assert response.content.decode().count('class="card"') == 34


def test_home_page_runs_a_bounded_number_of_queries(
    client, site_tree, django_assert_max_num_queries
):
    client.get("/fi/")

    with django_assert_max_num_queries(30):
        response = client.get("/fi/")

    assert response.status_code == 200
