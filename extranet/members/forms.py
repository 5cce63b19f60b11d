"""The forms members fill in: the membership application, the profile, deleting the account,
and the organisations directory's filter and proposal."""

from django import forms
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from extranet.members import directory as service
from extranet.members.photos import clean_photo
from extranet.models import (
    MemberProfile,
    Organisation,
    ProfileLanguage,
    ProfileRegion,
    Region,
    Sector,
    SpokenLanguage,
)


def topic_names(topics):
    """Names of expertise topics (kept in the default locale) in the current language, where a
    translation exists: {topic.pk: name}, in one query."""
    topics = list(topics)
    names = {topic.pk: topic.name for topic in topics}
    active = Locale.get_active()
    if not topics or all(topic.locale_id == active.pk for topic in topics):
        return names
    from home.models import Topic

    translated = dict(
        Topic.objects.filter(
            locale=active, translation_key__in=[topic.translation_key for topic in topics]
        ).values_list("translation_key", "name")
    )
    return {topic.pk: translated.get(topic.translation_key, topic.name) for topic in topics}


def expertise_topics():
    """The topics members choose their expertise from: the public site's topics, in the default
    locale, so every member's choice means the same thing in every language."""
    from home.models import Topic

    return Topic.objects.filter(locale=Locale.get_default())


class OrganisationFields(forms.Form):
    """Choose an organisation from the register, or name a missing one to propose it."""

    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Choose an organisation"),
        help_text=_("If your organisation is not on the list, write its name in the next field."),
    )
    new_organisation = forms.CharField(
        label=_("Propose a new organisation"),
        max_length=200,
        required=False,
        help_text=_(
            "The full name of your organisation. An administrator adds it to the register."
        ),
    )

    def setup_organisation(self, current=None, proposer=None):
        choosable = Q(status=Organisation.Status.APPROVED)
        if current is not None:
            # A member whose proposal is still waiting keeps seeing their own organisation.
            choosable |= Q(pk=current.pk)
        if proposer is not None:
            choosable |= Q(status=Organisation.Status.PROPOSED, proposed_by=proposer)
        self.fields["organisation"].queryset = Organisation.objects.filter(choosable)

    def clean_new_organisation(self):
        name = " ".join(self.cleaned_data["new_organisation"].split())
        if name:
            existing = Organisation.objects.filter(name__iexact=name).first()
            if existing is not None and existing.status == Organisation.Status.REJECTED:
                raise forms.ValidationError(
                    _(
                        "This organisation cannot be added to the register. Please choose "
                        "your organisation from the list."
                    )
                )
        return name

    def clean_organisation_choice(self):
        cleaned = self.cleaned_data
        if (
            not cleaned.get("organisation")
            and not cleaned.get("new_organisation")
            and "new_organisation" not in self.errors
        ):
            self.add_error(
                "organisation",
                _("Please choose your organisation, or write its name to propose it."),
            )

    def chosen_organisation(self, user):
        """The chosen organisation; a proposed name is reused if the register has it (in any
        letter case), and otherwise becomes a new proposal by `user`."""
        name = self.cleaned_data.get("new_organisation")
        if not name:
            return self.cleaned_data.get("organisation")
        existing = Organisation.objects.filter(name__iexact=name).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                return Organisation.objects.create(
                    name=name, status=Organisation.Status.PROPOSED, proposed_by=user
                )
        except IntegrityError:  # someone proposed the same name a moment ago
            return Organisation.objects.get(name__iexact=name)


class NameFields(forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        error_messages={"required": _("Please give your first name.")},
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        error_messages={"required": _("Please give your last name.")},
    )


def set_sector_choices(field):
    field.choices = [("", _("Choose a sector")), *Sector.choices]


PROFILE_ERRORS = {
    "job_title": {"required": _("Please give your job title.")},
    "sector": {"required": _("Please choose your sector.")},
    "motivation": {"required": _("Please tell us briefly why you are joining.")},
}


