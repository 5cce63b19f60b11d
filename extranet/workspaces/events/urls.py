from django.urls import path

from extranet.workspaces.events import views

urlpatterns = [
    path("workspaces/<slug:slug>/events/", views.event_list, name="event_list"),
    path("workspaces/<slug:slug>/events/new/", views.event_add, name="event_add"),
    path("workspaces/<slug:slug>/events/calendar.ics", views.event_calendar, name="event_calendar"),
    path("workspaces/<slug:slug>/events/<int:pk>/", views.event_detail, name="event_detail"),
    path(
        "workspaces/<slug:slug>/events/<int:pk>/attendance/",
        views.event_attend,
        name="event_attend",
    ),
    path("workspaces/<slug:slug>/events/<int:pk>/edit/", views.event_edit, name="event_edit"),
    path("workspaces/<slug:slug>/events/<int:pk>/delete/", views.event_delete, name="event_delete"),
    path("workspaces/<slug:slug>/events/<int:pk>/event.ics", views.event_ical, name="event_ical"),
]
