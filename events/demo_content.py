"""Demo events in Finnish, Swedish and English. Dates are days from the day the demo is seeded."""

LANGUAGES = ("fi", "sv", "en")

INDEX = {
    "title": {"fi": "Tapahtumat", "sv": "Evenemang", "en": "Events"},
    "slug": {"fi": "tapahtumat", "sv": "evenemang", "en": "events"},
    "introduction": {
        "fi": "Kumppanuusohjelman rahoitusinfot, alueelliset tapaamiset, tutkimuswebinaarit ja "
        "koulutukset kotoutumistyön ammattilaisille.",
        "sv": "Partnerskapsprogrammets finansieringsinfon, regionala möten, forskningswebbinarier "
        "och utbildningar för dem som arbetar med integration.",
        "en": "The partnership programme's funding information sessions, regional meetings, "
        "research webinars and training for professionals in integration work.",
    },
}

COMPETENCE_CENTRE = {
    "fi": "Kotoutumisen osaamiskeskus",
    "sv": "Kompetenscentret för integration",
    "en": "Competence Centre for Integration",
}
PARTNERSHIP_PROGRAMME = {
    "fi": "Kotoutumisen kumppanuusohjelma",
    "sv": "Partnerskapsprogrammet för integration",
    "en": "Partnership programme for integration",
}

