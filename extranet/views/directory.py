from django.http import Http404


def directory(request, *args, **kwargs):
    raise Http404


def organisation_detail(request, *args, **kwargs):
    raise Http404


def organisations(request, *args, **kwargs):
    raise Http404


def propose_organisation(request, *args, **kwargs):
    raise Http404
