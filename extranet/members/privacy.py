"""A member's own data: everything held about them as a download, and deletion of the account.

Deleting an account removes the person: their user account, email addresses, authenticators,
membership application and profile (with its regions, languages and expertise) and their photo.
What they wrote for others stays where they wrote it: content they authored in the extranet
(workspace posts, from the workspaces issue on) keeps its place and is shown as written by
"deleted member" (the author link is set to null). Organisations they proposed stay in the
register without the proposer. Blog comments are not tied to the account; the export lists those
sent with the member's addresses, and the blog's own erasure (blog.privacy.erase_comments)
removes them on request.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

from blog.privacy import export_comments
from extranet.models import MemberProfile, Organisation


def _iso(value):
    return value.isoformat() if value else None


def export_member_data(user):
    """Everything the platform holds about `user`, as plain data for a JSON download. Secrets
    (password hash, authenticator keys, recovery codes) are never included."""
    addresses = list(EmailAddress.objects.filter(user=user).order_by("-primary", "email"))
    authenticator_types = set(
        Authenticator.objects.filter(user=user).values_list("type", flat=True)
    )
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in addresses
            ],
            "two_factor_authentication": Authenticator.Type.TOTP in authenticator_types,
            "recovery_codes_created": Authenticator.Type.RECOVERY_CODES in authenticator_types,
        },
        "membership": None,
        "profile": None,
        "proposed_organisations": list(
            Organisation.objects.filter(proposed_by=user).values_list("name", flat=True)
        ),
        "blog_comments": [],
    }
    profile = (
        MemberProfile.objects.filter(user=user)
        .select_related("organisation")
        .prefetch_related("regions", "languages", "topics")
        .first()
    )
    if profile is not None:
        data["membership"] = {
            "status": profile.status,
            "applied_at": _iso(profile.applied_at),
            "why_joining": profile.motivation,
            "decided_at": _iso(profile.decided_at),
            "message_from_administrators": profile.status_message,
            "member_since": _iso(profile.member_since),
            "language_for_messages": profile.language,
        }
        data["profile"] = {
            "job_title": profile.job_title,
            "organisation": profile.organisation.name if profile.organisation else None,
            "sector": profile.sector,
            "regions": profile.region_codes,
            "languages_spoken": profile.language_codes,
            "expertise": [topic.name for topic in profile.topics.all()],
            "phone": profile.phone,
            "short_bio": profile.bio,
            "photo": bool(profile.photo),
            "who_sees_my_email_address": profile.email_visibility,
            "who_sees_my_phone_number": profile.phone_visibility,
            "updated_at": _iso(profile.updated_at),
        }
    seen = set()
    for address in addresses:
        email = address.email.lower()
        if email in seen:
            continue
        seen.add(email)
        data["blog_comments"].extend(
            {"email": address.email, **comment}
            for comment in export_comments(address.email)["comments"]
        )
    return data


def delete_member(user):
    """Delete `user` and everything personal about them (see the module's docstring). The
    database cascade removes the profile, its regions and languages, email addresses and
    authenticators; the photo file goes from private storage once the deletion is committed."""
    profile = MemberProfile.objects.filter(user=user).first()
    photo_name = profile.photo.name if profile is not None and profile.photo else ""
    with transaction.atomic():
        if profile is not None:
            forget_in_audit_log(profile)
        user.delete()
        if photo_name:
            storage = MemberProfile._meta.get_field("photo").storage
            transaction.on_commit(lambda: storage.delete(photo_name))


def forget_in_audit_log(profile):
    """The audit log keeps that decisions were made, not who they concerned or the messages
    written to them."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(MemberProfile), object_id=str(profile.pk)
    ).update(label=gettext("deleted member"), data={})
