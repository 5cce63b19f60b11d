"""Editors choose a page's owner (a person or a group) and its review date; the report of pages
to review filters by owner and language."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from stewardship.models import PageReview
from tests.extranet.builders import make_staff
from tests.stewardship.refused import REFUSED, assert_refused, sign_in_refused

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/pages-to-review/"


def settings_url(page):
    return reverse("stewardship_review_settings", args=(page.pk,))


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def editor(client, site_tree):
    user = make_staff("editori@example.fi", groups=("Editors",), first_name="Eeva")
    client.force_login(user)
    return user


def test_an_editor_gives_a_page_a_person_as_owner_and_a_new_review_date(client, site_tree, editor):
    page = site_tree.page("content", "fi")
    colleague = make_staff("sanna@example.fi", first_name="Sanna", last_name="Sisältö")

    form = client.get(settings_url(page))
    response = client.post(
        settings_url(page),
        {"owner_user": colleague.pk, "owner_group": "", "review_by": in_days(30).isoformat()},
        follow=True,
    )

    assert form.status_code == 200
    assert "Sanna Sisältö" in form.content.decode()  # people are offered by their names
    review = PageReview.objects.get(page=page)
    assert (review.owner_user, review.owner_group, review.review_by) == (
        colleague,
        None,
        in_days(30),
    )
    assert "is owned by Sanna Sisältö" in response.content.decode()
    assert PageLogEntry.objects.filter(
        page=page, action="stewardship.review_settings", user=editor
    ).exists()


def test_the_page_header_offers_the_owner_and_review_date(client, site_tree, editor):
    page = site_tree.page("content", "sv")

    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))

    assert settings_url(page) in response.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"owner_user": "", "owner_group": ""},
            "Choose the person or the group who owns the page.",
        ),
        ({"owner_user": "both", "owner_group": "editors"}, "not both"),
        ({"review_by": "2001-01-01"}, "Choose today or a later date."),
        ({"review_by": "31.2.2027"}, "Enter a valid date."),
    ],
)
def test_an_invalid_choice_is_explained_and_what_was_typed_is_kept(
    client, site_tree, editor, data, message
):
    page = site_tree.page("content", "fi")
    before = PageReview.objects.get(page=page)
    editors = Group.objects.get(name="Editors")
    posted = {"owner_user": editor.pk, "owner_group": "", "review_by": in_days(10).isoformat()}
    posted |= data
    if posted["owner_user"] == "both":
        posted |= {"owner_user": editor.pk, "owner_group": editors.pk}

    response = client.post(settings_url(page), posted)

    content = response.content.decode()
    assert response.status_code == 400
    assert message in content
    assert f'value="{posted["review_by"]}"' in content
    after = PageReview.objects.get(page=page)
    assert (after.owner_user_id, after.owner_group_id, after.review_by) == (
        before.owner_user_id,
        before.owner_group_id,
        before.review_by,
    )


def test_the_form_speaks_finnish_to_a_finnish_editor(client, site_tree, editor):
    profile = editor.wagtail_userprofile
    profile.preferred_language = "fi"
    profile.save()

    response = client.post(settings_url(site_tree.page("content", "fi")), {"review_by": ""})

    content = response.content.decode()
    assert response.status_code == 400
    assert "Omistaja ja tarkistuspäivä" in content
    assert "Valitse sivun omistajaksi henkilö tai ryhmä." in content


@pytest.mark.parametrize("who", REFUSED)
def test_others_may_not_change_a_page_owner(client, site_tree, who):
    page = site_tree.page("content", "fi")
    before = PageReview.objects.get(page=page)
    sign_in_refused(client, who)
    posted = {"owner_group": "", "owner_user": "", "review_by": in_days(400).isoformat()}

    for response in (client.get(settings_url(page)), client.post(settings_url(page), posted)):
        assert_refused(response)
    assert PageReview.objects.get(page=page).review_by == before.review_by


def test_the_report_filters_by_a_person_a_group_and_a_language(client, site_tree, editor):
    colleague = make_staff("sanna@example.fi", groups=(), first_name="Sanna")
    editors = Group.objects.get(name="Editors")
    PageReview.objects.update(review_by=in_days(365))
    owners = {"fi": {"owner_user": colleague}, "sv": {"owner_group": editors}, "en": {}}
    for code, owner in owners.items():
        PageReview.objects.filter(page=site_tree.page("content", code)).update(
            **({"review_by": in_days(-3), "owner_user": None, "owner_group": None} | owner)
        )
    titles = {code: site_tree.page("content", code).title for code in owners}

    by_person = client.get(REPORT, {"owner": f"user-{colleague.pk}"}).content.decode()
    by_group = client.get(REPORT, {"owner": f"group-{editors.pk}"}).content.decode()
    swedish = client.get(
        REPORT, {"language": site_tree.page("content", "sv").locale_id}
    ).content.decode()
    made_up = client.get(REPORT, {"owner": "user-999999"})

    assert titles["fi"] in by_person and titles["sv"] not in by_person
    assert titles["sv"] in by_group and titles["fi"] not in by_group
    assert titles["sv"] in swedish and titles["fi"] not in swedish and titles["en"] not in swedish
    assert "Sanna" in by_person  # offered among the owners
    assert made_up.status_code == 200  # an unknown owner is ignored, not a server error
