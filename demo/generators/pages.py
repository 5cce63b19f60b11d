"""Generated public pages for benchmarks (`seed_demo --pages N`): N content pages in each
language, with varied titles and introductions drawn from the subjects of integration work."""

import random

from wagtail.models import Locale

from demo.bulk import bulk_content_pages
from home.models import HomePage

SUBJECTS = {
    "fi": [
        "Kotoutumisen tuki",
        "Kielikoulutus",
        "Työllisyyspalvelut",
        "Asuminen ja arki",
        "Perheiden palvelut",
        "Ohjaus ja neuvonta",
        "Kansainvälistä suojelua saavat",
        "Osaamisen tunnistaminen",
        "Kuntien kotoutumisohjelmat",
        "Järjestöjen hankkeet",
    ],
    "sv": [
        "Stöd för integration",
        "Språkutbildning",
        "Sysselsättningstjänster",
        "Boende och vardag",
        "Tjänster för familjer",
        "Handledning och rådgivning",
        "Personer som får internationellt skydd",
        "Erkännande av kompetens",
        "Kommunernas integrationsprogram",
        "Organisationernas projekt",
    ],
    "en": [
        "Integration support",
        "Language training",
        "Employment services",
        "Housing and daily life",
        "Services for families",
        "Guidance and counselling",
        "Beneficiaries of international protection",
        "Recognition of skills",
        "Municipal integration programmes",
        "Projects of organisations",
    ],
}
REGIONS = ["Uusimaa", "Pirkanmaa", "Varsinais-Suomi", "Pohjois-Pohjanmaa", "Pohjanmaa", "Lappi"]
INTRODUCTIONS = {
    "fi": "{subject}: ajankohtaista tietoa ja hyviä käytäntöjä alueelta {region}, osa {n}.",
    "sv": "{subject}: aktuell information och goda exempel från {region}, del {n}.",
    "en": "{subject}: current information and good practice from {region}, part {n}.",
}
SECTION_TITLES = {"fi": "Arkisto", "sv": "Arkiv", "en": "Archive"}


def build_pages(count, rng=None):
    """`count` content pages under a new archive section of each language's home page."""
    rng = rng or random.Random(2026)  # noqa: S311
    made = 0
    for language, subjects in SUBJECTS.items():
        home = HomePage.objects.filter(locale=Locale.objects.get(language_code=language)).first()
        if home is None:
            continue
        texts = []
        for n in range(count):
            subject, region = rng.choice(subjects), rng.choice(REGIONS)
            texts.append(
                (
                    f"{subject} – {region} {n + 1}",
                    INTRODUCTIONS[language].format(subject=subject, region=region, n=n + 1),
                )
            )
        bulk_content_pages(home, texts, section_title=SECTION_TITLES[language])
        made += count
    return made
