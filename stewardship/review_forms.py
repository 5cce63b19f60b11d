"""The admin's form for a page's owner and review date."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateInput

from .models import PageReview


def possible_owners():
    """The people who work in the admin: active users who may sign in to it."""
    admin_access = Q(is_superuser=True) | Q(groups__permissions__codename="access_admin")
    admin_access |= Q(user_permissions__codename="access_admin")
    return (
        get_user_model()
        .objects.filter(admin_access, is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


class PageReviewForm(forms.ModelForm):
    """A page's owner, a person or a group (one of them), and the date it is to be checked by."""

    owner_user = OwnerChoiceField(
        queryset=get_user_model().objects.none(), required=False, label=_("Owner (person)")
    )

    class Meta:
        model = PageReview
        fields = ["owner_user", "owner_group", "review_by"]
        widgets = {"review_by": AdminDateInput}
        help_texts = {
            "owner_group": _("Choose a person or a group, not both."),
            "review_by": _("The owner gets a reminder when the date is near."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_user"].queryset = possible_owners()
        self.fields["owner_group"].queryset = Group.objects.order_by("name")

    def clean_review_by(self):
        review_by = self.cleaned_data["review_by"]
        if review_by < timezone.localdate():
            raise ValidationError(_("Choose today or a later date."))
        return review_by

    def clean(self):
        cleaned_data = super().clean()
        person, group = cleaned_data.get("owner_user"), cleaned_data.get("owner_group")
        if person and group:
            raise ValidationError(_("Choose a person or a group as the owner, not both."))
        if not person and not group and not self.has_error("owner_user"):
            raise ValidationError(_("Choose the person or the group who owns the page."))
        return cleaned_data
