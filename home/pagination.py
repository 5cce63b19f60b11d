from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def page_of(request, items, per_page):
    """The listing page the request asks for: page 1 for nonsense (not a whole number, or
    below 1), 404 past the end."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        if int(number) < 1:
            return paginator.page(1)
        raise Http404 from None
