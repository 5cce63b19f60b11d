"""Fixtures for extranet tests. The builders they call, for people, workspaces and what is in
them, are plain functions in tests/extranet/builders.py, for any test module."""

import pytest

from tests.extranet.builders import make_member, make_staff


@pytest.fixture
def member_factory(db):
    """`member_factory(status="pending", region=..., ...)`: see make_member."""
    return make_member


@pytest.fixture
def staff_factory(db):
    """`staff_factory(groups=("Editors",))`: see make_staff."""
    return make_staff
