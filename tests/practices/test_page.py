"""A practice's own page: its facts, the panel's judgement, materials and contact."""

import pytest

from practices.models import PracticePage
from tests.extranet.builders import make_member, make_organisation
from tests.materials.conftest import pdf_document

from .test_listing import add_index, add_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_index(site_tree):
    return add_index(site_tree.page("home", "en"))


@pytest.fixture
def practice(english_index):
    practice = add_practice(
        english_index,
        "Job mentors",
        slug="job-mentors",
        summary="Volunteers from local firms mentor newcomers looking for work.",
        regions=["uusimaa", "pirkanmaa"],
        targets=["work-migrants"],
        phase="established",
        start_year=2021,
        end_year=2024,
        funding="European Social Fund Plus",
        other_organisations="Helsinki Chamber of Commerce",
        results="<p>Two thirds found work within a year.</p>",
        evaluation="<p>Interviews and follow-up surveys.</p>",
        contact_name="Aino Korhonen",
        contact_email="aino.korhonen@example.fi",
        met=("goal_oriented", "client_centred", "effective", "modellable"),
        effective_justification="Follow-up shows employment rose.",
        generalisable_justification="Depends on local firms taking part.",
    )
    practice.organisations.add(make_organisation("City of Espoo"))
    practice.materials = [
        ("document", {"document": pdf_document("Mentoring guide"), "title": ""}),
        ("link", {"title": "Project site", "url": "https://example.fi/mentors"}),
    ]
    practice.save_revision().publish()
    return PracticePage.objects.get(pk=practice.pk)


def test_the_page_shows_the_facts_results_and_materials(client, practice):
    response = client.get(practice.url)
    content = response.content.decode()
    assert response.status_code == 200
    for text in (
        "City of Espoo, Helsinki Chamber of Commerce",
        "Uusimaa, Pirkanmaa",
        "People who moved for work",
        "Established",
        "2021–2024",
        "European Social Fund Plus",
        "Two thirds found work within a year.",
        "Interviews and follow-up surveys.",
        'Mentoring guide</a> <span class="practice-materials__file">(PDF,',
        'href="https://example.fi/mentors" rel="external">Project site',
        "aino.korhonen@example.fi",
    ):
        assert text in content, text
    assert '<meta name="description" content="Volunteers from local firms' in content
    assert 'property="og:title" content="Job mentors"' in content
    assert 'class="breadcrumbs"' in content or 'aria-label="Breadcrumb' in content


def test_each_criterion_says_met_or_not_in_words_with_the_panels_justification(client, practice):
    content = client.get(practice.url).content.decode()
    assert "meets 4 of the five criteria" in content
    assert "Effective: met</h3>" in content
    assert "Generalisable: not met</h3>" in content
    assert "Follow-up shows employment rose." in content
    assert "Depends on local firms taking part." in content


def test_an_active_contact_member_gets_a_link_to_the_directory(client, practice):
    profile = make_member(email="mentor@example.fi", first_name="Aino", last_name="Korhonen")
    user = profile.user
    PracticePage.objects.filter(pk=practice.pk).update(contact_member=profile)
    content = client.get(practice.url).content.decode()
    assert "See the profile in the member directory" in content
    assert f"/members/{profile.pk}/" in content

    user.is_active = False
    user.save()
    content = client.get(practice.url).content.decode()
    assert "See the profile in the member directory" not in content


def test_a_practice_page_runs_a_bounded_number_of_queries(
    client, practice, django_assert_max_num_queries
):
    client.get(practice.url)
    with django_assert_max_num_queries(30):
        assert client.get(practice.url).status_code == 200
