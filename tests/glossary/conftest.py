import pytest

from glossary.models import GlossaryPage

from .builders import make_concept

GLOSSARY = {
    "fi": ("Sanasto", "sanasto"),
    "sv": ("Ordlista", "ordlista"),
    "en": ("Glossary", "glossary"),
}


def add_glossary(home):
    title, slug = GLOSSARY[home.locale.language_code]
    page = home.add_child(instance=GlossaryPage(title=title, slug=slug, locale=home.locale))
    page.save_revision().publish()
    return page


@pytest.fixture
def glossaries(site_tree):
    """The glossary in Finnish, and its Swedish and English translations."""
    finnish = add_glossary(site_tree.page("home", "fi"))
    pages = {"fi": finnish}
    for code in ("sv", "en"):
        translated = finnish.copy_for_translation(site_tree.page("home", code).locale)
        translated.title, translated.slug = GLOSSARY[code]
        translated.save_revision().publish()
        pages[code] = GlossaryPage.objects.get(pk=translated.pk)
    return pages


@pytest.fixture
def integration(db):
    concept = make_concept(
        "kotoutuminen",
        "integration",
        "integration",
        synonyms=[("fi", "integroituminen")],
        deprecated=[("sv", "integrering")],
        definitions={
            "fi": "Maahanmuuttajan ja yhteiskunnan vuorovaikutteinen kehitys.",
            "sv": "En växelverkan mellan invandraren och samhället.",
            "en": "Interactive development involving immigrants and society as a whole.",
        },
        source="Laki kotoutumisen edistämisestä 681/2023",
    )
    concept.definitions.filter(language="fi").update(note="Vrt. kotouttaminen.")
    return concept


@pytest.fixture
def workspace_term(db):
    return make_concept("työtila", "arbetsrum", "workspace")
