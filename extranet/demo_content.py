"""Words the demo members are made of: names, organisations, job titles, bios and extranet news.

Invented people at real-sounding organisations. Email addresses use example.fi, which receives
no mail.
"""

# fmt: off
FINNISH_FIRST_NAMES = [
    "Aino", "Anna", "Anni", "Elina", "Emilia", "Hanna", "Heidi", "Henna", "Johanna", "Katja",
    "Kaisa", "Laura", "Leena", "Maria", "Marjo", "Minna", "Noora", "Outi", "Päivi", "Riikka",
    "Sanna", "Satu", "Suvi", "Taru", "Tiina", "Tuija", "Venla", "Sari", "Pirjo", "Eeva",
    "Antti", "Eero", "Heikki", "Janne", "Jari", "Juha", "Jukka", "Jussi", "Kalle", "Lauri",
    "Markku", "Matti", "Mikko", "Olli", "Pekka", "Petri", "Sami", "Timo", "Tuomas", "Ville",
]
FINNISH_LAST_NAMES = [
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
    "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen",
    "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen",
    "Leinonen", "Kettunen", "Hiltunen", "Miettinen", "Väisänen", "Pitkänen", "Aaltonen",
    "Manninen", "Laaksonen", "Partanen", "Peltonen", "Hyvönen", "Räsänen", "Pulkkinen",
]
SWEDISH_FIRST_NAMES = [
    "Anders", "Björn", "Erik", "Fredrik", "Henrik", "Johan", "Mikael", "Niklas", "Patrik",
    "Anna-Lena", "Annika", "Camilla", "Emma", "Ida", "Karin", "Linnea", "Malin", "Sofia",
]
SWEDISH_LAST_NAMES = [
    "Lindqvist", "Holmström", "Sjöberg", "Lindholm", "Nyström", "Forsman", "Backman",
    "Eriksson", "Johansson", "Karlsson", "Lindström", "Grönroos", "Westerlund", "Åberg",
]
# (first name, last name, a language they also speak)
OTHER_NAMES = [
    ("Hodan", "Ali", "so"), ("Samir", "Haddad", "ar"), ("Olena", "Kovalenko", "uk"),
    ("Ahmed", "Hassan", "ar"), ("Fatima", "Mohamed", "so"), ("Dmitri", "Ivanov", "ru"),
    ("Lan", "Nguyen", "vi"), ("Zahra", "Karimi", "fa"), ("Abdi", "Warsame", "so"),
    ("Mariam", "Yousef", "ar"), ("Oksana", "Melnyk", "uk"), ("Kristiina", "Tamm", "et"),
    ("Ali", "Rezaei", "prs"), ("Amina", "Jama", "so"), ("Hussein", "Abdullahi", "so"),
    ("Rania", "Khalil", "ar"), ("Yusuf", "Demir", "tr"), ("Leila", "Ahmadi", "fa"),
    ("Tatiana", "Smirnova", "ru"), ("Ibrahim", "Osman", "ti"), ("Shirin", "Rahimi", "ku"),
    ("Arta", "Krasniqi", "sq"), ("Pierre", "Mbala", "fr"), ("Lucía", "Romero", "es"),
]

