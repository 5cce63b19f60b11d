"""Admin menu items that say how many things wait for staff, e.g. "Reports (3 waiting)"."""

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem


class CountingMenuItem(MenuItem):
    """Subclasses give `waiting()` (a number) and `label_with(count)` (the label when some wait)."""

    def waiting(self):
        raise NotImplementedError

    def label_with(self, count):
        raise NotImplementedError

    def render_component(self, request):
        count = self.waiting()
        return LinkMenuItem(
            self.name,
            self.label_with(count) if count else self.label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )
