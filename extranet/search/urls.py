from django.urls import path

from extranet.search import views

urlpatterns = [
    path("search/", views.search, name="search"),
]
