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


def language_sitemaps(request):
    return {code: LanguageSitemap(request, code) for code, _name in settings.LANGUAGES}
