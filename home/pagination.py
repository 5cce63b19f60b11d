from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def page_of(request, items, per_page):
    """The listing page the request asks for: page 1 for nonsense, 404 past the end."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        raise Http404 from None
