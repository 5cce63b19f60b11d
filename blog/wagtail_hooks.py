"""The blog in the Wagtail admin: a "Blog" menu with the comment queue, authors, topics and
commenters' data requests, plus the moderation bulk actions, audit log labels and dashboard panel."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import DateColumn, LocaleColumn, StatusTagColumn, UpdatedAtColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_menu import CountingMenuItem
from home.admin_panels import WaitingItemsPanel, add_to_dashboard
from home.models import Topic

from . import moderation
from .admin_views import (
    COMMENTER_DATA_NAMESPACE,
    MODERATE_PERMISSION,
    MODERATION_ACTIONS,
    CommentEditView,
    CommenterDataView,
    CommentIndexView,
    PostColumn,
    can_moderate,
    comment_permission_policy,
    comment_queue,
)
from .models import Author, Comment

# Before anything asks the registry about comments, or Wagtail falls back to its default policy.
register_permission_policy(Comment, comment_permission_policy)


class ModeratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


class CommentQueueMenuItem(ModeratorsMenuItem, CountingMenuItem):
    """The Comments menu item tells how many comments wait, e.g. "Comments (3)"."""

    def waiting(self):
        return moderation.waiting_count()

    def label_with(self, count):
        return _("Comments (%(count)d)") % {"count": count}


class CommentViewSet(SnippetViewSet):
    """The moderation queue. Comments come from readers, so there is nothing to add here."""

    model = Comment
    icon = "comment"
    menu_item_class = CommentQueueMenuItem
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    copy_view_enabled = False
    # Comments point at posts, but a post's usage count should not grow with its discussion.
    add_to_reference_index = False

    list_display = [
        "text",
        "name",
        PostColumn(
            "post", accessor="post.title", label=gettext_lazy("Post"), sort_key="post__title"
        ),
        StatusTagColumn(
            "status",
            accessor="get_status_display",
            label=gettext_lazy("Status"),
            sort_key="status",
            primary=lambda comment: comment.status == Comment.Status.PENDING,
        ),
        DateColumn("created_at", label=gettext_lazy("Sent"), sort_key="created_at"),
    ]
    list_filter = ["status", "post"]
    search_fields = ["text", "name"]
    search_backend_name = None

    panels = [
        FieldPanel("post", read_only=True),
        FieldPanel("name"),
        FieldPanel("email", read_only=True),
        FieldPanel("text"),
        FieldPanel("status"),
        FieldPanel("held_reason", read_only=True),
    ]

    def get_queryset(self, request):
        return comment_queue()

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="blog", codename=MODERATE_PERMISSION
        )


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "job_title", "organisation", LocaleColumn(), UpdatedAtColumn()]
    search_fields = ["name", "job_title", "organisation"]
    search_backend_name = None


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", LocaleColumn(), UpdatedAtColumn()]
    search_fields = ["name", "slug"]
    search_backend_name = None


class CommenterDataViewSet(ViewSet):
    """Export or erase everything one commenter sent, when they ask."""

    name = COMMENTER_DATA_NAMESPACE
    url_prefix = "blog/commenter-data"
    icon = "user"
    menu_label = gettext_lazy("Personal data requests")
    menu_item_class = ModeratorsMenuItem

    def get_urlpatterns(self):
        return [path("", CommenterDataView.as_view(), name="index")]


class BlogViewSetGroup(SnippetViewSetGroup):
    items = (CommentViewSet, AuthorViewSet, TopicViewSet, CommenterDataViewSet)
    menu_label = gettext_lazy("Blog")
    menu_icon = "doc-full-inverse"
    menu_order = 150  # right after Pages


register_snippet(BlogViewSetGroup)

for bulk_action in MODERATION_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_log_actions")
def register_comment_moderation_log_actions(actions):
    actions.register_action(
        "blog.comment.approve", gettext_lazy("Comment approved"), gettext_lazy("Comment approved")
    )
    actions.register_action(
        "blog.comment.reject", gettext_lazy("Comment rejected"), gettext_lazy("Comment rejected")
    )
    actions.register_action(
        "blog.comment.spam",
        gettext_lazy("Comment marked as spam"),
        gettext_lazy("Comment marked as spam"),
    )


@add_to_dashboard
class WaitingCommentsPanel(WaitingItemsPanel):
    """On the dashboard: how many comments wait for an editor, and the way to the queue."""

    name = "waiting_comments"
    order = 50
    heading = gettext_lazy("Blog comments")
    waiting = ngettext_lazy(
        "%(counter)s comment is waiting for moderation.",
        "%(counter)s comments are waiting for moderation.",
        "counter",
    )
    none_waiting = gettext_lazy("No comments are waiting for moderation.")
    link_label = gettext_lazy("Moderate comments")
    is_shown = staticmethod(can_moderate)

    def count(self):
        return moderation.waiting_count()

    def url(self):
        return reverse(Comment.snippet_viewset.get_url_name("list"))
