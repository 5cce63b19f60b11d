from django.utils.functional import SimpleLazyObject

from .access import Standing, standing


def extranet(request):
    """`is_member`: whether to show the extranet's navigation; asked only by templates that
    use it, so public pages make no query for it."""
    user = getattr(request, "user", None)
    return {
        "is_member": SimpleLazyObject(
            lambda: user is not None and standing(user) == Standing.MEMBER
        )
    }
