from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExtranetConfig(AppConfig):
    name = "extranet"
    verbose_name = _("Partnership Platform")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from extranet.members import directory
        from extranet.members.signals import membership_approved
        from extranet.models import MemberProfile, ProfileLanguage, ProfileRegion
        from extranet.workspaces.invitations import services as invitations

        membership_approved.connect(invitations.accept_on_approval, dispatch_uid="invitations")

        for model in (MemberProfile, ProfileRegion, ProfileLanguage, settings.AUTH_USER_MODEL):
            post_save.connect(
                directory.directory_changed, sender=model, dispatch_uid=f"dir-{model}"
            )
            post_delete.connect(
                directory.directory_changed, sender=model, dispatch_uid=f"dir-del-{model}"
            )
        m2m_changed.connect(
            directory.directory_changed,
            sender=MemberProfile.topics.through,
            dispatch_uid="dir-topics",
        )
