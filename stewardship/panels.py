from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from .readability import LONG_WORD_LETTERS, VERY_LONG_WORD_LETTERS, measure, page_text


class ReadabilityPanel(Panel):
    """The text's LIX, sentence length and very long words, as saved and live as the editor types."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Readability"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "stewardship/admin/readability_panel.html"

        def threshold(self):
            from home.models import PlainLanguagePage

            from .models import UpkeepSettings

            settings = UpkeepSettings.for_request(self.request)
            if isinstance(self.instance, PlainLanguagePage):
                return settings.plain_readability_warning_lix
            return settings.readability_warning_lix

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            result = measure(page_text(self.instance)) if self.instance.pk else measure("")
            threshold = self.threshold()
            context.update(
                result=result,
                lix=round(result.lix),
                average=round(result.average_sentence_length, 1),
                threshold=threshold,
                too_hard=result.words > 0 and round(result.lix) > threshold,
                long_letters=LONG_WORD_LETTERS,
                very_long_letters=VERY_LONG_WORD_LETTERS,
            )
            return context
