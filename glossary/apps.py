from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self):
        from . import marking
        from .models import Concept, Definition, GlossaryPage, Term

        # A changed term, concept or glossary page renews the matcher the pages' text is
        # linked with (the public pages' cache renews itself on any public model's save).
        for model in (Concept, Term, Definition, GlossaryPage):
            uid = f"glossary_{model._meta.model_name}"
            post_save.connect(marking.changed, sender=model, dispatch_uid=f"{uid}_save")
            post_delete.connect(marking.changed, sender=model, dispatch_uid=f"{uid}_delete")
        m2m_changed.connect(
            marking.changed, sender=Concept.related.through, dispatch_uid="glossary_related"
        )
