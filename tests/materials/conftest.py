import pytest

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.models import Locale

from home.models import Topic
from materials.models import Language, Material, MaterialIndexPage
from materials.pdf import one_page_pdf

BANK = {
    "fi": ("Materiaalipankki", "materiaalipankki"),
    "sv": ("Materialbank", "materialbank"),
    "en": ("Materials bank", "materials"),
}


def add_bank(home):
    title, slug = BANK[home.locale.language_code]
    bank = home.add_child(instance=MaterialIndexPage(title=title, slug=slug, locale=home.locale))
    bank.save_revision().publish()
    return bank


def pdf_document(title="Opas"):
    data = one_page_pdf(title)
    document = Document(title=title, file_size=len(data))
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


@pytest.fixture
def bank(site_tree):
    return add_bank(site_tree.page("home", "fi"))


@pytest.fixture
def swedish_bank(site_tree):
    return add_bank(site_tree.page("home", "sv"))


@pytest.fixture
def topics(db):
    fi = Locale.objects.get_or_create(language_code="fi")[0]
    return {
        "work": Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=fi),
        "education": Topic.objects.create(name="Koulutus", slug="koulutus", locale=fi),
    }


@pytest.fixture
def make_material(db):
    def make(title, locale="fi", languages=("fi",), topics=(), document=None, **fields):
        fields.setdefault("description", f"Kuvaus: {title}")
        if document is None and "link" not in fields:
            fields["link"] = "https://example.fi/aineisto"
        material = Material.objects.create(
            title=title,
            locale=Locale.objects.get(language_code=locale),
            document=document,
            **fields,
        )
        material.languages.set(Language.objects.filter(code__in=languages))
        material.topics.set(list(topics))
        material.save()
        return material

    return make
