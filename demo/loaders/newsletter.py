"""Demo content of this app for `manage.py seed_demo`: the newsletter page in each language,
one sent issue per language and a few dozen subscribers. Nothing is mailed."""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from demo.loaders.home import translate_page
from newsletter.models import NewsletterIssuePage, NewsletterPage, Subscriber

LANGUAGES = ("fi", "sv", "en")

PAGE = {
    "fi": {
        "title": "Uutiskirje",
        "slug": "uutiskirje",
        "introduction": (
            "Kumppanuusohjelman uutiskirje kertoo kerran kuukaudessa kotoutumistyön "
            "ajankohtaisista asioista: uutiset, blogikirjoitukset, tulevat tapahtumat ja "
            "rahoitusinfot. Tilaa se tästä – peruutat tilauksen milloin vain yhdellä "
            "napsautuksella."
        ),
    },
    "sv": {
        "title": "Nyhetsbrev",
        "slug": "nyhetsbrev",
        "introduction": (
            "Partnerskapsprogrammets nyhetsbrev berättar en gång i månaden om aktuellt inom "
            "integrationsarbetet: nyheter, blogginlägg, kommande evenemang och "
            "finansieringsinfon. Beställ det här – du avbeställer när som helst med ett klick."
        ),
    },
    "en": {
        "title": "Newsletter",
        "slug": "newsletter",
        "introduction": (
            "The partnership programme's newsletter tells you once a month what is new in "
            "integration work: news, blog posts, upcoming events and funding info sessions. "
            "Subscribe here – you can unsubscribe at any time with one click."
        ),
    },
}

ISSUE = {
    "fi": {
        "title": "Kumppanuusohjelman uutiskirje – lokakuu",
        "slug": "lokakuu",
        "introduction": (
            "Syksyn Kumppanuusbaro on auki, rahoitusinfo pidetään marraskuussa ja "
            "alueelliset koordinaattorit kokoontuvat taas kuukauden ensimmäisenä tiistaina."
        ),
        "text": (
            "<h2>Vastaa Kumppanuusbaroon</h2>"
            "<p>Kumppanuusbaro kerää kahdesti vuodessa järjestöjen ja viranomaisten "
            "näkemykset yhteistyön tilasta. Viime kyselyyn vastasi noin 400 toimijaa, ja "
            "tulokset ohjasivat Kumppanuusalustan kehittämistä: lisää toimintaa ruotsiksi ja "
            "selkokielellä. Vastaaminen vie noin kymmenen minuuttia.</p>"
            "<h2>Rahoitusinfo marraskuussa</h2>"
            "<p>Kerromme ajankohtaisista rahoitusmahdollisuuksista järjestöille ja kunnille. "
            "Info järjestetään etänä, ja tallenne julkaistaan jälkikäteen.</p>"
        ),
    },
    "sv": {
        "title": "Partnerskapsprogrammets nyhetsbrev – oktober",
        "slug": "oktober",
        "introduction": (
            "Höstens Partnerskapsbarometer är öppen, finansieringsinfon hålls i november och "
            "de regionala koordinatorerna träffas igen den första tisdagen i månaden."
        ),
        "text": (
            "<h2>Svara på Partnerskapsbarometern</h2>"
            "<p>Barometern samlar två gånger om året organisationernas och myndigheternas syn "
            "på samarbetet. Förra gången svarade cirka 400 aktörer, och resultaten styrde "
            "utvecklingen av Partnerskapsplattformen: mer verksamhet på svenska och på "
            "lättläst språk. Det tar ungefär tio minuter att svara.</p>"
            "<h2>Finansieringsinfo i november</h2>"
            "<p>Vi berättar om aktuella finansieringsmöjligheter för organisationer och "
            "kommuner. Infon ordnas på distans och inspelningen publiceras efteråt.</p>"
        ),
    },
    "en": {
        "title": "Partnership programme newsletter – October",
        "slug": "october",
        "introduction": (
            "The autumn Partnership Barometer is open, the funding info session is in "
            "November, and the regional coordinators meet again on the first Tuesday of the "
            "month."
        ),
        "text": (
            "<h2>Answer the Partnership Barometer</h2>"
            "<p>Twice a year the barometer asks NGOs and authorities how their cooperation is "
            "going. About 400 actors answered last time, and the results shaped the "
            "Partnership Platform: more activity in Swedish and in plain language. Answering "
            "takes about ten minutes.</p>"
            "<h2>Funding info session in November</h2>"
            "<p>We go through current funding opportunities for NGOs and municipalities. The "
            "session is online and the recording is published afterwards.</p>"
        ),
    },
}

