"""Every block an editor can put on a page renders for the reader, and bad input is refused."""

import io

import pytest
from PIL import Image as PILImage

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image

from home.blocks import CallToActionBlock, ImageBlock

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=kotoutuminen"


def make_image(title="Kuvitus"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 400), "#00437a").save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="kuvitus.png"))


@pytest.fixture
def page_with_every_block(site_tree):
    image = make_image()
    document = Document.objects.create(
        title="Kotoutumisen kokonaiskatsaus",
        file=ContentFile(b"%PDF-1.4 " + b"x" * 2048, name="katsaus.pdf"),
    )
    # A stored oEmbed answer, so that rendering needs no network.
    Embed.objects.create(
        hash=get_embed_hash(VIDEO_URL, 960),
        url=VIDEO_URL,
        max_width=960,
        type="video",
        html='<iframe title="Webinaari" src="https://www.youtube-nocookie.com/embed/x"></iframe>',
        title="Webinaari",
    )
    page = site_tree.page("content", "fi")
    page.body = [
        ("heading", {"heading_text": "Palvelut kunnissa", "size": "h2"}),
        ("heading", {"heading_text": "Alaotsikko", "size": "h3"}),
        ("paragraph", '<p>Teksti ja <a href="https://example.fi/">linkki</a>.</p>'),
        ("image", {"image": image, "alt_text": "Kolme sinistä ympyrää", "caption": "Kuvitus"}),
        ("document", {"document": document, "title": ""}),
        ("quote", {"text": "Yhdessä enemmän.", "attribution": "Kumppanuusohjelma"}),
        (
            "call_to_action",
            {
                "heading": "Liity",
                "text": "Tule mukaan.",
                "link_text": "Lue lisää",
                "page": site_tree.page("section", "fi"),
                "url": "",
            },
        ),
        (
            "accordion",
            {
                "title": "Usein kysyttyä",
                "items": [{"title": "Kuka voi liittyä?", "body": "<p>Ammattilaiset.</p>"}],
            },
        ),
        (
            "table",
            {
                "data": [["Alue", "Toimijoita"], ["Uusimaa", "120"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Toimijat alueittain",
            },
        ),
        ("embed", VIDEO_URL),
    ]
    page.save_revision().publish()
    return page


def test_every_block_type_renders_on_the_page(client, page_with_every_block, site_tree):
    content = client.get(page_with_every_block.url).content.decode()

    assert "<h2>Palvelut kunnissa</h2>" in content
    assert "<h3>Alaotsikko</h3>" in content
    assert '<a href="https://example.fi/">linkki</a>' in content
    assert 'alt="Kolme sinistä ympyrää"' in content
    assert "<figcaption>Kuvitus</figcaption>" in content
    assert "Kotoutumisen kokonaiskatsaus</a>" in content
    assert "(PDF, 2,0\xa0KB)" in content
    assert "<blockquote><p>Yhdessä enemmän.</p></blockquote>" in content
    assert f'href="{site_tree.page("section", "fi").url}">Lue lisää</a>' in content
    assert "<summary>Kuka voi liittyä?</summary>" in content
    assert "<caption>Toimijat alueittain</caption>" in content
    assert '<th scope="col"' in content
    assert 'src="https://www.youtube-nocookie.com/embed/x"' in content


def test_call_to_action_leads_to_the_translation_in_the_readers_language(
    client, page_with_every_block, site_tree
):
    translated = site_tree.page("content", "sv")
    translated.body = page_with_every_block.body
    translated.save_revision().publish()

    content = client.get(translated.url).content.decode()

    assert f'href="{site_tree.page("section", "sv").url}">Lue lisää</a>' in content


def test_image_block_requires_alternative_text(db):
    block = ImageBlock()

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": make_image().pk, "alt_text": "", "caption": ""}))

    assert "alt_text" in error.value.block_errors


def test_call_to_action_needs_exactly_one_destination(site_tree):
    block = CallToActionBlock()
    base = {"heading": "Liity", "text": "", "link_text": "Lue"}

    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**base, "page": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {**base, "page": site_tree.page("home").pk, "url": "https://example.fi/"}
            )
        )
    assert block.clean(block.to_python({**base, "page": None, "url": "https://example.fi/"}))
