"""The newsletter in the Wagtail admin: send buttons on issues, and the subscriber list."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import NewsletterIssuePage, Subscriber


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [
        path(
            "newsletter/issue/<int:issue_id>/send-test/",
            admin_views.send_test,
            name="newsletter_send_test",
        ),
        path(
            "newsletter/issue/<int:issue_id>/send/",
            admin_views.send_to_subscribers,
            name="newsletter_send",
        ),
    ]


def send_buttons(page, user):
    if page.specific_class is not NewsletterIssuePage or not admin_views.can_send(user):
        return
    yield Button(
        _("Send a test to me"),
        reverse("newsletter_send_test", args=(page.pk,)),
        icon_name="mail",
        priority=35,
    )
    issue = page.specific_deferred
    if page.live and not issue.sending_finished_at and issue.has_content:
        yield Button(
            _("Send to subscribers"),
            reverse("newsletter_send", args=(page.pk,)),
            icon_name="mail",
            priority=36,
        )


@hooks.register("register_page_header_buttons")
def newsletter_header_buttons(page, user, view_name=None, next_url=None):
    yield from send_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def newsletter_listing_buttons(page, user, next_url=None):
    yield from send_buttons(page, user)


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    menu_order = 160
    list_display = [
        "email",
        "language",
        "status",
        DateColumn("confirmed_at", label=_("Confirmed"), sort_key="confirmed_at"),
    ]
    list_filter = ["status", "language"]
    list_export = ["email", "language", "status", "consented_at", "confirmed_at"]
    search_fields = ["email"]
    search_backend_name = None
    copy_view_enabled = False


register_snippet(SubscriberViewSet)
