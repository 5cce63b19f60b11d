from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    """Finland's regions (maakunnat), and the whole country for national actors."""

    WHOLE_COUNTRY = "whole-country", _("Whole country")
    UUSIMAA = "uusimaa", _("Uusimaa")
    SOUTHWEST_FINLAND = "varsinais-suomi", _("Southwest Finland")
    SATAKUNTA = "satakunta", _("Satakunta")
    KANTA_HAME = "kanta-hame", _("Kanta-Häme")
    PIRKANMAA = "pirkanmaa", _("Pirkanmaa")
    PAIJAT_HAME = "paijat-hame", _("Päijät-Häme")
    KYMENLAAKSO = "kymenlaakso", _("Kymenlaakso")
    SOUTH_KARELIA = "etela-karjala", _("South Karelia")
    SOUTH_SAVO = "etela-savo", _("South Savo")
    NORTH_SAVO = "pohjois-savo", _("North Savo")
    NORTH_KARELIA = "pohjois-karjala", _("North Karelia")
    CENTRAL_FINLAND = "keski-suomi", _("Central Finland")
    SOUTH_OSTROBOTHNIA = "etela-pohjanmaa", _("South Ostrobothnia")
    OSTROBOTHNIA = "pohjanmaa", _("Ostrobothnia")
    CENTRAL_OSTROBOTHNIA = "keski-pohjanmaa", _("Central Ostrobothnia")
    NORTH_OSTROBOTHNIA = "pohjois-pohjanmaa", _("North Ostrobothnia")
    KAINUU = "kainuu", _("Kainuu")
    LAPLAND = "lappi", _("Lapland")
    ALAND = "ahvenanmaa", _("Åland")


class Sector(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    WELLBEING_SERVICES_COUNTY = "wellbeing-services-county", _("Wellbeing services county")
    STATE_AUTHORITY = "state-authority", _("State authority")
    NGO = "ngo", _("NGO")
    EDUCATION = "education", _("Education")
    BUSINESS = "business", _("Business")
    RESEARCH = "research", _("Research")
    OTHER = "other", _("Other")


class SpokenLanguage(models.TextChoices):
    """Languages members serve clients in: the national languages and the most common
    languages of people who have moved to Finland."""

    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")
    SAMI = "se", _("Sámi")
    RUSSIAN = "ru", _("Russian")
    ESTONIAN = "et", _("Estonian")
    ARABIC = "ar", _("Arabic")
    UKRAINIAN = "uk", _("Ukrainian")
    SOMALI = "so", _("Somali")
    PERSIAN = "fa", _("Persian")
    DARI = "prs", _("Dari")
    KURDISH = "ku", _("Kurdish")
    TURKISH = "tr", _("Turkish")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    GERMAN = "de", _("German")
    CHINESE = "zh", _("Chinese")
    THAI = "th", _("Thai")
    VIETNAMESE = "vi", _("Vietnamese")
    TIGRINYA = "ti", _("Tigrinya")
    ALBANIAN = "sq", _("Albanian")
    SIGN_LANGUAGE = "fse", _("Finnish Sign Language")


class Visibility(models.TextChoices):
    MEMBERS = "members", _("All members")
    NOBODY = "nobody", _("Nobody")
