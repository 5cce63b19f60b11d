"""Visitors browse, filter and search the materials bank of their language."""

import re

import pytest

from materials.models import Material, MaterialIndexPage

from .conftest import pdf_document

pytestmark = pytest.mark.django_db


def titles(response):
    return [m.title for m in response.context["materials"]]


@pytest.fixture
def materials(bank, topics, make_material):
    return {
        "welcome_ar": make_material(
            "Tervetuloa Suomeen -opas",
            description="Perustietoa Suomesta uusille asukkaille.",
            material_type=Material.Type.GUIDE,
            languages=["ar", "so", "fi"],
            topics=[topics["work"]],
        ),
        "report": make_material(
            "Kotoutumisen tilannekatsaus",
            description="Raportti kotoutumisen tilasta kunnissa.",
            material_type=Material.Type.REPORT,
            languages=["fi"],
            topics=[topics["education"]],
        ),
        "template": make_material(
            "Kotoutumissuunnitelman pohja",
            description="Malli, jota kunnat voivat muokata.",
            material_type=Material.Type.TEMPLATE,
            languages=["fi", "sv"],
            topics=[topics["work"], topics["education"]],
        ),
        "plain": make_material(
            "Selkokielinen opas työnhakuun",
            description="Työnhaun vaiheet helposti.",
            material_type=Material.Type.GUIDE,
            languages=["fi-plain"],
            topics=[topics["work"]],
        ),
    }


def test_the_bank_lists_every_live_material_of_its_language(client, bank, materials):
    response = client.get(bank.url)
    assert response.status_code == 200
    assert len(titles(response)) == 4
    assert response.context["result_count"] == 4


def test_filter_by_type(client, bank, materials):
    response = client.get(bank.url, {"type": "guide"})
    assert sorted(titles(response)) == ["Selkokielinen opas työnhakuun", "Tervetuloa Suomeen -opas"]


def test_filter_by_topic_matches_the_topic_in_every_language(
    client, swedish_bank, topics, make_material
):
    sv_topic = topics["work"].copy_for_translation(swedish_bank.locale)
    sv_topic.name, sv_topic.slug = "Sysselsättning", "sysselsattning"
    sv_topic.save()
    # Linked to the Finnish topic by mistake, it still shows under the Swedish one.
    make_material("Välkommen till Finland", locale="sv", topics=[topics["work"]])
    make_material("Rapport", locale="sv")
    response = client.get(swedish_bank.url, {"topic": "sysselsattning"})
    assert titles(response) == ["Välkommen till Finland"]


def test_filter_by_material_language(client, bank, materials):
    response = client.get(bank.url, {"language": "ar"})
    assert titles(response) == ["Tervetuloa Suomeen -opas"]
    response = client.get(bank.url, {"language": "fi-plain"})
    assert titles(response) == ["Selkokielinen opas työnhakuun"]


def test_filters_combine_and_options_show_their_result_counts(client, bank, materials):
    response = client.get(bank.url, {"type": "guide", "topic": "tyollisyys", "language": "fi"})
    assert titles(response) == ["Tervetuloa Suomeen -opas"]
    html = response.content.decode()
    assert re.search(r'<h2 id="material-results"[^>]*>\s*1 ', html)
    # With the topic and language chosen, the types count what each would give.
    assert re.search(r'<option value="template">[^<]*\(1\)</option>', html)
    assert re.search(r'<option value="guide" selected>[^<]*\(1\)</option>', html)
    assert re.search(r'<option value="report">[^<]*\(0\)</option>', html)
    assert '<option value="tyollisyys" selected>' in html
    assert '<option value="fi" selected>' in html


def test_unknown_filter_values_are_ignored(client, bank, materials):
    response = client.get(
        bank.url, {"type": "x", "topic": "<script>", "language": "zz", "page": "a"}
    )
    assert response.status_code == 200
    assert len(titles(response)) == 4


def test_search_finds_by_title_and_by_description(client, bank, materials):
    assert titles(client.get(bank.url, {"q": "Tervetuloa"})) == ["Tervetuloa Suomeen -opas"]
    # "kunnissa" and "kunnat" are one word: both materials that mention municipalities are found.
    assert set(titles(client.get(bank.url, {"q": "kunnissa"}))) == {
        "Kotoutumisen tilannekatsaus",
        "Kotoutumissuunnitelman pohja",
    }


