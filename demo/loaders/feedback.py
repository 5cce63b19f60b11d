"""Demo feedback form ("Anna palautetta") in Finnish, Swedish and English (demo/content/feedback/);
its subject list includes accessibility, so it is also the accessibility statement's feedback
channel."""

from demo import reader
from demo.reader import LANGUAGES
from demo.seeding import demo_locales, translate_page
from feedback.models import FeedbackFormField, FeedbackFormPage


def seed(home, report):
    locales = demo_locales()
    # The body of the form's file is its thank-you text (a `##` heading stays in the text).
    spec = reader.page("feedback", "form", headings="inline")
    fields = reader.data("feedback/fields")
    form = FeedbackFormPage.objects.child_of(home).filter(slug=spec["slug"]["fi"]).first()
    if form is None:
        form = FeedbackFormPage(
            locale=locales["fi"],
            to_address=spec["to_address"],
            from_address=spec["from_address"],
            show_in_menus=False,
            **_page_fields(spec, "fi"),
        )
        form.form_fields = [FeedbackFormField(**_field_values(field, "fi")) for field in fields]
        home.add_child(instance=form)
        form.save_revision().publish()
        report.created.append("feedback form (fi)")
    for code in LANGUAGES[1:]:
        if form.get_translation_or_none(locales[code]) is not None:
            continue
        translated = translate_page(form, locales[code], _page_fields(spec, code), publish=False)
        copies = list(translated.form_fields.all())
        for field, field_spec in zip(copies, fields, strict=True):
            for name, value in _field_values(field_spec, code).items():
                setattr(field, name, value)
            field.clean_name = field.get_field_clean_name()
        translated.form_fields = copies
        translated.save()
        translated.save_revision().publish()
        report.created.append(f"feedback form ({code})")


def _page_fields(spec, code):
    fields = {key: spec[key][code] for key in ("title", "slug", "introduction", "subject")}
    fields["thank_you_text"] = "".join(html for _kind, html in spec["body"][code])
    return fields


def _field_values(spec, code):
    values = {
        "field_type": spec["field_type"],
        "required": spec["required"],
        "label": spec["label"][code],
        "help_text": spec["help_text"][code],
    }
    if "choices" in spec:
        values["choices"] = "\n".join(spec["choices"][code])
    return values
