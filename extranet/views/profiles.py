from django.http import Http404


def data_export(request, *args, **kwargs):
    raise Http404


def delete_account(request, *args, **kwargs):
    raise Http404


def member_detail(request, *args, **kwargs):
    raise Http404


def member_photo(request, *args, **kwargs):
    raise Http404


def profile_edit(request, *args, **kwargs):
    raise Http404
