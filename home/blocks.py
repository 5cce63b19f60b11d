"""The StreamField blocks every page type shares."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    heading_text = blocks.CharBlock(max_length=150, label=_("Heading"))
    size = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use level 2 for main sections and level 3 inside them."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading that also appears in the page outline")
        preview_value = {"heading_text": "Kotoutumisen tuki kunnissa", "size": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document link")
        description = _("A link to a downloadable document with its type and size")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A highlighted quotation and who said it")
        preview_value = {
            "text": "Kumppanuus syntyy, kun toimijat tuntevat toisensa.",
            "attribution": "Kumppanuusohjelma",
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=150, label=_("Heading"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    link_text = blocks.CharBlock(max_length=80, label=_("Link text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External address"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box that leads the reader to a page or address")
        preview_value = {
            "heading": "Liity Kumppanuusalustalle",
            "text": "Verkostoidu ja työskentele yhdessä työtiloissa.",
            "link_text": "Lue lisää",
            "url": "https://example.fi/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external address.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Content"))


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=150, label=_("Heading"))
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Accordion")
        description = _("Questions or sections that the reader opens one at a time")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Text"),
        description=_("Paragraphs, lists and links"),
        preview_value=(
            "<p>Kotoutumisen osaamiskeskus tuottaa ja välittää tietoa kotoutumisesta.</p>"
        ),
    )
    image = ImageBlock()
    document = DocumentLinkBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TableBlock(
        template="blocks/table_block.html",
        label=_("Table"),
        description=_("A table with a caption and header cells"),
        icon="table",
    )
    embed = EmbedBlock(
        max_width=960,
        icon="media",
        template="blocks/embed_block.html",
        label=_("Embedded media"),
        description=_("A video or other media from a service such as YouTube"),
    )


class FeaturedLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        required=False, max_length=120, label=_("Title"), help_text=_("Defaults to the page title.")
    )
    description = blocks.TextBlock(required=False, max_length=300, label=_("Description"))

    class Meta:
        icon = "link"
        label = _("Featured link")
