from django.http import Http404


def home(request, *args, **kwargs):
    raise Http404
