"""Feedback forms built by editors with Wagtail's form builder; the accessibility feedback
channel is one of them. Submissions are stored first and the editors' mail goes out in the
background, so a slow or failing mail server never troubles the visitor."""

from functools import partial

from django import forms
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from home.slugs import OwnLanguageSlugMixin

HONEYPOT = "website"


class FeedbackFormField(AbstractFormField):
    page = ParentalKey("FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields")


class FeedbackForm(BaseForm):
    required_css_class = "required"


class FeedbackFormBuilder(FormBuilder):
    """The editors' fields, plus a trap for robots that people never see."""

    @property
    def formfields(self):
        fields = super().formfields
        trap = forms.CharField(required=False, label=_("Leave this field empty"))
        trap.widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        fields[HONEYPOT] = trap
        return fields

    def get_form_class(self):
        return type("FeedbackForm", (FeedbackForm,), self.formfields)


class FeedbackFormPage(OwnLanguageSlugMixin, AbstractEmailForm):
    """A form whose answers reach the editors, e.g. general or accessibility feedback."""

    introduction = models.TextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Shown to the visitor after they have sent the form."),
    )

    form_builder = FeedbackFormBuilder
    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification email"),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback form")
        verbose_name_plural = _("feedback forms")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import submit_feedback

            return submit_feedback(request, self)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        """Store the answers (without the robot trap), then mail the editors once committed."""
        from .tasks import notify_editors_of_feedback

        form.cleaned_data.pop(HONEYPOT, None)
        submission = FormMixin.process_form_submission(self, form)
        if self.to_address:
            transaction.on_commit(partial(notify_editors_of_feedback.enqueue, submission.pk))
        return submission

    def send_mail(self, form):
        """Mail goes out from notify_editors_of_feedback, never during the visitor's request."""
        raise NotImplementedError("Use feedback.tasks.notify_editors_of_feedback")

    def notification_lines(self, submission):
        """ "Label: answer" lines of a stored submission, in the form's field order."""
        data = submission.get_data()
        lines = []
        for field in self.get_form_fields():
            value = data.get(field.clean_name, "")
            if isinstance(value, list):
                value = ", ".join(value)
            lines.append(f"{field.label}: {value}")
        return lines