EVENTS = [
    {
        "key": "funding-info-autumn",
        "days": 7,
        "start": (13, 0),
        "hours": 2,
        "online_url": "https://teams.example.fi/rahoitusinfo",
        "place": ("Tieteiden talo", "Kirkkokatu 6", "00170", "Helsinki"),
        "organiser": PARTNERSHIP_PROGRAMME,
        "registration_url": "https://lomake.example.fi/rahoitusinfo",
        "registration_days": 5,
        "languages": ["fi", "sv"],
        "topics": ["kumppanuus-ja-jarjestot"],
        "title": {
            "fi": "Rahoitusinfo: kotoutumistyön avustukset järjestöille",
            "sv": "Finansieringsinfo: understöd för integrationsarbete till organisationer",
            "en": "Funding information session: grants for NGOs' integration work",
        },
        "slug": {
            "fi": "rahoitusinfo-syksy",
            "sv": "finansieringsinfo-hosten",
            "en": "funding-info-autumn",
        },
        "summary": {
            "fi": "Kuulet, mitä avustuksia kotoutumistyöhön voi hakea ensi vuonna, miten haku "
            "etenee ja mitä hyvässä hakemuksessa kannattaa kertoa.",
            "sv": "Du får höra vilka understöd man kan söka för integrationsarbete nästa år, hur "
            "ansökan går till och vad en bra ansökan ska berätta.",
            "en": "Find out which grants for integration work are open next year, how the call "
            "works and what a good application tells.",
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    "<p>Kumppanuusohjelma järjestää rahoitusinfon kaksi kertaa vuodessa. "
                    "Tilaisuudessa rahoittajat esittelevät hakunsa ja vastaavat kysymyksiin.</p>",
                ),
                ("heading", "Ohjelma"),
                (
                    "paragraph",
                    "<ul><li>Avustukset kotoutumistyöhön</li><li>Hakemuksen vinkit</li>"
                    "<li>Kysymyksiä ja keskustelua</li></ul>",
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>Partnerskapsprogrammet ordnar ett finansieringsinfo två gånger "
                    "om året. Finansiärerna presenterar sina utlysningar och svarar på frågor.</p>",
                ),
                ("heading", "Program"),
                (
                    "paragraph",
                    "<ul><li>Understöd för integrationsarbete</li><li>Tips för "
                    "ansökan</li><li>Frågor och diskussion</li></ul>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The partnership programme holds a funding information session "
                    "twice a year. Funders present their calls and answer questions.</p>",
                ),
                ("heading", "Programme"),
                (
                    "paragraph",
                    "<ul><li>Grants for integration work</li><li>Tips for the "
                    "application</li><li>Questions and discussion</li></ul>",
                ),
            ],
        },
    },
    {
        "key": "guardians-training",
        "days": 14,
        "start": (9, 0),
        "hours": 7,
        "place": ("Tampere-talo", "Yliopistonkatu 55", "33100", "Tampere"),
        "organiser": COMPETENCE_CENTRE,
        "registration_url": "https://lomake.example.fi/edustajakoulutus",
        "registration_days": -1,
        "languages": ["fi"],
        "topics": ["pakolaisten-vastaanotto"],
        "title": {
            "fi": "Koulutus ilman huoltajaa tulleiden lasten edustajille",
            "sv": "Utbildning för företrädare för barn som kommit utan vårdnadshavare",
            "en": "Training for representatives of unaccompanied minors",
        },
        "slug": {
            "fi": "edustajakoulutus-tampere",
            "sv": "utbildning-for-foretradare",
            "en": "training-for-representatives",
        },
        "summary": {
            "fi": "Koulutuspäivä edustajille: lapsen etu, yhteistyö sosiaalityön kanssa ja "
            "perheenyhdistäminen.",
            "sv": "En utbildningsdag för företrädare: barnets bästa, samarbetet med socialarbetet "
            "och familjeåterförening.",
            "en": "A day of training for representatives: the child's best interests, working with "
            "social services, and family reunification.",
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    "<p>Koulutus on tarkoitettu uusille ja kokeneille edustajille. "
                    "Päivä on suomeksi; tulkkausta ei ole.</p>",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>Utbildningen är avsedd för nya och erfarna företrädare. "
                    "Dagen hålls på finska utan tolkning.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The training is for new and experienced representatives. "
                    "The day is in Finnish without interpreting.</p>",
                )
            ],
        },
    },
    {
        "key": "coordinators-meeting-next",
        "days": 21,
        "start": (10, 0),
        "hours": 1.5,
        "online_url": "https://teams.example.fi/koordinaattorit",
        "organiser": PARTNERSHIP_PROGRAMME,
        "languages": ["fi"],
        "topics": ["kumppanuus-ja-jarjestot", "kunnat-ja-alueet"],
        "title": {
            "fi": "Alueellisten koordinaattorien kuukausitapaaminen",
            "sv": "Regionala koordinatorernas månadsmöte",
            "en": "Regional coordinators' monthly meeting",
        },
        "slug": {
            "fi": "koordinaattorien-kuukausitapaaminen",
            "sv": "koordinatorernas-manadsmote",
            "en": "coordinators-monthly-meeting",
        },
        "summary": {
            "fi": "Kumppanuusohjelman alueelliset koordinaattorit vaihtavat kuulumiset ja "
            "sopivat yhteisistä teemoista.",
            "sv": "Partnerskapsprogrammets regionala koordinatorer utbyter nyheter och kommer "
            "överens om gemensamma teman.",
            "en": "The partnership programme's regional coordinators share news and agree on "
            "common themes.",
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    "<p>Tapaaminen on tarkoitettu koordinaattoreille. Linkki "
                    "lähetetään kalenterikutsuna.</p>",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>Mötet är avsett för koordinatorerna. Länken skickas som "
                    "en kalenderinbjudan.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The meeting is for the coordinators. The link is sent as a "
                    "calendar invitation.</p>",
                )
            ],
        },
    },
    {
        "key": "plain-language-workshop",
        "days": 30,
        "start": (12, 30),
        "hours": 3,
        "place": ("Oulun pääkirjasto", "Kaarlenväylä 3", "90100", "Oulu"),
        "organiser": COMPETENCE_CENTRE,
        "registration_url": "https://lomake.example.fi/selkotyopaja",
        "registration_days": 20,
        "languages": ["fi", "fi-plain"],
        "topics": ["kielenoppiminen"],
        "title": {
            "fi": "Selkokielellä kirjoittamisen työpaja",
            "sv": "Verkstad i att skriva lättläst",
            "en": "Plain-language writing workshop",
        },
        "slug": {
            "fi": "selkokielen-tyopaja-oulu",
            "sv": "verkstad-lattlast",
            "en": "plain-language-workshop",
        },
        "summary": {
            "fi": "Harjoittelemme kirjoittamaan asiakaskirjeitä ja verkkotekstejä selkokielellä.",
            "sv": "Vi övar på att skriva kundbrev och webbtexter på lättläst språk.",
            "en": "We practise writing letters to clients and web texts in plain language.",
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    "<p>Ota mukaan oma teksti, jota haluat muokata. Työpajaan "
                    "mahtuu 25 osallistujaa.</p>",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>Ta med en egen text som du vill bearbeta. Verkstaden har "
                    "plats för 25 deltagare.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>Bring a text of your own to work on. The workshop has room "
                    "for 25 participants.</p>",
                )
            ],
        },
    },
    {
        "key": "working-life-webinar",
        "days": 45,
        "start": (14, 0),
        "hours": 1.5,
        "online_url": "https://webinaari.example.fi/tyoelama",
        "organiser": COMPETENCE_CENTRE,
        "registration_url": "https://lomake.example.fi/tutkimuswebinaari",
        "languages": ["fi", "en"],
        "topics": ["tutkimus-ja-tilastot", "tyollisyys"],
        "title": {
            "fi": "Tutkimuswebinaari: maahanmuuttaneet työelämässä",
            "sv": "Forskningswebbinarium: invandrare i arbetslivet",
            "en": "Research webinar: immigrants in working life",
        },
        "slug": {
            "fi": "tutkimuswebinaari-tyoelama",
            "sv": "forskningswebbinarium-arbetslivet",
            "en": "research-webinar-working-life",
        },
        "summary": {
            "fi": "Tutkijat kertovat, miten maahanmuuttaneiden työllistyminen on kehittynyt ja "
            "mikä auttaa työpaikoilla.",
            "sv": "Forskare berättar hur invandrares sysselsättning har utvecklats och vad som "
            "hjälper på arbetsplatserna.",
            "en": "Researchers tell how immigrants' employment has developed and what helps in "
            "the workplace.",
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    "<p>Webinaari tallennetaan, ja tallenne julkaistaan sivustolla "
                    "tekstitettynä.</p>",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>Webbinariet spelas in och inspelningen publiceras "
                    "textad på webbplatsen.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The webinar is recorded, and the recording is published on "
                    "the site with captions.</p>",
                )
            ],
        },
    },
    {
        "key": "barometer-webinar",
        "days": 90,
        "start": (13, 0),
        "hours": 1,
        "online_url": "https://webinaari.example.fi/kumppanuusbaro",
        "organiser": PARTNERSHIP_PROGRAMME,
        "languages": ["fi", "sv"],
        "topics": ["kumppanuus-ja-jarjestot", "tutkimus-ja-tilastot"],
        "title": {
            "fi": "Kumppanuusbaron tulokset -webinaari",
            "sv": "Webbinarium om resultaten av Partnerskapsbarometern",
            "en": "Partnership barometer results webinar",
        },
        "slug": {
            "fi": "kumppanuusbaron-tulokset",
            "sv": "partnerskapsbarometerns-resultat",
            "en": "partnership-barometer-results",
        },
        "summary": {
            "fi": "Kuulet, mitä järjestöt ja viranomaiset vastasivat Kumppanuusbaroon ja mitä "
            "tuloksista seuraa.",
            "sv": "Du får höra vad organisationer och myndigheter svarade i barometern och vad "
            "resultaten leder till.",
            "en": "Hear what NGOs and authorities answered in the barometer survey and what "
            "follows from the results.",
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    "<p>Kumppanuusbaro on kumppanuusohjelman kysely, joka tehdään "
                    "kaksi kertaa vuodessa.</p>",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>Barometern är partnerskapsprogrammets enkät som görs två "
                    "gånger om året.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The barometer is the partnership programme's survey, run twice a year.</p>",
                )
            ],
        },
    },
    {
        "key": "coordinators-meeting-last",
        "days": -10,
        "start": (10, 0),
        "hours": 1.5,
        "online_url": "https://teams.example.fi/koordinaattorit",
        "organiser": PARTNERSHIP_PROGRAMME,
        "languages": ["fi"],
        "topics": ["kunnat-ja-alueet"],
        "title": {
            "fi": "Alueellisten koordinaattorien tapaaminen: syksyn kuulumiset",
            "sv": "Regionala koordinatorernas möte: höstens nyheter",
            "en": "Regional coordinators' meeting: news of the autumn",
        },
        "slug": {
            "fi": "koordinaattorit-syksyn-kuulumiset",
            "sv": "koordinatorerna-hostens-nyheter",
            "en": "coordinators-autumn-news",
        },
        "summary": {
            "fi": "Alueet kertoivat syksyn verkostotapaamisista ja järjestöjen yhteistyöstä.",
            "sv": "Regionerna berättade om höstens nätverksträffar och samarbetet med "
            "organisationerna.",
            "en": "The regions told about the autumn's network meetings and cooperation with NGOs.",
        },
        "body": {
            "fi": [
                ("paragraph", "<p>Muistio on koordinaattorien työtilassa Kumppanuusalustalla.</p>")
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>Minnesanteckningarna finns i koordinatorernas arbetsrum "
                    "på Partnerskapsplattformen.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The notes are in the coordinators' workspace on the "
                    "Partnership Platform.</p>",
                )
            ],
        },
    },
    {
        "key": "vaasa-forum",
        "days": -40,
        "start": (9, 30),
        "hours": 6,
        "place": ("Vaasan kaupunginkirjasto", "Kirjastonkatu 13", "65100", "Vaasa"),
        "organiser": PARTNERSHIP_PROGRAMME,
        "languages": ["sv", "fi"],
        "topics": ["kumppanuus-ja-jarjestot", "kunnat-ja-alueet"],
        "title": {
            "fi": "Pohjanmaan kumppanuusfoorumi",
            "sv": "Partnerskapsforum i Österbotten",
            "en": "Ostrobothnia partnership forum",
        },
        "slug": {
            "fi": "pohjanmaan-kumppanuusfoorumi",
            "sv": "partnerskapsforum-osterbotten",
            "en": "ostrobothnia-partnership-forum",
        },
        "summary": {
            "fi": "Järjestöt, kunnat ja viranomaiset tapasivat Vaasassa kahdella kielellä.",
            "sv": "Organisationer, kommuner och myndigheter träffades i Vasa på två språk.",
            "en": "NGOs, municipalities and authorities met in Vaasa in two languages.",
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    "<p>Foorumissa esiteltiin alueen hyviä käytäntöjä ja etsittiin "
                    "kumppaneita uusiin hankkeisiin.</p>",
                )
            ],
            "sv": [
                (
                    "paragraph",
                    "<p>På forumet presenterades goda exempel från regionen och "
                    "man sökte partner för nya projekt.</p>",
                )
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The forum presented good practices from the region and "
                    "looked for partners for new projects.</p>",
                )
            ],
        },
    },
    {
        "key": "funding-info-spring",
        "days": -75,
        "start": (13, 0),
        "hours": 2,
        "online_url": "https://teams.example.fi/rahoitusinfo-kevat",
        "organiser": PARTNERSHIP_PROGRAMME,
        "languages": ["fi", "sv"],
        "topics": ["kumppanuus-ja-jarjestot"],
        "title": {
            "fi": "Kevään rahoitusinfo järjestöille",
            "sv": "Vårens finansieringsinfo för organisationer",
            "en": "Spring funding information session for NGOs",
        },
        "slug": {
            "fi": "rahoitusinfo-kevat",
            "sv": "finansieringsinfo-varen",
            "en": "funding-info-spring",
        },
        "summary": {
            "fi": "Kevään infossa käytiin läpi avoimet haut ja hankkeiden raportointi.",
            "sv": "Vårens info gick igenom de öppna utlysningarna och projektens rapportering.",
            "en": "The spring session went through the open calls and project reporting.",
        },
        "body": {
            "fi": [("paragraph", "<p>Esitysaineistot ovat saatavilla Kumppanuusalustalla.</p>")],
            "sv": [("paragraph", "<p>Presentationerna finns på Partnerskapsplattformen.</p>")],
            "en": [("paragraph", "<p>The slides are available on the Partnership Platform.</p>")],
        },
    },
    {
        "key": "turku-network-day",
        "days": -120,
        "start": (9, 0),
        "hours": 6,
        "place": ("Turun pääkirjasto", "Linnankatu 2", "20100", "Turku"),
        "organiser": COMPETENCE_CENTRE,
        "languages": ["fi", "en"],
        "topics": ["tyollisyys", "kunnat-ja-alueet"],
        "title": {
            "fi": "Varsinais-Suomen kotoutumisverkoston päivä",
            "sv": "Integrationsnätverkets dag i Egentliga Finland",
            "en": "Southwest Finland integration network day",
        },
        "slug": {
            "fi": "varsinais-suomen-verkostopaiva",
            "sv": "natverksdag-egentliga-finland",
            "en": "southwest-finland-network-day",
        },
        "summary": {
            "fi": "Päivän teemana oli maahanmuuttaneiden työllistyminen alueen yrityksiin.",
            "sv": "Dagens tema var invandrares sysselsättning i regionens företag.",
            "en": "The day's theme was immigrants' employment in the region's companies.",
        },
        "body": {
            "fi": [("paragraph", "<p>Kiitos kaikille 120 osallistujalle!</p>")],
            "sv": [("paragraph", "<p>Tack till alla 120 deltagare!</p>")],
            "en": [("paragraph", "<p>Thank you to all 120 participants!</p>")],
        },
    },
]
