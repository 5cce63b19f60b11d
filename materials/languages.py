"""The languages materials are written in: codes, names in the language itself and in ours."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class MaterialLanguage:
    code: str  # what is stored and used in addresses (?language=ar)
    name: Promise  # in the reader's language
    own_name: str  # in the language itself, "" when there is none ("other")
    lang: str = ""  # the BCP 47 tag for the own name's lang attribute
    rtl: bool = False


LANGUAGES = [
    MaterialLanguage("fi", _("Finnish"), "suomi", "fi"),
    MaterialLanguage("sv", _("Swedish"), "svenska", "sv"),
    MaterialLanguage("en", _("English"), "English", "en"),
    MaterialLanguage("fi-plain", _("Plain Finnish"), "selkosuomi", "fi"),
    MaterialLanguage("ar", _("Arabic"), "العربية", "ar", rtl=True),
    MaterialLanguage("so", _("Somali"), "Soomaali", "so"),
    MaterialLanguage("ru", _("Russian"), "русский", "ru"),
    MaterialLanguage("uk", _("Ukrainian"), "українська", "uk"),
    MaterialLanguage("prs", _("Dari"), "دری", "prs", rtl=True),
    MaterialLanguage("fa", _("Persian"), "فارسی", "fa", rtl=True),
    MaterialLanguage("ckb", _("Kurdish (Sorani)"), "کوردی", "ckb", rtl=True),
    MaterialLanguage("et", _("Estonian"), "eesti", "et"),
    MaterialLanguage("other", _("Other language"), ""),
]
BY_CODE = {language.code: language for language in LANGUAGES}
LANGUAGE_CODES = list(BY_CODE)


def language_label(code):
    """The name in the reader's language, e.g. "arabia" for "ar" on a Finnish page."""
    language = BY_CODE.get(code)
    return language.name if language else code


def material_language(code):
    return BY_CODE.get(code) or MaterialLanguage(code, code, code)
