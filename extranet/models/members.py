from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from extranet.models.choices import Region, Sector, SpokenLanguage, Visibility
from extranet.storage import private_storage, random_name
from search import analysis


def member_photo_path(instance, filename):
    return random_name("member-photos", filename)


class Organisation(models.Model):
    """An organisation members work for: the register members choose from. Members may
    propose a missing one; it is usable at once and shows in the directory once approved."""

    class Status(models.TextChoices):
        APPROVED = "approved", _("Approved")
        PROPOSED = "proposed", _("Proposed")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices, blank=True)
    region = models.CharField(_("region"), max_length=32, choices=Region.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.APPROVED, db_index=True
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        return unique_slug(self, slugify(self.name)[:190] or "organisation")


class MemberProfileQuerySet(models.QuerySet):
    def active(self):
        """Approved members whose account is active: the people the extranet shows."""
        return self.filter(status=MemberProfile.Status.APPROVED, user__is_active=True)


class MemberProfile(models.Model):
    """A person's membership of the Partnership Platform: their application, its decision and
    the profile other members see in the contact-person directory."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        DENIED = "denied", _("Denied")
        SUSPENDED = "suspended", _("Suspended")
        ENDED = "ended", _("Ended")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_profile",
        verbose_name=_("user"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    language = models.CharField(
        _("language for messages"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    # The application
    motivation = models.TextField(_("why I am joining"), max_length=2000)
    applied_at = models.DateTimeField(_("applied"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    status_message = models.TextField(
        _("message to the member"),
        blank=True,
        help_text=_("The administrator's message or reason, shown to the member and emailed."),
    )
    member_since = models.DateTimeField(_("member since"), null=True, blank=True, db_index=True)

    # The profile
    job_title = models.CharField(_("job title"), max_length=150)
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        verbose_name=_("organisation"),
    )
    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices, db_index=True)
    topics = models.ManyToManyField(
        "home.Topic", blank=True, related_name="member_profiles", verbose_name=_("expertise")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    photo = models.ImageField(
        _("photo"), storage=private_storage, upload_to=member_photo_path, blank=True
    )
    email_visibility = models.CharField(
        _("who sees my email address"),
        max_length=16,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    phone_visibility = models.CharField(
        _("who sees my phone number"),
        max_length=16,
        choices=Visibility.choices,
        default=Visibility.NOBODY,
    )

    # Stems of the searchable text (search.analysis); kept current by refresh_search_document().
    search_document = models.TextField(editable=False, blank=True, default="")
    # On PostgreSQL a trigger keeps it the tsvector of search_document (migration 0012).
    search_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemberProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["-applied_at"]
        indexes = [models.Index(fields=["status", "-member_since"], name="member_status_since")]
        permissions = [
            ("manage_membership", _("Can approve, deny, suspend and end memberships")),
        ]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        # Never the email address: members may hide it.
        return self.user.get_full_name() or gettext("Member %(number)s") % {"number": self.pk}

    @property
    def is_active_member(self):
        return self.status == self.Status.APPROVED and self.user.is_active

    @property
    def region_codes(self):
        return [region.code for region in self.regions.all()]

    @property
    def language_codes(self):
        return [language.code for language in self.languages.all()]

    def shows_email_to(self, viewer):
        return viewer == self.user or self.email_visibility == Visibility.MEMBERS

    def shows_phone_to(self, viewer):
        return bool(self.phone) and (
            viewer == self.user or self.phone_visibility == Visibility.MEMBERS
        )

    def refresh_search_document(self, save=True):
        """Recompute the stems searched by the directory from name, organisation, title,
        expertise (in every language it is translated into) and bio."""
        from home.models import Topic

        translation_keys = [topic.translation_key for topic in self.topics.all()]
        topic_names = Topic.objects.filter(translation_key__in=translation_keys).values_list(
            "name", flat=True
        )
        self.search_document = analysis.document(
            self.user.get_full_name(),
            self.organisation.name if self.organisation_id else "",
            self.job_title,
            " ".join(topic_names),
            self.bio,
        )
        if save:
            MemberProfile.objects.filter(pk=self.pk).update(search_document=self.search_document)


class ProfileRegion(models.Model):
    profile = models.ForeignKey(MemberProfile, on_delete=models.CASCADE, related_name="regions")
    code = models.CharField(_("region"), max_length=32, choices=Region.choices, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["profile", "code"], name="unique_profile_region")
        ]

    def __str__(self):
        return self.get_code_display()


class ProfileLanguage(models.Model):
    profile = models.ForeignKey(MemberProfile, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(
        _("language"), max_length=8, choices=SpokenLanguage.choices, db_index=True
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["profile", "code"], name="unique_profile_language")
        ]

    def __str__(self):
        return self.get_code_display()


def unique_slug(instance, base, reserved=()):
    """`base`, or `base-2`, `base-3`… : the first slug no other row of the model has."""
    others = type(instance).objects.exclude(pk=instance.pk)
    slug, n = base, 1
    while slug in reserved or others.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
