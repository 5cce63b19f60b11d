import sys

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import get_template
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .sitemaps import language_sitemaps


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


# What the database driver raises while the database can't be reached (down, restarting,
# refusing connections, a connection cut off).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# Seconds after which browsers and load balancers may ask again during an outage.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Django's handler500, called while the error is being handled: a database that can't be
    reached is an outage (503, try again soon), anything else a fault of ours (500)."""
    # No context processors: whatever broke the page may break them too.
    if _is_database_outage(sys.exc_info()[1]):
        language = translation.get_language_from_path(request.path_info)
        with translation.override(language or translation.get_language()):
            response = HttpResponse(get_template("503.html").render(), status=503)
        return _try_again_later(response)
    return HttpResponse(get_template("500.html").render(), status=500)


def _is_database_outage(error):
    """Whether the error, or one it was raised while handling, says the database is unreachable."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, DATABASE_UNAVAILABLE):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def _try_again_later(response):
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"  # neither a browser nor a CDN keeps the outage
    return response


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
    """For the load balancer: 200 while this app server can reach its database, 503 while it
    can't (take the server out of rotation until it answers 200 again)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DATABASE_UNAVAILABLE:
        unavailable = HttpResponse("database unavailable", content_type="text/plain", status=503)
        return _try_again_later(unavailable)
    return HttpResponse("ok", content_type="text/plain")
