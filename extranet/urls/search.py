from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # placeholder until the search views exist
    raise Http404


urlpatterns = [
    path("search/", not_yet, name="search"),
]
