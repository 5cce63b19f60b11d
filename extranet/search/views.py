"""Searching the extranet's content: workspaces, discussions, messages and files, only what
the member may see (extranet.search.services decides)."""

from django.template.response import TemplateResponse

from extranet.access import member_required
from extranet.search import services as content_search


@member_required
def search(request):
    found = content_search.search_content(
        request.user, request.GET.get("q", ""), request.GET.get("kind", "")
    )
    context = {
        "extranet_section": "search",
        "search": found,
        "kinds": [
            (kind, content_search.Kind.LABELS[kind], found.counts[kind])
            for kind in content_search.Kind.ALL
        ],
    }
    if found.terms and found.kind:
        page_obj = found.page(request)
        context.update(
            page_obj=page_obj,
            page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
        )
    elif found.terms:
        context["groups"] = found.groups()
    return TemplateResponse(request, "extranet/search.html", context)
