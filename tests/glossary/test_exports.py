"""Translators download the glossary per language pair as TBX and CSV."""

import csv
import io

import pytest
from translate.storage.tbx import tbxfile

pytestmark = pytest.mark.django_db


def export(client, glossary, pair, file_format):
    return client.get(f"{glossary.url}export/{pair}/{file_format}/")


def test_the_tbx_export_is_read_back_by_a_tbx_parser(
    client, glossaries, integration, workspace_term
):
    response = export(client, glossaries["fi"], "fi-sv", "tbx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="sanasto-fi-sv.tbx"'
    assert b'<martif type="TBX-Basic" xml:lang="fi">' in response.content
    store = tbxfile.parsestring(response.content, sourcelanguage="fi", targetlanguage="sv")
    units = {unit.source: unit for unit in store.units}
    assert set(units) == {"kotoutuminen", "työtila"}
    assert units["työtila"].target == "arbetsrum"
    fi_terms = {
        term.text: term.administrative_status for term in units["kotoutuminen"].get_source_terms()
    }
    assert fi_terms == {
        "kotoutuminen": "preferredTerm-admn-sts",
        "integroituminen": "admittedTerm-admn-sts",
    }
    sv_terms = units["kotoutuminen"].get_target_terms()
    assert [(t.text, t.deprecated) for t in sv_terms] == [
        ("integration", False),
        ("integrering", True),
    ]
    # English is not in the Finnish–Swedish pair.
    assert b'xml:lang="en"' not in response.content


def test_the_csv_export_opens_in_a_spreadsheet(client, glossaries, integration):
    integration.source = '=HYPERLINK("http://example.org")'
    integration.save()
    response = export(client, glossaries["en"], "en-fi", "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["en"], row["fi"], row["fi synonyms"]) == (
        "integration",
        "kotoutuminen",
        "integroituminen",
    )
    assert row["fi definition"] == "Maahanmuuttajan ja yhteiskunnan vuorovaikutteinen kehitys."
    assert row["fi note"] == "Vrt. kotouttaminen."
    # A cell that would be a formula in a spreadsheet stays text.
    assert row["source"].startswith("'=")


def test_the_glossary_page_links_its_exports(client, glossaries, integration):
    content = client.get(glossaries["sv"].url).content.decode()
    assert f'href="{glossaries["sv"].url}export/sv-fi/tbx/"' in content
    assert f'href="{glossaries["sv"].url}export/sv-en/csv/"' in content


@pytest.mark.parametrize("pair", ["fi-fi", "fi-de", "xx-yy"])
def test_an_unknown_language_pair_is_not_found(client, glossaries, pair):
    assert export(client, glossaries["fi"], pair, "tbx").status_code == 404
