"""Which page of a listing a ?page= asks for (home.pagination.page_of)."""

import pytest

from django.http import Http404
from django.test import RequestFactory

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
