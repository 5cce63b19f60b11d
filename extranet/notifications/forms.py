"""What a member is emailed of each of their workspaces."""

from django import forms

from extranet.models import WorkspaceMembership


class NotificationSettingsForm(forms.Form):
    """For each of the member's workspaces, what they are emailed: one radio group each."""

    def __init__(self, *args, memberships, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.memberships = memberships
        for membership in memberships:
            self.fields[self.field_name(membership)] = forms.ChoiceField(
                label=membership.workspace.name,
                choices=WorkspaceMembership.Notify.choices,
                initial=membership.notify,
                widget=forms.RadioSelect,
            )

    @staticmethod
    def field_name(membership):
        return f"notify-{membership.workspace.slug}"

    def choices(self):
        """{membership pk: chosen value}."""
        return {m.pk: self.cleaned_data[self.field_name(m)] for m in self.memberships}

    def rows(self):
        """(bound field, membership) pairs, for the template."""
        return [(self[self.field_name(m)], m) for m in self.memberships]
