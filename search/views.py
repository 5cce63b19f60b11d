"""The public site's search page (search.services decides what is found)."""

from django.template.response import TemplateResponse
from django.utils import translation

from glossary import browse as glossary
from home import navigation

from . import services, statistics


def _is_new_search(params):
    """A search typed in, not a further page or a facet of one: only these are counted."""
    return not any(params.get(name) for name in ("page", "kind", "topic"))


def search(request):
    params = request.GET
    language = translation.get_language()
    found = services.search_site(
        params.get("q", ""), language, kind=params.get("kind"), topic=params.get("topic")
    )
    context = {"search": found, "search_max_length": services.MAX_QUERY_LENGTH}
    try:
        if found.searched:
            page_obj = found.page(params.get("page", 1), request)
            context.update(
                page_obj=page_obj,
                page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
                promotions=found.promotions if page_obj.number == 1 else [],
            )
            if page_obj.number == 1 and not params.get("kind"):
                context["glossary_entry"] = glossary.definition_for(found.query, language)
            if not found.ranked:
                context["sections"] = navigation.main_menu(navigation.current_home(request))
            if _is_new_search(params):
                statistics.record_search(found.query, language, len(found.ranked))
    except services.SearchUnavailable:
        return TemplateResponse(request, "search/unavailable.html", context, status=503)
    return TemplateResponse(request, "search/search.html", context)