# name, sector, region, website, status ("approved" unless said)
ORGANISATIONS = [
    ("Helsingin kaupunki", "municipality", "uusimaa", "https://www.hel.fi", "approved"),
    ("Espoon kaupunki", "municipality", "uusimaa", "https://www.espoo.fi", "approved"),
    ("Vantaan kaupunki", "municipality", "uusimaa", "https://www.vantaa.fi", "approved"),
    ("Tampereen kaupunki", "municipality", "pirkanmaa", "https://www.tampere.fi", "approved"),
    ("Turun kaupunki", "municipality", "varsinais-suomi", "https://www.turku.fi", "approved"),
    ("Oulun kaupunki", "municipality", "pohjois-pohjanmaa", "https://www.ouka.fi", "approved"),
    ("Jyväskylän kaupunki", "municipality", "keski-suomi", "https://www.jyvaskyla.fi", "approved"),
    ("Kuopion kaupunki", "municipality", "pohjois-savo", "https://www.kuopio.fi", "approved"),
    ("Lahden kaupunki", "municipality", "paijat-hame", "https://www.lahti.fi", "approved"),
    ("Vaasan kaupunki / Vasa stad", "municipality", "pohjanmaa", "https://www.vaasa.fi", "approved"),
    ("Joensuun kaupunki", "municipality", "pohjois-karjala", "https://www.joensuu.fi", "approved"),
    ("Rovaniemen kaupunki", "municipality", "lappi", "https://www.rovaniemi.fi", "approved"),
    ("Porin kaupunki", "municipality", "satakunta", "https://www.pori.fi", "approved"),
    ("Kajaanin kaupunki", "municipality", "kainuu", "", "approved"),
    ("Pirkanmaan hyvinvointialue", "wellbeing-services-county", "pirkanmaa", "https://www.pirha.fi", "approved"),
    ("Varsinais-Suomen hyvinvointialue", "wellbeing-services-county", "varsinais-suomi", "https://www.varha.fi", "approved"),
    ("Pohjois-Pohjanmaan hyvinvointialue", "wellbeing-services-county", "pohjois-pohjanmaa", "", "approved"),
    ("Itä-Uudenmaan hyvinvointialue", "wellbeing-services-county", "uusimaa", "", "approved"),
    ("Pohjanmaan hyvinvointialue / Välfärdsområdet i Österbotten", "wellbeing-services-county", "pohjanmaa", "", "approved"),
    ("Varsinais-Suomen ELY-keskus", "state-authority", "varsinais-suomi", "", "approved"),
    ("Pirkanmaan ELY-keskus", "state-authority", "pirkanmaa", "", "approved"),
    ("Uudenmaan TE-palvelut", "state-authority", "uusimaa", "", "approved"),
    ("Maahanmuuttovirasto", "state-authority", "whole-country", "https://migri.fi", "approved"),
    ("Työ- ja elinkeinoministeriö", "state-authority", "whole-country", "https://tem.fi", "approved"),
    ("Opetushallitus", "state-authority", "whole-country", "https://www.oph.fi", "approved"),
    ("Suomen Punainen Risti, Lounais-Suomen piiri", "ngo", "varsinais-suomi", "https://www.punainenristi.fi", "approved"),
    ("Suomen Pakolaisapu", "ngo", "whole-country", "https://pakolaisapu.fi", "approved"),
    ("Monikulttuurinen yhdistys Kaikkien Kylä", "ngo", "pohjois-savo", "", "approved"),
    ("Pirkanmaan Setlementti", "ngo", "pirkanmaa", "", "approved"),
    ("Luetaan yhdessä -verkosto", "ngo", "whole-country", "https://www.luetaanyhdessa.fi", "approved"),
    ("Ohjaamo Tampere", "municipality", "pirkanmaa", "", "approved"),
    ("Ohjaamo Oulu", "municipality", "pohjois-pohjanmaa", "", "approved"),
    ("Turun yliopisto", "research", "varsinais-suomi", "https://www.utu.fi", "approved"),
    ("Tampereen yliopisto", "research", "pirkanmaa", "https://www.tuni.fi", "approved"),
    ("Åbo Akademi", "research", "varsinais-suomi", "https://www.abo.fi", "approved"),
    ("Helsingin aikuisopisto", "education", "uusimaa", "", "approved"),
    ("Jyväskylän kesäyliopisto", "education", "keski-suomi", "", "approved"),
    ("Yrkesakademin i Österbotten", "education", "pohjanmaa", "", "approved"),
    ("Kotoutumisen osaamiskeskus", "state-authority", "whole-country", "https://kotoutuminen.fi", "approved"),
    ("Rekrytointipalvelu Polku Oy", "business", "uusimaa", "", "approved"),
    ("Kotikielen Tuki ry", "ngo", "etela-karjala", "", "proposed"),
    ("Kotka-Haminan seudun monikulttuurikeskus", "ngo", "kymenlaakso", "", "proposed"),
    ("Mikkelin kotoutumishanke Silta", "other", "etela-savo", "", "proposed"),
    ("Testiorganisaatio 123", "other", "", "", "rejected"),
]

# fmt: on

