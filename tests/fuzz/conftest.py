import pytest

from django.db import transaction

from tests.fuzz.world import build_world


@pytest.fixture(scope="package")
def world(django_db_setup, django_db_blocker):
    """One world for the whole package (built once per test process): each test runs in a
    savepoint inside this transaction, which is rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture
def client_as(world, client):
    """`client_as(role)`: the test client, signed in as the world's person in that role."""

    def sign_in(role):
        client.logout()
        if world.users[role] is not None:
            client.force_login(world.users[role])
        return client

    return sign_in
