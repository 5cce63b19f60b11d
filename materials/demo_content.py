"""Demo materials in Finnish, Swedish and English: the Welcome to Finland guide in many
languages, policy briefs, plain-language guides, templates and reports."""

LANGUAGES = ("fi", "sv", "en")

INDEX = {
    "title": {"fi": "Materiaalipankki", "sv": "Materialbank", "en": "Materials bank"},
    "slug": {"fi": "materiaalipankki", "sv": "materialbank", "en": "materials"},
    "introduction": {
        "fi": "Oppaita, raportteja, pohjia ja politiikkasuosituksia kotoutumistyöhön – monella "
        "kielellä. Rajaa aineistoja tyypin, aiheen ja kielen mukaan.",
        "sv": "Guider, rapporter, mallar och policyrekommendationer för integrationsarbetet – på "
        "många språk. Avgränsa materialet efter typ, ämne och språk.",
        "en": "Guides, reports, templates and policy briefs for integration work – in many "
        "languages. Narrow the materials down by type, topic and language.",
    },
}

# The Welcome to Finland guide's language versions: (material language code, its name in fi/sv/en).
WELCOME_GUIDE_VERSIONS = [
    ("fi", "suomi", "finska", "Finnish"),
    ("sv", "ruotsi", "svenska", "Swedish"),
    ("en", "englanti", "engelska", "English"),
    ("fi-plain", "selkosuomi", "lättläst finska", "Plain Finnish"),
    ("ar", "arabia", "arabiska", "Arabic"),
    ("so", "somali", "somaliska", "Somali"),
    ("ru", "venäjä", "ryska", "Russian"),
    ("uk", "ukraina", "ukrainska", "Ukrainian"),
    ("prs", "dari", "dari", "Dari"),
    ("fa", "persia", "persiska", "Persian"),
    ("ckb", "kurdi (sorani)", "kurdiska (sorani)", "Kurdish (Sorani)"),
    ("et", "viro", "estniska", "Estonian"),
]

WELCOME_GUIDE = {
    "title": {
        "fi": "Tervetuloa Suomeen -opas ({name})",
        "sv": "Välkommen till Finland-guiden ({name})",
        "en": "Welcome to Finland guide ({name})",
    },
    "description": {
        "fi": "Perustietoa Suomesta uusille asukkaille: asuminen, työ, koulutus, terveyspalvelut "
        "ja arki. Opasta voi antaa asiakkaalle ensimmäisissä tapaamisissa.",
        "sv": "Grundläggande information om Finland för nya invånare: boende, arbete, utbildning, "
        "hälsovård och vardag. Guiden kan ges till klienten vid de första mötena.",
        "en": "Basic information about Finland for new residents: housing, work, education, "
        "health services and everyday life. Give it to clients at the first meetings.",
    },
    "type": "guide",
    "topics": ["reception"],
    "publisher": "Työ- ja elinkeinoministeriö",
    "year": 2025,
}

