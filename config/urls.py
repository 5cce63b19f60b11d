import re
from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from newsletter.views import one_click_unsubscribe

urlpatterns = [
    # Wagtail's own login would bypass allauth's rate limits and two-factor authentication.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="admin_login_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", home_views.sitemap_section, name="sitemap_section"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz/", home_views.healthz, name="healthz"),
]


def serve_public_media(request, path):
    """Uploaded public media (images, renditions), even with DEBUG off, for `make run` and
    small deployments. The extranet's private files are never served here, even if their
    folder were put under MEDIA_ROOT: their views check access."""
    root = Path(settings.MEDIA_ROOT).resolve()
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    wanted = (root / path).resolve()
    if root not in wanted.parents or wanted == private or private in wanted.parents:
        raise Http404
    return serve(request, path, document_root=root)


if settings.SERVE_MEDIA and not settings.MEDIA_URL.startswith(("http:", "https:", "//")):
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_public_media)
    )

# Wagtail's catch-all comes last; every public page carries its language: /fi/, /sv/, /en/.
urlpatterns += i18n_patterns(
    # Mail providers' one-click unsubscribe (RFC 8058) posts without cookies: exempt from CSRF,
    # then served by the newsletter page as usual. The unguessable token is the credential.
    re_path(r"^(?P<path>(?:[\w-]+/)+unsubscribe/[-\w]+/)$", one_click_unsubscribe),
    path("accounts/", include("allauth.urls")),
    path("extranet/practices/", include("practices.proposals.urls")),
    path("extranet/", include("extranet.urls")),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
