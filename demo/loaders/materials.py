"""Demo materials bank: an index page per language and about 30 materials in each
(demo/content/materials.yaml), with small generated PDF documents and some external links."""

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents.models import Document

from demo import reader
from demo.reader import LANGUAGES
from demo.seeding import demo_locales, demo_topics, seed_index_page
from materials.models import Language, Material, MaterialIndexPage
from materials.pdf import one_page_pdf


def seed(home, report):
    locales = demo_locales()
    spec = reader.data("index_pages")["materials"]
    seed_index_page(home, MaterialIndexPage, spec, locales, report, "materials bank")
    topics = demo_topics(locales)
    languages = {language.code: language for language in Language.objects.all()}
    for spec in _material_specs():
        _seed_material(spec, locales, topics, languages, report)


def _material_specs():
    guide = reader.data("materials")["welcome_guide"]
    for version in guide["versions"]:
        code = version["language"]
        yield {
            "key": f"welcome-to-finland-{code}",
            "type": guide["type"],
            "languages": [code],
            "topics": guide["topics"],
            "publisher": guide["publisher"],
            "year": guide["year"],
            "title": {
                language: guide["title"][language].format(name=version["name"][language])
                for language in LANGUAGES
            },
            "description": guide["description"],
        }
    yield from reader.data("materials")["materials"]


def _seed_material(spec, locales, topics, languages, report):
    original = Material.objects.filter(locale=locales["fi"], title=spec["title"]["fi"]).first()
    if original is None:
        original = Material(locale=locales["fi"], **_fields(spec, "fi"))
        original.save()
        _relate(original, spec, "fi", topics, languages)
        report.created.append(f"material {spec['key']}")
    for code in LANGUAGES[1:]:
        if original.get_translation_or_none(locales[code]) is None:
            translated = original.copy_for_translation(locales[code])
            for name, value in _fields(spec, code).items():
                setattr(translated, name, value)
            translated.save()
            _relate(translated, spec, code, topics, languages)


def _fields(spec, code):
    fields = {
        "title": spec["title"][code],
        "description": spec["description"][code],
        "material_type": spec["type"],
        "publisher": spec["publisher"],
        "year": spec["year"],
        "live": True,
    }
    if spec.get("link"):
        fields.update(link=spec["link"], document=None)
    else:
        fields.update(link="", document=_document(spec))
    return fields


def _relate(material, spec, code, topics, languages):
    material.languages.set([languages[c] for c in spec["languages"] if c in languages])
    material.topics.set([topics[key, code] for key in spec["topics"] if (key, code) in topics])
    material.save()


def _document(spec):
    """One small PDF per material, shared by its language versions."""
    title = spec["title"]["fi"]
    document = Document.objects.filter(title=title).first()
    if document is None:
        data = one_page_pdf(spec["title"]["en"])
        document = Document(title=title, file_size=len(data))
        document.file.save(f"{slugify(spec['key'])}.pdf", ContentFile(data), save=False)
        document._set_document_file_metadata()
        document.save()
    return document
