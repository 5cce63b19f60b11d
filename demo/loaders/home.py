"""Builds the demo site: users, illustrations and the trilingual page tree of `demo_content`.

Every step looks for what an earlier run made and leaves it alone, so running it twice changes
nothing.
"""

import io
import math
import random
import secrets
from contextlib import contextmanager
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from PIL import Image as PILImage
from PIL import ImageDraw

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings

from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from home import demo_content as content
from home.models import ContentPage, HomePage, SectionPage, SiteSettings

PALETTES = {
    "blue": ["#00437a", "#2f7bbf", "#9cc3e6", "#e3effa"],
    "green": ["#1f6b45", "#3f9e6b", "#a8d8b9", "#e6f4ea"],
    "yellow": ["#8a6100", "#e0a800", "#ffd54f", "#fff6d5"],
    "teal": ["#00585e", "#00898f", "#7fcfd2", "#e0f4f5"],
    "violet": ["#4b2a7b", "#7a52b3", "#c6b4e3", "#f1ecf9"],
}
IMAGE_SIZE = (1600, 1000)


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


def seed(report):
    """Create whatever of the demo site's pages is missing. Returns the Finnish home page."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in content.LANGUAGES
    }
    _seed_users(report)
    images = _seed_images(report)
    home = _seed_home(locales, images, report)
    pages = _seed_pages(home, locales, images, report)
    _seed_featured_links(home, pages)
    _seed_site_settings(home.get_site(), pages, report)
    return home


def demo_images():
    return {key: Image.objects.get(title=f"demo-{key}") for key in content.IMAGES}


def _seed_users(report):
    User = get_user_model()
    for username, email, is_superuser, group_name in [
        ("admin", "admin@example.fi", True, None),
        ("editor", "editor@example.fi", False, "Editors"),
    ]:
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username,
                email=email,
                password=password,
                is_staff=True,
                is_superuser=is_superuser,
                first_name=username.capitalize(),
            )
            if group_name:
                group, _ = Group.objects.get_or_create(name=group_name)
                user.groups.add(group)
            report.created.append(f"user {username}")
            # Staff sign in by email through allauth (the admin's own login form is gone).
            report.credentials.append((email, password))
        # allauth lets only verified addresses sign in; earlier demo runs made users without one.
        EmailAddress.objects.get_or_create(
            user=user,
            email__iexact=user.email,
            defaults={"email": user.email, "verified": True, "primary": True},
        )


def _seed_images(report):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name="Demo").first()
    if collection is None:
        collection = root.add_child(name="Demo")
    images = {}
    for key, spec in content.IMAGES.items():
        title = f"demo-{key}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title, collection=collection)
            image.file = ImageFile(_illustration(key, spec), name=f"{title}.png")
            image.save()
            report.created.append(f"image {title}")
        images[key] = image
    return images


def _illustration(key, spec):
    """An abstract illustration, the same every run for the same key."""
    rng = random.Random(key)
    colours = PALETTES[spec["palette"]]
    width, height = IMAGE_SIZE
    canvas = PILImage.new("RGB", IMAGE_SIZE, colours[3])
    draw = ImageDraw.Draw(canvas)
    shapes = spec["shapes"]
    if shapes == "circles":
        for _ in range(7):
            r = rng.randint(150, 380)
            x, y = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(colours[:3]))
    elif shapes == "stripes":
        for i in range(0, width + height, 140):
            draw.polygon(
                [(i, 0), (i + 70, 0), (i + 70 - height, height), (i - height, height)],
                fill=colours[i // 140 % 3],
            )
    elif shapes == "grid":
        step = 200
        for x in range(0, width, step):
            for y in range(0, height, step):
                if rng.random() < 0.6:
                    draw.rounded_rectangle(
                        (x + 12, y + 12, x + step - 12, y + step - 12),
                        24,
                        fill=rng.choice(colours[:3]),
                    )
    elif shapes == "waves":
        for band in range(6):
            base = 120 + band * 150
            points = [(x, base + 60 * math.sin(x / 170 + band)) for x in range(0, width + 20, 20)]
            draw.polygon(points + [(width, height), (0, height)], fill=colours[band % 3])
    elif shapes == "dots":
        for x in range(60, width, 120):
            for y in range(60, height, 120):
                r = rng.randint(12, 48)
                draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(colours[:3]))
    else:
        for _ in range(14):
            x, y = rng.randint(-100, width), rng.randint(-100, height)
            draw.rectangle(
                (x, y, x + rng.randint(150, 500), y + rng.randint(120, 400)),
                fill=rng.choice(colours[:3]),
            )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


def _seed_home(locales, images, report):
    spec = content.HOME
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=locales["fi"], depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(locale=locales["fi"], slug="koti", **_home_fields(spec, "fi", images))
        )
        home.save_revision().publish()
        report.created.append("home page (fi)")
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, is_default_site=True, root_page=home
            )
        else:
            welcome = site.root_page
            site.root_page = home
            site.site_name = spec["title"]["fi"]
            site.save()
            if welcome.specific_class is Page and welcome.depth == 2:
                welcome.delete()
    for code in content.LANGUAGES[1:]:
        if home.get_translation_or_none(locales[code]) is None:
            translate_page(
                home, locales[code], {**_home_fields(spec, code, images), "slug": f"koti-{code}"}
            )
            report.created.append(f"home page ({code})")
    return home


def _home_fields(spec, code, images):
    return {
        "title": spec["title"][code],
        "hero_heading": spec["hero_heading"][code],
        "introduction": spec["introduction"][code],
        "hero_image": images.get(spec.get("hero_image")),
        "search_description": spec["seo_description"][code],
        "footer_text": spec["footer_text"][code],
    }


def _seed_pages(home, locales, images, report):
    """Create the Finnish tree first, then its translations, parents before children."""
    pages = {}
    for spec in content.PAGES:
        parent = pages[spec["parent"]] if spec["parent"] else home
        page_class = SectionPage if spec["type"] == "section" else ContentPage
        existing = parent.get_children().filter(slug=spec["slug"]["fi"]).first()
        if existing is None:
            page = page_class(locale=locales["fi"], **_page_fields(spec, "fi", images))
            parent.add_child(instance=page)
            page.save_revision().publish()
            report.created.append(f"page {spec['key']} (fi)")
        else:
            page = existing.specific
        pages[spec["key"]] = page

    for spec in content.PAGES:
        page = pages[spec["key"]]
        for code in content.LANGUAGES[1:]:
            if page.get_translation_or_none(locales[code]) is not None:
                continue
            translate_page(page, locales[code], _page_fields(spec, code, images))
            report.created.append(f"page {spec['key']} ({code})")

    for spec in content.PAGES:
        _fill_bodies(spec, pages, locales, images)
    return pages


def _page_fields(spec, code, images):
    return {
        "title": spec["title"][code],
        "slug": spec["slug"][code],
        "listing_summary": spec["summary"][code],
        "introduction": spec["introduction"][code],
        "search_description": spec["seo_description"][code],
        "hero_image": images.get(spec.get("hero_image")),
        "show_in_menus": spec.get("in_menu", False),
    }


def _fill_bodies(spec, pages, locales, images):
    """Bodies refer to other pages, so they are written once every page exists."""
    page = pages[spec["key"]]
    for code in content.LANGUAGES:
        target = page if code == "fi" else page.get_translation(locales[code]).specific
        if target.body or not spec["body"][code]:
            continue
        target.body = [block_value(block, code, pages, images) for block in spec["body"][code]]
        target.save_revision().publish()


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
                "alt_text": content.IMAGES[image_key]["alt"][code],
                "caption": value.get("caption", ""),
            },
        )
    raise ValueError(f"Unknown demo block type {kind!r}")


def _seed_featured_links(home, pages):
    if home.featured_links:
        return
    home.featured_links = [("link", {"page": pages[key]}) for key in content.HOME["featured"]]
    home.save_revision().publish()
    for translated in home.get_translations().specific():
        translated.featured_links = home.featured_links
        translated.save_revision().publish()


def _seed_site_settings(site, pages, report):
    settings = SiteSettings.for_site(site)
    if settings.contact_email:
        return
    settings.contact_email = "kotoutuminen@example.fi"
    settings.postal_address = "Kotoutumisen osaamiskeskus\nPL 32\n00023 Valtioneuvosto"
    settings.accessibility_statement_page = pages.get("accessibility")
    settings.privacy_page = pages.get("privacy")
    settings.save()
    report.created.append("site settings")


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
    for code in content.LANGUAGES[1:]:
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
