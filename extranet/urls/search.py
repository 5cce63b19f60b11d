from django.urls import path

from ..views import search as views

urlpatterns = [
    path("search/", views.search, name="search"),
]
