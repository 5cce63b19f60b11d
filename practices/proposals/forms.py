"""The member's proposal form: every field of the proposal, attachments checked like workspace
files. Only the title is needed to save a draft; submitting needs the rest (see SUBMIT_NEEDS)."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from extranet import uploads
from extranet.models import Organisation
from home.models import Topic
from practices.choices import CRITERION_HELP, Criterion
from practices.models import PracticeProposal, Region, TargetGroup

SUBMIT_NEEDS = ("title", "summary", "description", "regions", "phase")
MAX_ATTACHMENTS = 10


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ProposalForm(forms.ModelForm):
    attachments = MultipleFileField(label=_("Attachments"), required=False, allow_empty_file=True)

    class Meta:
        model = PracticeProposal
        fields = [
            "title",
            "summary",
            "description",
            "organisations",
            "other_organisations",
            "regions",
            "target_groups",
            "topics",
            "phase",
            "start_year",
            "end_year",
            "funding",
            "results",
            "evaluation",
            "links",
            *(f"{criterion.value}_case" for criterion in Criterion),
            "show_in_directory",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "organisations": forms.CheckboxSelectMultiple,
            "regions": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "topics": forms.CheckboxSelectMultiple,
            "results": forms.Textarea(attrs={"rows": 4}),
            "evaluation": forms.Textarea(attrs={"rows": 4}),
            "links": forms.Textarea(attrs={"rows": 3}),
            **{
                f"{criterion.value}_case": forms.Textarea(attrs={"rows": 3})
                for criterion in Criterion
            },
        }

    def __init__(self, *args, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        self.fields["organisations"].queryset = Organisation.objects.filter(
            status=Organisation.Status.APPROVED
        ).order_by("name")
        self.fields["regions"].queryset = Region.objects.all()
        self.fields["target_groups"].queryset = TargetGroup.objects.all()
        self.fields["topics"].queryset = Topic.objects.filter(
            locale__language_code=get_language()
        ).order_by("name")
        self.fields["phase"].choices = [
            ("", _("Choose the phase")),
            *self.fields["phase"].choices[1:],
        ]
        for criterion in Criterion:
            field = self.fields[f"{criterion.value}_case"]
            field.label = criterion.label
            field.help_text = CRITERION_HELP[criterion]
        for name in SUBMIT_NEEDS[1:]:
            self.fields[name].required = False
        self.fields["attachments"].widget.attrs["accept"] = uploads.accept_attribute()
        self.fields["attachments"].help_text = _(
            "You may choose several files. At most %(limit)s MB each. Allowed types: %(types)s."
        ) % {"limit": settings.WORKSPACE_FILE_MAX_MB, "types": uploads.allowed_list()}
        self.checked_uploads = []

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        already = self.instance.attachments.count() if self.instance.pk else 0
        if already + len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(
                _("A proposal can have at most %(count)s attachments.") % {"count": MAX_ATTACHMENTS}
            )
        errors, checked = [], []
        for upload in files:
            try:
                name, content_type = uploads.check(upload)
            except forms.ValidationError as error:
                errors.extend(error.messages)
                continue
            upload.name = name
            checked.append((upload, name, content_type))
        if errors:
            raise forms.ValidationError(errors)
        self.checked_uploads = checked
        return files

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The end year can't be before the start year."))
        if self.submitting:
            for name in SUBMIT_NEEDS:
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, _("Fill this in before submitting for review."))
        return cleaned

    def save_all(self):
        """Write the fields and the relations (the services call this inside their step)."""
        proposal = super().save(commit=False)
        proposal.save()
        self.save_m2m()
        return proposal
