"""Dashboard panels that tell staff how many things wait for them ("2 comments are waiting for
moderation.") and lead to them, one panel for each kind of thing."""

from wagtail import hooks
from wagtail.admin.ui.components import Component


class WaitingItemsPanel(Component):
    """How many things of one kind wait, and the way to them; nothing waiting is said too.

    Subclasses give `name` (its id on the page, with dashes), `order`, `heading`, `waiting` (an
    ngettext_lazy(…, "counter") text), `none_waiting`, `link_label`, and `count()`, `url()`
    and `is_shown(user)`: who sees the panel. `add_to_dashboard` puts it on the dashboard."""

    template_name = "home/admin/waiting_items_panel.html"
    name = None
    order = None
    heading = None
    waiting = None
    none_waiting = None
    link_label = None

    @staticmethod
    def is_shown(user):
        raise NotImplementedError

    def count(self):
        raise NotImplementedError

    def url(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        count = self.count()
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "message": self.waiting % {"counter": count} if count else self.none_waiting,
            "url": self.url() if count else None,
            "link_label": self.link_label,
        }


def add_to_dashboard(panel_class):
    """Shows a WaitingItemsPanel on the dashboard of those it is for; a class decorator."""

    @hooks.register("construct_homepage_panels")
    def add_panel(request, panels):
        if panel_class.is_shown(request.user):
            panels.append(panel_class())

    return panel_class
