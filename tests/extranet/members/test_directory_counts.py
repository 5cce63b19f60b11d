"""The directory's filter counts are kept in the cache, and any profile change renews them."""

import pytest

from extranet.members.directory import search_members
from extranet.models import MemberProfile, Region
from tests.extranet.builders import make_member

pytestmark = pytest.mark.django_db
REGION = Region.values[1]


def region_count(viewer):
    return search_members(viewer).counts["region"].get(REGION, 0)


def test_counts_follow_new_and_suspended_members(django_assert_num_queries):
    viewer = make_member().user
    before = region_count(viewer)
    first = make_member(region=REGION)
    assert region_count(viewer) == before + 1
    with django_assert_num_queries(0):
        assert region_count(viewer) == before + 1  # from the cache

    make_member(region=REGION)
    assert region_count(viewer) == before + 2

    first.status = MemberProfile.Status.SUSPENDED
    first.save()
    assert region_count(viewer) == before + 1
