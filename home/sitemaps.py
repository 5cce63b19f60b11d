from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .visibility import public

# Small files are cheap to serve and to fetch again; search engines accept up to 50,000.
URLS_PER_FILE = 1000


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
        # Each page as its own type (get_sitemap_urls may differ by type) without reading the
        # type's table: one query for the lot, not one per page type.
        pages = Page.objects.filter(path__startswith=root.path).live()
        return public(pages).order_by("path").specific(defer=True)

    def _urls(self, page, protocol, domain):
        """Wagtail's, with each page's language versions as hreflang alternates, found for the
        whole file in one query."""
        pages = list(self.paginator.page(page).object_list)
        alternates = language_alternates(pages, self.request)
        urls, last_mods = [], set()
        for item in pages:
            for number, url_info in enumerate(item.get_sitemap_urls(self.request)):
                if number == 0 and item.translation_key in alternates:
                    url_info = {**url_info, "alternates": alternates[item.translation_key]}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def language_alternates(pages, request):
    """{translation key: [{"lang_code", "location"}]} for the pages that exist, live and public,
    in more than one language: every version, itself included, as search engines expect."""
    versions = public(
        Page.objects.live().filter(translation_key__in={page.translation_key for page in pages})
    ).select_related("locale")
    by_key = {}
    for version in versions:
        by_key.setdefault(version.translation_key, []).append(
            {"lang_code": version.locale.language_code, "location": version.get_full_url(request)}
        )
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
