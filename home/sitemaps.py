from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .visibility import public


class MultilingualSitemap(Sitemap):
    """Every live public page of every language version of the site.

    Wagtail's own sitemap lists only the default site root's tree, and each language has its own.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        # Each page as its own type (get_sitemap_urls may differ by type) without reading the
        # type's table: one query for the lot, not one per page type.
        return public(Page.objects.filter(in_any_tree).live()).order_by("path").specific(defer=True)
