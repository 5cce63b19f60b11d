from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import get_template
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .sitemaps import language_sitemaps


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: whatever broke the page may break them too.
    return HttpResponse(get_template("500.html").render(), status=500)


@require_GET
def sitemap_index(request):
    """The sitemap index: one sitemap per language, each in files of a thousand pages."""
    return sitemap_views.index(
        request, language_sitemaps(request), sitemap_url_name="sitemap_section"
    )


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, language_sitemaps(request), section=section)


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
