from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.generic import RedirectView

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

if settings.SERVE_MEDIA:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's catch-all comes last; every public page carries its language: /fi/, /sv/, /en/.
urlpatterns += i18n_patterns(
    # Mail providers' one-click unsubscribe (RFC 8058) posts without cookies: exempt from CSRF,
    # then served by the newsletter page as usual. The unguessable token is the credential.
    re_path(r"^(?P<path>(?:[\w-]+/)+unsubscribe/[-\w]+/)$", one_click_unsubscribe),
    path("accounts/", include("allauth.urls")),
    path("extranet/", include("extranet.urls")),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
