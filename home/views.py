from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import get_template
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .sitemaps import MultilingualSitemap


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: whatever broke the page may break them too.
    return HttpResponse(get_template("500.html").render(), status=500)


@require_GET
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap})


# Members-only and account pages: they need a login anyway, so crawlers needn't try.
PRIVATE_AREAS = ("extranet", "accounts")


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(
            f"Disallow: /{code}/{area}/"
            for code, _name in settings.LANGUAGES
            for area in PRIVATE_AREAS
        ),
        f"Sitemap: {settings.WAGTAILADMIN_BASE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def healthz(request):
    """For the load balancer: answers 200 while this app server can reach its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
