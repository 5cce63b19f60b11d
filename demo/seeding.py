"""What every demo loader uses: the report of what was made, the seeding transaction, and
pages and snippets written in every demo language from their specs (demo.reader)."""

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings

from wagtail.images.models import Image
from wagtail.models import Locale

from demo.reader import LANGUAGES, data
from home.models import Topic


@dataclass
class SeedReport:
    created: list = field(default_factory=list)
    credentials: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created)


@contextmanager
def seeding():
    """One transaction; no redirects (translations are copies whose slugs are then changed, which
    is no move to redirect from); and one search index rebuild at the end instead of one update
    per save."""
    backends = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    quiet = override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False, WAGTAILSEARCH_BACKENDS=backends)
    with quiet, transaction.atomic():
        yield
    call_command("update_index", verbosity=0)


def demo_locales():
    """The demo languages' locales by language code (the home loader creates them)."""
    return {code: Locale.objects.get(language_code=code) for code in LANGUAGES}


def demo_images():
    return {key: Image.objects.get(title=f"demo-{key}") for key in data("images")}


def block_value(block, code, pages, images):
    """A StreamField block from the demo content's (type, value) form."""
    kind, value = block
    if kind == "heading":
        return ("heading", {"heading_text": value, "size": "h2"})
    if kind == "paragraph":
        return ("paragraph", value)
    if kind == "quote":
        return ("quote", value)
    if kind == "accordion":
        return ("accordion", value)
    if kind == "call_to_action":
        target = pages[value["page"]]
        return (
            "call_to_action",
            {
                "heading": value["heading"],
                "text": value["text"],
                "link_text": value["label"],
                "page": target,
            },
        )
    if kind == "table":
        return (
            "table",
            {
                "data": [value["header"], *value["rows"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": value["caption"],
            },
        )
    if kind == "image":
        image_key = value["image"]
        return (
            "image",
            {
                "image": images[image_key],
                "alt_text": data("images")[image_key]["alt"][code],
                "caption": value.get("caption", ""),
            },
        )
    raise ValueError(f"Unknown demo block type {kind!r}")


def seed_index_page(parent, page_class, spec, locales, report, label):
    """A listing page (blog, events, materials…) under `parent`, in every demo language.

    `spec` gives "title", "slug" and "introduction" by language code; it shows in the main menu.
    """
    index = page_class.objects.child_of(parent).first()
    if index is None:
        index = page_class(
            locale=locales["fi"],
            show_in_menus=True,
            **{key: spec[key]["fi"] for key in ("title", "slug", "introduction")},
        )
        parent.add_child(instance=index)
        index.save_revision().publish()
        report.created.append(f"{label} (fi)")
    for code in LANGUAGES[1:]:
        if index.get_translation_or_none(locales[code]) is None:
            translate_page(
                index,
                locales[code],
                {key: spec[key][code] for key in ("title", "slug", "introduction")},
            )
            report.created.append(f"{label} ({code})")
    return index


def translate_page(page, locale, values, publish=True):
    """Copy a page into another language with its own text; published unless told otherwise."""
    translated = page.copy_for_translation(locale).specific
    for name, value in values.items():
        setattr(translated, name, value)
    if publish:
        translated.save_revision().publish()
    else:
        translated.save()
    return translated


def seed_translatable(model, specs, locales, report, fields):
    """Snippets in every language, keyed by (spec key, language code)."""
    made = {}
    for spec in specs:
        original = model.objects.filter(
            locale=locales["fi"], slug=fields(spec, "fi")["slug"]
        ).first()
        if original is None:
            original = model.objects.create(locale=locales["fi"], **fields(spec, "fi"))
            report.created.append(f"{model._meta.model_name} {spec['key']}")
        made[spec["key"], "fi"] = original
        for code in LANGUAGES[1:]:
            translated = original.get_translation_or_none(locales[code])
            if translated is None:
                translated = original.copy_for_translation(locales[code])
                for name, value in fields(spec, code).items():
                    setattr(translated, name, value)
                translated.save()
            made[spec["key"], code] = translated
    return made


def demo_topics(locales):
    """The demo topics (topics.yaml) by (key, language code); missing ones are left out."""
    found = {}
    for spec in data("topics"):
        original = Topic.objects.filter(locale=locales["fi"], slug=spec["slug"]["fi"]).first()
        if original is None:
            continue
        for code in LANGUAGES:
            translated = original.get_translation_or_none(locales[code])
            if translated is not None:
                found[spec["key"], code] = translated
    return found
