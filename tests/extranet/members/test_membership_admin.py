"""Administrators handle applications and memberships in the Wagtail admin."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

from extranet.models import MemberProfile, Organisation
from tests.extranet.builders import make_member, make_organisation, make_staff

Status = MemberProfile.Status
INDEX = "extranet_members:index"


@pytest.fixture
def manager(db):
    return make_staff("hanna.hallinto@example.fi", first_name="Hanna", last_name="Hallinto")


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


@pytest.fixture
def staff_without_permission(db):
    """Reaches the admin (and has two-factor on) but may not decide on memberships."""
    group = Group.objects.create(name="Page writers")
    from django.contrib.auth.models import Permission

    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return make_staff("kirjoittaja@example.fi", groups=("Page writers",))


def names_listed(response):
    return [profile.user.first_name for profile in response.context["object_list"]]


def test_the_listing_shows_pending_applications_first_the_oldest_at_the_top(manager_client):
    from django.utils import timezone

    now = timezone.now()
    make_member(Status.APPROVED, first_name="Approved", applied_at=now.replace(year=2020))
    make_member(Status.PENDING, first_name="Newer", applied_at=now)
    make_member(Status.PENDING, first_name="Older", applied_at=now.replace(year=2021))

    response = manager_client.get(reverse(INDEX))

    assert response.status_code == 200
    assert names_listed(response) == ["Older", "Newer", "Approved"]
    content = response.content.decode()
    assert "Older" in content and "Waiting for approval" in content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "pending"}, ["Pia"]),
        ({"region": "lappi"}, ["Lasse"]),
        ({"sector": "ngo"}, ["Nina"]),
        ({"region": "uusimaa", "sector": "ngo"}, ["Nina"]),
        ({"q": "Saamelaiskäräjät"}, ["Lasse"]),
        ({"q": "nina.n@järjestö"}, []),
        ({"q": "nina.n@example"}, ["Nina"]),
        ({"q": "Lasse Lappalainen"}, ["Lasse"]),
    ],
)
def test_the_listing_filters_by_status_region_and_sector_and_searches(
    manager_client, query, expected
):
    make_member(Status.PENDING, first_name="Pia", region="pirkanmaa", sector="municipality")
    make_member(
        first_name="Lasse",
        last_name="Lappalainen",
        region=["lappi", "kainuu"],
        sector="state-authority",
        organisation="Saamelaiskäräjät",
    )
    make_member(first_name="Nina", email="nina.n@example.fi", region="uusimaa", sector="ngo")

    response = manager_client.get(reverse(INDEX), query)

    assert response.status_code == 200
    assert names_listed(response) == expected


def test_the_application_page_shows_what_the_applicant_wrote(manager_client):
    applicant = make_member(
        Status.PENDING,
        first_name="Aino",
        organisation="Tampereen kaupunki",
        job_title="Sosiaaliohjaaja",
        region=["pirkanmaa"],
        motivation="Haluan löytää kollegoita muista kunnista.",
        languages=["fi", "ar"],
    )

    response = manager_client.get(reverse("extranet_members:inspect", args=[applicant.pk]))

    content = response.content.decode()
    assert response.status_code == 200
    for text in [
        "Aino",
        applicant.user.email,
        "Tampereen kaupunki",
        "Sosiaaliohjaaja",
        "Pirkanmaa",
        "Haluan löytää kollegoita muista kunnista.",
        "Arabic",
        reverse("extranet_members:approve", args=[applicant.pk]),
        reverse("extranet_members:deny", args=[applicant.pk]),
    ]:
        assert text in content
    assert reverse("extranet_members:suspend", args=[applicant.pk]) not in content


def test_approving_asks_for_confirmation_first(manager_client):
    applicant = make_member(Status.PENDING, first_name="Aino")

    response = manager_client.get(reverse("extranet_members:approve", args=[applicant.pk]))

    assert response.status_code == 200
    assert b'name="message"' in response.content
    applicant.refresh_from_db()
    assert applicant.status == Status.PENDING


def test_approving_with_a_message_makes_a_member_and_emails_them(
    manager_client, manager, django_capture_on_commit_callbacks
):
    applicant = make_member(Status.PENDING, first_name="Aino")
    url = reverse("extranet_members:approve", args=[applicant.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(url, {"message": "Tervetuloa mukaan!"})

    assert response.status_code == 302
    assert response.url == reverse("extranet_members:inspect", args=[applicant.pk])
    applicant.refresh_from_db()
    assert applicant.status == Status.APPROVED
    assert applicant.decided_by == manager
    assert "Tervetuloa mukaan!" in mail.outbox[0].body
    page = manager_client.get(response.url).content.decode()
    assert "Membership approved" in page  # the history lists the decision
    assert "Tervetuloa mukaan!" in page


def test_suspending_without_a_reason_keeps_the_form_with_an_error(manager_client):
    member = make_member(first_name="Mikko")
    url = reverse("extranet_members:suspend", args=[member.pk])

    response = manager_client.post(url, {"message": ""})

    assert response.status_code == 200
    assert response.context["form"].errors["message"]
    member.refresh_from_db()
    assert member.status == Status.APPROVED


@pytest.mark.parametrize(
    ("status", "decision", "data", "result"),
    [
        (Status.PENDING, "deny", {}, Status.DENIED),
        (Status.APPROVED, "suspend", {"message": "Häiriköinti"}, Status.SUSPENDED),
        (Status.APPROVED, "end", {"message": "Eläköityi"}, Status.ENDED),
        (Status.SUSPENDED, "reinstate", {}, Status.APPROVED),
        (Status.ENDED, "reinstate", {}, Status.APPROVED),
    ],
)
def test_each_decision_changes_the_status_and_is_logged(
    manager_client, manager, status, decision, data, result
):
    profile = make_member(status)

    response = manager_client.post(reverse(f"extranet_members:{decision}", args=[profile.pk]), data)

    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == result
    entry = ModelLogEntry.objects.for_instance(profile).get()
    assert entry.action == f"extranet.membership.{decision}"
    assert entry.user == manager


def test_a_decision_the_status_does_not_allow_is_refused_with_a_message(manager_client):
    member = make_member(Status.APPROVED)

    response = manager_client.post(
        reverse("extranet_members:approve", args=[member.pk]), follow=True
    )

    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert any("not available" in m for m in messages)
    assert not ModelLogEntry.objects.for_instance(member).exists()


@pytest.mark.parametrize("who", ["anonymous", "member", "staff_without_permission", "no_2fa"])
def test_people_who_may_not_manage_memberships_cannot_decide(client, who, db, request):
    applicant = make_member(Status.PENDING)
    if who == "member":
        client.force_login(make_member().user)
    elif who == "staff_without_permission":
        client.force_login(request.getfixturevalue("staff_without_permission"))
    elif who == "no_2fa":
        client.force_login(make_staff(totp=False))
    url = reverse("extranet_members:approve", args=[applicant.pk])

    for response in (client.get(url), client.post(url, {"message": ""})):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response.url != reverse("extranet_members:inspect", args=[applicant.pk])
    for response in (
        client.get(reverse(INDEX)),
        client.get(reverse("extranet_members:inspect", args=[applicant.pk])),
    ):
        assert response.status_code in (302, 403)
        assert applicant.user.email.encode() not in response.content
    applicant.refresh_from_db()
    assert applicant.status == Status.PENDING


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    applicant = make_member(Status.PENDING)

    response = client.get(reverse("extranet_members:inspect", args=[applicant.pk]))

    assert response.status_code == 302
    assert "login" in response.url


def test_nobody_edits_or_deletes_a_member_through_a_generic_form(manager_client, db):
    superuser = make_staff(superuser=True, groups=())
    manager_client.force_login(superuser)
    member = make_member()

    response = manager_client.get(reverse(INDEX))
    content = response.content.decode()

    assert response.status_code == 200
    assert "/edit/" not in content
    assert "/delete/" not in content
    for suffix in ("edit", "delete", "new", "history"):
        url = f"/admin/extranet/members/{suffix}/{member.pk}/"
        assert manager_client.get(url, follow=True).status_code == 404


def test_the_menu_and_dashboard_count_waiting_applications(manager_client):
    make_member(Status.PENDING)
    make_member(Status.PENDING)
    make_member(Status.APPROVED)

    dashboard = manager_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "2 membership applications are waiting for a decision." in dashboard
    assert "Members (2 waiting)" in dashboard


def test_editors_group_may_manage_memberships(db):
    editor = make_staff(groups=("Editors",))
    moderator = make_staff(groups=("Moderators",))

    assert editor.has_perm("extranet.manage_membership")
    assert moderator.has_perm("extranet.manage_membership")
    assert not Group.objects.get(name="Members").permissions.exists()


def test_approving_a_proposed_organisation_lists_it(manager_client, manager):
    proposed = make_organisation("Uusi yhdistys ry", status=Organisation.Status.PROPOSED)
    url = reverse(Organisation.snippet_viewset.get_url_name("approve"), args=[proposed.pk])

    listing = manager_client.get(reverse(Organisation.snippet_viewset.get_url_name("list")))
    assert url in listing.content.decode()
    assert manager_client.get(url).status_code == 200
    response = manager_client.post(url)

    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == Organisation.Status.APPROVED
    assert ModelLogEntry.objects.for_instance(proposed).get().user == manager


def test_rejecting_an_organisation_keeps_the_members_link(manager_client):
    proposed = make_organisation("Väärä nimi Oy", status=Organisation.Status.PROPOSED)
    member = make_member(organisation=proposed)
    url = reverse(Organisation.snippet_viewset.get_url_name("reject"), args=[proposed.pk])

    manager_client.post(url)

    proposed.refresh_from_db()
    member.refresh_from_db()
    assert proposed.status == Organisation.Status.REJECTED
    assert member.organisation == proposed


def test_the_organisations_register_filters_by_status(manager_client):
    make_organisation("Hyväksytty ry")
    make_organisation("Ehdotettu ry", status=Organisation.Status.PROPOSED)

    response = manager_client.get(
        reverse(Organisation.snippet_viewset.get_url_name("list")), {"status": "proposed"}
    )

    assert [o.name for o in response.context["object_list"]] == ["Ehdotettu ry"]


def test_editors_can_list_and_add_extranet_announcements(manager_client):
    response = manager_client.get(reverse("wagtailsnippets_extranet_extranetannouncement:list"))

    assert response.status_code == 200
    add = manager_client.get(reverse("wagtailsnippets_extranet_extranetannouncement:add"))
    assert add.status_code == 200
