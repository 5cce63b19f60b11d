"""The forms members fill in: the membership application, the profile and account deletion."""

import datetime
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from . import uploads
from .models import (
    Folder,
    MemberProfile,
    Organisation,
    ProfileLanguage,
    ProfileRegion,
    Region,
    Report,
    Sector,
    SpokenLanguage,
    Workspace,
    WorkspaceMembership,
)
from .photos import clean_photo


def topic_names(topics):
    """Names of expertise topics (kept in the default locale) in the current language, where a
    translation exists: {topic.pk: name}, in one query."""
    topics = list(topics)
    names = {topic.pk: topic.name for topic in topics}
    active = Locale.get_active()
    if not topics or all(topic.locale_id == active.pk for topic in topics):
        return names
    from blog.models import Topic

    translated = dict(
        Topic.objects.filter(
            locale=active, translation_key__in=[topic.translation_key for topic in topics]
        ).values_list("translation_key", "name")
    )
    return {topic.pk: translated.get(topic.translation_key, topic.name) for topic in topics}


def expertise_topics():
    """The topics members choose their expertise from: the public site's topics, in the default
    locale, so every member's choice means the same thing in every language."""
    from blog.models import Topic

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
        from .photos import replace_photo

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


class WorkspaceForm(forms.ModelForm):
    """A workspace's name, purpose, visibility and cover. The cover is in private storage, which
    has no public address: the form shows it through extranet:workspace_cover, as the profile
    form shows the photo, with a checkbox to remove it."""

    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    remove_cover = forms.BooleanField(label=_("Remove the cover image"), required=False)

    class Meta:
        model = Workspace
        fields = ["name", "description", "purpose", "visibility", "language", "topics", "cover"]
        widgets = {
            "visibility": forms.RadioSelect,
            "cover": forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }
        help_texts = {
            "cover": _("Optional. A JPEG, PNG or WebP picture, shown to members only."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        topics = self.fields["topics"]
        topics.queryset = expertise_topics()
        labels = topic_names(topics.queryset)
        topics.choices = sorted(labels.items(), key=lambda choice: choice[1].casefold())
        self.fields["name"].widget.attrs["autocomplete"] = "off"
        self.stored_cover = self.instance.cover.name or ""
        if not self.stored_cover:
            del self.fields["remove_cover"]

    def clean_cover(self):
        cover = self.cleaned_data.get("cover")
        if cover and hasattr(cover, "content_type"):  # a new upload
            return clean_photo(cover)
        return cover

    def clean(self):
        cleaned = super().clean()
        # A new picture wins over the checkbox; False empties the model field.
        if cleaned.get("remove_cover") and not self.files.get(self.add_prefix("cover")):
            cleaned["cover"] = False
        return cleaned

    def save(self, commit=True):
        workspace = super().save(commit)
        old = self.stored_cover
        if old and old != workspace.cover.name:
            storage = workspace.cover.storage
            transaction.on_commit(lambda: storage.delete(old))
        return workspace


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the administrators (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


# Reports (moderation)


class ReportForm(forms.Form):
    """A member tells the moderators what is wrong with a post or a file."""

    reason = forms.ChoiceField(
        label=_("Why are you reporting this?"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Details (optional)"),
        help_text=_("Only the moderators read this."),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


# Workspace events


# The years a meeting may be in. Year 1 in Finnish time is before year 1 in UTC: PostgreSQL
# stores such a moment but can't give it back, and the meeting's pages would fail.
MEETING_YEARS = (1900, 2999)


def validate_meeting_year(value):
    first, last = MEETING_YEARS
    if not first <= value.year <= last:
        raise ValidationError(
            _("Give a year between %(first)d and %(last)d."),
            code="year",
            params={"first": first, "last": last},
        )


class WorkspaceEventForm(forms.Form):
    """A workspace meeting: a date and time as the member's browser offers them, read in the
    site's time zone (Europe/Helsinki). The end date may be left out for a meeting within a day."""

    title = forms.CharField(label=_("Title"), max_length=200)
    start_date = forms.DateField(
        label=_("Start date"),
        validators=[validate_meeting_year],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Give the date as day, month and year.")},
    )
    start_time = forms.TimeField(
        label=_("Start time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Give the time as hours and minutes, for example 13:00.")},
    )
    end_date = forms.DateField(
        label=_("End date"),
        validators=[validate_meeting_year],
        required=False,
        help_text=_("Leave empty if the meeting ends on the day it starts."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Give the date as day, month and year.")},
    )
    end_time = forms.TimeField(
        label=_("End time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Give the time as hours and minutes, for example 13:00.")},
    )
    location = forms.CharField(
        label=_("Place"),
        max_length=300,
        required=False,
        help_text=_("An address or a room. Give a place, an online meeting link or both."),
    )
    online_url = forms.CharField(
        label=_("Online meeting link"),
        max_length=1000,
        required=False,
        help_text=_("A web address beginning with https://"),
        widget=forms.URLInput,
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    # Where the service's complaints about a whole moment are shown.
    ERROR_FIELDS = {"starts_at": "start_time", "ends_at": "end_time"}

    def __init__(self, *args, event=None, **kwargs):
        if event is not None and "initial" not in kwargs:
            starts, ends = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
            kwargs["initial"] = {
                "title": event.title,
                "start_date": starts.date(),
                "start_time": starts.time(),
                "end_date": ends.date(),
                "end_time": ends.time(),
                "location": event.location,
                "online_url": event.online_url,
                "description": event.description,
            }
        super().__init__(*args, **kwargs)
        for name in ("title", "location"):
            self.fields[name].widget.attrs["autocomplete"] = "off"

    def clean(self):
        from .workspace_events import validate

        cleaned = super().clean()
        start_date, start_time = cleaned.get("start_date"), cleaned.get("start_time")
        end_time = cleaned.get("end_time")
        if start_date and start_time and end_time:
            zone = timezone.get_default_timezone()
            end_date = cleaned.get("end_date") or start_date
            cleaned["starts_at"] = timezone.make_aware(
                datetime.datetime.combine(start_date, start_time), zone
            )
            cleaned["ends_at"] = timezone.make_aware(
                datetime.datetime.combine(end_date, end_time), zone
            )
            cleaned["online_url"] = cleaned.get("online_url", "").strip()
            cleaned["location"] = cleaned.get("location", "").strip()
            try:
                validate(**cleaned)
            except forms.ValidationError as error:
                for name, messages in error.message_dict.items():
                    self.add_error(self.ERROR_FIELDS.get(name, name), messages)
        return cleaned

    @property
    def event_data(self):
        """The meeting's fields for extranet.workspace_events.schedule() and edit()."""
        names = ("title", "description", "starts_at", "ends_at", "location", "online_url")
        return {name: self.cleaned_data[name] for name in names}


# Notifications and invitations

ADDRESS_SEPARATORS = re.compile(r"[\s,;]+")


class InvitationForm(forms.Form):
    """Addresses to invite to a workspace, with an optional message for the email."""

    emails = forms.CharField(
        label=_("Email addresses"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
    )
    message = forms.CharField(
        label=_("Message to include in the invitation (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["emails"].help_text = _(
            "One or more addresses, separated by commas or new lines; at most %(count)s at a time."
        ) % {"count": settings.WORKSPACE_INVITATION_MAX_ADDRESSES}

    def clean_emails(self):
        addresses = list(
            dict.fromkeys(
                address.lower()
                for address in ADDRESS_SEPARATORS.split(self.cleaned_data["emails"])
                if address
            )
        )
        invalid = []
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                invalid.append(address)
        if invalid:
            raise ValidationError(
                _("These are not email addresses: %(addresses)s")
                % {"addresses": ", ".join(invalid)}
            )
        if not addresses:
            raise ValidationError(_("Enter at least one email address."))
        if len(addresses) > settings.WORKSPACE_INVITATION_MAX_ADDRESSES:
            raise ValidationError(
                _("Invite at most %(count)s addresses at a time.")
                % {"count": settings.WORKSPACE_INVITATION_MAX_ADDRESSES}
            )
        return addresses


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


# Files shared in a workspace


def folder_choices(workspace):
    """Every folder of the workspace as (pk, "Parent / Child"), in one query."""
    folders = {folder.pk: folder for folder in Folder.objects.filter(workspace=workspace)}

    def label(folder):
        names, seen = [], set()
        while folder is not None and folder.pk not in seen:
            seen.add(folder.pk)
            names.insert(0, folder.name)
            folder = folders.get(folder.parent_id)
        return " / ".join(names)

    labelled = [(pk, label(folder)) for pk, folder in folders.items()]
    return folders, sorted(labelled, key=lambda choice: choice[1].casefold())


class FolderField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(label=_("Folder"), required=False, **kwargs)


class WorkspaceFileFields(forms.Form):
    """Title, description and folder, shared by the upload, link and edit forms."""

    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    description = forms.CharField(
        label=_("Description"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    folder = FolderField()

    def __init__(self, *args, workspace, **kwargs):
        super().__init__(*args, **kwargs)
        self.folders, choices = folder_choices(workspace)
        self.fields["folder"].choices = [("", _("Top level (no folder)")), *choices]

    def clean_folder(self):
        value = self.cleaned_data.get("folder")
        return self.folders.get(int(value)) if value else None


class FileUploadForm(WorkspaceFileFields):
    # An empty file is refused by uploads.check, with the file's name.
    file = forms.FileField(label=_("File"), allow_empty_file=True)
    field_order = ["file", "title", "description", "folder"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = uploads.accept_attribute()
        self.fields["file"].help_text = _("At most %(limit)s MB. Allowed types: %(types)s.") % {
            "limit": settings.WORKSPACE_FILE_MAX_MB,
            "types": uploads.allowed_list(),
        }
        self.fields["title"].help_text = _("Optional: the file's name if left empty.")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name, self.content_type = uploads.check(upload)
        upload.name = name
        return upload


class FileVersionForm(forms.Form):
    file = forms.FileField(label=_("New version"), allow_empty_file=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = uploads.accept_attribute()
        self.fields["file"].help_text = _("At most %(limit)s MB. Allowed types: %(types)s.") % {
            "limit": settings.WORKSPACE_FILE_MAX_MB,
            "types": uploads.allowed_list(),
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name, self.content_type = uploads.check(upload)
        upload.name = name
        return upload


class WebAddressField(forms.URLField):
    default_validators = [URLValidator(schemes=["http", "https"])]

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Web address"),
            max_length=1000,
            assume_scheme="https",
            error_messages={
                "invalid": _("Enter a web address starting with http:// or https://."),
            },
            **kwargs,
        )


class LinkForm(WorkspaceFileFields):
    url = WebAddressField()
    field_order = ["url", "title", "description", "folder"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].help_text = _("Optional: the address if left empty.")


class FileEditForm(WorkspaceFileFields):
    url = WebAddressField(required=False)
    field_order = ["title", "url", "description", "folder"]

    def __init__(self, *args, workspace_file, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "title": workspace_file.title,
                "description": workspace_file.description,
                "folder": workspace_file.folder_id or "",
                "url": workspace_file.url,
            },
        )
        super().__init__(*args, workspace=workspace_file.workspace, **kwargs)
        self.fields["title"].required = True
        if workspace_file.kind != workspace_file.Kind.LINK:
            del self.fields["url"]
        else:
            self.fields["url"].required = True


class FolderForm(forms.Form):
    name = forms.CharField(label=_("Folder name"), max_length=120)


# Discussions


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Any number of files, each checked by extranet.files.validate_upload; the messages name
    the file they are about."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault(
            "help_text",
            _("Optional. You can choose several files; the workspace's members can download them."),
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        from .files import validate_upload

        uploads = [upload for upload in (data or []) if upload]
        errors = []
        for upload in uploads:
            super().clean(upload, initial)
            try:
                validate_upload(upload)
            except forms.ValidationError as error:
                errors.extend(f"{upload.name}: {message}" for message in error.messages)
        if errors:
            raise forms.ValidationError(errors)
        return uploads


MESSAGE_HELP = _(
    "You can write **bold**, *italic*, lists starting with - or 1., quotes starting with > and "
    "links. Mention a member of the workspace with @ and their name, for example @Maija Virtanen."
)


def _message_field():
    return forms.CharField(
        label=_("Message"),
        max_length=20000,
        help_text=MESSAGE_HELP,
        # The list of members to mention (discussions/_message_help.html) feeds the suggestions.
        widget=forms.Textarea(attrs={"rows": 8, "data-mention-list": "mention-names"}),
        error_messages={"required": _("Write a message.")},
    )


class DiscussionForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        error_messages={"required": _("Give the discussion a title.")},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    body = _message_field()
    attachments = AttachmentsField()


class ReplyForm(forms.Form):
    body = _message_field()
    attachments = AttachmentsField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].label = _("Your reply")


class PostEditForm(forms.Form):
    body = _message_field()
