"""Generated blog posts, news items and readers' comments for benchmarks (`seed_demo --articles N
--comments N`): varied texts in each page's language on the demo's topics, by the demo's
authors, published over five years under the blog and news of each language, inserted in bulk.

The first generated Finnish blog post is the newest, still open for comments, and has exactly
200 approved comments when there are that many to give: the benchmark's busy post.
"""

import datetime
import random
from contextlib import contextmanager

from django.utils import timezone
from django.utils.text import slugify

from taggit.models import Tag
from wagtail.images.models import Image
from wagtail.models import Locale
from wagtail.rich_text import RichText

from blog import demo_content
from blog.models import (
    Author,
    BlogIndexPage,
    BlogPage,
    BlogPageTag,
    Comment,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
)
from demo.bulk import BATCH, bulk_pages
from home.models import Topic

LANGUAGE_SHARES = {"fi": 6, "sv": 2, "en": 2}
YEARS = 5
BUSY_POST_COMMENTS = 200
OTHER_POST_MOST = 100
# Of the other posts' comments: approved, pending, spam.
STATUS_WEIGHTS = {Comment.Status.APPROVED: 92, Comment.Status.PENDING: 5, Comment.Status.SPAM: 3}
REPLY_SHARE = 0.25


def build_articles(count, rng=None):
    """`count` live blog posts and news items in all, about half each, 60 % in Finnish and
    20 % in Swedish and English, under the existing blog and news of each language. Returns
    them, the Finnish blog posts first. Languages without both indexes get none."""
    rng = rng or random.Random(2026)  # noqa: S311 - reproducible demo data, not secrets
    indexes = _indexes()
    shares = {code: share for code, share in LANGUAGE_SHARES.items() if code in indexes}
    if count <= 0 or not shares:
        return []
    per_language = _split(count, shares)
    images = list(Image.objects.filter(title__startswith="demo-"))
    today = timezone.localdate()
    articles = []
    for code, total in per_language.items():
        topics = list(Topic.objects.filter(locale__language_code=code))
        authors = list(Author.objects.filter(locale__language_code=code))
        kinds = (
            (BlogPage, BlogPageTag, indexes[code][BlogIndexPage], (total + 1) // 2),
            (NewsPage, NewsPageTag, indexes[code][NewsIndexPage], total // 2),
        )
        for model, tag_model, index, number in kinds:
            writer = _Writer(rng, code, topics, authors, images, tag_model)
            taken = set(index.get_children().values_list("slug", flat=True))
            pages = []
            for serial in range(number):
                # The busy post is the newest, so that comments on it are still open.
                newest = serial == 0 and model is BlogPage and code == "fi"
                days_ago = rng.uniform(1, 3) if newest else rng.uniform(0, YEARS * 365)
                pages.append(writer.article(model, today, days_ago, taken))
            articles.extend(bulk_pages(index, pages))
    return articles


def build_comments(count, articles, rng=None):
    """`count` comments on the blog posts among `articles`: the first gets exactly 200
    approved ones (or all when there are fewer), top-level and replies; the rest are spread
    over the others, at most 100 each, mostly approved, some pending and spam. Returns the
    number made."""
    rng = rng or random.Random(2026)  # noqa: S311
    if count <= 0:
        return 0
    posts = [article for article in articles if isinstance(article, BlogPage)]
    if not posts:
        raise ValueError("Comments need generated blog posts to go on.")
    busy, others = posts[0], posts[1:]
    on_busy = min(count, BUSY_POST_COMMENTS)
    left = count - on_busy
    if left > OTHER_POST_MOST * len(others):
        raise ValueError(
            f"{count} comments need at least {1 + -(-left // OTHER_POST_MOST)} blog posts."
        )
    # Heavy-tailed, but none as busy as the first, which the benchmark finds by its count.
    weights = [rng.paretovariate(1.2) for _ in others]
    spread = [0] * len(others)
    while left:
        for index in rng.choices(range(len(others)), weights, k=left):
            if spread[index] < OTHER_POST_MOST:
                spread[index] += 1
                left -= 1
    plan = [(busy, on_busy, True)]
    plan += [(post, n, False) for post, n in zip(others, spread, strict=True) if n]
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    now = timezone.now()
    top_level, replies = [], []
    for post, number, all_approved in plan:
        texts = COMMENTS.get(languages[post.locale_id], COMMENTS["fi"])
        begins = max(post.first_published_at, now - datetime.timedelta(days=400))
        made = []
        for _ in range(number):
            name = rng.choice(NAMES)
            status = (
                Comment.Status.APPROVED
                if all_approved
                else rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
            )
            approved_before = [c for c in made if c.status == Comment.Status.APPROVED]
            reply = approved_before and rng.random() < REPLY_SHARE
            parent = rng.choice(approved_before) if reply else None
            since = parent.created_at if parent else begins
            comment = Comment(
                post_id=post.pk,
                parent=parent,
                name=name,
                email=f"{slugify(name).replace('-', '.')}@example.fi" if rng.random() < 0.7 else "",
                text=rng.choice(texts["reply" if parent else "comment"]),
                status=status,
                held_reason="many links" if status == Comment.Status.SPAM else "",
                created_at=since + (now - since) * rng.random(),
            )
            if status == Comment.Status.SPAM:
                comment.name, comment.text = rng.choice(SPAM)
            (replies if parent else top_level).append(comment)
            if not parent:
                made.append(comment)
    with _own_dates(Comment):
        Comment.objects.bulk_create(top_level, batch_size=BATCH)
        for reply in replies:
            reply.parent_id = reply.parent.pk
        Comment.objects.bulk_create(replies, batch_size=BATCH)
    return len(top_level) + len(replies)


def _indexes():
    """The blog and news index of each language that has both: code -> {model: page}."""
    found = {}
    for model in (BlogIndexPage, NewsIndexPage):
        for page in model.objects.select_related("locale").order_by("path"):
            found.setdefault(page.locale.language_code, {}).setdefault(model, page)
    return {code: pages for code, pages in found.items() if len(pages) == 2}


def _split(count, shares):
    """`count` split by integer `shares`, the remainder to the first (largest) share."""
    total = sum(shares.values())
    split = {code: count * share // total for code, share in shares.items()}
    split[next(iter(split))] += count - sum(split.values())
    return split


@contextmanager
def _own_dates(model):
    """Let bulk_create keep the comments' own `created_at` (an auto_now_add field)."""
    field = model._meta.get_field("created_at")
    field.auto_now_add = False
    try:
        yield
    finally:
        field.auto_now_add = True


class _Writer:
    """Articles in one language: titles, summaries and bodies composed from the topic's and the
    language's phrases, with the demo's topics, authors, tags and images."""

    def __init__(self, rng, code, topics, authors, images, tag_model):
        self.rng, self.code = rng, code
        self.text = TEXTS[code]
        by_slug = {topic.slug: topic for topic in topics}
        self.topics = [
            (spec["key"], by_slug[spec["slug"][code]])
            for spec in demo_content.TOPICS
            if spec["slug"][code] in by_slug
        ]
        self.authors, self.images, self.tag_model = authors, images, tag_model
        names = {name for key in TOPIC_TEXTS for name in TOPIC_TEXTS[key][code]["tags"]}
        existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
        missing = [Tag(name=name, slug=slugify(name)) for name in names - set(existing)]
        for tag in missing:
            tag.slug = _free_tag_slug(tag.slug)
            tag.save()
            existing[tag.name] = tag
        self.tags = existing

    def article(self, model, today, days_ago, taken):
        rng, text = self.rng, self.text
        key, topic = rng.choice(self.topics) if self.topics else (rng.choice(KEYS), None)
        about = TOPIC_TEXTS[key][self.code]
        published = timezone.make_aware(
            datetime.datetime.combine(
                today - datetime.timedelta(days=int(days_ago)), datetime.time(8)
            )
        ) + datetime.timedelta(minutes=rng.randint(0, 600))
        place, year = rng.choice(text["places"]), published.year
        title = rng.choice(about["titles"])
        if model is NewsPage:
            suffix = rng.choice(text["news_suffixes"])
            title = rng.choice(text["news_prefixes"]) + title + suffix.format(year=year)
        else:
            title += rng.choice(text["angles"]).format(place=place)
        summary = " ".join(rng.sample(about["sentences"], 2))
        sentences = rng.sample(about["sentences"] + text["general"], 12)
        body = []
        for heading in rng.sample(text["headings"], rng.randint(2, 3)):
            body.append(("heading", {"heading_text": heading, "size": "h2"}))
            paragraph = " ".join(sentences.pop() for _ in range(rng.randint(2, 4)))
            body.append(("paragraph", RichText(f"<p>{paragraph}</p>")))
        body.append(("paragraph", RichText(f"<p>{rng.choice(text['closings'])}</p>")))
        page = model(
            title=title[:255],
            slug=_free_slug(slugify(title)[:70] or "artikkeli", taken),
            summary=summary,
            date_published=timezone.localdate(published),
            first_published_at=published,
            hero_image=rng.choice(self.images) if self.images and rng.random() < 0.7 else None,
            body=body,
        )
        topics = [topic] if topic else []
        if topic and len(self.topics) > 1 and rng.random() < 0.4:
            topics.append(rng.choice([t for _k, t in self.topics if t != topic]))
        page.topics = topics
        if model is BlogPage and self.authors:
            page.authors = rng.sample(self.authors, 2 if rng.random() < 0.15 else 1)
        page.tagged_items = [
            self.tag_model(tag=self.tags[name])
            for name in rng.sample(about["tags"], rng.randint(1, 3))
        ]
        return page


def _free_slug(base, taken):
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def _free_tag_slug(base):
    slug, n = base, 1
    while Tag.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


# Texts. Each topic: titles, sentences for summaries and bodies, and tags, in each language.

TOPIC_TEXTS = {
    "employment": {
        "fi": {
            "titles": [
                "Ensimmäinen työpaikka Suomessa",
                "Työnantajat kotoutumisen kumppaneina",
                "Työkokeilusta vakituiseen työhön",
                "Osaaminen näkyväksi työnhaussa",
            ],
            "sentences": [
                "Moni maahanmuuttanut löytää ensimmäisen työpaikkansa verkostojen kautta.",
                "Työllisyyspalvelut ja työnantajat tarvitsevat yhteisen kielen osaamisesta.",
                "Työkokeilu toimii parhaiten, kun sille sovitaan selvä tavoite ja ohjaaja.",
                "Aiemmin hankittu tutkinto jää liian usein hyödyntämättä.",
                "Pienet yritykset kaipaavat tukea rekrytoinnin ensimmäisiin vaiheisiin.",
            ],
            "tags": ["työllisyys", "työnantajat", "osaaminen", "työkokeilu"],
        },
        "sv": {
            "titles": [
                "Det första jobbet i Finland",
                "Arbetsgivarna som partner i integrationen",
                "Från arbetsprövning till fast anställning",
                "Synlig kompetens i jobbsökandet",
            ],
            "sentences": [
                "Många invandrare hittar sitt första jobb genom nätverk.",
                "Sysselsättningstjänsterna och arbetsgivarna behöver ett gemensamt språk om "
                "kompetens.",
                "Arbetsprövning fungerar bäst när den har ett tydligt mål och en handledare.",
                "En examen från hemlandet blir alltför ofta outnyttjad.",
                "Små företag behöver stöd i rekryteringens första skeden.",
            ],
            "tags": ["sysselsättning", "arbetsgivare", "kompetens", "arbetsprövning"],
        },
        "en": {
            "titles": [
                "The first job in Finland",
                "Employers as partners in integration",
                "From work trial to a permanent job",
                "Making skills visible when looking for work",
            ],
            "sentences": [
                "Many immigrants find their first job through networks.",
                "Employment services and employers need a shared language about skills.",
                "A work trial works best when it has a clear goal and a supervisor.",
                "A degree from abroad too often goes unused.",
                "Small businesses need support in the first steps of recruitment.",
            ],
            "tags": ["employment", "employers", "skills", "work trial"],
        },
    },
    "language-learning": {
        "fi": {
            "titles": [
                "Suomen kieli arjen tilanteissa",
                "Kielitietoinen työpaikka",
                "Selkokieli avaa palvelut",
                "Kieltä oppii myös töissä",
            ],
            "sentences": [
                "Kieltä oppii parhaiten, kun sitä saa käyttää oikeissa tilanteissa.",
                "Selkokielinen ohje säästää sekä asiakkaan että työntekijän aikaa.",
                "Kielitietoinen työyhteisö sopii tavoista, joilla uutta kieltä tuetaan.",
                "Ruotsinkielisillä alueilla kotoutujalle tarjotaan opetusta myös ruotsiksi.",
                "Verkkokurssit eivät korvaa keskustelua, mutta täydentävät sitä hyvin.",
            ],
            "tags": ["kielenoppiminen", "selkokieli", "suomen kieli", "kielitietoisuus"],
        },
        "sv": {
            "titles": [
                "Finska och svenska i vardagen",
                "En språkmedveten arbetsplats",
                "Lättläst språk öppnar tjänsterna",
                "Man lär sig språket också på jobbet",
            ],
            "sentences": [
                "Man lär sig ett språk bäst när man får använda det i verkliga situationer.",
                "En lättläst anvisning sparar tid för både klienten och handläggaren.",
                "En språkmedveten arbetsgemenskap kommer överens om hur det nya språket stöds.",
                "I svenskspråkiga områden erbjuds undervisning också på svenska.",
                "Nätkurser ersätter inte samtal, men de kompletterar dem väl.",
            ],
            "tags": ["språkinlärning", "lättläst", "svenska", "språkmedvetenhet"],
        },
        "en": {
            "titles": [
                "Finnish in everyday situations",
                "A language-aware workplace",
                "Plain language opens up services",
                "Learning the language at work",
            ],
            "sentences": [
                "A language is learnt best when it is used in real situations.",
                "Plain-language instructions save time for both the client and the officer.",
                "A language-aware team agrees on how it supports the new language.",
                "In Swedish-speaking areas, language training is also offered in Swedish.",
                "Online courses do not replace conversation, but they complement it well.",
            ],
            "tags": ["language learning", "plain language", "Finnish", "language awareness"],
        },
    },
    "reception": {
        "fi": {
            "titles": [
                "Kiintiöpakolaisten ensimmäiset viikot",
                "Ilman huoltajaa tulleiden nuorten tuki",
                "Vastaanotosta kuntaan",
                "Täysi-ikäisyyden kynnyksellä",
            ],
            "sentences": [
                "Ensimmäiset viikot kunnassa ratkaisevat paljon.",
                "Nuori tarvitsee aikuisen, joka pysyy samana siirtymien yli.",
                "Kunnan ja vastaanottokeskuksen yhteistyö sujuu, kun tieto kulkee ajoissa.",
                "Asunto, koulupaikka ja terveystarkastus on hyvä järjestää ennen saapumista.",
                "Jälkihuolto kantaa pitkälle, jos se suunnitellaan yhdessä nuoren kanssa.",
            ],
            "tags": ["pakolaiset", "vastaanotto", "nuoret", "jälkihuolto"],
        },
        "sv": {
            "titles": [
                "Kvotflyktingarnas första veckor",
                "Stöd till unga som kommit utan vårdnadshavare",
                "Från mottagning till kommun",
                "På tröskeln till myndighetsåldern",
            ],
            "sentences": [
                "De första veckorna i kommunen avgör mycket.",
                "En ung person behöver en vuxen som finns kvar genom övergångarna.",
                "Samarbetet mellan kommunen och förläggningen fungerar när informationen går "
                "i tid.",
                "Bostad, skolplats och hälsoundersökning ordnas helst före ankomsten.",
                "Eftervården bär långt om den planeras tillsammans med den unga.",
            ],
            "tags": ["flyktingar", "mottagning", "unga", "eftervård"],
        },
        "en": {
            "titles": [
                "The first weeks of quota refugees",
                "Supporting young people who arrived without a guardian",
                "From reception to the municipality",
                "On the threshold of adulthood",
            ],
            "sentences": [
                "The first weeks in the municipality decide a great deal.",
                "A young person needs an adult who stays the same through the transitions.",
                "Cooperation between the municipality and the reception centre works when "
                "information moves in time.",
                "Housing, a school place and a health check are best arranged before arrival.",
                "Aftercare carries far when it is planned together with the young person.",
            ],
            "tags": ["refugees", "reception", "young people", "aftercare"],
        },
    },
    "partnership": {
        "fi": {
            "titles": [
                "Kumppanuus käytännössä",
                "Järjestöt ja kunnat saman pöydän ääressä",
                "Verkosto, joka kantaa",
                "Yhteinen työtila hankkeen tukena",
            ],
            "sentences": [
                "Kumppanuus syntyy, kun jokainen tietää, mitä muut tekevät.",
                "Järjestöt tavoittavat ihmisiä, joita viranomaiset eivät tavoita.",
                "Yhteinen työtila Kumppanuusalustalla säästi kymmeniä sähköposteja viikossa.",
                "Verkoston tapaamiset kannattaa rytmittää hankkeen vaiheiden mukaan.",
                "Maahanmuuttaneiden omat järjestöt kuuluvat suunnitteluun alusta asti.",
            ],
            "tags": ["kumppanuus", "järjestöt", "verkostot", "Kumppanuusalusta"],
        },
        "sv": {
            "titles": [
                "Partnerskap i praktiken",
                "Organisationer och kommuner vid samma bord",
                "Ett nätverk som bär",
                "Ett gemensamt arbetsrum till stöd för projektet",
            ],
            "sentences": [
                "Partnerskap uppstår när alla vet vad de andra gör.",
                "Organisationerna når människor som myndigheterna inte når.",
                "Ett gemensamt arbetsrum på Partnerskapsplattformen sparade tiotals mejl i veckan.",
                "Nätverkets möten lönar sig att planera enligt projektets skeden.",
                "Invandrarnas egna organisationer hör till planeringen från början.",
            ],
            "tags": ["partnerskap", "organisationer", "nätverk", "Partnerskapsplattformen"],
        },
        "en": {
            "titles": [
                "Partnership in practice",
                "NGOs and municipalities at the same table",
                "A network that carries",
                "A shared workspace supporting a project",
            ],
            "sentences": [
                "Partnership begins when everyone knows what the others are doing.",
                "NGOs reach people whom the authorities do not reach.",
                "A shared workspace on the Partnership Platform saved dozens of emails a week.",
                "It pays to time the network's meetings to the phases of the project.",
                "Migrant-led organisations belong in the planning from the start.",
            ],
            "tags": ["partnership", "NGOs", "networks", "Partnership Platform"],
        },
    },
    "municipalities": {
        "fi": {
            "titles": [
                "Kunnan kotoutumisohjelma uudistuu",
                "Kotoutumislaki kunnan arjessa",
                "Hyvinvointialue ja kunta yhdessä",
                "Kotoutumissuunnitelma, joka toimii",
            ],
            "sentences": [
                "Uusi kotoutumislaki siirsi kunnille aiempaa enemmän vastuuta.",
                "Kotoutumisohjelma on hyödyllinen vain, jos sitä myös seurataan.",
                "Hyvinvointialueen ja kunnan työnjako kannattaa kirjoittaa auki.",
                "Asukkaiden kuuleminen parantaa palveluja enemmän kuin uusi lomake.",
                "Pienessä kunnassa yksi työntekijä voi kantaa koko kotoutumistyön.",
            ],
            "tags": ["kunnat", "kotoutumislaki", "kotoutumisohjelma", "hyvinvointialue"],
        },
        "sv": {
            "titles": [
                "Kommunens integrationsprogram förnyas",
                "Integrationslagen i kommunens vardag",
                "Välfärdsområdet och kommunen tillsammans",
                "En integrationsplan som fungerar",
            ],
            "sentences": [
                "Den nya integrationslagen gav kommunerna mer ansvar än tidigare.",
                "Ett integrationsprogram är till nytta bara om det också följs upp.",
                "Arbetsfördelningen mellan välfärdsområdet och kommunen bör skrivas ut.",
                "Att höra invånarna förbättrar tjänsterna mer än en ny blankett.",
                "I en liten kommun kan en enda anställd bära hela integrationsarbetet.",
            ],
            "tags": ["kommuner", "integrationslagen", "integrationsprogram", "välfärdsområde"],
        },
        "en": {
            "titles": [
                "A municipal integration programme is renewed",
                "The Integration Act in municipal practice",
                "The wellbeing services county and the municipality together",
                "An integration plan that works",
            ],
            "sentences": [
                "The new Integration Act gave municipalities more responsibility than before.",
                "An integration programme is useful only if it is also followed up.",
                "The division of work between the wellbeing services county and the "
                "municipality is worth writing down.",
                "Listening to residents improves services more than a new form does.",
                "In a small municipality a single employee may carry all integration work.",
            ],
            "tags": ["municipalities", "Integration Act", "integration programme", "wellbeing"],
        },
    },
    "research": {
        "fi": {
            "titles": [
                "Mitä tilastot kertovat kotoutumisesta",
                "Tutkimustieto kotoutumistyön tueksi",
                "Kysely kentältä: havainnot",
                "Seurannasta oppiminen",
            ],
            "sentences": [
                "Tilastot näyttävät suunnan, mutta eivät kerro syitä.",
                "Tutkimustieto auttaa kohdentamaan rajalliset resurssit.",
                "Kyselyn avovastaukset olivat tulosten arvokkain osa.",
                "Alueelliset erot selittyvät usein palvelujen saatavuudella.",
                "Seurantatieto kannattaa jakaa myös niille, jotka sen keräävät.",
            ],
            "tags": ["tutkimus", "tilastot", "kysely", "seuranta"],
        },
        "sv": {
            "titles": [
                "Vad statistiken berättar om integration",
                "Forskning till stöd för integrationsarbetet",
                "En enkät från fältet: iakttagelser",
                "Att lära av uppföljningen",
            ],
            "sentences": [
                "Statistiken visar riktningen men berättar inte orsakerna.",
                "Forskning hjälper att rikta begränsade resurser.",
                "Enkätens öppna svar var den värdefullaste delen av resultaten.",
                "Regionala skillnader förklaras ofta av tillgången till tjänster.",
                "Uppföljningsdata bör också delas med dem som samlar in dem.",
            ],
            "tags": ["forskning", "statistik", "enkät", "uppföljning"],
        },
        "en": {
            "titles": [
                "What the statistics say about integration",
                "Research to support integration work",
                "A survey from the field: findings",
                "Learning from follow-up",
            ],
            "sentences": [
                "Statistics show the direction but do not explain the causes.",
                "Research helps to target limited resources.",
                "The survey's open answers were the most valuable part of the results.",
                "Regional differences are often explained by access to services.",
                "Follow-up data should also be shared with those who collect it.",
            ],
            "tags": ["research", "statistics", "survey", "follow-up"],
        },
    },
}
KEYS = list(TOPIC_TEXTS)

TEXTS = {
    "fi": {
        "angles": [
            "",
            ": kokemuksia {place}",
            " – viisi havaintoa",
            ": mitä seuraavaksi?",
            " – esimerkki {place}",
            " – kolme oppia",
            ": kysymyksiä ja vastauksia",
            ": missä mennään nyt?",
        ],
        "places": [
            "Tampereelta",
            "Oulusta",
            "Vaasasta",
            "Turusta",
            "Lahdesta",
            "Kuopiosta",
            "Joensuusta",
            "Porista",
            "Espoosta",
            "Rovaniemeltä",
        ],
        "news_prefixes": ["", "Uusi selvitys: ", "Webinaari: ", "Haku auki: ", "Koulutus: "],
        "news_suffixes": ["", " {year}", " – ilmoittaudu mukaan", " – tallenne katsottavissa"],
        "headings": [
            "Mistä lähdimme liikkeelle",
            "Mikä toimi",
            "Mitä olisimme tehneet toisin",
            "Mitä kentällä sanotaan",
            "Seuraavat askeleet",
            "Kolme oppia muille",
        ],
        "general": [
            "Kokosimme havainnot yhteen kumppaneiden kanssa.",
            "Työ jatkuu ensi vuonna laajemmalla joukolla.",
            "Palaute on ollut enimmäkseen myönteistä, mutta kehitettävää riittää.",
            "Samat kysymykset nousevat esiin kunnasta toiseen.",
            "Hyvät käytännöt leviävät, kun niistä kerrotaan konkreettisesti.",
            "Asiakkaan näkökulma jää helposti prosessien varjoon.",
            "Moni ratkaisu syntyi kahvipöytäkeskustelussa eikä kokouksessa.",
        ],
        "closings": [
            "Kerro kommenteissa, miten asia on ratkaistu teillä.",
            "Jatketaan keskustelua Kumppanuusalustan työtilassa.",
            "Lisätietoa saat kotoutumisen osaamiskeskuksesta.",
        ],
    },
    "sv": {
        "angles": [
            "",
            ": erfarenheter från {place}",
            " – fem iakttagelser",
            ": vad händer härnäst?",
            " – ett exempel från {place}",
            " – tre lärdomar",
            ": frågor och svar",
            ": var står vi nu?",
        ],
        "places": [
            "Tammerfors",
            "Uleåborg",
            "Vasa",
            "Åbo",
            "Lahtis",
            "Kuopio",
            "Joensuu",
            "Björneborg",
            "Esbo",
            "Rovaniemi",
        ],
        "news_prefixes": ["", "Ny utredning: ", "Webbinarium: ", "Ansökan öppen: ", "Utbildning: "],
        "news_suffixes": ["", " {year}", " – anmäl dig nu", " – inspelningen kan ses"],
        "headings": [
            "Var vi började",
            "Vad som fungerade",
            "Vad vi skulle göra annorlunda",
            "Vad man säger på fältet",
            "Nästa steg",
            "Tre lärdomar för andra",
        ],
        "general": [
            "Vi samlade iakttagelserna tillsammans med våra partner.",
            "Arbetet fortsätter nästa år med en bredare grupp.",
            "Responsen har mest varit positiv, men det finns mycket att utveckla.",
            "Samma frågor dyker upp i kommun efter kommun.",
            "Goda exempel sprider sig när man berättar konkret om dem.",
            "Klientens perspektiv hamnar lätt i skuggan av processerna.",
            "Många lösningar föddes vid kaffebordet och inte på mötet.",
        ],
        "closings": [
            "Berätta i kommentarerna hur ni har löst saken.",
            "Vi fortsätter diskussionen i arbetsrummet på Partnerskapsplattformen.",
            "Mer information får du av kompetenscentret för integration.",
        ],
    },
    "en": {
        "angles": [
            "",
            ": experiences from {place}",
            " – five observations",
            ": what next?",
            " – an example from {place}",
            " – three lessons",
            ": questions and answers",
            ": where are we now?",
        ],
        "places": [
            "Tampere",
            "Oulu",
            "Vaasa",
            "Turku",
            "Lahti",
            "Kuopio",
            "Joensuu",
            "Pori",
            "Espoo",
            "Rovaniemi",
        ],
        "news_prefixes": ["", "New report: ", "Webinar: ", "Call open: ", "Training: "],
        "news_suffixes": ["", " {year}", " – register now", " – recording available"],
        "headings": [
            "Where we started",
            "What worked",
            "What we would do differently",
            "What people in the field say",
            "Next steps",
            "Three lessons for others",
        ],
        "general": [
            "We gathered the findings together with our partners.",
            "The work continues next year with a wider group.",
            "Feedback has been mostly positive, but there is plenty to improve.",
            "The same questions come up from one municipality to the next.",
            "Good practice spreads when it is described concretely.",
            "The client's point of view is easily overshadowed by processes.",
            "Many solutions were born over coffee rather than in a meeting.",
        ],
        "closings": [
            "Tell us in the comments how you have solved this.",
            "Let's continue the discussion in the workspace on the Partnership Platform.",
            "For more information, contact the Competence Centre for Integration.",
        ],
    },
}

NAMES = [
    "Liisa Virtanen",
    "Ahmed Hassan",
    "Anna Lindholm",
    "Mika",
    "Fatima Yusuf",
    "Sari K.",
    "Oleksandr Bondarenko",
    "Johanna Björk",
    "Timo Laine",
    "Nguyen Thi Lan",
    "Marjatta",
    "Peter Holm",
    "Amina Abdi",
    "Kaisa Mäkinen",
    "Reza Ahmadi",
    "Emma Nyström",
    "Jussi",
    "Maria Santos",
    "Hanna Salo",
    "Daniel Ek",
]
COMMENTS = {
    "fi": {
        "comment": [
            "Kiitos hyvästä kirjoituksesta! Tunnistan saman omasta kunnastamme.",
            "Meillä on kokeiltu samaa, ja tulokset ovat olleet rohkaisevia.",
            "Tärkeä aihe. Toivoisin lisää esimerkkejä pienistä kunnista.",
            "Jaoin tämän tiimillemme, hyvä pohja keskustelulle.",
            "Miten tätä on rahoitettu? Olisi kiinnostavaa kuulla lisää.",
            "Juuri näin. Verkostot ratkaisevat paljon.",
            "Selkeä ja käytännönläheinen kirjoitus, kiitos.",
            "Onko tästä tulossa webinaari tai koulutus?",
        ],
        "reply": [
            "Samaa mieltä, hyvä huomio.",
            "Kiitos kommentista! Palaamme tähän seuraavassa kirjoituksessa.",
            "Meillä kävi samoin, ja apu löytyi järjestöyhteistyöstä.",
            "Hyvä kysymys – laitan lisätietoa työtilaan.",
        ],
    },
    "sv": {
        "comment": [
            "Tack för en bra text! Jag känner igen samma sak från vår kommun.",
            "Vi har prövat samma sak och resultaten har varit uppmuntrande.",
            "Ett viktigt ämne. Jag skulle gärna läsa fler exempel från små kommuner.",
            "Jag delade det här med vårt team, en bra grund för diskussion.",
            "Hur har detta finansierats? Det vore intressant att höra mer.",
            "Precis så. Nätverken avgör mycket.",
        ],
        "reply": [
            "Håller med, en bra iakttagelse.",
            "Tack för kommentaren! Vi återkommer till detta.",
            "Så gick det för oss också, och hjälpen kom från organisationerna.",
        ],
    },
    "en": {
        "comment": [
            "Thank you for a good post! I recognise the same in our municipality.",
            "We have tried the same thing and the results have been encouraging.",
            "An important subject. I would like to read more examples from small municipalities.",
            "I shared this with our team, a good basis for discussion.",
            "How was this funded? It would be interesting to hear more.",
            "Exactly. Networks make a big difference.",
        ],
        "reply": [
            "Agreed, a good point.",
            "Thank you for the comment! We will come back to this.",
            "The same happened to us, and NGOs helped.",
        ],
    },
}
SPAM = [
    ("Halvat Lainat Nyt", "Pikavippi heti tilille! http://lainat.example.com http://x.example.com"),
    ("Best Casino", "Win big today http://casino.example.com http://bonus.example.com"),
]
