"""Builds the demo site: users, illustrations, the home page and the trilingual page tree of
demo/content/ (home.*.md, pages/, images.yaml, site.yaml).

Every step looks for what an earlier run made and leaves it alone, so running it twice changes
nothing.
"""

import io
import math
import random
import secrets
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from PIL import Image as PILImage
from PIL import ImageDraw

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile

from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from demo import reader
from demo.reader import LANGUAGES
from demo.seeding import block_value, translate_page
from home.models import ContentPage, HomePage, SectionPage, SiteSettings

PALETTES = {
    "blue": ["#00437a", "#2f7bbf", "#9cc3e6", "#e3effa"],
    "green": ["#1f6b45", "#3f9e6b", "#a8d8b9", "#e6f4ea"],
    "yellow": ["#8a6100", "#e0a800", "#ffd54f", "#fff6d5"],
    "teal": ["#00585e", "#00898f", "#7fcfd2", "#e0f4f5"],
    "violet": ["#4b2a7b", "#7a52b3", "#c6b4e3", "#f1ecf9"],
}
IMAGE_SIZE = (1600, 1000)


def seed(report):
    """Create whatever of the demo site's pages is missing. Returns the Finnish home page."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    _seed_users(report)
    images = _seed_images(report)
    home = _seed_home(locales, images, report)
    _point_site_at_base_url(home.get_site(), report)
    pages = _seed_pages(home, locales, images, report)
    _seed_featured_links(home, pages)
    _seed_site_settings(home.get_site(), pages, report)
    return home


def _seed_users(report):
    User = get_user_model()
    for username, email, is_superuser, group_name in [
        ("admin", "admin@example.fi", True, None),
        ("editor", "editor@example.fi", False, "Editors"),
        ("publisher", "publisher@example.fi", False, "Publishers"),
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
    for key, spec in reader.data("images").items():
        title = f"demo-{key}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            # The admin is in Finnish first; the pages give each language its own alt text.
            image = Image(title=title, collection=collection, description=spec["alt"]["fi"])
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
    spec = reader.page("", "home")
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
    for code in LANGUAGES[1:]:
        if home.get_translation_or_none(locales[code]) is None:
            translate_page(
                home, locales[code], {**_home_fields(spec, code, images), "slug": f"koti-{code}"}
            )
            report.created.append(f"home page ({code})")
    return home


def _point_site_at_base_url(site, report):
    """The Site answers at SITE_BASE_URL (WAGTAILADMIN_BASE_URL), so that the sitemap, feeds,
    canonical and og:url addresses and the event calendar work after `make run`."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if address.scheme == "https" else 80
    hostname, port = address.hostname or "localhost", address.port or default_port
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        report.created.append(f"site address {settings.WAGTAILADMIN_BASE_URL}")


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
    specs = reader.pages("pages")
    for spec in specs:
        parent = pages[spec["parent"]] if spec.get("parent") else home
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

    for spec in specs:
        page = pages[spec["key"]]
        for code in LANGUAGES[1:]:
            if page.get_translation_or_none(locales[code]) is not None:
                continue
            translate_page(page, locales[code], _page_fields(spec, code, images))
            report.created.append(f"page {spec['key']} ({code})")

    for spec in specs:
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
    for code in LANGUAGES:
        target = page if code == "fi" else page.get_translation(locales[code]).specific
        if target.body or not spec["body"][code]:
            continue
        target.body = [block_value(block, code, pages, images) for block in spec["body"][code]]
        target.save_revision().publish()


def _seed_featured_links(home, pages):
    if home.featured_links:
        return
    featured = reader.page("", "home")["featured"]
    home.featured_links = [("link", {"page": pages[key]}) for key in featured]
    home.save_revision().publish()
    for translated in home.get_translations().specific():
        translated.featured_links = home.featured_links
        translated.save_revision().publish()


def _seed_site_settings(site, pages, report):
    settings = SiteSettings.for_site(site)
    if settings.contact_email:
        return
    spec = reader.data("site")
    settings.contact_email = spec["contact_email"]
    settings.postal_address = spec["postal_address"]
    settings.accessibility_statement_page = pages.get("accessibility")
    settings.privacy_page = pages.get("privacy")
    settings.save()
    report.created.append("site settings")
