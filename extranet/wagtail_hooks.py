"""The Partnership Platform in the Wagtail admin: one menu group holding each slice's viewsets.
Importing the slices' admin modules registers their permission policies, audit log labels and
dashboard panels."""

from django.utils.translation import gettext_lazy

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from extranet.dashboard.admin import AnnouncementViewSet
from extranet.members.admin import MemberViewSet, OrganisationViewSet
from extranet.moderation.admin import ReportViewSet
from extranet.workspaces.admin import WorkspaceViewSet


class PartnershipPlatformViewSetGroup(SnippetViewSetGroup):
    items = (
        MemberViewSet,
        OrganisationViewSet,
        AnnouncementViewSet,
        WorkspaceViewSet,
        ReportViewSet,
    )
    menu_label = gettext_lazy("Partnership Platform")
    menu_icon = "group"
    menu_order = 160  # after Blog


register_snippet(PartnershipPlatformViewSetGroup)
