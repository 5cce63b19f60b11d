"""Those who may not change a page's review: nobody signed in, a member, and staff who reach
the admin but may not edit pages."""

from django.contrib.auth.models import Group, Permission

from tests.extranet.builders import make_member, make_staff

REFUSED = ["anonymous", "member", "staff_without_page_rights"]


def sign_in_refused(client, who):
    if who == "member":
        client.force_login(make_member().user)
    elif who == "staff_without_page_rights":
        admins_only = Group.objects.create(name="Admin access only")
        admins_only.permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(make_staff(groups=(admins_only.name,)))


def assert_refused(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"] or response["Location"] == "/admin/"