SUBSCRIBER_NAMES = [
    "aino", "eero", "helmi", "juha", "kaisa", "lauri", "mari", "niko", "outi", "pekka",
    "riikka", "sami", "tiina", "ville", "anna", "bjorn", "cecilia", "david", "elin", "fredrik",
    "greta", "hanna", "ida", "johan", "karin", "lucas", "maria", "noah", "olivia", "peter",
]  # fmt: skip


def seed(home, report):
    """Create whatever of the newsletter's demo content is missing under the Finnish home page."""
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    pages = _seed_pages(home, locales, report)
    _seed_issues(pages, locales, report)
    _seed_subscribers(report)


def _seed_pages(home, locales, report):
    finnish = NewsletterPage.objects.child_of(home).first()
    if finnish is None:
        finnish = home.add_child(
            instance=NewsletterPage(locale=locales["fi"], show_in_menus=False, **PAGE["fi"])
        )
        finnish.save_revision().publish()
        report.created.append("newsletter page")
    pages = {"fi": finnish}
    for code in LANGUAGES[1:]:
        translated = finnish.get_translation_or_none(locales[code])
        if translated is None:
            translated = translate_page(finnish, locales[code], PAGE[code])
        pages[code] = translated.specific
    return pages


def _issue_body(code):
    return [
        ("paragraph", ISSUE[code]["text"]),
        ("latest_news", {"heading": "", "count": 3}),
        ("latest_blog_posts", {"heading": "", "count": 2}),
        ("upcoming_events", {"heading": "", "count": 3}),
    ]


def _seed_issues(pages, locales, report):
    finnish_page = pages["fi"]
    original = NewsletterIssuePage.objects.child_of(finnish_page).first()
    if original is None:
        spec = ISSUE["fi"]
        original = finnish_page.add_child(
            instance=NewsletterIssuePage(
                locale=locales["fi"],
                title=spec["title"],
                slug=spec["slug"],
                introduction=spec["introduction"],
                body=_issue_body("fi"),
            )
        )
        original.save_revision().publish()
        report.created.append("newsletter issue")
    issues = [original]
    for code in LANGUAGES[1:]:
        translated = original.get_translation_or_none(locales[code])
        if translated is None:
            spec = ISSUE[code]
            translated = translate_page(
                original,
                locales[code],
                {
                    "title": spec["title"],
                    "slug": spec["slug"],
                    "introduction": spec["introduction"],
                    "body": _issue_body(code),
                },
            )
        issues.append(translated)
    sent_at = timezone.now() - datetime.timedelta(days=20)
    # Marked as sent so the archive shows them; no mail goes out.
    NewsletterIssuePage.objects.filter(
        pk__in=[issue.pk for issue in issues], sending_started_at__isnull=True
    ).update(sending_started_at=sent_at, sending_finished_at=sent_at, sent_count=0)


def _seed_subscribers(report):
    statuses = [Subscriber.Status.SUBSCRIBED] * 3 + [
        Subscriber.Status.PENDING,
        Subscriber.Status.UNSUBSCRIBED,
    ]
    now = timezone.now()
    created = 0
    for number, name in enumerate(SUBSCRIBER_NAMES):
        language = LANGUAGES[number % 3]
        status = statuses[number % len(statuses)]
        email = f"{name}.{language}@example.fi"
        if Subscriber.objects.filter(email=email).exists():
            continue
        Subscriber.objects.create(
            email=email,
            language=language,
            status=status,
            consented_at=now - datetime.timedelta(days=60 - number),
            confirmed_at=None if status == Subscriber.Status.PENDING else now,
            unsubscribed_at=now if status == Subscriber.Status.UNSUBSCRIBED else None,
        )
        created += 1
    if created:
        report.created.append(f"{created} newsletter subscribers")
