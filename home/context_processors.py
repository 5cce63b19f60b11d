from django.conf import settings
from django.utils.functional import SimpleLazyObject

from . import page_cache


def fragment_cache(request):
    """For `{% cache fragment_cache_seconds name … content_version %}` around the parts every page
    repeats (menu, footer, language links): any change to public content makes new ones."""
    return {
        "fragment_cache_seconds": settings.PAGE_CACHE_SECONDS,
        "content_version": SimpleLazyObject(lambda: str(page_cache.content_version())),
    }
