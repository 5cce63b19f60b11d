import datetime
from html import escape
from urllib.parse import quote

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from .visibility import public

# Small files are cheap to serve and to fetch again; search engines accept up to 50,000.
URLS_PER_FILE = 1000
# What reverse() leaves unquoted in a path.
PATH_SAFE = "!$&'()*+,;=/~:@"
LISTED_FIELDS = (
    "pk",
    "url_path",
    "translation_key",
    "content_type_id",
    "last_published_at",
    "latest_revision_created_at",
)


class PageAddresses:
    """Pages' full addresses from their `url_path`, as `Page.get_full_url()` gives them, without
    a page instance or a `reverse()` for each: the sitemap lists thousands."""

    def __init__(self):
        self.roots = Site.get_site_root_paths()
        self.prefixes = {}

    def full_url(self, url_path):
        root = next((root for root in self.roots if url_path.startswith(root.root_path)), None)
        if root is None:
            return None
        prefix = self.prefixes.get(root.language_code)
        if prefix is None:
            with translation.override(root.language_code):
                prefix = self.prefixes[root.language_code] = reverse("wagtail_serve", args=("",))
        return root.root_url + prefix + quote(url_path[len(root.root_path) :], safe=PATH_SAFE)


class LanguageSitemap(Sitemap):
    """Every live public page of one language version of the site, in files of URLS_PER_FILE
    pages. (Wagtail's own sitemap lists only the default site root's tree.)"""

    limit = URLS_PER_FILE

    def __init__(self, request, language_code):
        super().__init__(request)
        self.language_code = language_code

    def items(self):
        root = (
            self.get_wagtail_site()
            .root_page.get_translations(inclusive=True)
            .filter(locale__language_code=self.language_code)
            .first()
        )
        if root is None:
            return Page.objects.none()
        pages = Page.objects.filter(path__startswith=root.path).live()
        return public(pages).order_by("path").values(*LISTED_FIELDS)

    def lastmod(self, row):
        return row["last_published_at"] or row["latest_revision_created_at"]

    def get_latest_lastmod(self):
        """For the index: the file's newest change, counted by the database."""
        latest = self.items().aggregate(
            latest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
        )
        return latest["latest"]

    def _urls(self, page, protocol, domain):
        """Each page's address and last change, with its language versions as hreflang
        alternates, all found for the whole file in two queries."""
        rows = list(self.paginator.page(page).object_list)
        addresses = PageAddresses()
        alternates = language_alternates({row["translation_key"] for row in rows}, addresses)
        specific = self._own_sitemap_urls(rows)
        zone = timezone.get_current_timezone()
        urls, last_mods = [], set()
        for row in rows:
            if row["pk"] in specific:
                found = specific[row["pk"]].get_sitemap_urls(self.request)
            else:
                location = addresses.full_url(row["url_path"])
                found = [{"location": location, "lastmod": self.lastmod(row)}] if location else []
            for number, url_info in enumerate(found):
                if number == 0 and row["translation_key"] in alternates:
                    url_info = {**url_info, "alternates": alternates[row["translation_key"]]}
                urls.append({**url_info, "xml": url_xml(url_info, zone)})
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    @staticmethod
    def _own_sitemap_urls(rows):
        """{pk: page} of the pages whose type lists more than its own address (the glossary
        lists its terms), as their own type."""
        types = {row["content_type_id"] for row in rows}
        own = {
            type_id
            for type_id in types
            if (model := ContentType.objects.get_for_id(type_id).model_class())
            and model.get_sitemap_urls is not Page.get_sitemap_urls
        }
        pks = [row["pk"] for row in rows if row["content_type_id"] in own]
        if not pks:
            return {}
        return {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}


def url_xml(url_info, zone=None):
    """One <url> of the sitemap, built here rather than in the template: a template loop over a
    thousand addresses and their alternates costs more than finding them."""
    parts = ["<url><loc>", escape(url_info["location"]), "</loc>"]
    if lastmod := url_info.get("lastmod"):
        if isinstance(lastmod, datetime.datetime) and timezone.is_aware(lastmod):
            lastmod = lastmod.astimezone(zone or timezone.get_current_timezone())
        parts += ["<lastmod>", lastmod.strftime("%Y-%m-%d"), "</lastmod>"]
    for alternate in url_info.get("alternates", ()):
        parts += [
            '<xhtml:link rel="alternate" hreflang="',
            escape(alternate["lang_code"]),
            '" href="',
            escape(alternate["location"]),
            '"/>',
        ]
    parts.append("</url>")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above


def language_alternates(translation_keys, addresses):
    """{translation key: [{"lang_code", "location"}]} for the pages that exist, live and public,
    in more than one language: every version, itself included, as search engines expect."""
    versions = public(Page.objects.live().filter(translation_key__in=translation_keys)).values_list(
        "translation_key", "locale__language_code", "url_path"
    )
    by_key = {}
    for key, language_code, url_path in versions:
        location = addresses.full_url(url_path)
        if location:
            by_key.setdefault(key, []).append({"lang_code": language_code, "location": location})
    alternates = {}
    for key, found in by_key.items():
        if len(found) < 2:
            continue
        found.sort(key=lambda alternate: alternate["lang_code"])
        default = next((a for a in found if a["lang_code"] == settings.LANGUAGE_CODE), None)
        if default is not None:
            found.append({"lang_code": "x-default", "location": default["location"]})
        alternates[key] = found
    return alternates


def language_sitemaps(request):
    return {code: LanguageSitemap(request, code) for code, _name in settings.LANGUAGES}
