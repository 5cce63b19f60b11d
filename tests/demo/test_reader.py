"""The demo content files (demo/content/README.md) as demo.reader reads them: Markdown becomes
the rich text Wagtail stores, `##` headings and `:::` blocks become blocks in place, and a
file that breaks the rules is refused with its name; and every file of the demo keeps them."""

import pytest

from demo import reader
from demo.reader import LANGUAGES, ContentError

PAGE_FOLDERS = {"pages": "blocks", "blog": "blocks", "news": "blocks", "events": "blocks"}


def write_page(folder, key, fields_by_language, body="Teksti."):
    for code, fields in fields_by_language.items():
        lines = "".join(f"{name}: {value}\n" for name, value in fields.items())
        (folder / f"{key}.{code}.md").write_text(f"---\n{lines}---\n{body}\n", encoding="utf-8")


def test_markdown_becomes_the_rich_text_an_editor_stores():
    html = reader.rich_text(
        "Lue **ensin** tämä ja *sitten*\n[ohje](https://example.fi/).\n\n- yksi\n- kaksi\n\nLoppu."
    )

    assert html == (
        '<p>Lue <b>ensin</b> tämä ja <i>sitten</i> <a href="https://example.fi/">ohje</a>.</p>'
        "<ul><li>yksi</li><li>kaksi</li></ul><p>Loppu.</p>"
    )


def test_a_body_is_its_text_headings_and_blocks_in_order():
    body = "Alku.\n\n## Otsikko\n\nTeksti.\n\n::: quote\ntext: Sitaatti\nattribution: Joku\n:::\n"

    assert reader.blocks(body) == [
        ("paragraph", "<p>Alku.</p>"),
        ("heading", "Otsikko"),
        ("paragraph", "<p>Teksti.</p>"),
        ("quote", {"text": "Sitaatti", "attribution": "Joku"}),
    ]
    assert reader.blocks(body, headings="inline")[0] == (
        "paragraph",
        "<p>Alku.</p><h2>Otsikko</h2><p>Teksti.</p>",
    )


def test_an_accordion_item_is_markdown_too():
    body = "::: accordion\ntitle: Lyhyesti\nitems:\n- title: Yksi\n  body: On **tärkeä**.\n:::"

    (block,) = reader.blocks(body)

    assert block == (
        "accordion",
        {"title": "Lyhyesti", "items": [{"title": "Yksi", "body": "<p>On <b>tärkeä</b>.</p>"}]},
    )


def test_a_block_without_its_closing_line_is_refused():
    with pytest.raises(ContentError, match="no closing"):
        reader.blocks("::: quote\ntext: Sitaatti\n", path="sivu.fi.md")


def test_a_page_has_its_own_fields_by_language_and_the_finnish_files_shared_ones(tmp_path):
    write_page(
        tmp_path,
        "sivu",
        {
            "fi": {"title": "Sivu", "slug": "sivu", "parent": "koti"},
            "sv": {"title": "Sida", "slug": "sida"},
            "en": {"title": "Page", "slug": "page"},
        },
    )

    # An absolute folder is read as it is (pathlib ignores what comes before it).
    spec = reader.page(tmp_path, "sivu")

    assert spec["title"] == {"fi": "Sivu", "sv": "Sida", "en": "Page"}
    assert spec["parent"] == "koti"
    assert spec["body"]["sv"] == [("paragraph", "<p>Teksti.</p>")]


@pytest.mark.parametrize(
    ("swedish", "english"),
    [
        ({"title": "Sida"}, {"title": "Page", "slug": "page"}),  # Swedish lacks the slug
        ({"title": "Sida", "hero": "x"}, {"title": "Page", "hero": "x"}),  # not in Finnish
    ],
)
def test_a_translation_with_other_fields_is_refused(tmp_path, swedish, english):
    write_page(tmp_path, "sivu", {"fi": {"title": "Sivu", "slug": "sivu"}, "sv": swedish})
    write_page(tmp_path, "sivu", {"en": english})

    with pytest.raises(ContentError, match="sivu"):
        reader.page(tmp_path, "sivu")


def test_a_page_missing_a_language_is_refused(tmp_path):
    write_page(tmp_path, "sivu", {"fi": {"title": "Sivu"}, "sv": {"title": "Sida"}})

    with pytest.raises(ContentError, match=r"sivu\.en\.md is missing"):
        reader.page(tmp_path, "sivu")


def test_the_demo_pages_have_the_same_blocks_in_every_language_and_existing_references():
    images = reader.data("images")
    topics = {spec["key"] for spec in reader.data("topics")}
    authors = {spec["key"] for spec in reader.data("authors")}
    pages = {spec["key"] for spec in reader.pages("pages")}
    for folder, headings in PAGE_FOLDERS.items():
        for spec in reader.pages(folder, headings):
            kinds = {code: [kind for kind, _value in spec["body"][code]] for code in LANGUAGES}
            assert kinds["sv"] == kinds["fi"] == kinds["en"], (folder, spec["key"])
            assert set(spec.get("topics", [])) <= topics, (folder, spec["key"])
            assert set(spec.get("authors", [])) <= authors, (folder, spec["key"])
            for image in (spec.get("image"), spec.get("hero_image")):
                assert image is None or image in images, (folder, spec["key"])
            for code in LANGUAGES:
                for kind, value in spec["body"][code]:
                    if kind == "call_to_action":
                        assert value["page"] in pages, (folder, spec["key"])
                    if kind == "image":
                        assert value["image"] in images, (folder, spec["key"])
    assert set(reader.page("", "home")["featured"]) <= pages


def test_the_content_folder_holds_no_python():
    assert not list(reader.CONTENT_DIR.rglob("*.py"))
