"""The site's own addresses plus /bench/hello/: the least a Django view can do, through the same
middleware and server, as the ceiling every page is compared with."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler404, handler500  # noqa: F401
from config.urls import urlpatterns as site_urlpatterns


def hello(request):
    return HttpResponse("Hello", content_type="text/plain")


urlpatterns = [path("bench/hello/", hello, name="bench_hello"), *site_urlpatterns]
