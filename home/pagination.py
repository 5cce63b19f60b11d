from django.core.paginator import EmptyPage, Paginator
from django.http import Http404


def page_number(request):
    """The page of a listing the request asks for (`?page=`): 1 for nonsense (not a whole number,
    or below 1)."""
    number = request.GET.get("page", "1")
    return int(number) if number.isascii() and number.isdigit() and int(number) > 0 else 1


def page_of(request, items, per_page):
    """The listing page the request asks for (page_number()), 404 past the end."""
    try:
        return Paginator(items, per_page).page(page_number(request))
    except EmptyPage:
        raise Http404 from None
