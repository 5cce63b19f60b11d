"""Which page of a listing a ?page= asks for (home.pagination.page_of), and the links to the
others."""

import pytest

from django.core.paginator import Paginator
from django.http import Http404
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from home.pagination import page_of

ITEMS = list(range(25))  # three pages of ten


def number_of(page):
    return page_of(RequestFactory().get("/", {"page": page}), ITEMS, 10).number


@pytest.mark.parametrize("page", ["x", "1.5", "1e309", "NaN", "", "0", "-1", "-" + "9" * 40])
def test_nonsense_and_numbers_below_one_give_the_first_page(page):
    assert number_of(page) == 1


def test_a_page_number_gives_that_page():
    assert number_of("3") == 3


@pytest.mark.parametrize("page", ["4", "9" * 40])
def test_a_page_past_the_end_is_not_found(page):
    with pytest.raises(Http404):
        number_of(page)


# The links to a listing's other pages (templates/includes/pagination.html)


def pagination(number, query="", count=25, **context):
    page_obj = Paginator(range(count), 10).page(number)
    request = RequestFactory().get(f"/lista/?{query}")
    with translation.override("en"):
        return render_to_string(
            "includes/pagination.html", {"page_obj": page_obj, **context}, request
        )


def test_the_pages_are_a_named_navigation_with_the_current_page_marked():
    html = pagination(2)

    assert '<nav class="pagination" aria-label="Pages">' in html
    assert (
        '<a href="?page=2" aria-current="page"><span class="visually-hidden">Page </span>2' in html
    )
    assert '<a href="?page=1" rel="prev">Previous</a>' in html
    assert '<a href="?page=3" rel="next">Next</a>' in html


def test_a_listing_of_one_page_has_no_page_links():
    assert pagination(1, count=10).strip() == ""


def test_the_links_keep_the_filters_and_land_on_the_results():
    html = pagination(1, "q=opas&kind=page&page=1", anchor="results-heading", label="Results")

    assert 'aria-label="Results"' in html
    assert 'href="?q=opas&amp;kind=page&amp;page=3#results-heading"' in html


def test_a_long_listing_names_the_first_last_and_nearby_pages():
    page_range = Paginator(range(400), 10).get_elided_page_range(20)

    html = pagination(20, count=400, page_range=page_range)

    assert html.count('<span class="pagination__gap">…</span>') == 2
    assert ">40</a>" in html
    assert ">10</a>" not in html


def test_without_numbers_it_says_which_page_of_how_many():
    html = pagination(2, "folder=7", numbers=False)

    assert "<li>Page 2 of 3</li>" in html
    assert 'href="?folder=7&amp;page=1" rel="prev"' in html
    assert "aria-current" not in html