# Job titles by sector, each (Finnish, Swedish): Swedish speakers write theirs in Swedish.
JOB_TITLES = {
    "municipality": [
        ("Kotoutumiskoordinaattori", "Integrationskoordinator"),
        ("Maahanmuuttoasioiden suunnittelija", "Planerare för invandringsfrågor"),
        ("Ohjaaja", "Handledare"),
        ("Palveluesimies", "Serviceförman"),
        ("Maahanmuuttokoordinaattori", "Invandringskoordinator"),
        ("Nuorten ohjaaja", "Ungdomshandledare"),
    ],
    "wellbeing-services-county": [
        ("Sosiaaliohjaaja", "Socialhandledare"),
        ("Palveluesimies", "Serviceförman"),
        ("Maahanmuuttajapalvelujen sosiaalityöntekijä", "Socialarbetare inom invandrartjänster"),
        ("Terveydenhoitaja", "Hälsovårdare"),
    ],
    "state-authority": [
        ("Erityisasiantuntija", "Specialsakkunnig"),
        ("Kotoutumisasiantuntija", "Sakkunnig inom integration"),
        ("Ylitarkastaja", "Överinspektör"),
        ("Neuvotteleva virkamies", "Konsultativ tjänsteman"),
    ],
    "ngo": [
        ("Projektikoordinaattori", "Projektkoordinator"),
        ("Vapaaehtoistoiminnan koordinaattori", "Koordinator för frivilligverksamhet"),
        ("Toiminnanjohtaja", "Verksamhetsledare"),
        ("Ohjaaja", "Handledare"),
    ],
    "education": [
        ("S2-opettaja", "Lärare i svenska som andraspråk"),
        ("Opinto-ohjaaja", "Studiehandledare"),
        ("Koulutussuunnittelija", "Utbildningsplanerare"),
        ("Kielikoulutuksen vastuuopettaja", "Ansvarig lärare för språkutbildning"),
    ],
    "business": [
        ("Rekrytointikonsultti", "Rekryteringskonsult"),
        ("HR-asiantuntija", "HR-specialist"),
    ],
    "research": [
        ("Tutkija", "Forskare"),
        ("Yliopistonlehtori", "Universitetslektor"),
        ("Väitöskirjatutkija", "Doktorand"),
    ],
    "other": [("Projektipäällikkö", "Projektchef"), ("Asiantuntija", "Sakkunnig")],
}

# Blog topic keys (blog/demo_content.py) that suit each sector.
SECTOR_TOPICS = {
    "municipality": ["municipalities", "employment", "reception", "language-learning"],
    "wellbeing-services-county": ["reception", "municipalities"],
    "state-authority": ["employment", "partnership", "research", "municipalities"],
    "ngo": ["partnership", "language-learning", "reception"],
    "education": ["language-learning", "employment"],
    "business": ["employment"],
    "research": ["research", "employment", "language-learning"],
    "other": ["partnership", "employment"],
}

# Bio sentences by topic key, in Finnish and Swedish; the English ones are for a few members.
BIO_SENTENCES = {
    "fi": {
        "employment": [
            "Autan maahan muuttaneita työnhakijoita löytämään reitin työelämään.",
            "Teen yhteistyötä työnantajien kanssa työelämään kotoutumisen tukemiseksi.",
            "Vastaan kotoutumisen palveluista työllisyyspalveluissa.",
        ],
        "language-learning": [
            "Opetan suomea toisena kielenä ja kehitän kielikoulutusta työpaikoilla.",
            "Kiinnostun erityisesti kielikoulutuksesta ja selkokielestä.",
            "Järjestän kielikahviloita ja vapaaehtoisten lukupiirejä.",
        ],
        "reception": [
            "Työskentelen pakolaisten vastaanotossa ja kuntaan ohjaamisessa.",
            "Tuen ilman huoltajaa tulleita alaikäisiä ja heidän edustajiaan.",
            "Koordinoin kuntaan muuttavien pakolaisten alkuvaiheen palveluja.",
        ],
        "partnership": [
            "Rakennan kumppanuuksia kuntien, järjestöjen ja yritysten välille.",
            "Koordinoin järjestöjen ja viranomaisten yhteistä kotoutumisverkostoa.",
        ],
        "municipalities": [
            "Vastaan kunnan kotoutumisohjelman valmistelusta.",
            "Kehitän alueellista yhteistyötä kotoutumisen edistämiseksi.",
        ],
        "research": [
            "Tutkin kotoutumista, työelämää ja monikielisyyttä.",
            "Seuraan kotoutumisen tilastoja ja arvioin palvelujen vaikutuksia.",
        ],
    },
    "sv": {
        "employment": [
            "Jag hjälper inflyttade arbetssökande att hitta vägen till arbetslivet.",
            "Jag samarbetar med arbetsgivare för att stödja integration i arbetslivet.",
        ],
        "language-learning": [
            "Jag undervisar i svenska som andraspråk och utvecklar språkutbildningen.",
            "Jag ordnar språkkaféer för nyinflyttade.",
        ],
        "reception": [
            "Jag arbetar med mottagandet av flyktingar och anvisning till kommunen.",
            "Jag stöder ensamkommande minderåriga och deras företrädare.",
        ],
        "partnership": ["Jag bygger partnerskap mellan kommuner, organisationer och företag."],
        "municipalities": ["Jag ansvarar för kommunens integrationsprogram."],
        "research": ["Jag forskar i integration, arbetsliv och flerspråkighet."],
    },
    "en": {
        "employment": ["I help jobseekers who have moved to Finland find their way to work."],
        "language-learning": ["I teach Finnish as a second language to adults."],
        "reception": [
            "I work in the reception of refugees and their settlement in municipalities."
        ],
        "partnership": ["I build partnerships between municipalities, NGOs and companies."],
        "municipalities": ["I coordinate my municipality's integration programme."],
        "research": ["I research integration, working life and multilingualism."],
    },
}
BIO_ENDINGS = {
    "fi": [
        "Ota rohkeasti yhteyttä!",
        "Kysy minulta hyvistä käytännöistä.",
        "Olen mukana alueellisessa kumppanuusverkostossa.",
        "",
    ],
    "sv": ["Kontakta mig gärna!", "Jag deltar i det regionala nätverket.", ""],
    "en": ["Feel free to get in touch.", ""],
}
MOTIVATIONS = {
    "fi": "Haluan verkostoitua muiden kotoutumistyön ammattilaisten kanssa ja jakaa kokemuksia.",
    "sv": "Jag vill nätverka med andra som arbetar med integration och dela erfarenheter.",
    "en": "I want to network with other integration professionals and share experiences.",
}

