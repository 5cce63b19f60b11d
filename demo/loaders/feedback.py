"""Demo feedback form ("Anna palautetta") in Finnish, Swedish and English; its subject list
includes accessibility, so it is also the accessibility statement's feedback channel."""

from wagtail.models import Locale

from demo.loaders.home import translate_page
from feedback.models import FeedbackFormField, FeedbackFormPage

LANGUAGES = ("fi", "sv", "en")

FORM = {
    "title": {"fi": "Anna palautetta", "sv": "Ge respons", "en": "Give feedback"},
    "slug": {"fi": "palaute", "sv": "respons", "en": "feedback"},
    "introduction": {
        "fi": "Kerro meille, mikä sivustolla toimii ja mikä ei. Voit antaa palautetta myös "
        "saavutettavuudesta. Vastaamme, jos jätät sähköpostiosoitteesi.",
        "sv": "Berätta för oss vad som fungerar på webbplatsen och vad som inte gör det. Du kan "
        "också ge respons om tillgängligheten. Vi svarar om du lämnar din e-postadress.",
        "en": "Tell us what works on the site and what does not. You can also give feedback on "
        "accessibility. We will reply if you leave your email address.",
    },
    "thank_you_text": {
        "fi": "<p>Kiitos palautteestasi! Luemme jokaisen viestin. Jos annoit "
        "sähköpostiosoitteesi, vastaamme kahden viikon kuluessa.</p>",
        "sv": "<p>Tack för din respons! Vi läser varje meddelande. Om du gav din e-postadress "
        "svarar vi inom två veckor.</p>",
        "en": "<p>Thank you for your feedback! We read every message. If you gave your email "
        "address, we will reply within two weeks.</p>",
    },
    "subject": {
        "fi": "Palautetta sivustolta",
        "sv": "Respons från webbplatsen",
        "en": "Feedback from the site",
    },
}

# (field type, required, label, help text, choices) by language.
FIELDS = [
    {
        "field_type": "singleline",
        "required": False,
        "label": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
        "help_text": {"fi": "Vapaaehtoinen.", "sv": "Frivilligt.", "en": "Optional."},
    },
    {
        "field_type": "email",
        "required": False,
        "label": {"fi": "Sähköposti", "sv": "E-post", "en": "Email"},
        "help_text": {
            "fi": "Vapaaehtoinen. Anna, jos haluat vastauksen.",
            "sv": "Frivilligt. Ange den om du vill ha svar.",
            "en": "Optional. Give it if you would like a reply.",
        },
    },
    {
        "field_type": "dropdown",
        "required": True,
        "label": {"fi": "Aihe", "sv": "Ämne", "en": "Subject"},
        "help_text": {"fi": "", "sv": "", "en": ""},
        "choices": {
            "fi": "Yleinen palaute\nSaavutettavuus\nSisältö ja materiaalit\nTekninen ongelma",
            "sv": "Allmän respons\nTillgänglighet\nInnehåll och material\nTekniskt problem",
            "en": "General feedback\nAccessibility\nContent and materials\nTechnical problem",
        },
    },
    {
        "field_type": "multiline",
        "required": True,
        "label": {"fi": "Viesti", "sv": "Meddelande", "en": "Message"},
        "help_text": {
            "fi": "Kerro esimerkiksi, millä sivulla ongelma oli.",
            "sv": "Berätta till exempel på vilken sida problemet fanns.",
            "en": "Tell us, for example, on which page the problem was.",
        },
    },
]


def seed(home, report):
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    form = FeedbackFormPage.objects.child_of(home).filter(slug=FORM["slug"]["fi"]).first()
    if form is None:
        form = FeedbackFormPage(
            locale=locales["fi"],
            to_address="palaute@example.fi",
            from_address="noreply@example.fi",
            show_in_menus=False,
            **_page_fields("fi"),
        )
        form.form_fields = [FeedbackFormField(**_field_values(spec, "fi")) for spec in FIELDS]
        home.add_child(instance=form)
        form.save_revision().publish()
        report.created.append("feedback form (fi)")
    for code in LANGUAGES[1:]:
        if form.get_translation_or_none(locales[code]) is not None:
            continue
        translated = translate_page(form, locales[code], _page_fields(code), publish=False)
        copies = list(translated.form_fields.all())
        for field, spec in zip(copies, FIELDS, strict=True):
            for name, value in _field_values(spec, code).items():
                setattr(field, name, value)
            field.clean_name = field.get_field_clean_name()
        translated.form_fields = copies
        translated.save()
        translated.save_revision().publish()
        report.created.append(f"feedback form ({code})")


def _page_fields(code):
    return {
        key: FORM[key][code]
        for key in ("title", "slug", "introduction", "thank_you_text", "subject")
    }


def _field_values(spec, code):
    values = {
        "field_type": spec["field_type"],
        "required": spec["required"],
        "label": spec["label"][code],
        "help_text": spec["help_text"][code],
    }
    if "choices" in spec:
        values["choices"] = spec["choices"][code]
    return values
