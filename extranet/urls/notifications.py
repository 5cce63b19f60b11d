from django.urls import path

from ..views import invitations, notifications

urlpatterns = [
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/<int:pk>/", notifications.notification_open, name="notification_open"),
    path(
        "notifications/read/",
        notifications.notifications_mark_read,
        name="notifications_mark_read",
    ),
    path(
        "notifications/settings/",
        notifications.notification_settings,
        name="notification_settings",
    ),
    path("workspaces/<slug:slug>/invite/", invitations.invitation_create, name="invitation_create"),
    path("invitations/<str:token>/", invitations.invitation_accept, name="invitation_accept"),
]
