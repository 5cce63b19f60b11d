"""Shared pieces of the site's own Wagtail admin viewsets."""


class WithoutEditingViews:
    """A ModelViewSet that only lists (and shows) its objects: the views it doesn't offer get no
    links in the listing."""

    views_not_offered = ("add", "edit", "delete", "history", "usage", "copy", "inspect")

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in self.views_not_offered:
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs
