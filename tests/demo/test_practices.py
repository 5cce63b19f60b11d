"""The demo good practices: the database and the glossary's page in every language, about 25
practices across regions, phases and criteria, and the demo member's proposals; seeded once."""

from collections import Counter

import pytest

from django.contrib.auth import get_user_model
from django.db import transaction

from demo import reader
from demo.loaders import blog as demo_blog
from demo.loaders import members as demo_members
from demo.loaders import practices as demo
from demo.seeding import SeedReport, demo_locales
from glossary.models import GlossaryPage
from practices.choices import Criterion, Phase
from practices.models import PracticeIndexPage, PracticePage, PracticeProposal
from tests.factories import build_site

pytestmark = pytest.mark.django_db

SLUGS = {
    PracticeIndexPage: {"fi": "hyvat-kaytannot", "sv": "goda-praxis", "en": "good-practices"},
    GlossaryPage: {"fi": "sanasto", "sv": "ordlista", "en": "glossary"},
}


@pytest.fixture(scope="module")
def demo_practices(django_db_setup, django_db_blocker):
    """The practices seeded once for the module over a small site; rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = build_site().page("home", "fi")
        get_user_model().objects.create_user("editor", "editor@example.fi", is_staff=True)
        demo_blog.seed_topics(demo_locales(), SeedReport())
        demo_members.seed(home, SeedReport())
        report = SeedReport()
        demo.seed(home, report)
        yield home, report
        transaction.set_rollback(True)


@pytest.fixture
def seeded(demo_practices, db):
    return demo_practices


def test_the_database_and_the_glossary_are_under_every_home_page_in_the_menu(seeded):
    for model, slugs in SLUGS.items():
        for code, slug in slugs.items():
            page = model.objects.get(locale__language_code=code)
            assert (page.slug, page.live, page.show_in_menus) == (slug, True, True)
            assert page.get_parent().specific.locale.language_code == code
            assert len(page.introduction) > 100


def test_every_language_has_the_same_25_or_so_practices_judged_on_every_criterion(seeded):
    specs = reader.data("practices")["practices"]
    assert 24 <= len(specs) <= 30
    per_language = Counter(
        PracticePage.objects.live().values_list("locale__language_code", flat=True)
    )
    assert per_language == {"fi": len(specs), "sv": len(specs), "en": len(specs)}

    finnish = PracticePage.objects.filter(locale__language_code="fi")
    assert len({region.code for page in finnish for region in page.regions.all()}) >= 10
    assert {page.phase for page in finnish} == set(Phase.values)
    for criterion in Criterion:
        met = Counter(getattr(page, f"{criterion.value}_met") for page in finnish)
        assert met[True] and met[False], criterion
    counts = Counter(page.criteria_met_count for page in finnish)
    assert counts[5] >= 2 and counts[3] + counts[4] >= 10 and counts[1] + counts[2] >= 2
    for page in PracticePage.objects.all():
        assert all(text for _criterion, _met, text in page.criteria), page.title
        assert page.regions.exists() and page.topics.exists(), page.title
        assert page.body and page.results and page.evaluation, page.title
        assert page.contact_email.endswith("@example.fi"), page.title
        assert "lorem" not in str(page.body).lower()


def test_a_practice_reads_in_swedish_as_a_translation_of_the_finnish_page(seeded, client):
    finnish = PracticePage.objects.get(slug="kielikahvila-ja-tyopaikkasuomi")
    swedish = finnish.get_translation(demo_locales()["sv"])
    assert swedish.title == "Språkcafé och finska på arbetsplatsen"
    assert list(swedish.regions.values_list("code", flat=True)) == ["pirkanmaa"]
    assert {topic.locale.language_code for topic in swedish.topics.all()} == {"sv"}
    assert finnish.contact_member.user.email == "laura.nieminen@example.fi"

    response = client.get(finnish.get_parent().get_translation(swedish.locale).url)
    assert response.status_code == 200
    assert (
        response.context["result_count"]
        == PracticePage.objects.filter(locale=swedish.locale).count()
    )
    assert client.get(swedish.url).status_code == 200


def test_the_demo_member_has_proposals_waiting_for_review_and_one_published(seeded):
    proposals = PracticeProposal.objects.filter(proposer__email="laura.nieminen@example.fi")
    statuses = Counter(proposals.values_list("status", flat=True))
    assert statuses == {
        PracticeProposal.Status.DRAFT: 1,
        PracticeProposal.Status.SUBMITTED: 1,
        PracticeProposal.Status.IN_REVIEW: 1,
        PracticeProposal.Status.RETURNED: 1,
        PracticeProposal.Status.PUBLISHED: 1,
    }
    returned = proposals.get(status=PracticeProposal.Status.RETURNED)
    assert returned.review_comment and returned.reviewer.username == "editor"
    assert proposals.get(status=PracticeProposal.Status.DRAFT).submitted_at is None
    published = proposals.get(status=PracticeProposal.Status.PUBLISHED)
    assert published.practice.slug == "kielikahvila-ja-tyopaikkasuomi"


def test_seeding_again_adds_nothing(seeded):
    home, report = seeded
    assert report.created
    pages, proposals = PracticePage.objects.count(), PracticeProposal.objects.count()

    again = SeedReport()
    demo.seed(home, again)

    assert again.created == []
    assert (PracticePage.objects.count(), PracticeProposal.objects.count()) == (pages, proposals)