MATERIALS = [
    {
        "key": "brief-language-at-work",
        "type": "policy_brief",
        "languages": ["fi", "sv", "en"],
        "topics": ["employment", "language-learning"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2025,
        "title": {
            "fi": "Politiikkasuositus: kieli oppii työssä",
            "sv": "Policyrekommendation: språket lärs i arbetet",
            "en": "Policy brief: language is learned at work",
        },
        "description": {
            "fi": "Miten työpaikat voivat tukea suomen tai ruotsin oppimista työn lomassa. "
            "Suositukset työnantajille, kunnille ja oppilaitoksille.",
            "sv": "Hur arbetsplatser kan stödja inlärningen av finska eller svenska i arbetet. "
            "Rekommendationer för arbetsgivare, kommuner och läroanstalter.",
            "en": "How workplaces can support learning Finnish or Swedish on the job. "
            "Recommendations for employers, municipalities and education providers.",
        },
    },
    {
        "key": "brief-first-months",
        "type": "policy_brief",
        "languages": ["fi", "sv", "en"],
        "topics": ["reception", "municipalities"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2024,
        "title": {
            "fi": "Politiikkasuositus: ensimmäiset kuukaudet ratkaisevat",
            "sv": "Policyrekommendation: de första månaderna avgör",
            "en": "Policy brief: the first months matter most",
        },
        "description": {
            "fi": "Kotoutumislain mukaiset palvelut alkuvaiheessa: mitä kunnan kannattaa "
            "järjestää heti muuton jälkeen.",
            "sv": "Tjänsterna enligt integrationslagen i början: vad kommunen bör ordna direkt "
            "efter flytten.",
            "en": "Services under the Integration Act at the start: what a municipality should "
            "arrange right after someone moves in.",
        },
    },
    {
        "key": "brief-migrant-organisations",
        "type": "policy_brief",
        "languages": ["fi", "en"],
        "topics": ["partnership"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2023,
        "title": {
            "fi": "Politiikkasuositus: maahanmuuttajajärjestöt kumppaneina",
            "sv": "Policyrekommendation: invandrarorganisationer som partner",
            "en": "Policy brief: migrant-led organisations as partners",
        },
        "description": {
            "fi": "Järjestöt tavoittavat ihmisiä, joita viranomaiset eivät tavoita. Näin "
            "yhteistyö rahoitetaan ja sovitaan.",
            "sv": "Organisationer når människor som myndigheterna inte når. Så finansieras och "
            "avtalas samarbetet.",
            "en": "Organisations reach people public services do not. How to fund and agree on "
            "the cooperation.",
        },
    },
    {
        "key": "plain-job-search",
        "type": "guide",
        "languages": ["fi-plain"],
        "topics": ["employment"],
        "publisher": "Selkokeskus",
        "year": 2024,
        "title": {
            "fi": "Selkokielinen opas: näin haet työtä",
            "sv": "Lättläst guide på finska: så söker du arbete",
            "en": "Plain Finnish guide: how to look for work",
        },
        "description": {
            "fi": "Työnhaun vaiheet selkosuomeksi: työpaikkailmoitus, hakemus ja haastattelu.",
            "sv": "Stegen i arbetssökandet på lättläst finska: platsannons, ansökan och intervju.",
            "en": "The steps of looking for work in plain Finnish: job ad, application and "
            "interview.",
        },
    },
    {
        "key": "plain-kela",
        "type": "guide",
        "languages": ["fi-plain", "sv"],
        "topics": ["reception"],
        "publisher": "Selkokeskus",
        "year": 2023,
        "title": {
            "fi": "Selkokielinen opas: Kelan palvelut",
            "sv": "Lättläst guide: FPA:s tjänster",
            "en": "Plain-language guide: Kela's services",
        },
        "description": {
            "fi": "Mitä Kela on ja miten etuutta haetaan. Selkokielinen opas asiakkaalle.",
            "sv": "Vad FPA är och hur man ansöker om en förmån. En lättläst guide för klienten.",
            "en": "What Kela is and how to apply for a benefit. A plain-language client guide.",
        },
    },
    {
        "key": "plain-school",
        "type": "guide",
        "languages": ["fi-plain", "ar", "so"],
        "topics": ["language-learning"],
        "publisher": "Opetushallitus",
        "year": 2024,
        "title": {
            "fi": "Koulu Suomessa – opas vanhemmille",
            "sv": "Skolan i Finland – guide för föräldrar",
            "en": "School in Finland – a guide for parents",
        },
        "description": {
            "fi": "Varhaiskasvatus, perusopetus ja yhteistyö kodin kanssa selkeästi kerrottuna.",
            "sv": "Småbarnspedagogik, grundläggande utbildning och samarbetet med hemmet, "
            "tydligt berättat.",
            "en": "Early childhood education, basic education and working with families, "
            "clearly explained.",
        },
    },
    {
        "key": "template-integration-plan",
        "type": "template",
        "languages": ["fi", "sv", "en"],
        "topics": ["municipalities", "reception"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2025,
        "title": {
            "fi": "Kotoutumissuunnitelman pohja",
            "sv": "Mall för integrationsplan",
            "en": "Template for an integration plan",
        },
        "description": {
            "fi": "Muokattava pohja kotoutumissuunnitelmaan: tavoitteet, palvelut ja seuranta.",
            "sv": "En redigerbar mall för integrationsplanen: mål, tjänster och uppföljning.",
            "en": "An editable template for the integration plan: goals, services and follow-up.",
        },
    },
    {
        "key": "template-initial-assessment",
        "type": "template",
        "languages": ["fi", "sv"],
        "topics": ["reception"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2025,
        "title": {
            "fi": "Alkukartoituksen lomakepohja",
            "sv": "Blankettmall för inledande kartläggning",
            "en": "Form template for the initial assessment",
        },
        "description": {
            "fi": "Lomakepohja alkukartoituksen keskusteluun: kielitaito, koulutus ja työhistoria.",
            "sv": "En blankettmall för samtalet i den inledande kartläggningen: språkkunskaper, "
            "utbildning och arbetshistoria.",
            "en": "A form for the initial assessment interview: language skills, education "
            "and work history.",
        },
    },
    {
        "key": "template-municipal-programme",
        "type": "template",
        "languages": ["fi", "sv"],
        "topics": ["municipalities"],
        "publisher": "Kuntaliitto",
        "year": 2024,
        "title": {
            "fi": "Kunnan kotoutumisohjelman runko",
            "sv": "Stomme för kommunens integrationsprogram",
            "en": "Outline of a municipal integration programme",
        },
        "description": {
            "fi": "Runko kunnan kotoutumisohjelmalle, jonka kotoutumislaki edellyttää.",
            "sv": "En stomme för kommunens integrationsprogram som integrationslagen kräver.",
            "en": "An outline of the municipal integration programme the Integration Act requires.",
        },
    },
    {
        "key": "template-interpreter-booking",
        "type": "template",
        "languages": ["fi", "sv", "en"],
        "topics": ["reception"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2023,
        "title": {
            "fi": "Tulkkauksen tilauslomake",
            "sv": "Beställningsblankett för tolkning",
            "en": "Interpreting booking form",
        },
        "description": {
            "fi": "Tarkistuslista ja lomake tulkin tilaamiseen asiakastapaamiseen.",
            "sv": "Checklista och blankett för att beställa tolk till ett klientmöte.",
            "en": "A checklist and form for booking an interpreter for a client meeting.",
        },
    },
    {
        "key": "report-integration-review",
        "type": "report",
        "languages": ["fi", "en"],
        "topics": ["research"],
        "publisher": "Työ- ja elinkeinoministeriö",
        "year": 2025,
        "title": {
            "fi": "Kotoutumisen tilannekatsaus 2025",
            "sv": "Lägesöversikt över integrationen 2025",
            "en": "Integration review 2025",
        },
        "description": {
            "fi": "Tilastoja ja tutkimusta kotoutumisen tilasta: työllisyys, koulutus, "
            "osallisuus ja kunnat.",
            "sv": "Statistik och forskning om integrationens läge: sysselsättning, utbildning, "
            "delaktighet och kommuner.",
            "en": "Statistics and research on integration: employment, education, "
            "participation and municipalities.",
        },
    },
    {
        "key": "report-employment-services",
        "type": "report",
        "languages": ["fi"],
        "topics": ["employment", "research"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2024,
        "title": {
            "fi": "Maahanmuuttaneiden työllisyyspalvelut kunnissa",
            "sv": "Sysselsättningstjänster för invandrare i kommunerna",
            "en": "Employment services for migrants in municipalities",
        },
        "description": {
            "fi": "Selvitys siitä, miten kunnat järjestävät työllisyyspalvelut "
            "maahanmuuttaneille TE-uudistuksen jälkeen.",
            "sv": "En utredning om hur kommunerna ordnar sysselsättningstjänster för invandrare "
            "efter TE-reformen.",
            "en": "A study of how municipalities organise employment services for migrants after "
            "the employment services reform.",
        },
    },
    {
        "key": "report-partnership-programme",
        "type": "report",
        "languages": ["fi", "sv", "en"],
        "topics": ["partnership"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2024,
        "title": {
            "fi": "Kumppanuusohjelman vuosiraportti",
            "sv": "Partnerskapsprogrammets årsrapport",
            "en": "Annual report of the partnership programme",
        },
        "description": {
            "fi": "Mitä kotoutumisen kumppanuusohjelman verkostot saivat aikaan vuonna 2024.",
            "sv": "Vad nätverken i partnerskapsprogrammet för integration åstadkom år 2024.",
            "en": "What the networks of the integration partnership programme achieved in 2024.",
        },
    },
    {
        "key": "report-language-training",
        "type": "report",
        "languages": ["fi", "sv"],
        "topics": ["language-learning", "research"],
        "publisher": "Opetushallitus",
        "year": 2023,
        "title": {
            "fi": "Kotoutumiskoulutuksen arviointi",
            "sv": "Utvärdering av integrationsutbildningen",
            "en": "Evaluation of integration training",
        },
        "description": {
            "fi": "Arvio kotoutumiskoulutuksen tuloksista ja kehittämistarpeista.",
            "sv": "En bedömning av integrationsutbildningens resultat och utvecklingsbehov.",
            "en": "An assessment of the results of integration training and what to improve.",
        },
    },
    {
        "key": "video-plain-language",
        "type": "video",
        "languages": ["fi", "sv"],
        "topics": ["language-learning"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2024,
        "link": "https://example.fi/videot/selkokieli",
        "title": {
            "fi": "Video: selkokieli asiakastyössä",
            "sv": "Video: lättläst språk i klientarbetet",
            "en": "Video: plain language in client work",
        },
        "description": {
            "fi": "Kymmenen minuutin video selkokielen käytöstä asiakastapaamisissa.",
            "sv": "En tio minuters video om att använda lättläst språk i klientmöten.",
            "en": "A ten-minute video on using plain language in client meetings.",
        },
    },
    {
        "key": "video-welcome-ukrainian",
        "type": "video",
        "languages": ["uk", "ru"],
        "topics": ["reception"],
        "publisher": "Maahanmuuttovirasto",
        "year": 2023,
        "link": "https://example.fi/videot/tervetuloa-ukraina",
        "title": {
            "fi": "Video: tervetuloa Suomeen (ukraina ja venäjä)",
            "sv": "Video: välkommen till Finland (ukrainska och ryska)",
            "en": "Video: welcome to Finland (Ukrainian and Russian)",
        },
        "description": {
            "fi": "Tilapäistä suojelua saaville: oleskelulupa, asuminen ja palvelut.",
            "sv": "För dem som får tillfälligt skydd: uppehållstillstånd, boende och tjänster.",
            "en": "For people under temporary protection: residence permits, housing and services.",
        },
    },
    {
        "key": "link-info-finland",
        "type": "guide",
        "languages": ["fi", "sv", "en", "ar", "so", "ru", "uk", "fa", "et"],
        "topics": ["reception"],
        "publisher": "InfoFinland",
        "year": 2025,
        "link": "https://example.fi/infofinland",
        "title": {
            "fi": "InfoFinland: tietoa Suomeen muuttaville",
            "sv": "InfoFinland: information för dem som flyttar till Finland",
            "en": "InfoFinland: information for people moving to Finland",
        },
        "description": {
            "fi": "Monikielinen verkkopalvelu Suomeen muuttaville ja heidän kanssaan "
            "työskenteleville.",
            "sv": "En flerspråkig webbtjänst för dem som flyttar till Finland och dem som "
            "arbetar med dem.",
            "en": "A multilingual web service for people moving to Finland and those who work "
            "with them.",
        },
    },
    {
        "key": "guide-minors",
        "type": "guide",
        "languages": ["fi", "sv"],
        "topics": ["reception", "municipalities"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2024,
        "title": {
            "fi": "Ilman huoltajaa tulleiden lasten tukeminen",
            "sv": "Att stödja barn som kommit utan vårdnadshavare",
            "en": "Supporting unaccompanied minors",
        },
        "description": {
            "fi": "Opas edustajille ja perheryhmäkotien työntekijöille.",
            "sv": "En guide för företrädare och anställda vid familjegrupphem.",
            "en": "A guide for representatives and staff of family group homes.",
        },
    },
    {
        "key": "guide-statistics",
        "type": "guide",
        "languages": ["fi", "en"],
        "topics": ["research"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2025,
        "link": "https://example.fi/tilastot/opas",
        "title": {
            "fi": "Näin luet kotoutumisen tilastoja",
            "sv": "Så läser du integrationsstatistik",
            "en": "How to read integration statistics",
        },
        "description": {
            "fi": "Mitä kotoutumisen indikaattorit kertovat ja mitä ne eivät kerro.",
            "sv": "Vad integrationsindikatorerna berättar och vad de inte berättar.",
            "en": "What the integration indicators tell you and what they do not.",
        },
    },
    {
        "key": "other-glossary",
        "type": "other",
        "languages": ["fi", "sv", "en", "ar", "so", "prs", "ckb"],
        "topics": ["language-learning"],
        "publisher": "Kotoutumisen osaamiskeskus",
        "year": 2024,
        "title": {
            "fi": "Kotoutumisen sanasto seitsemällä kielellä",
            "sv": "Integrationsordlista på sju språk",
            "en": "Integration glossary in seven languages",
        },
        "description": {
            "fi": "Palvelujärjestelmän keskeiset sanat suomeksi, ruotsiksi, englanniksi, "
            "arabiaksi, somaliksi, dariksi ja soraniksi.",
            "sv": "De centrala orden i servicesystemet på finska, svenska, engelska, arabiska, "
            "somaliska, dari och sorani.",
            "en": "Key words of the service system in Finnish, Swedish, English, Arabic, "
            "Somali, Dari and Sorani.",
        },
    },
]
