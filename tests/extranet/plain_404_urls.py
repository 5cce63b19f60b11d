"""The site's addresses with a bare 404 page, for tables that ask hundreds of refusals: the
site's own 404 page (rendered with its menus) is tested elsewhere and would only slow them."""

from django.http import HttpResponseNotFound

from config.urls import urlpatterns  # noqa: F401 - the same addresses


def handler404(request, exception=None):
    return HttpResponseNotFound(b"")