# The one member whose login seed_demo prints.
KNOWN_MEMBER = {
    "first_name": "Laura",
    "last_name": "Nieminen",
    "email": "laura.nieminen@example.fi",
    "organisation": "Tampereen kaupunki",
    "job_title": "Kotoutumiskoordinaattori",
    "sector": "municipality",
    "regions": ["pirkanmaa"],
    "languages": ["fi", "sv", "en"],
    "topics": ["employment", "language-learning"],
    "bio": "Koordinoin Tampereen kotoutumispalveluja ja kielikoulutusta. Kehitän työelämään "
    "kotoutumisen polkuja yhdessä TE-palvelujen, järjestöjen ja työnantajien kanssa.",
    "phone": "+358 40 123 4567",
}

ANNOUNCEMENTS = [
    {
        "key": "welcome",
        "days_ago": 3,
        "title": {
            "fi": "Tervetuloa uudistuneelle Kumppanuusalustalle",
            "sv": "Välkommen till den förnyade Partnerskapsplattformen",
            "en": "Welcome to the renewed Partnership Platform",
        },
        "body": {
            "fi": "<p>Yhteyshenkilöhaulla löydät kollegat alueen, sektorin, aiheen ja kielen "
            "mukaan. Päivitä oma profiilisi, jotta muut löytävät sinut.</p>",
            "sv": "<p>Med kontaktpersonsökningen hittar du kolleger efter region, sektor, ämne "
            "och språk. Uppdatera din profil så att andra hittar dig.</p>",
            "en": "<p>The contact-person search finds colleagues by region, sector, topic and "
            "language. Update your profile so others can find you.</p>",
        },
    },
    {
        "key": "regional-meetings",
        "days_ago": 12,
        "title": {
            "fi": "Alueelliset kumppanuustapaamiset syksyllä",
            "sv": "Regionala partnerskapsmöten i höst",
            "en": "Regional partnership meetings this autumn",
        },
        "body": {
            "fi": "<p>Kotoutumisen osaamiskeskus järjestää alueelliset tapaamiset kuudella "
            "paikkakunnalla. Ilmoittautuminen avautuu pian.</p>",
            "sv": "<p>Kompetenscentret för integration ordnar regionala möten på sex orter. "
            "Anmälan öppnar snart.</p>",
            "en": "<p>The Competence Centre for Integration holds regional meetings in six "
            "towns. Registration opens soon.</p>",
        },
    },
    {
        "key": "survey",
        "days_ago": 30,
        "title": {
            "fi": "Kerro kokemuksesi kumppanuusbarometriin",
            "sv": "Berätta om dina erfarenheter i partnerskapsbarometern",
            "en": "Share your experience in the partnership barometer",
        },
        "body": {
            "fi": "<p>Vastaa kyselyyn kuukauden loppuun mennessä. Vastaukset käsitellään "
            "nimettöminä.</p>",
            "sv": "<p>Svara på enkäten före slutet av månaden. Svaren behandlas anonymt.</p>",
            "en": "<p>Answer the survey by the end of the month. Answers are anonymous.</p>",
        },
    },
]
