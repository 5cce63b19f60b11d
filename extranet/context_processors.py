from django.utils.functional import SimpleLazyObject

from extranet.access import Standing, standing


def extranet(request):
    """`is_member`: whether to show the extranet's navigation; `notification_bell`: the member's
    unread notifications for it (one query). Both are asked only by templates that use them, so
    public pages make no query for them."""
    user = getattr(request, "user", None)

    def is_member():
        return user is not None and standing(user) == Standing.MEMBER

    def bell():
        from extranet.notifications.services import Bell, bell

        return bell(user) if is_member() else Bell(0)

    return {
        "is_member": SimpleLazyObject(is_member),
        "notification_bell": SimpleLazyObject(bell),
    }
