"""The demo materials bank: an index per language and about 30 materials each, seeded once."""

import pytest

from demo.loaders import materials as demo
from demo.seeding import SeedReport
from materials.models import Material, MaterialIndexPage

pytestmark = pytest.mark.django_db


def test_the_demo_bank_is_seeded_in_every_language_once(client, site_tree):
    home = site_tree.page("home", "fi")
    report = SeedReport()
    demo.seed(home, report)
    assert report.created

    for code, slug in (("fi", "materiaalipankki"), ("sv", "materialbank"), ("en", "materials")):
        index = MaterialIndexPage.objects.get(locale__language_code=code)
        assert index.slug == slug
        assert index.show_in_menus
        assert Material.objects.filter(locale__language_code=code, live=True).count() >= 30
    arabic = Material.objects.get(title="Tervetuloa Suomeen -opas (arabia)")
    assert [language.code for language in arabic.languages.all()] == ["ar"]
    assert arabic.document.file_extension == "pdf"
    swedish = arabic.get_translation(MaterialIndexPage.objects.get(slug="materialbank").locale)
    assert swedish.title == "Välkommen till Finland-guiden (arabiska)"
    assert swedish.document_id == arabic.document_id
    assert Material.objects.filter(link__startswith="https://example.fi/").exists()

    again = SeedReport()
    demo.seed(home, again)
    assert again.created == []
    assert client.get("/sv/materialbank/?language=ar").context["result_count"] == 4
