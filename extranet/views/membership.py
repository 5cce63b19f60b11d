from django.http import Http404


def apply(request, *args, **kwargs):
    raise Http404


def status(request, *args, **kwargs):
    raise Http404
