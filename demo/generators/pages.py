"""Generated public pages for benchmarks (`seed_demo --pages N`): N content pages in each
language, with varied titles and introductions drawn from the subjects of integration work
(demo/content/generated/pages.yaml)."""

import random

from wagtail.models import Locale

from demo import reader
from demo.bulk import bulk_content_pages
from home.models import HomePage


def build_pages(count, rng=None):
    """`count` content pages under a new archive section of each language's home page."""
    rng = rng or random.Random(2026)  # noqa: S311
    texts = reader.data("generated/pages")
    made = 0
    for language, subjects in texts["subjects"].items():
        home = HomePage.objects.filter(locale=Locale.objects.get(language_code=language)).first()
        if home is None:
            continue
        pages = []
        for n in range(count):
            subject, region = rng.choice(subjects), rng.choice(texts["regions"])
            introduction = texts["introductions"][language]
            pages.append(
                (
                    f"{subject} – {region} {n + 1}",
                    introduction.format(subject=subject, region=region, n=n + 1),
                )
            )
        bulk_content_pages(home, pages, section_title=texts["section_titles"][language])
        made += count
    return made