class ApplicationForm(NameFields, OrganisationFields, forms.ModelForm):
    """The membership application a person with a verified email address sends once."""

    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("Choose a region"))] + list(Region.choices),
        help_text=_("The region you mainly work in."),
        error_messages={"required": _("Please choose the region you work in.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy statement and agree that my application and profile are "
            "stored and shown to the platform's members."
        ),
        error_messages={"required": _("Please confirm that you have read the privacy statement.")},
    )

    field_order = [
        "first_name",
        "last_name",
        "organisation",
        "new_organisation",
        "job_title",
        "region",
        "sector",
        "motivation",
        "consent",
    ]

    class Meta:
        model = MemberProfile
        fields = ["job_title", "sector", "motivation"]
        labels = {
            "job_title": _("Job title"),
            "sector": _("Sector"),
            "motivation": _("Why are you joining?"),
        }
        help_texts = {
            "motivation": _(
                "A few sentences about your work with integration. The administrators read "
                "this when they decide on your membership. At most 2,000 characters."
            ),
        }
        error_messages = PROFILE_ERRORS
        widgets = {"motivation": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.setup_organisation()
        set_sector_choices(self.fields["sector"])
        if not self.is_bound:
            self.initial.setdefault("first_name", user.first_name)
            self.initial.setdefault("last_name", user.last_name)

    def clean(self):
        cleaned = super().clean()
        self.clean_organisation_choice()
        return cleaned

    @transaction.atomic
    def save(self, language):
        user = self.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        profile = super().save(commit=False)
        profile.user = user
        profile.status = MemberProfile.Status.PENDING
        profile.language = language
        profile.organisation = self.chosen_organisation(user)
        profile.save()
        ProfileRegion.objects.create(profile=profile, code=self.cleaned_data["region"])
        return profile


class ProfileForm(NameFields, OrganisationFields, forms.ModelForm):
    """What a member tells other members about themselves, and who sees their contact details."""

    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_("A JPEG, PNG or WebP picture, at most 5 MB. Only members see it."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    regions = forms.MultipleChoiceField(
        label=_("Regions"),
        choices=Region.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The regions you work in."),
        error_messages={"required": _("Please choose at least one region.")},
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages I speak"),
        choices=SpokenLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Expertise"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The themes you know well. Other members find you by them."),
    )

    field_order = [
        "first_name",
        "last_name",
        "photo",
        "remove_photo",
        "job_title",
        "organisation",
        "new_organisation",
        "regions",
        "sector",
        "topics",
        "languages",
        "bio",
        "phone",
        "email_visibility",
        "phone_visibility",
        "language",
    ]

    class Meta:
        model = MemberProfile
        fields = [
            "job_title",
            "sector",
            "topics",
            "phone",
            "bio",
            "email_visibility",
            "phone_visibility",
            "language",
        ]
        labels = {
            "job_title": _("Job title"),
            "sector": _("Sector"),
            "phone": _("Phone"),
            "bio": _("Short bio"),
            "email_visibility": _("Who sees my email address"),
            "phone_visibility": _("Who sees my phone number"),
            "language": _("Language of the messages I get"),
        }
        help_texts = {
            "phone": _("For example +358 40 123 4567."),
            "bio": _("Your work and what you can help others with. At most 1,000 characters."),
        }
        error_messages = PROFILE_ERRORS
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "email_visibility": forms.RadioSelect,
            "phone_visibility": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        profile = self.instance
        self.setup_organisation(current=profile.organisation, proposer=profile.user)
        set_sector_choices(self.fields["sector"])
        topics = self.fields["topics"]
        topics.queryset = expertise_topics()
        # Labelled in the reader's language and sorted by that label.
        labels = topic_names(topics.queryset)
        topics.choices = sorted(labels.items(), key=lambda choice: choice[1].casefold())
        if not profile.photo:
            del self.fields["remove_photo"]
        if not self.is_bound:
            self.initial.update(
                first_name=profile.user.first_name,
                last_name=profile.user.last_name,
                organisation=profile.organisation_id,
                regions=profile.region_codes,
                languages=profile.language_codes,
            )
        self.new_photo = None

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if upload:
            self.new_photo = clean_photo(upload)
        return None

    def clean(self):
        cleaned = super().clean()
        self.clean_organisation_choice()
        return cleaned

    @transaction.atomic
    def save(self):
        from extranet.members.photos import replace_photo

        profile = super().save(commit=False)
        user = profile.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        profile.organisation = self.chosen_organisation(user)
        profile.save()
        self.save_m2m()
        _replace_codes(profile.regions, ProfileRegion, profile, self.cleaned_data["regions"])
        _replace_codes(profile.languages, ProfileLanguage, profile, self.cleaned_data["languages"])
        if self.new_photo is not None:
            replace_photo(profile, self.new_photo)
        elif self.cleaned_data.get("remove_photo"):
            replace_photo(profile, None)
        profile.refresh_search_document()
        return profile


def _replace_codes(related, model, profile, codes):
    codes = set(codes)
    related.exclude(code__in=codes).delete()
    existing = set(related.values_list("code", flat=True))
    model.objects.bulk_create([model(profile=profile, code=code) for code in codes - existing])


class DeleteAccountForm(forms.Form):
    """Deleting the account asks for the password: a left-open session is not enough."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Please give your password.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class OrganisationFilterForm(forms.Form):
    q = forms.CharField(label=_("Organisation name"), required=False, max_length=200)
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=[("", _("All sectors")), *Sector.choices]
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.input_type = "search"


class ProposeOrganisationForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200)
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=[("", _("Choose a sector")), *Sector.choices]
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("Choose a region")), *Region.choices],
        help_text=_("Where the organisation works; choose “Whole country” for national ones."),
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("For example https://www.example.fi"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Write the organisation's full name."))
        return name

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("name")
        if (
            name
            and service.find_organisation(name) is None
            and service.open_proposals(self.user).count() >= service.MAX_OPEN_PROPOSALS
        ):
            raise forms.ValidationError(
                _(
                    "You already have several proposals waiting for review. You can propose "
                    "more once an administrator has handled them."
                )
            )
        return cleaned