def test_search_combines_with_filters(client, bank, materials):
    response = client.get(bank.url, {"q": "opas", "language": "fi-plain"})
    assert titles(response) == ["Selkokielinen opas työnhakuun"]


@pytest.mark.parametrize(
    "query",
    # Control characters get the 400 page first (tests/fuzz/test_control_characters.py).
    ['"', "'", '"opas', "!!!", "&|!():*", "-", "\\", "%_", "a" * 1000, "opas " * 200],
)
def test_odd_search_input_never_fails(client, bank, materials, query):
    response = client.get(bank.url, {"q": query})
    assert response.status_code == 200


def test_chosen_filters_are_kept_in_pagination_links(client, bank, make_material):
    for number in range(25):
        make_material(f"Opas {number:02}", languages=["so"])
    response = client.get(bank.url, {"language": "so", "q": "opas"})
    html = response.content.decode()
    assert 'href="?language=so&amp;q=opas&amp;page=2#material-results"' in html
    second = client.get(bank.url, {"language": "so", "q": "opas", "page": 2})
    assert len(titles(second)) == 5
    assert 'value="opas"' in second.content.decode()


def test_a_page_past_the_end_is_not_found(client, bank, materials):
    assert client.get(bank.url, {"page": 9}).status_code == 404


def test_drafts_and_other_languages_do_not_leak(client, bank, materials, make_material):
    make_material("Luonnos", live=False)
    make_material("Välkommen till Finland", locale="sv")
    response = client.get(bank.url)
    assert "Luonnos" not in titles(response)
    assert "Välkommen till Finland" not in titles(response)
    assert client.get(bank.url, {"q": "Luonnos"}).context["result_count"] == 0


def test_no_results_are_told(client, bank, materials):
    response = client.get(bank.url, {"q": "olematon"})
    assert response.context["result_count"] == 0
    assert "material-list" not in response.content.decode()


def test_languages_are_named_in_their_own_language_with_lang(client, bank, materials):
    html = client.get(bank.url, {"language": "ar"}).content.decode()
    assert '<span lang="ar" dir="rtl">العربية</span>' in html
    assert '<span lang="so">Soomaali</span>' in html


def test_a_document_shows_file_type_and_size_and_downloads_as_pdf(client, bank, make_material):
    document = pdf_document("Tervetuloa Suomeen")
    make_material("Tervetuloa Suomeen -opas", document=document)
    html = client.get(bank.url).content.decode()
    assert f'href="{document.url}"' in html
    size = document.get_file_size()
    assert f"(PDF, {size}\xa0tavua)" in html

    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    # Wagtail lets browsers show PDFs inline; the page's link has `download` to save it.
    assert 'filename="tervetuloa-suomeen.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_an_external_link_is_marked(client, bank, materials):
    html = client.get(bank.url).content.decode()
    assert 'href="https://example.fi/aineisto" rel="external"' in html


def test_the_bank_runs_few_queries_however_many_materials(
    client, bank, topics, make_material, django_assert_max_num_queries, monkeypatch
):
    def add(count, start=0):
        for number in range(start, start + count):
            make_material(
                f"Aineisto {number}",
                languages=["fi", "ar"],
                topics=list(topics.values()),
                document=pdf_document(f"Aineisto {number}") if number % 2 else None,
            )

    monkeypatch.setattr(MaterialIndexPage, "materials_per_page", 50)
    params = {"topic": "koulutus", "language": "ar"}
    add(2)
    client.get(bank.url)  # warm the site root cache
    with django_assert_max_num_queries(30) as few:
        client.get(bank.url, params)
    add(48, start=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(bank.url, params)
    assert response.context["result_count"] == 50
    assert response.content.decode().count('class="material-card"') == 50


def test_a_material_needs_a_document_or_a_link_but_not_both(make_material):
    from django.core.exceptions import ValidationError

    material = Material(title="Opas", description="x", link="")
    with pytest.raises(ValidationError):
        material.clean()
    material.link = "https://example.fi/"
    material.document = pdf_document()
    with pytest.raises(ValidationError):
        material.clean()
