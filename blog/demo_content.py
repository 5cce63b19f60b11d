"""Demo blog posts and news for the Integration.fi demo site in Finnish, Swedish and English."""

LANGUAGES = ("fi", "sv", "en")

# Topics shared by the blog, news and events. Slugs are ASCII, lowercase, with hyphens.
TOPICS = [
    {
        "key": "employment",
        "slug": {"fi": "tyollisyys", "sv": "sysselsattning", "en": "employment"},
        "name": {"fi": "Työllisyys", "sv": "Sysselsättning", "en": "Employment"},
        "description": {
            "fi": (
                "Maahanmuuttaneiden työllistyminen, työllisyyspalvelut ja työpaikkojen "
                "monimuotoisuus."
            ),
            "sv": (
                "Invandrares sysselsättning, sysselsättningstjänster och mångfald på "
                "arbetsplatserna."
            ),
            "en": "Immigrants' employment, employment services and diversity in the workplace.",
        },
    },
    {
        "key": "language-learning",
        "slug": {"fi": "kielenoppiminen", "sv": "sprakinlarning", "en": "language-learning"},
        "name": {"fi": "Kielenoppiminen", "sv": "Språkinlärning", "en": "Language learning"},
        "description": {
            "fi": "Suomen ja ruotsin kielen opiskelu, kielitietoiset työtavat ja selkokieli.",
            "sv": "Studier i finska och svenska, språkmedvetna arbetssätt och lättläst språk.",
            "en": (
                "Learning Finnish and Swedish, language-aware ways of working and plain language."
            ),
        },
    },
    {
        "key": "reception",
        "slug": {
            "fi": "pakolaisten-vastaanotto",
            "sv": "flyktingmottagning",
            "en": "refugee-reception",
        },
        "name": {
            "fi": "Pakolaisten vastaanotto",
            "sv": "Flyktingmottagning",
            "en": "Refugee reception",
        },
        "description": {
            "fi": (
                "Kiintiöpakolaisten ja turvapaikanhakijoiden vastaanotto sekä ilman huoltajaa "
                "tulleiden lasten ja nuorten tuki."
            ),
            "sv": (
                "Mottagandet av kvotflyktingar och asylsökande samt stöd till barn och unga som "
                "kommit utan vårdnadshavare."
            ),
            "en": (
                "Receiving quota refugees and asylum seekers, and support for children and young "
                "people who arrive without a guardian."
            ),
        },
    },
    {
        "key": "partnership",
        "slug": {
            "fi": "kumppanuus-ja-jarjestot",
            "sv": "partnerskap-och-organisationer",
            "en": "partnership-and-ngos",
        },
        "name": {
            "fi": "Kumppanuus ja järjestöt",
            "sv": "Partnerskap och organisationer",
            "en": "Partnership and NGOs",
        },
        "description": {
            "fi": (
                "Kotoutumisen kumppanuusohjelma, järjestöjen ja viranomaisten yhteistyö sekä "
                "Kumppanuusalusta."
            ),
            "sv": (
                "Partnerskapsprogrammet för integration, samarbetet mellan organisationer och "
                "myndigheter samt Partnerskapsplattformen."
            ),
            "en": (
                "The partnership programme for integration, cooperation between NGOs and "
                "authorities, and the Partnership Platform."
            ),
        },
    },
    {
        "key": "municipalities",
        "slug": {
            "fi": "kunnat-ja-alueet",
            "sv": "kommuner-och-regioner",
            "en": "municipalities-and-regions",
        },
        "name": {
            "fi": "Kunnat ja alueet",
            "sv": "Kommuner och regioner",
            "en": "Municipalities and regions",
        },
        "description": {
            "fi": (
                "Kuntien kotoutumispalvelut, hyvinvointialueiden yhteistyö ja alueellinen "
                "kumppanuustyö."
            ),
            "sv": (
                "Kommunernas integrationstjänster, samarbetet med välfärdsområdena och det "
                "regionala partnerskapsarbetet."
            ),
            "en": (
                "Municipal integration services, cooperation with wellbeing services counties and "
                "regional partnership work."
            ),
        },
    },
    {
        "key": "research",
        "slug": {
            "fi": "tutkimus-ja-tilastot",
            "sv": "forskning-och-statistik",
            "en": "research-and-statistics",
        },
        "name": {
            "fi": "Tutkimus ja tilastot",
            "sv": "Forskning och statistik",
            "en": "Research and statistics",
        },
        "description": {
            "fi": (
                "Kotoutumista koskeva tutkimus, seurantatieto ja tiedon hyödyntäminen käytännön "
                "työssä."
            ),
            "sv": (
                "Forskning om integration, uppföljningsdata och hur kunskapen kan användas i det "
                "praktiska arbetet."
            ),
            "en": (
                "Research on integration, monitoring data and putting knowledge to use in "
                "practical work."
            ),
        },
    },
]

# Fictional authors. "image" is a key of IMAGES in home/demo_content.py.
AUTHORS = [
    {
        "key": "aino-korhonen",
        "name": "Aino Korhonen",
        "image": "welcome",
        "job_title": {
            "fi": "Kotoutumiskoordinaattori",
            "sv": "Integrationskoordinator",
            "en": "Integration coordinator",
        },
        "organisation": {
            "fi": "Esimerkkilän kaupunki",
            "sv": "Esimerkkilä stad",
            "en": "City of Esimerkkilä",
        },
        "bio": {
            "fi": (
                "Aino Korhonen koordinoi Esimerkkilän kaupungin kotoutumispalveluja ja vastaa "
                "yhteistyöstä hyvinvointialueen, työllisyyspalvelujen ja järjestöjen kanssa. Hän "
                "on tehnyt kotoutumistyötä kunnassa yli kymmenen vuotta, aluksi sosiaaliohjaajana."
            ),
            "sv": (
                "Aino Korhonen samordnar integrationstjänsterna i Esimerkkilä stad och ansvarar "
                "för samarbetet med välfärdsområdet, sysselsättningstjänsterna och "
                "organisationerna. Hon har arbetat med integration i kommunen i över tio år, först "
                "som socialhandledare."
            ),
            "en": (
                "Aino Korhonen coordinates integration services in the City of Esimerkkilä and is "
                "responsible for cooperation with the wellbeing services county, employment "
                "services and NGOs. She has worked in municipal integration for more than ten "
                "years, first as a social counsellor."
            ),
        },
    },
    {
        "key": "mikael-lindqvist",
        "name": "Mikael Lindqvist",
        "image": "partnership",
        "job_title": {"fi": "Projektipäällikkö", "sv": "Projektchef", "en": "Project manager"},
        "organisation": {
            "fi": "Monikulttuurinen yhdistys ry",
            "sv": "Mångkulturella föreningen rf",
            "en": "Multicultural Association (Monikulttuurinen yhdistys ry)",
        },
        "bio": {
            "fi": (
                "Mikael Lindqvist johtaa järjestön hanketta, joka kehittää järjestöjen ja kuntien "
                "yhteistyötä kotoutumisen tukena. Hän työskentelee suomeksi ja ruotsiksi ja on "
                "aktiivinen Kumppanuusalustan työtiloissa."
            ),
            "sv": (
                "Mikael Lindqvist leder organisationens projekt som utvecklar samarbetet mellan "
                "organisationer och kommuner till stöd för integrationen. Han arbetar på finska "
                "och svenska och är aktiv i arbetsrummen på Partnerskapsplattformen."
            ),
            "en": (
                "Mikael Lindqvist leads the association's project that develops cooperation "
                "between NGOs and municipalities in support of integration. He works in Finnish "
                "and Swedish and is active in the workspaces of the Partnership Platform."
            ),
        },
    },
    {
        "key": "hodan-ali",
        "name": "Hodan Ali",
        "image": "knowledge",
        "job_title": {"fi": "Tutkija", "sv": "Forskare", "en": "Researcher"},
        "organisation": {
            "fi": "Esimerkkilän yliopisto",
            "sv": "Esimerkkilä universitet",
            "en": "University of Esimerkkilä",
        },
        "bio": {
            "fi": (
                "Hodan Ali tutkii maahanmuuttaneiden työllistymistä ja kansalaisyhteiskunnan "
                "roolia kotoutumisessa. Hän on kiinnostunut siitä, miten tutkimustieto saadaan "
                "ammattilaisten arjen käyttöön."
            ),
            "sv": (
                "Hodan Ali forskar i invandrares sysselsättning och civilsamhällets roll i "
                "integrationen. Hon är intresserad av hur forskningsresultat kan bli en del av de "
                "yrkesverksammas vardag."
            ),
            "en": (
                "Hodan Ali researches immigrants' employment and the role of civil society in "
                "integration. She is interested in how research findings can be put to use in "
                "professionals' everyday work."
            ),
        },
    },
    {
        "key": "elina-heikkinen",
        "name": "Elina Heikkinen",
        "image": "dialogue",
        "job_title": {
            "fi": "Suomi toisena kielenä -opettaja",
            "sv": "Lärare i finska som andraspråk",
            "en": "Teacher of Finnish as a second language",
        },
        "organisation": {
            "fi": "Esimerkkilän aikuisopisto",
            "sv": "Esimerkkilä vuxeninstitut",
            "en": "Esimerkkilä Adult Education Centre",
        },
        "bio": {
            "fi": (
                "Elina Heikkinen opettaa aikuisille suomea toisena kielenä ja kouluttaa "
                "työyhteisöjä selkokielen ja kielitietoisten työtapojen käyttöön. Hänen mielestään "
                "jokainen työntekijä voi olla kielenopettaja."
            ),
            "sv": (
                "Elina Heikkinen undervisar vuxna i finska som andraspråk och utbildar "
                "arbetsgemenskaper i lättläst språk och språkmedvetna arbetssätt. Hon anser att "
                "varje anställd kan vara språklärare."
            ),
            "en": (
                "Elina Heikkinen teaches Finnish as a second language to adults and trains work "
                "communities in plain language and language-aware ways of working. She believes "
                "every employee can be a language teacher."
            ),
        },
    },
    {
        "key": "johan-sjoberg",
        "name": "Johan Sjöberg",
        "image": "regions",
        "job_title": {
            "fi": "Ilman huoltajaa tulleiden lasten edustaja",
            "sv": "Företrädare för barn utan vårdnadshavare",
            "en": "Representative of unaccompanied minors",
        },
        "organisation": {
            "fi": "Rannikkoseudun edustajaverkosto",
            "sv": "Kustregionens företrädarnätverk",
            "en": "Coastal Region Representatives' Network",
        },
        "bio": {
            "fi": (
                "Johan Sjöberg on toiminut ilman huoltajaa tulleiden lasten ja nuorten edustajana "
                "eri puolilla Pohjanmaata. Hän kirjoittaa lapsen edun toteutumisesta vastaanoton "
                "ja kotoutumisen arjessa."
            ),
            "sv": (
                "Johan Sjöberg har verkat som företrädare för barn och unga som kommit utan "
                "vårdnadshavare på olika håll i Österbotten. Han skriver om hur barnets bästa "
                "förverkligas i mottagandets och integrationens vardag."
            ),
            "en": (
                "Johan Sjöberg has worked as a representative of children and young people who "
                "arrive without a guardian in different parts of Ostrobothnia. He writes about "
                "putting the best interests of the child into practice in everyday reception and "
                "integration work."
            ),
        },
    },
    {
        "key": "samir-haddad",
        "name": "Samir Haddad",
        "image": "strategy",
        "job_title": {
            "fi": "Erityisasiantuntija",
            "sv": "Specialsakkunnig",
            "en": "Senior specialist",
        },
        "organisation": {
            "fi": "Kotoutumisen osaamiskeskus, työ- ja elinkeinoministeriö",
            "sv": "Kompetenscentret för integration av invandrare, arbets- och näringsministeriet",
            "en": (
                "Competence Centre for Integration of Immigrants, Ministry of Economic Affairs and "
                "Employment"
            ),
        },
        "bio": {
            "fi": (
                "Samir Haddad työskentelee kotoutumisen osaamiskeskuksessa kumppanuustyön, "
                "tiedolla johtamisen ja verkkopalvelujen parissa. Hän on ollut mukana kehittämässä "
                "Kumppanuusalustaa sen ensimmäisistä työpajoista lähtien."
            ),
            "sv": (
                "Samir Haddad arbetar vid kompetenscentret för integration av invandrare med "
                "partnerskapsarbete, kunskapsbaserad ledning och webbtjänster. Han har varit med "
                "och utvecklat Partnerskapsplattformen ända sedan de första workshopparna."
            ),
            "en": (
                "Samir Haddad works at the Competence Centre for Integration of Immigrants on "
                "partnership work, knowledge-based management and the web services. He has helped "
                "develop the Partnership Platform since its very first workshops."
            ),
        },
    },
]

# Blog posts: personal, first-person voices from the field. Body blocks are (type, value)
# tuples with the same block types in the same order in every language. Paragraph values
# are rich-text HTML (<p>, <b>, <i>, <ul>, <ol>, <li>, <a>). Comments are written by readers
# in one language; "status" is approved, pending, spam or rejected.
BLOG_POSTS = [
    {
        "key": "kumppanuusbaro-lessons",
        "date": "2025-02-12",
        "authors": ["samir-haddad"],
        "topics": ["partnership", "research"],
        "tags": {
            "fi": ["Kumppanuusbaro", "kysely", "kumppanuusohjelma"],
            "sv": ["Kumppanuusbaro", "enkät", "partnerskapsprogrammet"],
            "en": ["Kumppanuusbaro", "survey", "partnership programme"],
        },
        "image": "partnership",
        "slug": {
            "fi": "mita-kumppanuusbaro-opetti",
            "sv": "vad-kumppanuusbaro-larde-oss",
            "en": "what-kumppanuusbaro-taught-us",
        },
        "title": {
            "fi": "Mitä Kumppanuusbaro opetti meille yhteistyöstä?",
            "sv": "Vad lärde oss Kumppanuusbaro om samarbete?",
            "en": "What did Kumppanuusbaro teach us about cooperation?",
        },
        "summary": {
            "fi": (
                "Kumppanuusbaro-kyselyn vastaukset ovat ohjanneet kumppanuusohjelman kehittämistä. "
                "Kokosin yhteen havainnot, jotka kulkevat mukana myös vuosien 2025–2026 "
                "strategiassa."
            ),
            "sv": (
                "Svaren på enkäten Kumppanuusbaro har styrt utvecklingen av "
                "partnerskapsprogrammet. Jag har samlat de iakttagelser som också följer med i "
                "strategin för 2025–2026."
            ),
            "en": (
                "Answers to the Kumppanuusbaro survey have guided the development of the "
                "partnership programme. I have gathered the findings that also carry over into the "
                "2025–2026 strategy."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kun vuoden 2022 Kumppanuusbaron tulokset valmistuivat, luin "
                        "avovastauksia monena iltana peräkkäin. Vajaa 400 kotoutumisen toimijaa "
                        "oli käyttänyt aikaansa kertoakseen, mikä kumppanuusohjelmassa toimii ja "
                        "mikä ei. Moni vastaus oli suora, osa jopa kärkevä – ja juuri siksi "
                        "hyödyllinen.</p><p>Kumppanuusohjelman valtakunnallinen koordinointi "
                        "siirtyi vuoden 2025 alussa KEHA-keskukseen, ja ohjelmalla on nyt "
                        "strategia vuosille 2025–2026. Siksi on hyvä hetki katsoa taaksepäin: mitä "
                        "kysely opetti meille, ja mitä sen perusteella on tehty?</p>"
                    ),
                ),
                ("heading", "Hyödyllinen ohjelma, jonka liian harva tuntee"),
                (
                    "paragraph",
                    (
                        "<p>Ilahduttavinta oli, että suurin osa vastaajista koki voivansa "
                        "osallistua valtakunnalliseen kotoutumista edistävään kehittämistyöhön. "
                        "Ohjelman kautta saatiin ajankohtaista tietoa kotoutumisen kentän "
                        "tapahtumista ja tukea omaan työhön. Toisaalta vain reilu kolmannes kertoi "
                        "tuntevansa ohjelman hyvin, ja lähes yhtä moni ei tuntenut sitä juuri "
                        "lainkaan. Tunnetuin toimintamuoto oli uutiskirje, jolla on yli 1 100 "
                        "tilaajaa.</p><p>Johtopäätös oli selvä: hyvä työ ei riitä, jos siitä ei "
                        "tiedetä. Uudessa strategiassa painotetaankin rakenteiden ja verkostojen "
                        "näkyväksi tekemistä sekä viestintää selkokielellä, useilla kielillä ja "
                        "saavutettavasti.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Kumppanuusohjelma on olemassa toimijoita varten. Jos sitä ei tunneta, "
                            "se ei voi palvella ketään."
                        ),
                        "attribution": "Samir Haddad",
                    },
                ),
                ("heading", "Maahanmuuttaneet mukaan palvelujen kehittämiseen"),
                (
                    "paragraph",
                    (
                        "<p>Kysely paljasti myös asian, joka ei koske vain kumppanuusohjelmaa. "
                        "Vain 14 prosenttia vastaajista kertoi, että maahanmuuttaneet ovat mukana "
                        "kotoutumispalvelujen kehittämisessä heidän kunnassaan. Eri toimijat "
                        "osallistuvat kehittämiseen kunnissa suhteellisen laajasti, mutta niiden "
                        "ihmisten ääni, joita varten palvelut ovat olemassa, kuuluu harvoin. Tämä "
                        "on haaste meille kaikille – myös ministeriölle. Kumppanuusohjelma voi "
                        "auttaa jakamalla esimerkkejä kunnista, joissa asukkaat on otettu mukaan "
                        "suunnitteluun.</p>"
                    ),
                ),
                ("heading", "Kolme asiaa, joihin tartuimme"),
                (
                    "paragraph",
                    (
                        "<p>Vastauksista nousi kolme kehittämiskohdetta, jotka näkyvät nyt "
                        "ohjelman arjessa:</p><ol><li><b>Vuorovaikutus.</b> Kumppanuusalustalta "
                        "toivottiin aktiivisuutta ja vuorovaikutusta. Alustan teknistä "
                        "kehittämistä on jatkettu, mutta yhtä tärkeää on, että jäsenet perustavat "
                        "työtiloja ja kutsuvat muita mukaan keskusteluun.</li><li><b>Kielet.</b> "
                        "Toimintaa kaivattiin myös ruotsiksi ja selkokielellä. Tavoitteena on, "
                        "että tilaisuuksiin voi osallistua muullakin kuin suomen kielellä.</li><li>"
                        "<b>Uudet toimijat.</b> Maahanmuuttaneiden omat järjestöt ja "
                        "elinkeinoelämä tavoitettiin heikosti. Heitä kutsutaan nyt mukaan jo "
                        "tilaisuuksien suunnitteluun eikä vasta osallistujiksi.</li></ol>"
                    ),
                ),
                ("heading", "Lyhyempi kysely, useammin"),
                (
                    "paragraph",
                    (
                        "<p>Yksi opetus koski itse kyselyä. Alueellisia eroja oli vaikea tulkita, "
                        "koska joistakin maakunnista vastauksia tuli hyvin vähän. Strategian "
                        "mukaan Kumppanuusbaro toteutetaan jatkossa kaksi kertaa vuodessa, ja "
                        "ELY-keskusten alueelliset koordinaattorit levittävät kyselyä omissa "
                        "verkostoissaan. Lyhyempi ja useammin toistuva kysely antaa "
                        "ajantasaisemman kuvan kuin harvoin tehtävä laaja selvitys, ja tuloksia "
                        "voidaan käsitellä koordinaattoreiden kuukausittaisissa kokouksissa.</p>"
                        "<p>Toivon, että vastaat seuraavaan Kumppanuusbaroon ja välität sen myös "
                        "kollegoillesi. Jokainen vastaus vaikuttaa siihen, millaista tietoa, "
                        "koulutusta ja yhteistyötä ohjelma tarjoaa. Kerro myös kommenteissa, mitä "
                        "haluaisit kyselyssä kysyttävän!</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>När resultaten av Kumppanuusbaro 2022 var klara läste jag de öppna "
                        "svaren flera kvällar i rad. Knappt 400 aktörer inom integration hade "
                        "tagit sig tid att berätta vad som fungerar i partnerskapsprogrammet och "
                        "vad som inte gör det. Många svar var raka, en del till och med skarpa – "
                        "och just därför nyttiga.</p><p>Den nationella samordningen av "
                        "partnerskapsprogrammet överfördes i början av 2025 till UF-centret "
                        "(KEHA), och programmet har nu en strategi för 2025–2026. Därför är det "
                        "ett bra tillfälle att blicka bakåt: vad lärde oss enkäten, och vad har vi "
                        "gjort utifrån den?</p>"
                    ),
                ),
                ("heading", "Ett nyttigt program som för få känner till"),
                (
                    "paragraph",
                    (
                        "<p>Mest glädjande var att största delen av de svarande upplevde att de "
                        "kan delta i det nationella utvecklingsarbetet för att främja integration. "
                        "Via programmet fick de aktuell information om vad som händer inom "
                        "integrationsfältet och stöd i sitt eget arbete. Å andra sidan uppgav bara "
                        "drygt en tredjedel att de känner till programmet väl, och nästan lika "
                        "många kände knappt till det alls. Den mest kända verksamhetsformen var "
                        "nyhetsbrevet, som har över 1 100 prenumeranter.</p><p>Slutsatsen var "
                        "tydlig: gott arbete räcker inte om ingen vet om det. Den nya strategin "
                        "betonar därför att strukturer och nätverk ska synliggöras och att "
                        "kommunikationen ska ske på lättläst språk, på flera språk och "
                        "tillgängligt.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Partnerskapsprogrammet finns till för aktörerna. Om ingen känner till "
                            "det kan det inte heller tjäna någon."
                        ),
                        "attribution": "Samir Haddad",
                    },
                ),
                ("heading", "Invandrarna med i utvecklingen av tjänsterna"),
                (
                    "paragraph",
                    (
                        "<p>Enkäten visade också något som inte bara gäller "
                        "partnerskapsprogrammet. Endast 14 procent av de svarande uppgav att "
                        "invandrare deltar i utvecklingen av integrationstjänsterna i deras "
                        "kommun. Olika aktörer deltar relativt brett i utvecklingsarbetet i "
                        "kommunerna, men rösten hos dem som tjänsterna finns till för hörs sällan. "
                        "Det är en utmaning för oss alla – också för ministeriet. "
                        "Partnerskapsprogrammet kan hjälpa till genom att sprida exempel från "
                        "kommuner där invånarna har tagits med i planeringen.</p>"
                    ),
                ),
                ("heading", "Tre saker vi tog tag i"),
                (
                    "paragraph",
                    (
                        "<p>Ur svaren framträdde tre utvecklingsområden som nu syns i programmets "
                        "vardag:</p><ol><li><b>Växelverkan.</b> De svarande önskade mer aktivitet "
                        "och växelverkan på Partnerskapsplattformen. Den tekniska utvecklingen av "
                        "plattformen har fortsatt, men lika viktigt är att medlemmarna inrättar "
                        "arbetsrum och bjuder in andra till diskussionen.</li><li><b>Språk.</b> "
                        "Verksamhet efterlystes också på svenska och på lättläst språk. Målet är "
                        "att man ska kunna delta i evenemangen på andra språk än finska.</li><li>"
                        "<b>Nya aktörer.</b> Invandrarnas egna organisationer och näringslivet "
                        "nåddes dåligt. Nu bjuds de in redan till planeringen av evenemangen och "
                        "inte först som deltagare.</li></ol>"
                    ),
                ),
                ("heading", "Kortare enkät, oftare"),
                (
                    "paragraph",
                    (
                        "<p>En lärdom gällde själva enkäten. Det var svårt att tolka regionala "
                        "skillnader, eftersom det kom mycket få svar från vissa landskap. Enligt "
                        "strategin genomförs Kumppanuusbaro i fortsättningen två gånger per år, "
                        "och NTM-centralernas regionala koordinatorer sprider enkäten i sina "
                        "nätverk. En kortare enkät som upprepas oftare ger en mer aktuell bild än "
                        "en omfattande utredning som görs sällan, och resultaten kan behandlas vid "
                        "koordinatorernas månatliga möten.</p><p>Jag hoppas att du svarar på nästa "
                        "Kumppanuusbaro och sprider den till dina kolleger. Varje svar påverkar "
                        "vilken information, vilken utbildning och vilket samarbete programmet "
                        "erbjuder. Berätta gärna i kommentarerna vad du vill att enkäten ska fråga!"
                        "</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>When the results of the 2022 Kumppanuusbaro survey came in, I spent "
                        "several evenings in a row reading the open-ended answers. Almost 400 "
                        "people working in integration had taken the time to tell us what works in "
                        "the partnership programme and what does not. Many answers were direct, "
                        "some even sharp – and that is exactly why they were useful.</p><p>At the "
                        "beginning of 2025, national coordination of the partnership programme "
                        "moved to the KEHA centre, and the programme now has a strategy for "
                        "2025–2026. This makes it a good moment to look back: what did the survey "
                        "teach us, and what has been done as a result?</p>"
                    ),
                ),
                ("heading", "A useful programme that too few people know"),
                (
                    "paragraph",
                    (
                        "<p>The most encouraging finding was that most respondents felt able to "
                        "take part in national development work to promote integration. Through "
                        "the programme they received up-to-date information on what was happening "
                        "in the field and support for their own work. On the other hand, only just "
                        "over a third said they knew the programme well, and almost as many hardly "
                        "knew it at all. The best-known activity was the newsletter, which has "
                        "more than 1,100 subscribers.</p><p>The conclusion was clear: good work is "
                        "not enough if nobody knows about it. The new strategy therefore "
                        "emphasises making structures and networks visible, and communicating in "
                        "plain language, in several languages and accessibly.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "The partnership programme exists for the people in the field. If they "
                            "do not know about it, it cannot serve anyone."
                        ),
                        "attribution": "Samir Haddad",
                    },
                ),
                ("heading", "Involving immigrants in developing services"),
                (
                    "paragraph",
                    (
                        "<p>The survey also revealed something that goes beyond the partnership "
                        "programme. Only 14 per cent of respondents said that immigrants take part "
                        "in developing integration services in their municipality. Various actors "
                        "are fairly widely involved in development work in municipalities, but the "
                        "voices of the people the services exist for are rarely heard. That is a "
                        "challenge for all of us – the ministry included. The partnership "
                        "programme can help by sharing examples from municipalities where "
                        "residents have been involved in planning.</p>"
                    ),
                ),
                ("heading", "Three things we took up"),
                (
                    "paragraph",
                    (
                        "<p>Three areas for development emerged from the answers, and they are now "
                        "visible in the programme's everyday work:</p><ol><li><b>Interaction.</b> "
                        "Respondents wanted the Partnership Platform to be more active and "
                        "interactive. Technical development of the platform has continued, but it "
                        "is just as important that members set up workspaces and invite others "
                        "into the discussion.</li><li><b>Languages.</b> Activities were also "
                        "wanted in Swedish and in plain language. The aim is that people can take "
                        "part in events in languages other than Finnish.</li><li><b>New actors."
                        "</b> Immigrants' own organisations and businesses were poorly reached. "
                        "They are now invited to help plan events from the start, not only to "
                        "attend them.</li></ol>"
                    ),
                ),
                ("heading", "A shorter survey, more often"),
                (
                    "paragraph",
                    (
                        "<p>One lesson concerned the survey itself. Regional differences were hard "
                        "to interpret because very few answers came from some regions. Under the "
                        "strategy, Kumppanuusbaro will be carried out twice a year, and the "
                        "regional coordinators in the ELY centres will share it in their networks. "
                        "A shorter survey repeated more often gives a more up-to-date picture than "
                        "an extensive study done rarely, and the results can be discussed at the "
                        "coordinators' monthly meetings.</p><p>I hope you will answer the next "
                        "Kumppanuusbaro and pass it on to your colleagues. Every answer shapes the "
                        "information, training and cooperation the programme offers. Tell us in "
                        "the comments what you would like the survey to ask!</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "fi",
                "name": "Liisa",
                "email": "liisa@example.fi",
                "status": "approved",
                "text": (
                    "Hyvä kooste! Meillä pienessä kunnassa kumppanuusohjelma tuli tutuksi vasta, "
                    "kun ELY-keskuksen koordinaattori kävi esittelemässä sitä "
                    "verkostokokouksessamme. Henkilökohtainen kutsu toimii paremmin kuin mikään "
                    "uutiskirje."
                ),
                "replies": [
                    {
                        "name": "Samir Haddad",
                        "email": "samir.haddad@example.fi",
                        "status": "approved",
                        "text": (
                            "Kiitos, Liisa! Tämä on tärkeä havainto, ja juuri siksi alueellisten "
                            "koordinaattoreiden työ on strategiassa keskeisellä sijalla. Välitän "
                            "terveisesi myös koordinaattoreiden seuraavaan kokoukseen."
                        ),
                    },
                ],
            },
            {
                "language": "sv",
                "name": "Annika",
                "email": "annika.k@example.fi",
                "status": "approved",
                "text": (
                    "Tack för att ni lyfter fram behovet av verksamhet på svenska. Här i "
                    "Österbotten deltar vi gärna, men det är tungt när all information kommer "
                    "enbart på finska. Det vore fint om nästa Kumppanuusbaro också fanns på "
                    "lättläst svenska."
                ),
                "replies": [],
            },
            {
                "language": "fi",
                "name": "Halvat Lainat Nyt",
                "email": "tarjous@example.org",
                "status": "spam",
                "text": (
                    "Tarvitsetko rahaa heti? Pikavippi ilman luottotietoja 5 minuutissa!!! Katso "
                    "https://lainat.example.org ja https://pikavippi.example.org sekä "
                    "tervetuliaisbonus https://kasino.example.org – tarjous voimassa vain tänään!"
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "integration-act-first-months",
        "date": "2025-04-09",
        "authors": ["aino-korhonen"],
        "topics": ["municipalities", "employment"],
        "tags": {
            "fi": ["kotoutumislaki", "kunnat", "kotoutumissuunnitelma"],
            "sv": ["integrationslagen", "kommuner", "integrationsplan"],
            "en": ["Integration Act", "municipalities", "integration plan"],
        },
        "image": "welcome",
        "slug": {
            "fi": "kotoutumislaki-kunnan-arjessa",
            "sv": "integrationslagen-i-kommunens-vardag",
            "en": "integration-act-in-municipal-practice",
        },
        "title": {
            "fi": "Uusi kotoutumislaki kunnan arjessa – ensimmäiset kuukaudet",
            "sv": "Den nya integrationslagen i kommunens vardag – de första månaderna",
            "en": "The new Integration Act in municipal practice – the first months",
        },
        "summary": {
            "fi": (
                "Vuoden 2025 alusta kunnan vastuu kotoutumispalveluista kasvoi. Kerron, mitä "
                "olemme Esimerkkilässä oppineet ensimmäisten kuukausien aikana."
            ),
            "sv": (
                "Sedan början av 2025 har kommunens ansvar för integrationstjänsterna ökat. Jag "
                "berättar vad vi i Esimerkkilä har lärt oss under de första månaderna."
            ),
            "en": (
                "Since the beginning of 2025, municipalities have had greater responsibility for "
                "integration services. I describe what we in Esimerkkilä have learned in the first "
                "months."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Tammikuun ensimmäisenä arkipäivänä toimistomme ovella oli jono. Osa "
                        "asiakkaista oli kuullut, että ”kaikki siirtyy kunnalle”, ja halusi "
                        "varmistaa, ettei heidän asiansa ollut kadonnut matkalla. Ymmärrän huolen "
                        "hyvin: uudistuksessa muuttui paljon yhtä aikaa. Uusi laki kotoutumisen "
                        "edistämisestä tuli voimaan vuoden 2025 alussa, ja samaan aikaan "
                        "työllisyyspalvelut siirtyivät kuntien vastuulle.</p><p>Nyt takana on "
                        "kolme kuukautta. Kokosin tähän havaintoja, jotka voivat olla hyödyksi "
                        "muissakin kunnissa.</p>"
                    ),
                ),
                ("heading", "Yksi ovi, yksi tarina"),
                (
                    "paragraph",
                    (
                        "<p>Tärkein tavoitteemme on ollut, ettei asiakkaan tarvitse kertoa "
                        "elämäntarinaansa jokaiselle uudelle työntekijälle. Osaamisen ja "
                        "kotoutumisen palvelutarpeen arviointi tehdään nyt niin, että "
                        "työllisyyspalvelujen ja kotoutumispalvelujen työntekijät ovat samassa "
                        "tapaamisessa, tarvittaessa tulkin kanssa. Kotoutumissuunnitelma laaditaan "
                        "arvioinnin pohjalta, ja se kulkee asiakkaan mukana palvelusta toiseen.</p>"
                        "<p>Tämä kuulostaa itsestään selvältä, mutta käytännössä se on vaatinut "
                        "paljon sopimista: kuka kutsuu koolle, kuka kirjaa ja miten tieto siirtyy "
                        "asiakkaan luvalla.</p><p>Yhteinen tapaaminen on hyödyttänyt myös "
                        "työntekijöitä. Työllisyyspalvelujen ohjaajat ovat oppineet tuntemaan "
                        "kotoutumispalvelujen arkea, ja me puolestamme ymmärrämme nyt paremmin, "
                        "mitä työllisyyspalveluilla on tarjota. Pidämme joka toinen viikko lyhyen "
                        "yhteisen palaverin, jossa käymme läpi vaikeimmat tilanteet ja sovimme, "
                        "kuka vastaa mistäkin.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Kun asiakas kertoo tarinansa vain kerran, meillä on aikaa kuunnella "
                            "sitä kunnolla."
                        ),
                        "attribution": "Työllisyyspalvelujen ohjaaja, Esimerkkilän kaupunki",
                    },
                ),
                ("heading", "Järjestöt osaksi suunnitelmaa"),
                (
                    "paragraph",
                    (
                        "<p>Uusi laki antaa järjestötoiminnalle aiempaa selvemmän paikan. "
                        "Arvioinnissa selvitetään myös, olisiko asiakkaalle hyötyä "
                        "osallistumisesta järjestön, yhdistyksen tai yhteisön toimintaan. Meillä "
                        "tämä on tarkoittanut, että olemme koonneet paikallisten järjestöjen "
                        "toiminnasta selkeän listan ohjaajien käyttöön. Listalla on esimerkiksi</p>"
                        "<ul><li>kielikahviloita ja keskusteluryhmiä</li><li>vertaistukiryhmiä "
                        "vanhemmille</li><li>liikunta- ja harrastustoimintaa</li>"
                        "<li>vapaaehtoistyön mahdollisuuksia, jotka tuovat työkokemusta ja "
                        "verkostoja.</li></ul><p>Järjestöt ovat kertoneet, että ohjauksen myötä "
                        "niiden toimintaan on tullut uusia osallistujia. Samalla on noussut esiin "
                        "kysymys resursseista: pienet yhdistykset toimivat pitkälti "
                        "vapaaehtoisvoimin, eikä niille voi siirtää kunnan tehtäviä. Siksi olemme "
                        "sopineet järjestöjen kanssa säännöllisistä tapaamisista, joissa käymme "
                        "läpi ohjauksen määrää ja sisältöä.</p>"
                    ),
                ),
                ("heading", "Mitä tekisin toisin?"),
                (
                    "paragraph",
                    (
                        "<p>Jos saisin aloittaa alusta, varaisin enemmän aikaa hyvinvointialueen "
                        "kanssa sopimiseen. Sosiaali- ja terveyspalvelut ovat monelle asiakkaalle "
                        "yhtä tärkeitä kuin kotoutumispalvelut, ja yhteiset toimintatavat olisi "
                        "pitänyt sopia jo ennen vuodenvaihdetta. Nyt teemme sitä muun työn ohessa."
                        "</p><p>Toinen oppi koskee viestintää. Tein asiakkaille selkokielisen "
                        "tiedotteen muutoksista vasta helmikuussa – se olisi pitänyt tehdä heti. "
                        "Jaoimme sen myös Kumppanuusalustan työtilassa, jossa muutaman "
                        "naapurikunnan kollegat ovat kertoneet muokanneensa siitä oman versionsa."
                        "</p><p>Olisi kiinnostavaa kuulla, miten uudistus on lähtenyt liikkeelle "
                        "teillä. Mikä on toiminut, mikä vielä takkuaa? Kommentoi alle tai ota "
                        "yhteyttä – vaihdan mielelläni kokemuksia muiden kuntien kanssa.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Den första vardagen i januari var det kö vid vår dörr. En del klienter "
                        "hade hört att ”allt flyttar till kommunen” och ville försäkra sig om att "
                        "deras ärenden inte hade försvunnit på vägen. Jag förstår oron väl: mycket "
                        "förändrades på en gång. Den nya lagen om främjande av integration trädde "
                        "i kraft i början av 2025, och samtidigt övergick "
                        "sysselsättningstjänsterna till kommunernas ansvar.</p><p>Nu har tre "
                        "månader gått. Här har jag samlat iakttagelser som kan vara till nytta "
                        "också i andra kommuner.</p>"
                    ),
                ),
                ("heading", "En dörr, en berättelse"),
                (
                    "paragraph",
                    (
                        "<p>Vårt viktigaste mål har varit att klienten inte ska behöva berätta sin "
                        "livshistoria för varje ny anställd. Bedömningen av kompetens och behov av "
                        "integrationstjänster görs nu så att personalen inom "
                        "sysselsättningstjänsterna och integrationstjänsterna deltar i samma möte, "
                        "vid behov med tolk. Integrationsplanen utarbetas utifrån bedömningen och "
                        "följer med klienten från en tjänst till en annan.</p><p>Det låter "
                        "självklart, men i praktiken har det krävt många överenskommelser: vem som "
                        "kallar till möte, vem som dokumenterar och hur informationen överförs med "
                        "klientens samtycke.</p><p>De gemensamma mötena har också gynnat "
                        "personalen. Handledarna inom sysselsättningstjänsterna har lärt känna "
                        "integrationstjänsternas vardag, och vi förstår nu bättre vad "
                        "sysselsättningstjänsterna har att erbjuda. Varannan vecka håller vi ett "
                        "kort gemensamt möte där vi går igenom de svåraste situationerna och "
                        "kommer överens om vem som ansvarar för vad.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "När klienten berättar sin historia bara en gång har vi tid att "
                            "verkligen lyssna."
                        ),
                        "attribution": (
                            "Handledare inom sysselsättningstjänsterna, Esimerkkilä stad"
                        ),
                    },
                ),
                ("heading", "Organisationerna som en del av planen"),
                (
                    "paragraph",
                    (
                        "<p>Den nya lagen ger organisationsverksamheten en tydligare plats än "
                        "tidigare. I bedömningen utreds också om klienten skulle ha nytta av att "
                        "delta i verksamhet som ordnas av en organisation, förening eller "
                        "sammanslutning. För oss har det inneburit att vi har sammanställt en "
                        "tydlig förteckning över de lokala organisationernas verksamhet för "
                        "handledarna. På listan finns till exempel</p><ul><li>språkkaféer och "
                        "diskussionsgrupper</li><li>kamratstödsgrupper för föräldrar</li>"
                        "<li>motions- och fritidsverksamhet</li><li>möjligheter till "
                        "frivilligarbete som ger arbetserfarenhet och nätverk.</li></ul>"
                        "<p>Organisationerna berättar att de tack vare handledningen har fått nya "
                        "deltagare. Samtidigt har frågan om resurser väckts: små föreningar drivs "
                        "till stor del av frivilliga, och kommunens uppgifter kan inte överföras "
                        "på dem. Därför har vi kommit överens med organisationerna om regelbundna "
                        "möten där vi går igenom hur många vi hänvisar och till vad.</p>"
                    ),
                ),
                ("heading", "Vad skulle jag göra annorlunda?"),
                (
                    "paragraph",
                    (
                        "<p>Om jag fick börja om skulle jag reservera mer tid för att komma "
                        "överens med välfärdsområdet. För många klienter är social- och "
                        "hälsovårdstjänsterna lika viktiga som integrationstjänsterna, och de "
                        "gemensamma arbetssätten borde ha avtalats redan före årsskiftet. Nu gör "
                        "vi det vid sidan av det övriga arbetet.</p><p>En annan lärdom gäller "
                        "kommunikationen. Jag skrev ett meddelande på lättläst språk om "
                        "förändringarna för klienterna först i februari – det borde ha gjorts "
                        "genast. Vi delade det också i ett arbetsrum på Partnerskapsplattformen, "
                        "där kolleger i några grannkommuner har berättat att de har gjort en egen "
                        "version av det.</p><p>Det vore intressant att höra hur reformen har "
                        "kommit i gång hos er. Vad har fungerat, och vad hackar fortfarande? "
                        "Kommentera gärna nedan eller kontakta mig – jag utbyter gärna "
                        "erfarenheter med andra kommuner.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>On the first working day of January there was a queue at our door. "
                        "Some clients had heard that “everything is moving to the municipality” "
                        "and wanted to make sure their cases had not been lost along the way. I "
                        "understand the worry well: a lot changed at once. The new Act on the "
                        "Promotion of Immigrant Integration entered into force at the beginning of "
                        "2025, and at the same time employment services became the responsibility "
                        "of municipalities.</p><p>Three months have now passed. Here are some "
                        "observations that may be useful in other municipalities, too.</p>"
                    ),
                ),
                ("heading", "One door, one story"),
                (
                    "paragraph",
                    (
                        "<p>Our most important goal has been that clients should not have to tell "
                        "their life story to every new member of staff. The assessment of "
                        "competence and integration service needs is now done so that staff from "
                        "employment services and integration services attend the same meeting, "
                        "with an interpreter when needed. The integration plan is drawn up on the "
                        "basis of the assessment, and it follows the client from one service to "
                        "the next.</p><p>That sounds obvious, but in practice it has taken a great "
                        "deal of agreeing: who convenes the meeting, who keeps the records and how "
                        "information is shared with the client's consent.</p><p>The joint meetings "
                        "have benefited staff, too. Employment services counsellors have got to "
                        "know the everyday work of integration services, and we in turn now better "
                        "understand what employment services have to offer. Every other week we "
                        "hold a short joint meeting to go through the most difficult situations "
                        "and agree on who is responsible for what.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "When a client only has to tell their story once, we have time to "
                            "really listen to it."
                        ),
                        "attribution": "Employment services counsellor, City of Esimerkkilä",
                    },
                ),
                ("heading", "NGOs as part of the plan"),
                (
                    "paragraph",
                    (
                        "<p>The new Act gives NGO activities a clearer place than before. The "
                        "assessment also considers whether the client would benefit from taking "
                        "part in the activities of an NGO, association or community. For us, this "
                        "has meant compiling a clear list of local NGO activities for our "
                        "counsellors. The list includes, for example,</p><ul><li>language cafés "
                        "and discussion groups</li><li>peer support groups for parents</li>"
                        "<li>sports and leisure activities</li><li>volunteering opportunities that "
                        "provide work experience and networks.</li></ul><p>NGOs tell us that "
                        "referrals have brought new participants to their activities. At the same "
                        "time, the question of resources has come up: small associations run "
                        "largely on volunteers, and municipal duties cannot be handed over to "
                        "them. That is why we have agreed with the NGOs to meet regularly to "
                        "review the number and content of referrals.</p>"
                    ),
                ),
                ("heading", "What would I do differently?"),
                (
                    "paragraph",
                    (
                        "<p>If I could start again, I would set aside more time for agreeing on "
                        "practices with the wellbeing services county. For many clients, social "
                        "and health services are just as important as integration services, and "
                        "joint ways of working should have been agreed before the turn of the "
                        "year. Now we are doing it alongside everything else.</p><p>Another lesson "
                        "concerns communication. I only wrote a plain-language notice about the "
                        "changes for clients in February – it should have been done straight away. "
                        "We also shared it in a workspace on the Partnership Platform, where "
                        "colleagues from a few neighbouring municipalities have told us they made "
                        "their own versions of it.</p><p>I would be interested to hear how the "
                        "reform has got under way where you are. What has worked, and what is "
                        "still causing friction? Comment below or get in touch – I am always glad "
                        "to swap experiences with other municipalities.</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "fi",
                "name": "Timo",
                "email": "timo.rantanen@example.fi",
                "status": "approved",
                "text": (
                    "Tunnistan tilanteen! Meillä yhteiset tapaamiset toimivat hyvin, mutta tiedon "
                    "siirtäminen järjestelmästä toiseen vie edelleen paljon aikaa. Olisiko teillä "
                    "jakaa mallia suostumuslomakkeesta?"
                ),
                "replies": [
                    {
                        "name": "Aino Korhonen",
                        "email": "aino.korhonen@example.fi",
                        "status": "approved",
                        "text": (
                            "Kiitos, Timo! Lomakkeemme on muokattavana versiona "
                            "Kumppanuusalustalla kuntien kotoutumistyön työtilassa. Kun liityt "
                            "työtilaan, löydät sen tiedostoista."
                        ),
                    },
                ],
            },
            {
                "language": "fi",
                "name": "Sari",
                "email": "sari@example.fi",
                "status": "pending",
                "text": (
                    "Kiinnostava kirjoitus. Miten teillä on ratkaistu tulkkauksen kustannukset "
                    "yhteisissä tapaamisissa? Meillä siitä on käyty pitkä keskustelu "
                    "hyvinvointialueen kanssa."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "plain-language-bridge",
        "date": "2025-05-20",
        "authors": ["elina-heikkinen"],
        "topics": ["language-learning"],
        "tags": {
            "fi": ["selkokieli", "viestintä", "opetus"],
            "sv": ["lättläst språk", "kommunikation", "undervisning"],
            "en": ["plain language", "communication", "teaching"],
        },
        "image": "dialogue",
        "slug": {
            "fi": "selkokieli-on-silta",
            "sv": "lattlast-sprak-ar-en-bro",
            "en": "plain-language-is-a-bridge",
        },
        "title": {
            "fi": "Selkokieli ei ole oikotie vaan silta",
            "sv": "Lättläst språk är ingen genväg utan en bro",
            "en": "Plain language is not a shortcut but a bridge",
        },
        "summary": {
            "fi": (
                "Selkokieli auttaa suomen kielen oppijaa ymmärtämään tärkeät asiat jo opintojen "
                "alussa. Kerron, miten muokkasimme aikuisopiston viestintää selkokielelle."
            ),
            "sv": (
                "Lättläst språk hjälper den som lär sig finska att förstå viktiga saker redan i "
                "början av studierna. Jag berättar hur vi skrev om vuxeninstitutets kommunikation "
                "på lättläst språk."
            ),
            "en": (
                "Plain language helps learners of Finnish understand important matters from the "
                "very start of their studies. I describe how we rewrote our adult education "
                "centre's communication in plain language."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kevätlukukauden alussa eräs opiskelijani ojensi minulle kirjeen ja "
                        "kysyi, pitääkö hänen tehdä jotain. Kirje oli oman oppilaitoksemme "
                        "ilmoitus kurssimuutoksista. Luin sen ja huomasin, etten itsekään ollut "
                        "varma, mitä siinä pyydettiin. Siitä alkoi projekti, jossa muokkasimme "
                        "aikuisopiston tärkeimmät tiedotteet selkokielelle.</p>"
                    ),
                ),
                ("heading", "Mitä selkokieli on – ja mitä se ei ole"),
                (
                    "paragraph",
                    (
                        "<p>Selkokieli on suomen tai ruotsin kielen muoto, jota on mukautettu "
                        "sisällöltään, sanastoltaan ja rakenteeltaan helpommin luettavaksi ja "
                        "ymmärrettäväksi. Se on eri asia kuin selkeä yleiskieli, jota kaikkien "
                        "viranomaisten pitäisi käyttää. Selkokieli on tarkoitettu niille, joille "
                        "tavallinen yleiskieli on liian vaikeaa – esimerkiksi kielen oppijoille "
                        "heidän opintojensa alkuvaiheessa.</p><p>Selkokieli ei ole lapsellista "
                        "kieltä, eikä sen tarkoitus ole korvata kielen opiskelua. Se on silta, "
                        "jonka avulla aikuinen voi hoitaa asiansa itsenäisesti silloin, kun "
                        "kielitaito vielä kehittyy. Hyvä selkoteksti kunnioittaa lukijaa: se "
                        "kertoo asiat suoraan ja kohtelee lukijaa aikuisena, joka tekee omat "
                        "päätöksensä. Se on myös harjoitusalusta, jolla kieltä oppii vähitellen "
                        "lisää.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nyt ymmärrän kirjeen itse, eikä minun tarvitse pyytää lastani "
                            "lukemaan sitä."
                        ),
                        "attribution": "Opiskelija, Esimerkkilän aikuisopisto",
                    },
                ),
                ("heading", "Näin teimme"),
                (
                    "paragraph",
                    (
                        "<p>Kävimme läpi kymmenkunta tiedotetta ja lomaketta. Opimme, että "
                        "selkokielinen teksti syntyy harvoin yhdellä kirjoittamisella. "
                        "Hyödyllisimmiksi osoittautuivat nämä periaatteet:</p><ul><li>Kerro "
                        "tärkein asia ensin: mitä lukijan pitää tehdä ja mihin mennessä.</li>"
                        "<li>Käytä tuttuja sanoja ja samaa sanaa samasta asiasta koko tekstissä."
                        "</li><li>Kirjoita lyhyitä virkkeitä, joissa on yksi asia kerrallaan.</li>"
                        "<li>Selitä välttämätön termi kerran, esimerkiksi: ”Kurssimaksu eli raha, "
                        "jonka maksat kurssista”.</li><li>Testaa teksti lukijoilla ennen julkaisua."
                        "</li></ul><p>Viimeinen kohta oli tärkein. Pyysimme opiskelijoita "
                        "kertomaan omin sanoin, mitä tiedotteessa sanotaan. Kysymys ”ymmärsitkö?” "
                        "ei kerro mitään, koska melkein kaikki vastaavat siihen kyllä. Kun taas "
                        "opiskelija selittää tiedotteen omin sanoin, kirjoittaja näkee heti, mikä "
                        "kohta on jäänyt epäselväksi. Muokkaamiseen kului enemmän aikaa kuin "
                        "arvioimme, mutta jokainen valmis tiedote säästää nyt aikaa, koska samoja "
                        "asioita ei tarvitse selittää jokaiselle erikseen.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "dialogue",
                        "caption": (
                            "Selkokielinen teksti testataan aina lukijoilla ennen julkaisua."
                        ),
                    },
                ),
                ("heading", "Selkokieli kuuluu kaikille"),
                (
                    "paragraph",
                    (
                        "<p>Projekti muutti myös opettajien ajattelua. Moni kollega huomasi, että "
                        "selkokielinen tiedote oli helpompi lukea myös äidinkielenään suomea "
                        "puhuvalle. Kiireinen lukija kiittää, kun tärkein asia on heti alussa.</p>"
                        "<p>Olen iloinen siitä, että kotoutumisen kumppanuusohjelman strategiassa "
                        "selkokieli mainitaan erikseen. Toivon, että se näkyy jatkossa myös "
                        "kuntien, hyvinvointialueiden ja järjestöjen viestinnässä. Selkokielinen "
                        "versio ei ole ylimääräinen palvelus vaan keino varmistaa, että tieto "
                        "todella tavoittaa ne, joita se koskee.</p><p>Seuraavaksi aiomme kouluttaa "
                        "aikuisopiston toimistohenkilökunnan kirjoittamaan selkokielellä, sillä "
                        "juuri he vastaavat useimpiin opiskelijoiden kysymyksiin puhelimessa ja "
                        "sähköpostitse. Olemme myös koonneet muokatuista tiedotteista mallipohjia, "
                        "joita muut oppilaitokset voivat hyödyntää. Jaamme ne mielellään "
                        "Kumppanuusalustalla.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>I början av vårterminen räckte en av mina studerande fram ett brev och "
                        "frågade om han måste göra något. Brevet var vårt eget vuxeninstituts "
                        "meddelande om ändringar i kurserna. Jag läste det och märkte att inte ens "
                        "jag var säker på vad som begärdes. Så började ett projekt där vi skrev om "
                        "vuxeninstitutets viktigaste meddelanden på lättläst språk.</p>"
                    ),
                ),
                ("heading", "Vad lättläst språk är – och vad det inte är"),
                (
                    "paragraph",
                    (
                        "<p>Lättläst språk är en form av finska eller svenska som har anpassats "
                        "till innehåll, ordförråd och struktur så att det är lättare att läsa och "
                        "förstå. Det är inte samma sak som klarspråk, som alla myndigheter borde "
                        "använda. Lättläst språk är avsett för dem som tycker att det vanliga "
                        "allmänspråket är för svårt – till exempel språkinlärare i början av sina "
                        "studier.</p><p>Lättläst språk är inte barnsligt, och syftet är inte att "
                        "ersätta språkstudierna. Det är en bro som gör det möjligt för en vuxen "
                        "att sköta sina ärenden självständigt medan språkkunskaperna ännu "
                        "utvecklas. En bra lättläst text respekterar läsaren: den säger saker rakt "
                        "ut och behandlar läsaren som en vuxen som fattar sina egna beslut. Den är "
                        "också en övningsplats där man gradvis lär sig mer av språket.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Nu förstår jag brevet själv och behöver inte be mitt barn att läsa "
                            "det."
                        ),
                        "attribution": "Studerande, Esimerkkilä vuxeninstitut",
                    },
                ),
                ("heading", "Så här gjorde vi"),
                (
                    "paragraph",
                    (
                        "<p>Vi gick igenom ett tiotal meddelanden och blanketter. Vi lärde oss att "
                        "en lättläst text sällan blir klar på första försöket. Mest nytta hade vi "
                        "av de här principerna:</p><ul><li>Berätta det viktigaste först: vad "
                        "läsaren ska göra och när.</li><li>Använd bekanta ord och samma ord för "
                        "samma sak i hela texten.</li><li>Skriv korta meningar med en sak i taget."
                        "</li><li>Förklara ett nödvändigt fackord en gång, till exempel: "
                        "”Kursavgift, det vill säga pengar som du betalar för kursen”.</li>"
                        "<li>Testa texten med läsare innan den publiceras.</li></ul><p>Den sista "
                        "punkten var viktigast. Vi bad de studerande att med egna ord berätta vad "
                        "som stod i meddelandet. Frågan ”förstod du?” säger ingenting, eftersom "
                        "nästan alla svarar ja. När den studerande däremot förklarar meddelandet "
                        "med egna ord ser skribenten genast vilken punkt som har blivit oklar. "
                        "Omarbetningen tog mer tid än vi hade räknat med, men varje färdigt "
                        "meddelande sparar nu tid, eftersom vi inte behöver förklara samma sak för "
                        "var och en separat.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "dialogue",
                        "caption": (
                            "En lättläst text testas alltid med läsare innan den publiceras."
                        ),
                    },
                ),
                ("heading", "Lättläst språk hör till alla"),
                (
                    "paragraph",
                    (
                        "<p>Projektet förändrade också lärarnas sätt att tänka. Många kolleger "
                        "märkte att det lättlästa meddelandet var lättare att läsa också för den "
                        "som har finska som modersmål. En läsare som har bråttom uppskattar att "
                        "det viktigaste står först.</p><p>Jag är glad över att lättläst språk "
                        "nämns särskilt i strategin för partnerskapsprogrammet för integration. "
                        "Jag hoppas att det i fortsättningen också syns i kommunernas, "
                        "välfärdsområdenas och organisationernas kommunikation. En lättläst "
                        "version är ingen extra tjänst utan ett sätt att se till att informationen "
                        "verkligen når dem som den gäller.</p><p>Härnäst ska vi utbilda "
                        "vuxeninstitutets kanslipersonal i att skriva på lättläst språk, eftersom "
                        "det är de som svarar på de flesta av de studerandes frågor per telefon "
                        "och e-post. Vi har också gjort mallar av de omarbetade meddelandena som "
                        "andra läroanstalter kan använda. Vi delar dem gärna på "
                        "Partnerskapsplattformen.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>At the start of the spring term, one of my students handed me a letter "
                        "and asked whether he needed to do anything. The letter was our own adult "
                        "education centre's notice about course changes. I read it and realised "
                        "that even I was not sure what it was asking. That was the beginning of a "
                        "project in which we rewrote the centre's most important notices in plain "
                        "language.</p>"
                    ),
                ),
                ("heading", "What plain language is – and what it is not"),
                (
                    "paragraph",
                    (
                        "<p>Plain language (in Finnish, <i>selkokieli</i>) is a form of Finnish or "
                        "Swedish that has been adapted in content, vocabulary and structure to "
                        "make it easier to read and understand. It is not the same as the clear "
                        "standard language that all authorities should use. Plain language is "
                        "meant for people who find ordinary standard language too difficult – for "
                        "example, language learners at the beginning of their studies.</p><p>Plain "
                        "language is not childish, and it is not meant to replace language "
                        "learning. It is a bridge that lets an adult manage their own affairs "
                        "independently while their language skills are still developing. A good "
                        "plain-language text respects the reader: it says things directly and "
                        "treats the reader as an adult who makes their own decisions. It is also a "
                        "practice ground where the language is learned little by little.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Now I understand the letter myself, and I don't have to ask my child "
                            "to read it for me."
                        ),
                        "attribution": "Student, Esimerkkilä Adult Education Centre",
                    },
                ),
                ("heading", "What we did"),
                (
                    "paragraph",
                    (
                        "<p>We went through about ten notices and forms. We learned that a "
                        "plain-language text is rarely finished at the first attempt. These "
                        "principles proved the most useful:</p><ul><li>Say the most important "
                        "thing first: what the reader needs to do and by when.</li><li>Use "
                        "familiar words, and use the same word for the same thing throughout the "
                        "text.</li><li>Write short sentences with one thing at a time.</li>"
                        "<li>Explain an unavoidable term once, for example: “Course fee, which "
                        "means the money you pay for the course”.</li><li>Test the text with "
                        "readers before publishing it.</li></ul><p>The last point was the most "
                        "important. We asked students to tell us in their own words what the "
                        "notice said. Asking “did you understand?” tells you nothing, because "
                        "almost everyone says yes. But when a student explains the notice in their "
                        "own words, the writer immediately sees which part has remained unclear. "
                        "The rewriting took more time than we expected, but every finished notice "
                        "now saves time, because we no longer have to explain the same things to "
                        "each student separately.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "dialogue",
                        "caption": (
                            "A plain-language text is always tested with readers before it is "
                            "published."
                        ),
                    },
                ),
                ("heading", "Plain language belongs to everyone"),
                (
                    "paragraph",
                    (
                        "<p>The project also changed how we teachers think. Many colleagues "
                        "noticed that the plain-language notice was easier to read for native "
                        "Finnish speakers, too. A busy reader is grateful when the most important "
                        "thing comes first.</p><p>I am glad that plain language is mentioned "
                        "specifically in the strategy of the partnership programme for "
                        "integration. I hope it will also show in the communication of "
                        "municipalities, wellbeing services counties and NGOs. A plain-language "
                        "version is not an extra favour but a way of making sure that information "
                        "really reaches the people it concerns.</p><p>Next, we plan to train the "
                        "centre's office staff to write in plain language, as they are the ones "
                        "who answer most of the students' questions by phone and email. We have "
                        "also turned the rewritten notices into templates that other educational "
                        "institutions can use, and we are happy to share them on the Partnership "
                        "Platform.</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "fi",
                "name": "Marjatta",
                "email": "marjatta.s@example.fi",
                "status": "approved",
                "text": (
                    "Kiitos hyvistä vinkeistä! Erityisesti neuvo testata teksti lukijoilla oli "
                    "meille uusi. Teimme hyvinvointialueella juuri selkokielisen version "
                    "ajanvarausohjeesta, ja nyt aion pyytää siitä palautetta asiakkailta ennen "
                    "julkaisua."
                ),
                "replies": [
                    {
                        "name": "Elina Heikkinen",
                        "email": "elina.heikkinen@example.fi",
                        "status": "approved",
                        "text": (
                            "Kiva kuulla, Marjatta! Testaaminen ei vaadi isoja järjestelyjä – jo "
                            "kolmen tai neljän lukijan kommentit paljastavat yllättävän paljon."
                        ),
                    },
                ],
            },
            {
                "language": "sv",
                "name": "Kristina",
                "email": "kristina@example.fi",
                "status": "approved",
                "text": (
                    "Mycket bra text. Vi som arbetar på svenska saknar ofta lättlästa material. "
                    "Finns det planer på att ge ut era meddelanden också på lättläst svenska?"
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "network-workspace",
        "date": "2025-06-17",
        "authors": ["mikael-lindqvist"],
        "topics": ["partnership"],
        "tags": {
            "fi": ["Kumppanuusalusta", "työtilat", "verkostot"],
            "sv": ["Partnerskapsplattformen", "arbetsrum", "nätverk"],
            "en": ["Partnership Platform", "workspaces", "networks"],
        },
        "image": "workspace",
        "slug": {
            "fi": "sahkopostiketjuista-tyotilaan",
            "sv": "fran-e-postkedjor-till-arbetsrum",
            "en": "from-email-chains-to-a-workspace",
        },
        "title": {
            "fi": (
                "Sähköpostiketjuista työtilaan – näin verkostomme otti Kumppanuusalustan käyttöön"
            ),
            "sv": (
                "Från e-postkedjor till arbetsrum – så började vårt nätverk använda "
                "Partnerskapsplattformen"
            ),
            "en": (
                "From email chains to a workspace – how our network started using the Partnership "
                "Platform"
            ),
        },
        "summary": {
            "fi": (
                "Alueellinen järjestöverkostomme hukkui sähköpostiin, kunnes perustimme yhteisen "
                "työtilan. Jaan kokemuksemme ja vinkit, jotka olisin halunnut tietää alussa."
            ),
            "sv": (
                "Vårt regionala organisationsnätverk drunknade i e-post tills vi inrättade ett "
                "gemensamt arbetsrum. Jag delar med mig av våra erfarenheter och de tips jag hade "
                "velat känna till från början."
            ),
            "en": (
                "Our regional NGO network was drowning in email until we set up a shared "
                "workspace. I share our experiences and the tips I wish I had known at the start."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Verkostossamme on toistakymmentä järjestöä, kaksi kuntaa ja muutama "
                        "oppilaitos. Vielä viime syksynä kaikki yhteydenpito kulki sähköpostilla. "
                        "Kokouskutsut, muistiot ja tapahtumailmoitukset hukkuivat muiden viestien "
                        "sekaan, ja joka kerta joku kysyi, missä viimeisin versio on. Kun uusi "
                        "jäsen liittyi mukaan, hänelle ei ollut mitään paikkaa, josta aiemmat "
                        "keskustelut olisi voinut lukea. Tärkeä tieto oli yksittäisten ihmisten "
                        "sähköpostilaatikoissa, ja kun joku vaihtoi työpaikkaa, tieto lähti hänen "
                        "mukanaan.</p><p>Tammikuussa perustimme verkostolle työtilan "
                        "Kumppanuusalustalle. Puolen vuoden kokemuksella voin sanoa, että päätös "
                        "oli oikea – mutta työtila ei toimi itsestään.</p>"
                    ),
                ),
                ("heading", "Työtila ei herää eloon itsestään"),
                (
                    "paragraph",
                    (
                        "<p>Ensimmäiset viikot olivat hiljaisia. Jäsenet liittyivät työtilaan, "
                        "mutta kukaan ei kirjoittanut mitään. Huomasin, että tarvitaan ihminen, "
                        "joka kantaa vastuun keskustelun käynnistämisestä. Meillä tämä tehtävä "
                        "kiertää järjestöltä toiselle kolmen kuukauden jaksoissa.</p><p>Työtilan "
                        "vetäjä kirjoittaa viikoittain lyhyen viestin: mitä verkostossa on "
                        "tapahtumassa, mitä edellisessä kokouksessa päätettiin ja mihin kaivataan "
                        "kommentteja. Kun viesteihin alkoi tulla vastauksia, muutkin rohkaistuivat "
                        "kirjoittamaan. Kokemuksemme mukaan ensimmäiset kolme kuukautta ovat "
                        "ratkaisevia: jos työtila saadaan silloin käyttöön, se jää elämään.</p>"
                        "<p>Toinen tärkeä havainto koski kokouksia. Aiemmin verkoston kokouksissa "
                        "kului paljon aikaa tiedottamiseen. Nyt ajankohtaiset asiat luetaan "
                        "työtilasta etukäteen, ja kokousaika jää keskustelulle ja yhteisille "
                        "päätöksille. Muistio julkaistaan työtilassa heti kokouksen jälkeen, joten "
                        "myös poissa olleet pysyvät kärryillä.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Työtila on kuin yhteinen toimisto: se on viihtyisä vain, jos joku "
                            "pitää siitä huolta."
                        ),
                        "attribution": "Mikael Lindqvist",
                    },
                ),
                ("heading", "Vinkkejä oman työtilan perustajalle"),
                (
                    "paragraph",
                    (
                        "<p>Kokosimme kokemuksistamme ohjeet, joita olemme jakaneet myös muille "
                        "verkostoille:</p><ul><li>Kirjoita työtilan etusivulle lyhyt kuvaus: "
                        "kenelle tila on tarkoitettu ja mitä siellä tehdään.</li><li>Kutsu uudet "
                        "jäsenet henkilökohtaisesti ja kerro, mistä lukeminen kannattaa aloittaa."
                        "</li><li>Sovi tiedostojen nimeämisestä heti alussa, esimerkiksi "
                        "päivämäärä ja aihe.</li><li>Muista, että materiaalin tuoja vastaa sen "
                        "varmuuskopioinnista. Pidä tärkeät tiedostot tallessa myös omassa "
                        "organisaatiossasi.</li><li>Kerro jäsenille, että keskustelu näkyy vain "
                        "työtilaan liittyneille. Se madaltaa kynnystä jakaa keskeneräisiä "
                        "ajatuksia.</li><li>Hyväksy, että verkostossa kirjoitetaan sekä suomeksi "
                        "että ruotsiksi. Meillä molemmat kielet ovat yhtä oikeita.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "workspace",
                        "caption": (
                            "Verkoston työtilaan on koottu kokousmuistiot, tapahtumat ja yhteiset "
                            "materiaalit."
                        ),
                    },
                ),
                ("heading", "Kun työ päättyy, työtila arkistoidaan"),
                (
                    "paragraph",
                    (
                        "<p>Keväällä päättyi yksi verkostomme alla toiminut pieni hanke. Sen "
                        "työtila arkistoitiin, jolloin materiaalit jäivät talteen mutta tila ei "
                        "enää näy aktiivisten työtilojen joukossa. Työtilan voi myös poistaa, "
                        "mutta me halusimme säilyttää hankkeen tuotokset myöhempää käyttöä varten. "
                        "Arkistoinnista sovimme yhdessä hankkeen jäsenten kanssa, ja jokainen sai "
                        "ensin tallentaa tarvitsemansa tiedostot.</p><p>Sähköpostia emme ole "
                        "kokonaan hylänneet, eikä se ole tarpeenkaan. Sähköposti sopii "
                        "kiireellisiin asioihin, työtila yhteiseksi muistiksi ja keskustelun "
                        "paikaksi. Jos harkitset työtilan perustamista omalle verkostollesi, "
                        "kokeile rohkeasti – ja kutsu minut mukaan kertomaan kokemuksistamme.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>I vårt nätverk finns drygt tio organisationer, två kommuner och några "
                        "läroanstalter. Ännu i höstas sköttes all kontakt per e-post. "
                        "Möteskallelser, promemorior och evenemangsmeddelanden drunknade bland "
                        "andra meddelanden, och varje gång frågade någon var den senaste versionen "
                        "fanns. När en ny medlem kom med fanns det ingen plats där den nya "
                        "medlemmen kunde läsa de tidigare diskussionerna. Viktig information fanns "
                        "i enskilda personers inkorgar, och när någon bytte jobb försvann "
                        "informationen med personen.</p><p>I januari inrättade vi ett arbetsrum "
                        "för nätverket på Partnerskapsplattformen. Efter ett halvår kan jag säga "
                        "att beslutet var rätt – men ett arbetsrum fungerar inte av sig självt.</p>"
                    ),
                ),
                ("heading", "Ett arbetsrum vaknar inte till liv av sig självt"),
                (
                    "paragraph",
                    (
                        "<p>De första veckorna var tysta. Medlemmarna gick med i arbetsrummet, men "
                        "ingen skrev något. Jag märkte att det behövs en person som tar ansvar för "
                        "att sätta i gång diskussionen. Hos oss roterar uppgiften mellan "
                        "organisationerna i perioder om tre månader.</p><p>Den som leder "
                        "arbetsrummet skriver varje vecka ett kort inlägg: vad som är på gång i "
                        "nätverket, vad som beslöts vid föregående möte och var det behövs "
                        "kommentarer. När inläggen började få svar vågade också andra skriva. Vår "
                        "erfarenhet är att de tre första månaderna är avgörande: om arbetsrummet "
                        "kommer i bruk då, lever det vidare.</p><p>En annan viktig iakttagelse "
                        "gällde mötena. Tidigare gick mycket av nätverkets mötestid åt till att "
                        "informera. Nu läser vi om aktuella ärenden i arbetsrummet på förhand, och "
                        "mötestiden används till diskussion och gemensamma beslut. Promemorian "
                        "publiceras i arbetsrummet direkt efter mötet, så också de som var "
                        "frånvarande hänger med.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ett arbetsrum är som ett gemensamt kontor: det är trivsamt bara om "
                            "någon tar hand om det."
                        ),
                        "attribution": "Mikael Lindqvist",
                    },
                ),
                ("heading", "Tips för den som inrättar ett arbetsrum"),
                (
                    "paragraph",
                    (
                        "<p>Vi har samlat våra erfarenheter i anvisningar som vi också har delat "
                        "med andra nätverk:</p><ul><li>Skriv en kort beskrivning på arbetsrummets "
                        "första sida: vem rummet är avsett för och vad man gör där.</li><li>Bjud "
                        "in nya medlemmar personligen och berätta var det lönar sig att börja läsa."
                        "</li><li>Kom genast överens om hur filer namnges, till exempel med datum "
                        "och ämne.</li><li>Kom ihåg att den som laddar upp material ansvarar för "
                        "säkerhetskopieringen. Spara viktiga filer också i din egen organisation."
                        "</li><li>Berätta för medlemmarna att diskussionen syns endast för dem som "
                        "har gått med i arbetsrummet. Det sänker tröskeln för att dela halvfärdiga "
                        "tankar.</li><li>Acceptera att man i nätverket skriver både på finska och "
                        "på svenska. Hos oss är båda språken lika rätt.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "workspace",
                        "caption": (
                            "I nätverkets arbetsrum finns mötesanteckningar, evenemang och "
                            "gemensamt material."
                        ),
                    },
                ),
                ("heading", "När arbetet är slut arkiveras arbetsrummet"),
                (
                    "paragraph",
                    (
                        "<p>I våras avslutades ett litet projekt som hade verkat inom vårt "
                        "nätverk. Dess arbetsrum arkiverades, vilket innebär att materialet finns "
                        "kvar men att rummet inte längre syns bland de aktiva arbetsrummen. Ett "
                        "arbetsrum kan också raderas, men vi ville bevara projektets resultat för "
                        "senare bruk. Arkiveringen kom vi överens om tillsammans med projektets "
                        "medlemmar, och alla fick först spara de filer de behövde.</p><p>E-posten "
                        "har vi inte helt övergett, och det behövs inte heller. E-post passar för "
                        "brådskande ärenden, arbetsrummet för det gemensamma minnet och "
                        "diskussionen. Om du funderar på att inrätta ett arbetsrum för ditt "
                        "nätverk, pröva modigt – och bjud gärna in mig för att berätta om våra "
                        "erfarenheter.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Our network has more than ten NGOs, two municipalities and a few "
                        "educational institutions. As recently as last autumn, all communication "
                        "went by email. Meeting invitations, minutes and event announcements got "
                        "lost among other messages, and every time someone asked where the latest "
                        "version was. When a new member joined, there was nowhere they could read "
                        "earlier discussions. Important information sat in individual people's "
                        "inboxes, and when someone changed jobs, the information left with them."
                        "</p><p>In January we set up a workspace for the network on the "
                        "Partnership Platform. After six months I can say the decision was right – "
                        "but a workspace does not run itself.</p>"
                    ),
                ),
                ("heading", "A workspace does not come alive on its own"),
                (
                    "paragraph",
                    (
                        "<p>The first weeks were quiet. Members joined the workspace, but nobody "
                        "wrote anything. I realised that someone has to take responsibility for "
                        "getting the discussion going. In our network this role rotates from one "
                        "NGO to another every three months.</p><p>The host writes a short post "
                        "every week: what is happening in the network, what was decided at the "
                        "previous meeting and where comments are needed. Once the posts started "
                        "getting replies, others felt encouraged to write too. In our experience, "
                        "the first three months are decisive: if the workspace is taken into use "
                        "then, it stays alive.</p><p>Another important observation concerned "
                        "meetings. Our network meetings used to spend a lot of time on sharing "
                        "information. Now we read the latest news in the workspace beforehand, and "
                        "meeting time is left for discussion and joint decisions. The minutes are "
                        "published in the workspace right after the meeting, so those who were "
                        "absent can keep up too.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A workspace is like a shared office: it is only pleasant if someone "
                            "looks after it."
                        ),
                        "attribution": "Mikael Lindqvist",
                    },
                ),
                ("heading", "Tips for setting up your own workspace"),
                (
                    "paragraph",
                    (
                        "<p>We turned our experiences into guidelines that we have also shared "
                        "with other networks:</p><ul><li>Write a short description on the "
                        "workspace's front page: who the space is for and what happens there.</li>"
                        "<li>Invite new members personally and tell them where to start reading."
                        "</li><li>Agree on how files are named right at the start, for example "
                        "with the date and topic.</li><li>Remember that whoever uploads material "
                        "is responsible for backing it up. Keep important files in your own "
                        "organisation, too.</li><li>Tell members that the discussion is visible "
                        "only to those who have joined the workspace. This makes it easier to "
                        "share unfinished ideas.</li><li>Accept that the network writes in both "
                        "Finnish and Swedish. For us, both languages are equally right.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "workspace",
                        "caption": (
                            "The network's workspace brings together meeting notes, events and "
                            "shared materials."
                        ),
                    },
                ),
                ("heading", "When the work ends, the workspace is archived"),
                (
                    "paragraph",
                    (
                        "<p>This spring, a small project that had operated within our network came "
                        "to an end. Its workspace was archived, which means the materials are kept "
                        "but the space no longer appears among active workspaces. A workspace can "
                        "also be deleted, but we wanted to keep the project's outputs for later "
                        "use. We agreed on the archiving together with the project's members, and "
                        "everyone had the chance to save the files they needed first.</p><p>We "
                        "have not abandoned email altogether, and there is no need to. Email suits "
                        "urgent matters; the workspace serves as our shared memory and a place for "
                        "discussion. If you are thinking of setting up a workspace for your own "
                        "network, give it a try – and feel free to invite me to talk about our "
                        "experiences.</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "fi",
                "name": "Pekka",
                "email": "pekka.nieminen@example.fi",
                "status": "approved",
                "text": (
                    "Hyvä idea tuo kiertävä vetäjävuoro! Meidän työtilamme on ollut hiljainen jo "
                    "pitkään. Kokeilemme syksyllä samaa mallia."
                ),
                "replies": [
                    {
                        "name": "Mikael Lindqvist",
                        "email": "mikael.lindqvist@example.fi",
                        "status": "approved",
                        "text": (
                            "Kiitos, Pekka! Kerro syksyllä, miten kokeilu lähti käyntiin. Meillä "
                            "auttoi myös se, että ensimmäiset viestit olivat kysymyksiä, joihin "
                            "oli helppo vastata."
                        ),
                    },
                ],
            },
            {
                "language": "en",
                "name": "SEO Expert Team",
                "email": "seo.boost@example.org",
                "status": "spam",
                "text": (
                    "Great post!!! Want your website on the first page of Google? We offer cheap "
                    "backlinks and guaranteed traffic. Visit https://seo-boost.example.org and "
                    "https://backlinks.example.org today, or order followers at "
                    "https://followers.example.org"
                ),
                "replies": [],
            },
            {
                "language": "fi",
                "name": "Noora",
                "email": "noora@example.fi",
                "status": "pending",
                "text": (
                    "Voiko työtilaan kutsua myös henkilöitä, jotka eivät vielä ole "
                    "Kumppanuusalustan jäseniä? Verkostossamme on muutama vapaaehtoinen, joilla ei "
                    "ole organisaatiota taustalla."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "representative-view-minors",
        "date": "2025-08-26",
        "authors": ["johan-sjoberg"],
        "topics": ["reception"],
        "tags": {
            "fi": ["ilman huoltajaa tulleet lapset", "edustaja", "lapsen etu"],
            "sv": ["barn utan vårdnadshavare", "företrädare", "barnets bästa"],
            "en": ["unaccompanied minors", "representative", "best interests of the child"],
        },
        "image": "regions",
        "slug": {
            "fi": "edustajan-nakokulma",
            "sv": "en-foretradares-perspektiv",
            "en": "a-representatives-view",
        },
        "title": {
            "fi": "Edustajan näkökulma: lapsi tarvitsee aikuisen, joka pysyy",
            "sv": "En företrädares perspektiv: barnet behöver en vuxen som stannar",
            "en": "A representative's view: a child needs an adult who stays",
        },
        "summary": {
            "fi": (
                "Ilman huoltajaa tulleen lapsen ympärillä on paljon aikuisia, mutta harva heistä "
                "pysyy pitkään. Edustajana näen, miten paljon ennustettavuus ja selkeä tieto "
                "merkitsevät."
            ),
            "sv": (
                "Kring ett barn som kommit utan vårdnadshavare finns många vuxna, men få av dem "
                "stannar länge. Som företrädare ser jag hur mycket förutsägbarhet och tydlig "
                "information betyder."
            ),
            "en": (
                "A child who arrives without a guardian is surrounded by many adults, but few of "
                "them stay for long. As a representative, I see how much predictability and clear "
                "information matter."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Olen toiminut ilman huoltajaa tulleiden lasten ja nuorten edustajana "
                        "useita vuosia. Kun kerron työstäni, minulta kysytään usein, olenko lapsen "
                        "sijaisvanhempi tai sosiaalityöntekijä. En ole kumpaakaan. Edustaja "
                        "huolehtii siitä, että lapsen etu toteutuu häntä koskevissa asioissa ja "
                        "viranomaisprosesseissa silloin, kun vanhemmat eivät ole paikalla.</p>"
                        "<p>En asu lapsen kanssa enkä päätä hänen arjestaan, mutta kuljen hänen "
                        "rinnallaan tapaamisissa, puhutteluissa ja palavereissa. Tehtäväni "
                        "päättyy, kun lapsi täyttää 18 vuotta tai kun hänen huoltajansa saapuu "
                        "Suomeen. Siihen asti olen yksi niistä harvoista aikuisista, jotka "
                        "seuraavat lapsen asioita alusta loppuun.</p>"
                    ),
                ),
                ("heading", "Monta aikuista, vähän jatkuvuutta"),
                (
                    "paragraph",
                    (
                        "<p>Yhden nuoren ympärillä voi olla kymmenkunta aikuista: ryhmäkodin "
                        "ohjaajat, sosiaalityöntekijä, opettajat, terveydenhoitaja, avustaja, "
                        "tulkki ja minä. Moni heistä vaihtuu ensimmäisen vuoden aikana. Lapsen "
                        "näkökulmasta tämä tarkoittaa, että hän kertoo samoja asioita yhä "
                        "uudelleen ihmisille, joiden roolia hän ei aina ymmärrä.</p><p>Jokainen "
                        "aikuinen tekee työnsä hyvin, mutta kokonaisuus voi silti jäädä lapselle "
                        "sekavaksi. Yksi nuori sanoi minulle kerran lauseen, joka on jäänyt "
                        "mieleeni:</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Kukaan ei kertonut minulle, mitä seuraavaksi tapahtuu. Minä vain "
                            "odotin."
                        ),
                        "attribution": "16-vuotias nuori (tunnistetiedot muutettu)",
                    },
                ),
                ("heading", "Mitä voimme tehdä paremmin?"),
                (
                    "paragraph",
                    (
                        "<p>Kokemukseni mukaan pienet asiat auttavat paljon. Toivoisin, että "
                        "jokainen lasta työssään kohtaava muistaisi nämä:</p><ol><li><b>Kerro, "
                        "kuka olet.</b> Selitä roolisi lapselle ymmärrettävästi ja tarvittaessa "
                        "tulkin avulla. Kerro myös, mitä et voi tehdä.</li><li><b>Kerro, mitä "
                        "seuraavaksi tapahtuu.</b> Ennustettavuus luo turvaa silloinkin, kun "
                        "vastaus on ”emme tiedä vielä”.</li><li><b>Sovi tiedonkulusta.</b> Kun "
                        "aikuiset sopivat keskenään, kuka kertoo lapselle mitäkin, lapsi ei jää "
                        "väliin.</li><li><b>Valmistele siirtymät.</b> Muutto, koulun vaihtuminen "
                        "tai täysi-ikäistyminen ei saa tulla yllätyksenä.</li></ol><p>Näistä "
                        "kolmas on usein vaikein. Kun lapsen asioita hoitaa monta tahoa, jokainen "
                        "olettaa helposti, että joku toinen on jo kertonut tärkeän asian. Meillä "
                        "on ollut hyviä kokemuksia yhteisistä verkostopalavereista, joissa lapsi "
                        "on itse mukana ja joissa sovitaan kirjallisesti, kuka vie mitäkin asiaa "
                        "eteenpäin ja milloin lapselle kerrotaan tilanteesta. Lyhyt muistio "
                        "selkokielellä ja lapsen omalla kielellä auttaa kaikkia.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "regions",
                        "caption": (
                            "Edustajat, vastaanottokeskukset, kunnat ja järjestöt toimivat lapsen "
                            "ympärillä samalla alueella."
                        ),
                    },
                ),
                ("heading", "Yhteistyö on lapsen etu"),
                (
                    "paragraph",
                    (
                        "<p>Edustajan työ on usein yksinäistä, ja siksi verkostot ovat minulle "
                        "tärkeitä. Rannikkoseudun edustajaverkostossa jaamme kokemuksia ja "
                        "pohdimme vaikeita tilanteita yhdessä – tietenkin niin, ettei yksittäistä "
                        "lasta voi tunnistaa. Olemme myös kutsuneet vastaanottokeskusten, kuntien "
                        "ja järjestöjen työntekijöitä tapaamisiimme. Lapsen oma kieli on tärkeä: "
                        "tulkkaus ei ole ylimääräinen kustannus vaan edellytys sille, että lasta "
                        "todella kuullaan.</p><p>Kun aikuiset tuntevat toistensa roolit, lapsen ei "
                        "tarvitse toimia viestinviejänä. Se on ehkä tärkein asia, jonka olen näinä "
                        "vuosina oppinut. Toivon, että yhä useampi ammattilainen ottaa edustajan "
                        "mukaan verkostoonsa jo alusta alkaen.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Jag har verkat som företrädare för barn och unga som kommit utan "
                        "vårdnadshavare i flera år. När jag berättar om mitt arbete får jag ofta "
                        "frågan om jag är barnets familjehemsförälder eller socialarbetare. Jag är "
                        "ingetdera. Företrädaren ser till att barnets bästa förverkligas i ärenden "
                        "och myndighetsprocesser som gäller barnet när föräldrarna inte är på "
                        "plats.</p><p>Jag bor inte med barnet och bestämmer inte över vardagen, "
                        "men jag går vid barnets sida till möten, asylintervjuer och "
                        "förhandlingar. Uppdraget upphör när barnet fyller 18 år eller när barnets "
                        "vårdnadshavare kommer till Finland. Fram till dess är jag en av de få "
                        "vuxna som följer barnets ärenden från början till slut.</p>"
                    ),
                ),
                ("heading", "Många vuxna, lite kontinuitet"),
                (
                    "paragraph",
                    (
                        "<p>Kring en ung person kan det finnas ett tiotal vuxna: handledarna på "
                        "gruppboendet, socialarbetaren, lärarna, hälsovårdaren, juristen, tolken "
                        "och jag. Många av dem byts ut under det första året. Ur barnets "
                        "perspektiv betyder det att barnet berättar samma saker om och om igen för "
                        "personer vars roll det inte alltid förstår.</p><p>Varje vuxen gör sitt "
                        "arbete väl, men helheten kan ändå bli rörig för barnet. En ung person "
                        "sade en gång en mening till mig som har stannat kvar i minnet:</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ingen berättade för mig vad som skulle hända härnäst. Jag bara "
                            "väntade."
                        ),
                        "attribution": "16-årig ung person (identifierande uppgifter ändrade)",
                    },
                ),
                ("heading", "Vad kan vi göra bättre?"),
                (
                    "paragraph",
                    (
                        "<p>Min erfarenhet är att små saker hjälper mycket. Jag önskar att alla "
                        "som möter barn i sitt arbete skulle komma ihåg följande:</p><ol><li>"
                        "<b>Berätta vem du är.</b> Förklara din roll så att barnet förstår den, "
                        "vid behov med hjälp av tolk. Berätta också vad du inte kan göra.</li><li>"
                        "<b>Berätta vad som händer härnäst.</b> Förutsägbarhet skapar trygghet "
                        "också när svaret är ”det vet vi inte ännu”.</li><li><b>Kom överens om "
                        "informationsgången.</b> När de vuxna kommer överens sinsemellan om vem "
                        "som berättar vad för barnet, hamnar barnet inte i kläm.</li><li>"
                        "<b>Förbered övergångarna.</b> En flytt, ett skolbyte eller att bli myndig "
                        "får inte komma som en överraskning.</li></ol><p>Den tredje punkten är "
                        "ofta den svåraste. När många instanser sköter barnets ärenden utgår var "
                        "och en lätt från att någon annan redan har berättat det viktiga. Vi har "
                        "haft goda erfarenheter av gemensamma nätverksmöten där barnet själv är "
                        "med och där man skriftligt kommer överens om vem som för vilket ärende "
                        "vidare och när barnet får veta hur läget är. En kort promemoria på "
                        "lättläst språk och på barnets eget språk hjälper alla.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "regions",
                        "caption": (
                            "Företrädare, förläggningar, kommuner och organisationer verkar kring "
                            "barnet i samma region."
                        ),
                    },
                ),
                ("heading", "Samarbete är för barnets bästa"),
                (
                    "paragraph",
                    (
                        "<p>Företrädarens arbete är ofta ensamt, och därför är nätverken viktiga "
                        "för mig. I Kustregionens företrädarnätverk delar vi erfarenheter och "
                        "funderar tillsammans på svåra situationer – naturligtvis så att inget "
                        "enskilt barn kan identifieras. Vi har också bjudit in personal från "
                        "förläggningar, kommuner och organisationer till våra träffar. Barnets "
                        "eget språk är viktigt: tolkning är ingen extra kostnad utan en "
                        "förutsättning för att barnet verkligen blir hört.</p><p>När de vuxna "
                        "känner till varandras roller behöver barnet inte vara budbärare. Det är "
                        "kanske det viktigaste jag har lärt mig under de här åren. Jag hoppas att "
                        "allt fler yrkesverksamma tar med företrädaren i sitt nätverk redan från "
                        "början.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>I have worked as a representative of children and young people who "
                        "arrive in Finland without a guardian for several years. When I tell "
                        "people about my work, they often ask whether I am the child's foster "
                        "parent or social worker. I am neither. A representative makes sure that "
                        "the best interests of the child are served in matters and official "
                        "processes concerning the child when the parents are not there.</p><p>I do "
                        "not live with the child or decide on their everyday life, but I walk "
                        "alongside them at meetings, asylum interviews and hearings. The role ends "
                        "when the child turns 18 or when their guardian arrives in Finland. Until "
                        "then, I am one of the few adults who follow the child's affairs from "
                        "beginning to end.</p>"
                    ),
                ),
                ("heading", "Many adults, little continuity"),
                (
                    "paragraph",
                    (
                        "<p>One young person may have around ten adults around them: counsellors "
                        "at the group home, a social worker, teachers, a public health nurse, a "
                        "lawyer, an interpreter and me. Many of them change during the first year. "
                        "From the child's point of view, this means telling the same things again "
                        "and again to people whose roles they do not always understand.</p>"
                        "<p>Every adult does their job well, yet the whole can still feel "
                        "confusing to the child. A young person once said something to me that has "
                        "stayed with me:</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Nobody told me what would happen next. I just waited.",
                        "attribution": "A 16-year-old (identifying details changed)",
                    },
                ),
                ("heading", "What can we do better?"),
                (
                    "paragraph",
                    (
                        "<p>In my experience, small things help a lot. I hope that everyone who "
                        "meets children in their work will remember these points:</p><ol><li>"
                        "<b>Say who you are.</b> Explain your role in a way the child understands, "
                        "with an interpreter if needed. Also say what you cannot do.</li><li>"
                        "<b>Say what happens next.</b> Predictability creates security even when "
                        "the answer is “we don't know yet”.</li><li><b>Agree on who shares what."
                        "</b> When the adults agree among themselves who tells the child what, the "
                        "child is not caught in the middle.</li><li><b>Prepare transitions.</b> A "
                        "move, a change of school or coming of age must not come as a surprise."
                        "</li></ol><p>The third point is often the hardest. When many parties "
                        "handle a child's affairs, each easily assumes that someone else has "
                        "already passed on the important news. We have had good experiences with "
                        "joint network meetings where the child is present and where it is agreed "
                        "in writing who takes each matter forward and when the child will be told "
                        "how things stand. A short summary in plain language and in the child's "
                        "own language helps everyone.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "regions",
                        "caption": (
                            "Representatives, reception centres, municipalities and NGOs work "
                            "around the child in the same region."
                        ),
                    },
                ),
                ("heading", "Cooperation serves the child's best interests"),
                (
                    "paragraph",
                    (
                        "<p>A representative's work is often lonely, which is why networks matter "
                        "to me. In the Coastal Region Representatives' Network we share "
                        "experiences and think through difficult situations together – of course "
                        "in a way that no individual child can be identified. We have also invited "
                        "staff from reception centres, municipalities and NGOs to our meetings. "
                        "The child's own language matters: interpreting is not an extra cost but a "
                        "precondition for the child really being heard.</p><p>When the adults know "
                        "each other's roles, the child does not have to act as a messenger. That "
                        "is perhaps the most important thing I have learned over these years. I "
                        "hope more and more professionals will include the representative in their "
                        "network from the very start.</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "fi",
                "name": "Hanna",
                "email": "hanna@example.fi",
                "status": "approved",
                "text": (
                    "Työskentelen ryhmäkodissa ja tunnistan tämän täysin. Olemme alkaneet tehdä "
                    "jokaiselle nuorelle kuvallisen ”kuka kukin on” -kortin, jossa on "
                    "lähiaikuisten kuvat ja roolit. Se on auttanut yllättävän paljon."
                ),
                "replies": [],
            },
            {
                "language": "sv",
                "name": "Eva",
                "email": "eva.holm@example.fi",
                "status": "approved",
                "text": (
                    "Tack för en viktig text. Jag är själv ny som företrädare och känner igen "
                    "känslan av ensamhet i uppdraget. Hur kan man gå med i ett nätverk som ert?"
                ),
                "replies": [
                    {
                        "name": "Johan Sjöberg",
                        "email": "johan.sjoberg@example.fi",
                        "status": "approved",
                        "text": (
                            "Tack, Eva! Du hittar mig via kontaktpersonsökningen på "
                            "Partnerskapsplattformen – sök på ”företrädare”. Nya medlemmar är "
                            "varmt välkomna till nätverket."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "reading-integration-statistics",
        "date": "2025-10-07",
        "authors": ["hodan-ali"],
        "topics": ["research", "employment"],
        "tags": {
            "fi": ["tilastot", "tutkimus", "työllisyys"],
            "sv": ["statistik", "forskning", "sysselsättning"],
            "en": ["statistics", "research", "employment"],
        },
        "image": "knowledge",
        "slug": {
            "fi": "nain-luet-kotoutumistilastoja",
            "sv": "sa-laser-du-integrationsstatistik",
            "en": "how-to-read-integration-statistics",
        },
        "title": {
            "fi": "Tilasto kertoo suunnan, ei ihmisen tarinaa",
            "sv": "Statistiken visar riktningen, inte människans berättelse",
            "en": "Statistics show the direction, not a person's story",
        },
        "summary": {
            "fi": (
                "Kotoutumista koskevia lukuja käytetään paljon, mutta niitä luetaan usein väärin. "
                "Annan viisi neuvoa tilastojen viisaaseen tulkintaan."
            ),
            "sv": (
                "Siffror om integration används mycket, men de läses ofta fel. Jag ger fem råd för "
                "att tolka statistik klokt."
            ),
            "en": (
                "Figures on integration are widely used but often misread. I offer five pieces of "
                "advice for interpreting statistics wisely."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kun esittelen tutkimustuloksia kotoutumisen ammattilaisille, saan "
                        "usein kysymyksen: ”Mutta eikö keskiarvo kerro kaiken olennaisen?” Ei "
                        "kerro. Keskiarvo on hyödyllinen työkalu, mutta se voi myös peittää alleen "
                        "juuri ne erot, joiden vuoksi palveluja kehitetään.</p><p>Tilastoja ja "
                        "rekisteriaineistoja käytetään kotoutumisen seurannassa yhä enemmän, ja se "
                        "on hyvä asia. Päätöksiä kannattaa tehdä tiedon varassa. Tieto kuitenkin "
                        "hyödyttää vain, jos sitä osataan lukea – ja jos lukija muistaa, mitä luku "
                        "ei kerro.</p>"
                    ),
                ),
                ("heading", "Viisi neuvoa tilastojen lukijalle"),
                (
                    "paragraph",
                    (
                        "<p>Nämä viisi neuvoa toistan lähes jokaisella luennollani:</p><ol><li>"
                        "<b>Kysy, keitä luku koskee.</b> Maahanmuuttaneet eivät ole yksi ryhmä. "
                        "Työn, opiskelun, perheen tai kansainvälisen suojelun perusteella "
                        "muuttaneiden tilanteet eroavat toisistaan paljon.</li><li><b>Huomioi "
                        "maassaoloaika.</b> Jos vasta saapuneet ja vuosia Suomessa asuneet "
                        "yhdistetään samaan lukuun, tulos johtaa helposti harhaan. Työllisyys "
                        "kehittyy yleensä vuosien kuluessa.</li><li><b>Erota poikkileikkaus ja "
                        "seuranta.</b> Tiettynä vuonna mitattu tilanne kertoo eri asian kuin saman "
                        "joukon seuraaminen ajan kuluessa.</li><li><b>Katso trendiä, älä "
                        "yksittäistä vuotta.</b> Suhdanteet, lainsäädännön muutokset ja "
                        "tilastointitavat vaikuttavat lukuihin.</li><li><b>Yhdistä numerot "
                        "kokemustietoon.</b> Tilasto kertoo, mitä tapahtuu, mutta harvoin sitä, "
                        "miksi.</li></ol><p>Näistä toinen neuvo unohtuu helpoimmin. Jos kuntaan on "
                        "juuri muuttanut paljon uusia asukkaita, maahanmuuttaneiden työllisyysaste "
                        "voi laskea, vaikka yksikään ihminen ei olisi menettänyt työtään. Luku "
                        "muuttuu, koska joukko muuttuu. Siksi kannattaa aina tarkistaa, onko "
                        "ryhmän koostumus pysynyt samana. Sama pätee kuntien välisiin "
                        "vertailuihin: kahden kunnan luvut eivät ole vertailukelpoisia, jos niiden "
                        "asukkaiden taustat eroavat.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Hyvä kysymys tilastolle ei ole ”mikä on luku?” vaan ”mitä tämä luku "
                            "jättää kertomatta?”"
                        ),
                        "attribution": "Hodan Ali",
                    },
                ),
                ("heading", "Tutkimustieto kuuluu arkeen"),
                (
                    "paragraph",
                    (
                        "<p>Ammattilaisilla on usein arvokasta tietoa, jota tilastot eivät "
                        "tavoita. Kuntien kotoutumistyöntekijät ja järjestöjen työntekijät näkevät "
                        "ilmiöt ennen kuin ne näkyvät rekistereissä. Siksi tutkijoiden ja "
                        "käytännön toimijoiden vuoropuhelu on tärkeää molempiin suuntiin: tutkija "
                        "saa käytännöstä uusia kysymyksiä, ja ammattilainen saa tutkimuksesta "
                        "välineitä oman työnsä arviointiin.</p><p>Kotoutumisen osaamiskeskuksen "
                        "tutkimuswebinaarit, policy brief -koontiartikkelit ja joka neljäs vuosi "
                        "julkaistava kotoutumisen kokonaiskatsaus ovat hyviä paikkoja aloittaa. "
                        "Suosittelen myös, että työyhteisössä luetaan yhdessä yksi tutkimus "
                        "kerrallaan ja pohditaan, mitä se tarkoittaa omassa työssä. Puolen tunnin "
                        "keskustelu kuukaudessa riittää hyvin alkuun.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "knowledge",
                        "caption": (
                            "Tilastojen rinnalle tarvitaan kokemustietoa siitä, miksi luvut "
                            "muuttuvat."
                        ),
                    },
                ),
                ("heading", "Lopuksi"),
                (
                    "paragraph",
                    (
                        "<p>Kun seuraavan kerran näet otsikon, jonka mukaan ”maahanmuuttajien "
                        "työllisyys” on noussut tai laskenut, kysy ensin, keitä luku koskee ja "
                        "mihin sitä verrataan. Luku on aina vastaus johonkin kysymykseen – ja hyvä "
                        "lukija selvittää, mikä se kysymys oli. Yksikin tarkentava kysymys voi "
                        "muuttaa koko keskustelun suunnan.</p><p>Kerro kommenteissa, millaisia "
                        "lukuja sinun työssäsi käytetään ja mitkä niistä ovat aiheuttaneet eniten "
                        "päänvaivaa. Kokoan kysymyksiä seuraavaa tutkimuswebinaaria varten.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>När jag presenterar forskningsresultat för yrkesverksamma inom "
                        "integration får jag ofta frågan: ”Men säger inte medelvärdet allt "
                        "väsentligt?” Nej, det gör det inte. Medelvärdet är ett nyttigt verktyg, "
                        "men det kan också dölja just de skillnader som är orsaken till att "
                        "tjänsterna utvecklas.</p><p>Statistik och registerdata används allt mer i "
                        "uppföljningen av integrationen, och det är bra. Beslut bör fattas på "
                        "basis av kunskap. Men kunskapen är till nytta bara om man kan läsa den – "
                        "och om läsaren kommer ihåg vad siffran inte berättar.</p>"
                    ),
                ),
                ("heading", "Fem råd till den som läser statistik"),
                (
                    "paragraph",
                    (
                        "<p>De här fem råden upprepar jag nästan vid varje föreläsning:</p><ol><li>"
                        "<b>Fråga vem siffran gäller.</b> Invandrare är inte en enda grupp. "
                        "Situationen för dem som flyttat på grund av arbete, studier, familj eller "
                        "internationellt skydd skiljer sig mycket åt.</li><li><b>Beakta "
                        "vistelsetiden.</b> Om nyanlända och personer som bott i Finland i flera "
                        "år slås ihop i samma siffra blir resultatet lätt missvisande. "
                        "Sysselsättningen utvecklas i regel under flera år.</li><li><b>Skilj "
                        "mellan tvärsnitt och uppföljning.</b> Situationen ett visst år säger "
                        "något annat än uppföljningen av samma grupp över tid.</li><li><b>Se på "
                        "trenden, inte på ett enskilt år.</b> Konjunkturer, lagändringar och "
                        "sätten att föra statistik påverkar siffrorna.</li><li><b>Kombinera "
                        "siffrorna med erfarenhetsbaserad kunskap.</b> Statistiken berättar vad "
                        "som händer men sällan varför.</li></ol><p>Det andra rådet är det som "
                        "lättast glöms bort. Om många nya invånare nyss har flyttat till en kommun "
                        "kan sysselsättningsgraden bland invandrare sjunka, fast ingen enda person "
                        "har förlorat sitt arbete. Siffran förändras eftersom gruppen förändras. "
                        "Därför lönar det sig alltid att kontrollera om gruppens sammansättning "
                        "har förblivit densamma. Detsamma gäller jämförelser mellan kommuner: "
                        "siffrorna för två kommuner är inte jämförbara om invånarnas bakgrund "
                        "skiljer sig åt.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "En bra fråga till statistiken är inte ”vad är siffran?” utan ”vad "
                            "berättar siffran inte?”"
                        ),
                        "attribution": "Hodan Ali",
                    },
                ),
                ("heading", "Forskningen hör till vardagen"),
                (
                    "paragraph",
                    (
                        "<p>Yrkesverksamma har ofta värdefull kunskap som statistiken inte fångar. "
                        "Integrationsarbetare i kommunerna och anställda i organisationerna ser "
                        "fenomen innan de syns i registren. Därför är dialogen mellan forskare och "
                        "praktiker viktig i båda riktningarna: forskaren får nya frågor från "
                        "praktiken, och den yrkesverksamma får verktyg från forskningen för att "
                        "bedöma sitt eget arbete.</p><p>Forskningswebbinarierna, de sammanfattande "
                        "policy brief-artiklarna och den integrationsöversikt som kompetenscentret "
                        "för integration av invandrare publicerar vart fjärde år är bra ställen "
                        "att börja på. Jag rekommenderar också att arbetsgemenskapen läser en "
                        "undersökning i taget tillsammans och funderar på vad den betyder i det "
                        "egna arbetet. En halvtimmes diskussion i månaden räcker bra som start.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "knowledge",
                        "caption": (
                            "Vid sidan av statistiken behövs erfarenhetsbaserad kunskap om varför "
                            "siffrorna förändras."
                        ),
                    },
                ),
                ("heading", "Till sist"),
                (
                    "paragraph",
                    (
                        "<p>Nästa gång du ser en rubrik om att ”invandrarnas sysselsättning” har "
                        "stigit eller sjunkit, fråga först vem siffran gäller och vad den jämförs "
                        "med. En siffra är alltid ett svar på en fråga – och en god läsare tar "
                        "reda på vilken frågan var. En enda preciserande fråga kan ändra "
                        "riktningen på hela diskussionen.</p><p>Berätta gärna i kommentarerna "
                        "vilka siffror som används i ditt arbete och vilka av dem som har vållat "
                        "mest huvudbry. Jag samlar frågor inför nästa forskningswebbinarium.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>When I present research findings to integration professionals, I am "
                        "often asked: “But doesn't the average tell you everything that matters?” "
                        "It does not. An average is a useful tool, but it can also hide exactly "
                        "the differences that are the reason services are developed.</p>"
                        "<p>Statistics and register data are increasingly used to monitor "
                        "integration, and that is a good thing. Decisions should be based on "
                        "knowledge. But knowledge is only useful if people know how to read it – "
                        "and if the reader remembers what a figure does not tell.</p>"
                    ),
                ),
                ("heading", "Five tips for reading statistics"),
                (
                    "paragraph",
                    (
                        "<p>I repeat these five pieces of advice at almost every lecture I give:"
                        "</p><ol><li><b>Ask who the figure is about.</b> Immigrants are not a "
                        "single group. The situations of people who moved for work, study, family "
                        "or international protection differ greatly.</li><li><b>Take length of "
                        "residence into account.</b> If recent arrivals and people who have lived "
                        "in Finland for years are combined in one figure, the result is easily "
                        "misleading. Employment usually develops over several years.</li><li>"
                        "<b>Distinguish between snapshots and follow-up.</b> The situation "
                        "measured in a given year tells you something different from following the "
                        "same group over time.</li><li><b>Look at the trend, not a single year."
                        "</b> Economic cycles, changes in legislation and ways of compiling "
                        "statistics all affect the figures.</li><li><b>Combine numbers with "
                        "experience-based knowledge.</b> Statistics tell you what is happening but "
                        "rarely why.</li></ol><p>The second tip is the one most easily forgotten. "
                        "If many new residents have just moved to a municipality, the employment "
                        "rate among immigrants may fall even though not a single person has lost "
                        "their job. The figure changes because the group changes. That is why it "
                        "is always worth checking whether the composition of the group has stayed "
                        "the same. The same applies to comparisons between municipalities: the "
                        "figures for two municipalities are not comparable if their residents' "
                        "backgrounds differ.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A good question to ask of a statistic is not “what is the figure?” "
                            "but “what does this figure leave out?”"
                        ),
                        "attribution": "Hodan Ali",
                    },
                ),
                ("heading", "Research belongs in everyday work"),
                (
                    "paragraph",
                    (
                        "<p>Professionals often have valuable knowledge that statistics do not "
                        "capture. Integration workers in municipalities and NGO staff see "
                        "phenomena before they show up in registers. That is why dialogue between "
                        "researchers and practitioners matters in both directions: researchers get "
                        "new questions from practice, and professionals get tools from research "
                        "for assessing their own work.</p><p>The research webinars and policy "
                        "briefs of the Competence Centre for Integration of Immigrants, and the "
                        "integration overview it publishes every four years, are good places to "
                        "start. I also recommend that work communities read one study at a time "
                        "together and discuss what it means for their own work. Half an hour of "
                        "discussion a month is plenty to begin with.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "knowledge",
                        "caption": (
                            "Statistics need to be complemented by experience-based knowledge of "
                            "why the figures change."
                        ),
                    },
                ),
                ("heading", "Finally"),
                (
                    "paragraph",
                    (
                        "<p>The next time you see a headline saying that “immigrant employment” "
                        "has risen or fallen, first ask who the figure covers and what it is being "
                        "compared with. A figure is always an answer to a question – and a good "
                        "reader finds out what that question was. A single clarifying question can "
                        "change the direction of an entire discussion.</p><p>Tell us in the "
                        "comments which figures are used in your work and which of them have "
                        "caused you the most headaches. I am collecting questions for the next "
                        "research webinar.</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "fi",
                "name": "Kriittinen kansalainen",
                "email": "kansalainen@example.fi",
                "status": "rejected",
                "text": (
                    "Turhaa jargonia ja verorahojen tuhlausta. Kirjoittaisitte mieluummin jotain "
                    "hyödyllistä, tätä blogia ei lue kukaan järkevä ihminen."
                ),
                "replies": [],
            },
            {
                "language": "en",
                "name": "Daniel",
                "email": "daniel@example.org",
                "status": "approved",
                "text": (
                    "Very useful checklist. In our project we are often asked for one number that "
                    "proves the project works. I will share this post with our steering group next "
                    "week."
                ),
                "replies": [
                    {
                        "name": "Hodan Ali",
                        "email": "hodan.ali@example.fi",
                        "status": "approved",
                        "text": (
                            "Thank you, Daniel! Asking for a single number is understandable, but "
                            "describing change over time together with participants' own "
                            "experiences is usually far more convincing."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "language-at-work",
        "date": "2025-11-25",
        "authors": ["elina-heikkinen", "aino-korhonen"],
        "topics": ["language-learning", "employment"],
        "tags": {
            "fi": ["kielitietoisuus", "työpaikat", "suomen kieli"],
            "sv": ["språkmedvetenhet", "arbetsplatser", "finska språket"],
            "en": ["language awareness", "workplaces", "Finnish language"],
        },
        "image": "network",
        "slug": {
            "fi": "kieli-opitaan-tyossa",
            "sv": "spraket-lar-man-sig-pa-jobbet",
            "en": "language-is-learned-at-work",
        },
        "title": {
            "fi": "Kieli opitaan työssä – jos työpaikka antaa siihen tilaa",
            "sv": "Språket lär man sig på jobbet – om arbetsplatsen ger utrymme för det",
            "en": "Language is learned at work – if the workplace makes room for it",
        },
        "summary": {
            "fi": (
                "Kokeilimme Esimerkkilässä, miten työpaikat voivat tukea suomen kielen oppimista. "
                "Tulokset yllättivät meidät molemmat."
            ),
            "sv": (
                "I Esimerkkilä prövade vi hur arbetsplatser kan stödja inlärningen av finska. "
                "Resultaten överraskade oss båda."
            ),
            "en": (
                "In Esimerkkilä we tested how workplaces can support learning Finnish. The results "
                "surprised us both."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kirjoitamme tämän tekstin yhdessä, koska kokeilu syntyi kahden "
                        "näkökulman kohtaamisesta. Kotoutumispalveluissa kuultiin usein, että "
                        "asiakas oli saanut työpaikan, mutta kielitaito ei kehittynyt, koska "
                        "töissä puhuttiin vain englantia tai työtehtävät tehtiin yksin. "
                        "Aikuisopistossa taas nähtiin, että kurssilla opittu kieli jäi "
                        "irralliseksi, jos sitä ei päässyt käyttämään arjessa.</p><p>Alkuvuodesta "
                        "kutsuimme mukaan viisi esimerkkiläistä työpaikkaa: kaksi hoiva-alan "
                        "yksikköä, logistiikkayrityksen, ravintolan ja kaupungin "
                        "kiinteistöpalvelut. Kokeilu kesti kevään ja syksyn, ja nyt on aika koota "
                        "kokemuksia.</p>"
                    ),
                ),
                ("heading", "Mitä kokeilussa tehtiin?"),
                (
                    "paragraph",
                    (
                        "<p>Jokainen työpaikka valitsi itselleen sopivat keinot. Useimmin "
                        "käytettiin näitä:</p><ul><li><b>Kielikaveri.</b> Työkaveri, joka puhuu "
                        "suomea tietoisesti selkeästi ja rohkaisee kysymään.</li><li><b>Työpaikan "
                        "oma sanasto.</b> Tärkeimmät sanat ja fraasit kuvineen taukotilan seinällä "
                        "ja puhelimessa.</li><li><b>Lyhyet oppitunnit työpaikalla.</b> Opettaja "
                        "kävi kerran viikossa puolen tunnin ajan työvuoron yhteydessä.</li><li>"
                        "<b>Esihenkilöiden koulutus.</b> Kaksi tapaamista selkokielestä ja siitä, "
                        "miten ohjeet annetaan ymmärrettävästi.</li></ul><p>Kokeiluun osallistui "
                        "eri-ikäisiä työntekijöitä, joiden suomen kielen taito vaihteli alkeista "
                        "melko sujuvaan. Osa oli käynyt kotoutumiskoulutuksen, osa oli tullut "
                        "Suomeen suoraan työn perässä eikä ollut opiskellut suomea lainkaan. Juuri "
                        "jälkimmäiselle ryhmälle työpaikka on usein ainoa paikka, jossa kieltä voi "
                        "käyttää säännöllisesti. Siksi halusimme tuoda opetuksen sinne, missä "
                        "ihmiset jo ovat.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "En tarvinnut lisää oppitunteja vaan enemmän tilaisuuksia puhua.",
                        "attribution": "Kokeiluun osallistunut hoiva-avustaja",
                    },
                ),
                ("heading", "Mikä yllätti?"),
                (
                    "paragraph",
                    (
                        "<p>Suurin yllätys oli, että muutos alkoi niistä, jotka puhuvat suomea "
                        "äidinkielenään. Kun työkaverit lakkasivat vaihtamasta englantiin "
                        "ensimmäisen epäröinnin kohdalla, kielenoppijat saivat tilaa harjoitella. "
                        "Moni kertoi, että selkeämpi puhe hyödytti koko työyhteisöä, koska ohjeita "
                        "jouduttiin tarkentamaan harvemmin ja väärinkäsityksiä sattui vähemmän.</p>"
                        "<p>Toinen yllätys oli se, miten vähän aikaa toimivat keinot veivät. "
                        "Sanasto laadittiin yhdessä työntekijöiden kanssa parissa tunnissa, eikä "
                        "kielikaverin rooli vaatinut erityistä koulutusta – vain halua ja "
                        "kärsivällisyyttä.</p><p>Kaikki ei sujunut. Vuorotyössä yhteisen ajan "
                        "löytäminen oli vaikeaa, ja yhdessä työpaikassa kielikaveri vaihtui kesken "
                        "kokeilun, eikä uutta saatu heti tilalle. Opimme, että vastuu ei voi olla "
                        "yhden ihmisen varassa. Jatkossa jokaisessa työpaikassa on vähintään kaksi "
                        "kielikaveria.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "network",
                        "caption": (
                            "Työpaikan oma sanasto laadittiin yhdessä työntekijöiden kanssa."
                        ),
                    },
                ),
                ("heading", "Vinkkejä työnantajille"),
                (
                    "paragraph",
                    (
                        "<p>Jos haluat tukea kielen oppimista omalla työpaikallasi, aloita "
                        "pienestä:</p><ol><li>Sopikaa yhdessä, että suomea puhutaan selkeästi ja "
                        "kärsivällisesti – myös kiireessä.</li><li>Kootkaa työn tärkeimmät sanat "
                        "näkyville ja päivittäkää listaa.</li><li>Nimetkää kielikaveri ja hänelle "
                        "varahenkilö.</li><li>Pyytäkää apua. Kunnan kotoutumis- ja "
                        "työllisyyspalvelut sekä oppilaitokset auttavat mielellään.</li></ol>"
                        "<p>Kaksikielisillä alueilla sama pätee ruotsiin. Jaamme kokeilun "
                        "materiaalit Kumppanuusalustan työtilassa ja kerromme niistä lisää kevään "
                        "tapahtumissa. Toivomme, että kokeilu leviää muihinkin kuntiin – kielen "
                        "oppiminen ei lopu kurssin viimeiseen päivään, vaan se jatkuu joka "
                        "työpäivä.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Vi skriver den här texten tillsammans, eftersom försöket föddes när "
                        "två perspektiv möttes. Inom integrationstjänsterna hörde vi ofta att en "
                        "klient hade fått jobb men att språkkunskaperna inte utvecklades, eftersom "
                        "man bara talade engelska på arbetsplatsen eller arbetsuppgifterna sköttes "
                        "ensam. Vid vuxeninstitutet såg vi i sin tur att språket man lärt sig på "
                        "kursen förblev lösryckt om man inte fick använda det i vardagen.</p><p>I "
                        "början av året bjöd vi in fem arbetsplatser i Esimerkkilä: två enheter "
                        "inom vården, ett logistikföretag, en restaurang och stadens "
                        "fastighetstjänster. Försöket pågick under våren och hösten, och nu är det "
                        "dags att samla erfarenheterna.</p>"
                    ),
                ),
                ("heading", "Vad gjorde vi i försöket?"),
                (
                    "paragraph",
                    (
                        "<p>Varje arbetsplats valde de metoder som passade den. Oftast användes "
                        "följande:</p><ul><li><b>Språkkompis.</b> En arbetskamrat som medvetet "
                        "talar tydlig finska och uppmuntrar till att fråga.</li><li>"
                        "<b>Arbetsplatsens egen ordlista.</b> De viktigaste orden och fraserna med "
                        "bilder på väggen i pausrummet och i telefonen.</li><li><b>Korta lektioner "
                        "på arbetsplatsen.</b> Läraren kom en gång i veckan för en halvtimme i "
                        "samband med arbetsskiftet.</li><li><b>Utbildning för chefer.</b> Två "
                        "träffar om lättläst språk och om hur man ger instruktioner som blir "
                        "förstådda.</li></ul><p>I försöket deltog anställda i olika åldrar vars "
                        "kunskaper i finska varierade från nybörjarnivå till ganska flytande. En "
                        "del hade gått integrationsutbildning, andra hade kommit till Finland "
                        "direkt för att arbeta och hade aldrig studerat finska. Särskilt för den "
                        "senare gruppen är arbetsplatsen ofta det enda stället där man regelbundet "
                        "kan använda språket. Därför ville vi föra undervisningen dit där "
                        "människorna redan finns.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "Jag behövde inte fler lektioner utan fler tillfällen att prata.",
                        "attribution": "Vårdbiträde som deltog i försöket",
                    },
                ),
                ("heading", "Vad överraskade oss?"),
                (
                    "paragraph",
                    (
                        "<p>Den största överraskningen var att förändringen började hos dem som "
                        "har finska som modersmål. När arbetskamraterna slutade byta till engelska "
                        "vid första tvekan fick de som lär sig språket utrymme att öva. Många "
                        "berättade att tydligare tal gynnade hela arbetsgemenskapen, eftersom "
                        "instruktioner behövde preciseras mer sällan och det uppstod färre "
                        "missförstånd.</p><p>En annan överraskning var hur lite tid de fungerande "
                        "metoderna krävde. Ordlistan sammanställdes tillsammans med personalen på "
                        "ett par timmar, och rollen som språkkompis krävde ingen särskild "
                        "utbildning – bara vilja och tålamod.</p><p>Allt gick inte smidigt. I "
                        "skiftarbete var det svårt att hitta gemensam tid, och på en arbetsplats "
                        "byttes språkkompisen mitt under försöket utan att någon ersättare fanns "
                        "till hands genast. Vi lärde oss att ansvaret inte kan vila på en enda "
                        "person. I fortsättningen har varje arbetsplats minst två språkkompisar."
                        "</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "network",
                        "caption": (
                            "Arbetsplatsens egen ordlista sammanställdes tillsammans med "
                            "personalen."
                        ),
                    },
                ),
                ("heading", "Tips för arbetsgivare"),
                (
                    "paragraph",
                    (
                        "<p>Om du vill stödja språkinlärningen på din arbetsplats kan du börja i "
                        "liten skala:</p><ol><li>Kom överens om att ni talar finska tydligt och "
                        "med tålamod – också när det är bråttom.</li><li>Sätt upp arbetets "
                        "viktigaste ord synligt och håll listan uppdaterad.</li><li>Utse en "
                        "språkkompis och en ersättare.</li><li>Be om hjälp. Kommunens "
                        "integrations- och sysselsättningstjänster samt läroanstalterna hjälper "
                        "gärna till.</li></ol><p>I tvåspråkiga områden gäller detsamma svenskan. "
                        "Vi delar materialet från försöket i ett arbetsrum på "
                        "Partnerskapsplattformen och berättar mer om det vid vårens evenemang. Vi "
                        "hoppas att försöket sprider sig också till andra kommuner – "
                        "språkinlärningen tar inte slut på kursens sista dag utan fortsätter varje "
                        "arbetsdag.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>We are writing this post together because the pilot grew out of two "
                        "perspectives meeting. In integration services we often heard that a "
                        "client had found a job but their language skills were not developing, "
                        "because only English was spoken at work or the tasks were done alone. At "
                        "the adult education centre, on the other hand, we saw that the language "
                        "learned on a course stayed disconnected if people had no chance to use it "
                        "in everyday life.</p><p>At the beginning of the year we invited five "
                        "workplaces in Esimerkkilä to take part: two care units, a logistics "
                        "company, a restaurant and the city's property services. The pilot ran "
                        "through spring and autumn, and it is now time to gather our experiences."
                        "</p>"
                    ),
                ),
                ("heading", "What did the pilot involve?"),
                (
                    "paragraph",
                    (
                        "<p>Each workplace chose the methods that suited it. These were used most "
                        "often:</p><ul><li><b>Language buddy.</b> A colleague who consciously "
                        "speaks clear Finnish and encourages questions.</li><li><b>The workplace's "
                        "own vocabulary.</b> The most important words and phrases, with pictures, "
                        "on the break-room wall and on phones.</li><li><b>Short lessons at the "
                        "workplace.</b> A teacher visited once a week for half an hour during the "
                        "shift.</li><li><b>Training for supervisors.</b> Two sessions on plain "
                        "language and on giving instructions that people understand.</li></ul>"
                        "<p>The participants were employees of different ages whose Finnish ranged "
                        "from beginner level to fairly fluent. Some had completed integration "
                        "training, while others had come to Finland directly for work and had "
                        "never studied Finnish at all. For the latter group especially, the "
                        "workplace is often the only place where they can use the language "
                        "regularly. That is why we wanted to bring teaching to where people "
                        "already are.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": "I didn't need more lessons – I needed more chances to speak.",
                        "attribution": "Care assistant who took part in the pilot",
                    },
                ),
                ("heading", "What surprised us?"),
                (
                    "paragraph",
                    (
                        "<p>The biggest surprise was that change started with native Finnish "
                        "speakers. When colleagues stopped switching to English at the first "
                        "hesitation, language learners got room to practise. Many said that "
                        "clearer speech benefited the whole work community, because instructions "
                        "needed clarifying less often and there were fewer misunderstandings.</p>"
                        "<p>Another surprise was how little time the effective methods took. The "
                        "vocabulary was put together with the staff in a couple of hours, and the "
                        "language buddy role needed no special training – just willingness and "
                        "patience.</p><p>Not everything went smoothly. In shift work it was hard "
                        "to find shared time, and at one workplace the language buddy changed in "
                        "the middle of the pilot and no replacement was found straight away. We "
                        "learned that responsibility cannot rest on one person. From now on, each "
                        "workplace will have at least two language buddies.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "network",
                        "caption": (
                            "The workplace's own vocabulary was compiled together with the staff."
                        ),
                    },
                ),
                ("heading", "Tips for employers"),
                (
                    "paragraph",
                    (
                        "<p>If you want to support language learning at your workplace, start "
                        "small:</p><ol><li>Agree together to speak Finnish clearly and patiently – "
                        "even when you are busy.</li><li>Put the most important words for the job "
                        "on display and keep the list up to date.</li><li>Name a language buddy "
                        "and a stand-in.</li><li>Ask for help. Municipal integration and "
                        "employment services and educational institutions are happy to assist.</li>"
                        "</ol><p>In bilingual areas the same applies to Swedish. We are sharing "
                        "the pilot's materials in a workspace on the Partnership Platform and will "
                        "tell you more about them at events in the spring. We hope the pilot will "
                        "spread to other municipalities too – language learning does not end on "
                        "the last day of a course but continues every working day.</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "fi",
                "name": "Jari",
                "email": "jari@example.fi",
                "status": "approved",
                "text": (
                    "Logistiikka-alan esihenkilönä allekirjoitan tämän. Meillä sanasto on nyt "
                    "kolmella kielellä, ja uudet työntekijät käyttävät sitä enemmän kuin "
                    "perehdytyskansiota."
                ),
                "replies": [],
            },
            {
                "language": "fi",
                "name": "Aleksi",
                "email": "aleksi@example.fi",
                "status": "pending",
                "text": (
                    "Onko kokeilusta tulossa raporttia? Haluaisin esitellä tulokset oman kuntamme "
                    "työllisyyspalveluissa. Lisätietoja hankkeestamme: "
                    "https://tyollisyys.example.fi/kielikaveri"
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "migrant-led-organisations",
        "date": "2026-01-28",
        "authors": ["mikael-lindqvist", "hodan-ali"],
        "topics": ["partnership", "research"],
        "tags": {
            "fi": ["maahanmuuttaneiden järjestöt", "osallisuus", "kumppanuus"],
            "sv": ["invandrarorganisationer", "delaktighet", "partnerskap"],
            "en": ["migrant-led organisations", "participation", "partnership"],
        },
        "image": "partnership",
        "slug": {
            "fi": "maahanmuuttaneiden-jarjestot-kumppaneina",
            "sv": "invandrarorganisationer-som-partner",
            "en": "migrant-led-organisations-as-partners",
        },
        "title": {
            "fi": "Maahanmuuttaneiden järjestöt ovat kumppaneita, eivät vain kohderyhmä",
            "sv": "Invandrarnas organisationer är partner, inte bara en målgrupp",
            "en": "Migrant-led organisations are partners, not just a target group",
        },
        "summary": {
            "fi": (
                "Maahanmuuttaneiden omat järjestöt tavoitetaan kotoutumistyössä yhä heikosti. "
                "Järjestötyöntekijä ja tutkija pohtivat, mistä se johtuu ja mikä auttaisi."
            ),
            "sv": (
                "Invandrarnas egna organisationer nås fortfarande dåligt i integrationsarbetet. En "
                "organisationsanställd och en forskare funderar på varför och vad som skulle "
                "hjälpa."
            ),
            "en": (
                "Immigrants' own organisations are still poorly reached in integration work. An "
                "NGO practitioner and a researcher reflect on why, and on what would help."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen kentällä puhutaan paljon osallisuudesta, mutta "
                        "maahanmuuttaneiden omat järjestöt ovat yhä liian usein mukana vain "
                        "kohderyhmänä: niille kerrotaan palveluista, niitä pyydetään levittämään "
                        "tietoa ja niiden jäseniä kutsutaan osallistujiksi. Harvemmin ne istuvat "
                        "pöydän ääressä silloin, kun toimintaa suunnitellaan ja rahoitusta haetaan."
                        "</p><p>Kirjoitamme tämän yhdessä, koska olemme tarkastelleet samaa asiaa "
                        "eri suunnista: Mikael järjestön arjessa ja Hodan tutkimuksen kautta. "
                        "Havaintomme ovat yllättävän samanlaisia.</p>"
                    ),
                ),
                ("heading", "Miksi yhteistyö jää ohueksi?"),
                (
                    "paragraph",
                    (
                        "<p>Jo Kumppanuusbaron vastauksissa toivottiin, että kumppanuustyö "
                        "tavoittaisi paremmin maahanmuuttaneiden omat järjestöt. Keskusteluissa "
                        "järjestöjen kanssa olemme tunnistaneet useita syitä sille, miksi näin ei "
                        "vielä tapahdu:</p><ul><li>Moni järjestö toimii kokonaan "
                        "vapaaehtoisvoimin, eikä sillä ole palkattua henkilöstöä.</li>"
                        "<li>Kokoukset pidetään virka-aikaan, jolloin vapaaehtoiset ovat omissa "
                        "töissään.</li><li>Kutsut ja materiaalit ovat usein vain suomeksi ja "
                        "hallinnon kielellä.</li><li>Rahoitushakemukset ovat monimutkaisia, ja "
                        "kilpailu pienistä avustuksista on kovaa.</li><li>Järjestöjä pyydetään "
                        "jakamaan asiantuntemustaan ilman korvausta.</li></ul><p>Yksikään näistä "
                        "esteistä ei johdu järjestöjen kiinnostuksen puutteesta. Ne johtuvat "
                        "rakenteista, jotka on suunniteltu suurten organisaatioiden ja palkattujen "
                        "työntekijöiden tarpeisiin. Siksi myös ratkaisujen pitää löytyä "
                        "rakenteista.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Meitä kutsutaan usein kertomaan yhteisömme tarpeista. Toivoisin, että "
                            "meiltä kysyttäisiin myös, miten ratkaisisimme ne."
                        ),
                        "attribution": "Maahanmuuttaneiden perustaman yhdistyksen puheenjohtaja",
                    },
                ),
                ("heading", "Mikä auttaa?"),
                (
                    "paragraph",
                    (
                        "<p>Hyviä esimerkkejä on jo olemassa. Toimivissa kumppanuuksissa yhteistä "
                        "on se, että valta ja vastuu jaetaan jo alussa. Käytännössä tämä "
                        "tarkoittaa esimerkiksi sitä, että</p><ul><li>järjestö on mukana "
                        "suunnittelemassa hanketta eikä vain toteuttamassa sitä</li><li>järjestön "
                        "asiantuntemuksesta maksetaan samoin kuin muidenkin asiantuntijoiden</li>"
                        "<li>tapaamisia järjestetään myös iltaisin ja verkossa</li><li>kokeneemmat "
                        "järjestöt tai kunnat tukevat rahoitushakemusten tekemisessä.</li></ul>"
                        "<p>Kumppanuusohjelman strategiassa todetaan, että moninaisuus on normi. "
                        "Lause on hyvä, mutta se myös velvoittaa: moninaisuuden pitää näkyä siinä, "
                        "kuka tekee päätöksiä.</p><p>Yksi esimerkki omasta verkostostamme: kun "
                        "suunnittelimme kunnan kanssa vanhemmille suunnattua tilaisuussarjaa, "
                        "pyysimme kahta maahanmuuttaneiden perustamaa yhdistystä mukaan jo "
                        "ensimmäiseen palaveriin. Ne ehdottivat, että tilaisuudet pidetään "
                        "lauantaisin ja että lapsille järjestetään samaan aikaan omaa ohjelmaa. "
                        "Osallistujia tuli moninkertaisesti aiempaan verrattuna, ja yhdistykset "
                        "saivat työstään korvauksen.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "partnership",
                        "caption": (
                            "Kumppanuudessa valta ja vastuu jaetaan jo suunnitteluvaiheessa."
                        ),
                    },
                ),
                ("heading", "Kutsu kumppaniksi, ei vieraaksi"),
                (
                    "paragraph",
                    (
                        "<p>Ehdotamme yksinkertaista testiä. Kun seuraavan kerran suunnittelet "
                        "tilaisuutta, hanketta tai kyselyä, kysy: onko maahanmuuttaneiden järjestö "
                        "mukana jo nyt, vai kutsummeko sen vasta, kun kaikki on valmista? Jos "
                        "vastaus on jälkimmäinen, vielä ehtii muuttaa suuntaa. Kumppanuus ei synny "
                        "yhdestä kutsusta, vaan se rakentuu luottamuksesta, joka kasvaa, kun "
                        "lupaukset pidetään ja yhteistyöstä on hyötyä molemmille osapuolille.</p>"
                        "<p>Kumppanuusalustan yhteyshenkilöhaulla voi etsiä järjestöjä omalta "
                        "alueeltaan, ja ELY-keskusten alueelliset koordinaattorit auttavat "
                        "löytämään yhteyshenkilöitä. Ensimmäinen askel voi olla niinkin pieni kuin "
                        "puhelu ja kysymys: mitä teille kuuluu, ja mitä haluaisitte tehdä yhdessä?"
                        "</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Inom integrationsfältet talas det mycket om delaktighet, men "
                        "invandrarnas egna organisationer är fortfarande alltför ofta med endast "
                        "som målgrupp: de får information om tjänster, de ombeds sprida "
                        "information och deras medlemmar bjuds in som deltagare. Mer sällan sitter "
                        "de vid bordet när verksamheten planeras och finansiering söks.</p><p>Vi "
                        "skriver den här texten tillsammans, eftersom vi har granskat samma fråga "
                        "från olika håll: Mikael i organisationens vardag och Hodan genom "
                        "forskningen. Våra iakttagelser är förvånansvärt lika.</p>"
                    ),
                ),
                ("heading", "Varför blir samarbetet tunt?"),
                (
                    "paragraph",
                    (
                        "<p>Redan i svaren på Kumppanuusbaro önskade man att partnerskapsarbetet "
                        "bättre skulle nå invandrarnas egna organisationer. I diskussioner med "
                        "organisationerna har vi identifierat flera orsaker till att det ännu inte "
                        "sker:</p><ul><li>Många organisationer drivs helt av frivilliga och har "
                        "ingen avlönad personal.</li><li>Möten hålls under tjänstetid, då de "
                        "frivilliga är på sina egna arbeten.</li><li>Inbjudningar och material "
                        "finns ofta bara på finska och på förvaltningsspråk.</li>"
                        "<li>Finansieringsansökningarna är komplicerade, och konkurrensen om små "
                        "understöd är hård.</li><li>Organisationerna ombeds dela med sig av sin "
                        "sakkunskap utan ersättning.</li></ul><p>Inget av dessa hinder beror på "
                        "att organisationerna saknar intresse. De beror på strukturer som har "
                        "planerats utifrån behoven hos stora organisationer och avlönad personal. "
                        "Därför måste också lösningarna sökas i strukturerna.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Vi bjuds ofta in för att berätta om vår gemenskaps behov. Jag önskar "
                            "att man också frågade oss hur vi skulle lösa dem."
                        ),
                        "attribution": "Ordförande för en förening som grundats av invandrare",
                    },
                ),
                ("heading", "Vad hjälper?"),
                (
                    "paragraph",
                    (
                        "<p>Det finns redan goda exempel. Det gemensamma för fungerande "
                        "partnerskap är att makt och ansvar delas redan från början. I praktiken "
                        "innebär det till exempel att</p><ul><li>organisationen är med och "
                        "planerar projektet och inte bara genomför det</li><li>organisationens "
                        "sakkunskap ersätts på samma sätt som andra sakkunnigas</li><li>möten "
                        "ordnas också på kvällar och på nätet</li><li>mer erfarna organisationer "
                        "eller kommuner stöder arbetet med finansieringsansökningar.</li></ul><p>I "
                        "partnerskapsprogrammets strategi konstateras att mångfald är normen. "
                        "Meningen är bra, men den förpliktar också: mångfalden ska synas i vem som "
                        "fattar besluten.</p><p>Ett exempel från vårt eget nätverk: när vi "
                        "tillsammans med kommunen planerade en serie evenemang för föräldrar bad "
                        "vi två föreningar som grundats av invandrare att vara med redan från det "
                        "första mötet. De föreslog att evenemangen skulle hållas på lördagar och "
                        "att barnen samtidigt skulle få ett eget program. Det kom många gånger "
                        "fler deltagare än tidigare, och föreningarna fick ersättning för sitt "
                        "arbete.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "partnership",
                        "caption": (
                            "I ett partnerskap delas makt och ansvar redan i planeringsskedet."
                        ),
                    },
                ),
                ("heading", "Bjud in som partner, inte som gäst"),
                (
                    "paragraph",
                    (
                        "<p>Vi föreslår ett enkelt test. Nästa gång du planerar ett evenemang, ett "
                        "projekt eller en enkät, fråga: är en invandrarorganisation med redan nu, "
                        "eller bjuder vi in den först när allt är klart? Om svaret är det senare "
                        "finns det ännu tid att ändra kurs. Partnerskap uppstår inte av en enda "
                        "inbjudan utan bygger på förtroende, som växer när löften hålls och "
                        "samarbetet gagnar båda parterna.</p><p>Med kontaktpersonsökningen på "
                        "Partnerskapsplattformen kan du söka organisationer i din egen region, och "
                        "NTM-centralernas regionala koordinatorer hjälper till att hitta "
                        "kontaktpersoner. Det första steget kan vara så litet som ett "
                        "telefonsamtal och frågan: hur står det till hos er, och vad skulle ni "
                        "vilja göra tillsammans?</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>There is a lot of talk about participation in the integration field, "
                        "but immigrants' own organisations are still far too often involved only "
                        "as a target group: they are told about services, asked to spread "
                        "information, and their members are invited as participants. Less often do "
                        "they have a seat at the table when activities are planned and funding is "
                        "applied for.</p><p>We are writing this together because we have looked at "
                        "the same issue from different directions: Mikael in the everyday life of "
                        "an NGO and Hodan through research. Our observations are surprisingly "
                        "similar.</p>"
                    ),
                ),
                ("heading", "Why does cooperation remain thin?"),
                (
                    "paragraph",
                    (
                        "<p>Respondents to the Kumppanuusbaro survey already hoped that "
                        "partnership work would better reach immigrants' own organisations. In "
                        "discussions with these organisations, we have identified several reasons "
                        "why this is not yet happening:</p><ul><li>Many organisations run entirely "
                        "on volunteers and have no paid staff.</li><li>Meetings are held during "
                        "office hours, when volunteers are at their own jobs.</li><li>Invitations "
                        "and materials are often only in Finnish and in administrative language."
                        "</li><li>Funding applications are complicated, and competition for small "
                        "grants is tough.</li><li>Organisations are asked to share their expertise "
                        "without compensation.</li></ul><p>None of these barriers is due to a lack "
                        "of interest on the organisations' part. They stem from structures "
                        "designed around the needs of large organisations and paid staff. That is "
                        "why the solutions must also be found in the structures.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We are often invited to talk about our community's needs. I wish we "
                            "were also asked how we would solve them."
                        ),
                        "attribution": "Chair of an association founded by immigrants",
                    },
                ),
                ("heading", "What helps?"),
                (
                    "paragraph",
                    (
                        "<p>Good examples already exist. What working partnerships have in common "
                        "is that power and responsibility are shared from the start. In practice "
                        "this means, for example, that</p><ul><li>the organisation helps plan the "
                        "project rather than only carrying it out</li><li>the organisation's "
                        "expertise is paid for in the same way as that of other experts</li>"
                        "<li>meetings are also held in the evenings and online</li><li>more "
                        "experienced NGOs or municipalities support the preparation of funding "
                        "applications.</li></ul><p>The partnership programme's strategy states "
                        "that diversity is the norm. It is a good sentence, but it also carries an "
                        "obligation: diversity must show in who makes the decisions.</p><p>One "
                        "example from our own network: when we planned a series of events for "
                        "parents with the municipality, we asked two associations founded by "
                        "immigrants to join from the very first meeting. They suggested holding "
                        "the events on Saturdays and organising a programme for the children at "
                        "the same time. Many times more participants came than before, and the "
                        "associations were paid for their work.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "partnership",
                        "caption": (
                            "In a partnership, power and responsibility are shared from the "
                            "planning stage."
                        ),
                    },
                ),
                ("heading", "Invite them as partners, not guests"),
                (
                    "paragraph",
                    (
                        "<p>We suggest a simple test. The next time you plan an event, a project "
                        "or a survey, ask yourself: is a migrant-led organisation already "
                        "involved, or will we invite it only when everything is ready? If the "
                        "answer is the latter, there is still time to change course. Partnership "
                        "does not come from a single invitation; it is built on trust, which grows "
                        "when promises are kept and cooperation benefits both sides.</p><p>The "
                        "contact-person search on the Partnership Platform lets you find "
                        "organisations in your own region, and the regional coordinators in the "
                        "ELY centres can help you find contact persons. The first step can be as "
                        "small as a phone call and a question: how are things with you, and what "
                        "would you like to do together?</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "en",
                "name": "Amina",
                "email": "amina@example.org",
                "status": "approved",
                "text": (
                    "Thank you for this. I chair a small women's association, and we are often "
                    "asked to share our networks but never offered anything in return. The point "
                    "about paying for expertise is so important."
                ),
                "replies": [],
            },
            {
                "language": "en",
                "name": "Crypto Wealth Club",
                "email": "invest@example.org",
                "status": "spam",
                "text": (
                    "Make 5000 EUR per week from home with our AI trading robot!!! No experience "
                    "needed. Join now at https://crypto-wealth.example.org/join, claim your bonus "
                    "at https://bonus.example.org and reserve one of the last places at "
                    "https://signup.example.org"
                ),
                "replies": [],
            },
            {
                "language": "fi",
                "name": "Mohamed",
                "email": "mohamed.h@example.fi",
                "status": "pending",
                "text": (
                    "Hyvä kirjoitus. Voisiko kumppanuusohjelma koota listan rahoittajista, jotka "
                    "tukevat pienten järjestöjen perustoimintaa eikä vain hankkeita?"
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "funding-info-lessons",
        "date": "2026-02-18",
        "authors": ["samir-haddad"],
        "topics": ["partnership", "municipalities"],
        "tags": {
            "fi": ["rahoitus", "rahoitusinfot", "kumppanuusohjelma"],
            "sv": ["finansiering", "finansieringsinfo", "partnerskapsprogrammet"],
            "en": ["funding", "information sessions", "partnership programme"],
        },
        "image": "strategy",
        "slug": {
            "fi": "rahoitusinfoista-opittua",
            "sv": "lardomar-fran-finansieringsinfona",
            "en": "lessons-from-the-funding-sessions",
        },
        "title": {
            "fi": "Kumppanuus tarvitsee myös rahoitusta – havaintoja rahoitusinfoista",
            "sv": "Partnerskap behöver också finansiering – iakttagelser från finansieringsinfona",
            "en": (
                "Partnerships need funding too – observations from the funding information sessions"
            ),
        },
        "summary": {
            "fi": (
                "Kumppanuusohjelman rahoitusinfoissa on käsitelty pohjoismaista yhteistyötä ja "
                "Leader-rahoitusta. Kokosin osallistujien kysymykset ja muutaman neuvon hakijoille."
            ),
            "sv": (
                "Partnerskapsprogrammets finansieringsinfon har behandlat nordiskt samarbete och "
                "Leader-finansiering. Jag har samlat deltagarnas frågor och några råd till sökande."
            ),
            "en": (
                "The partnership programme's funding information sessions have covered Nordic "
                "cooperation and Leader funding. I have collected participants' questions and a "
                "few tips for applicants."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kumppanuusohjelman strategiassa vuosille 2025–2026 luvattiin "
                        "rahoitusinfoja kaksi kertaa vuodessa. Ensimmäinen pidettiin syyskuussa "
                        "2025, ja sen aiheina olivat pohjoismainen yhteistyö ja "
                        "rahoitusmahdollisuudet. Alkuvuoden 2026 infossa käsiteltiin muun muassa "
                        "Leader-rahoitusta, joka on monelle kotoutumisen toimijalle vielä vieras "
                        "mahdollisuus, vaikka paikalliset toimintaryhmät rahoittavat myös "
                        "yhteisöllisiä hankkeita.</p><p>Tilaisuuksiin osallistui kuntien, "
                        "järjestöjen, hankkeiden ja oppilaitosten edustajia eri puolilta Suomea. "
                        "Olin mukana molemmissa tilaisuuksissa. Kokosin tähän kysymyksiä, jotka "
                        "toistuivat, sekä muutaman havainnon, joista voi olla hyötyä hakemusta "
                        "suunnittelevalle.</p>"
                    ),
                ),
                ("heading", "Osallistujien kysymykset"),
                (
                    "paragraph",
                    (
                        "<p>Eniten kysyttiin kolmesta asiasta:</p><ol><li><b>Voivatko kunta ja "
                        "järjestö hakea yhdessä?</b> Usein voivat, mutta ehdot vaihtelevat "
                        "rahoittajittain. Roolit ja vastuut kannattaa sopia kirjallisesti jo ennen "
                        "hakemuksen jättämistä.</li><li><b>Miten toiminta jatkuu hankkeen jälkeen?"
                        "</b> Tämä on kysymyksistä vaikein. Rahoittajat arvostavat hakemuksia, "
                        "joissa jatkuvuutta on mietitty alusta asti.</li><li><b>Mistä löytää "
                        "kumppanin?</b> Tässä kumppanuusohjelma voi auttaa: ELY-keskusten "
                        "alueelliset koordinaattorit tuntevat alueensa toimijat, ja "
                        "Kumppanuusalustan yhteyshenkilöhaulla voi etsiä yhteistyökumppania koko "
                        "maasta.</li></ol><p>Kysymyksistä näkyi myös huoli. Moni pieni järjestö "
                        "kertoi, ettei sillä ole aikaa tai osaamista laajan hakemuksen "
                        "kirjoittamiseen ja että hankkeen hallinnointi tuntuu raskaalta. Tähän ei "
                        "ole yhtä ratkaisua, mutta kokeneempi kumppani voi ottaa päävastuun "
                        "hallinnoinnista, jolloin pienempi järjestö voi keskittyä siihen, missä se "
                        "on vahvimmillaan: kohtaamiseen ja luottamuksen rakentamiseen omassa "
                        "yhteisössään.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Hyvä kumppanuus ei synny hakemusta kirjoittaessa. Se on olemassa jo "
                            "ennen sitä."
                        ),
                        "attribution": "Osallistujan kommentti rahoitusinfossa",
                    },
                ),
                ("heading", "Neljä neuvoa hakijalle"),
                (
                    "paragraph",
                    (
                        "<p>Rahoittajien puheenvuoroista ja osallistujien kokemuksista nousi "
                        "muutama yhteinen viesti:</p><ul><li><b>Aloita ajoissa.</b> Hyvän "
                        "yhteistyön suunnittelu vie viikkoja, ei päiviä.</li><li><b>Kerro, mitä "
                        "kumppani tuo mukanaan.</b> Pelkkä nimi hakemuksessa ei riitä, vaan "
                        "rahoittaja haluaa tietää, mitä kukin osapuoli tekee.</li><li><b>Ajattele "
                        "rakenteita, ei vain hankkeita.</b> Mikä jää elämään, kun rahoitus päättyy?"
                        "</li><li><b>Kysy neuvoa.</b> Rahoittajat vastaavat mielellään kysymyksiin "
                        "jo valmisteluvaiheessa.</li></ul><p>Moni osallistuja kertoi, että "
                        "pohjoismaiset esimerkit avasivat silmiä. Naapurimaissa on kokemusta "
                        "pitkäkestoisista kumppanuuksista, joissa järjestö ja kunta sopivat "
                        "yhteistyöstä useaksi vuodeksi kerrallaan. Tällaisia malleja kannattaa "
                        "tutkia myös Suomessa. Rahoittajat muistuttivat lisäksi, että hyvä hakemus "
                        "on kirjoitettu selkeästi: kun arvioija ymmärtää heti, mitä haetaan ja "
                        "miksi, hakemus erottuu edukseen.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "strategy",
                        "caption": (
                            "Rahoitusinfoissa esitellään kumppanuuksia mahdollistavia "
                            "rahoitusmalleja kaksi kertaa vuodessa."
                        ),
                    },
                ),
                ("heading", "Mitä seuraavaksi?"),
                (
                    "paragraph",
                    (
                        "<p>Seuraavien infojen aiheita suunnitellaan parhaillaan. Strategiaa "
                        "varten tehdyissä kuulemisissa toivottiin erityisesti tietoa "
                        "rahoitusmalleista, jotka mahdollistavat pitkäjänteisen yhteistyön eivätkä "
                        "perustu vain kertaluonteisiin avustuksiin. Infojen tallenteet ja "
                        "materiaalit julkaistaan Kumppanuusalustalla kumppanuusohjelman "
                        "työtilassa, joten niihin voi palata silloin, kun oma hakemus on "
                        "ajankohtainen.</p><p>Jos sinulla on aihe-ehdotus, lähetä se osoitteeseen "
                        "kumppanuusohjelma@example.fi – tai kerro siitä oman alueesi "
                        "koordinaattorille. Parhaat aiheet tulevat usein niiltä, jotka tekevät "
                        "kumppanuustyötä arjessaan.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>I strategin för partnerskapsprogrammet 2025–2026 utlovades "
                        "finansieringsinfon två gånger per år. Det första hölls i september 2025, "
                        "och temat var nordiskt samarbete och finansieringsmöjligheter. Vid infot "
                        "i början av 2026 behandlades bland annat Leader-finansiering, som ännu är "
                        "en obekant möjlighet för många aktörer inom integration, trots att de "
                        "lokala aktionsgrupperna också finansierar gemenskapsprojekt.</p><p>I "
                        "tillfällena deltog företrädare för kommuner, organisationer, projekt och "
                        "läroanstalter från olika delar av Finland. Jag deltog själv i båda. Här "
                        "har jag samlat frågor som återkom och några iakttagelser som kan vara "
                        "till nytta för den som planerar en ansökan.</p>"
                    ),
                ),
                ("heading", "Deltagarnas frågor"),
                (
                    "paragraph",
                    (
                        "<p>Mest frågade man om tre saker:</p><ol><li><b>Kan en kommun och en "
                        "organisation ansöka tillsammans?</b> Ofta kan de det, men villkoren "
                        "varierar mellan finansiärerna. Det lönar sig att avtala skriftligt om "
                        "roller och ansvar redan innan ansökan lämnas in.</li><li><b>Hur "
                        "fortsätter verksamheten efter projektet?</b> Det är den svåraste frågan. "
                        "Finansiärerna uppskattar ansökningar där man har funderat på "
                        "kontinuiteten ända från början.</li><li><b>Var hittar man en partner?</b> "
                        "Här kan partnerskapsprogrammet hjälpa: NTM-centralernas regionala "
                        "koordinatorer känner aktörerna i sin region, och med "
                        "kontaktpersonsökningen på Partnerskapsplattformen kan man söka "
                        "samarbetspartner i hela landet.</li></ol><p>Frågorna visade också på oro. "
                        "Många små organisationer berättade att de inte har tid eller kunskap att "
                        "skriva en omfattande ansökan och att administrationen av ett projekt "
                        "känns tung. Det finns ingen enskild lösning på detta, men en mer erfaren "
                        "partner kan ta huvudansvaret för administrationen, så att den mindre "
                        "organisationen kan koncentrera sig på det som den är bäst på: att möta "
                        "människor och bygga förtroende i sin egen gemenskap.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ett gott partnerskap uppstår inte när man skriver ansökan. Det finns "
                            "redan innan dess."
                        ),
                        "attribution": "En deltagares kommentar vid finansieringsinfot",
                    },
                ),
                ("heading", "Fyra råd till den som söker"),
                (
                    "paragraph",
                    (
                        "<p>Ur finansiärernas anföranden och deltagarnas erfarenheter framträdde "
                        "några gemensamma budskap:</p><ul><li><b>Börja i tid.</b> Att planera ett "
                        "gott samarbete tar veckor, inte dagar.</li><li><b>Berätta vad partnern "
                        "bidrar med.</b> Det räcker inte med ett namn i ansökan, utan finansiären "
                        "vill veta vad varje part gör.</li><li><b>Tänk på strukturer, inte bara "
                        "projekt.</b> Vad lever kvar när finansieringen tar slut?</li><li><b>Be om "
                        "råd.</b> Finansiärerna svarar gärna på frågor redan i beredningsskedet."
                        "</li></ul><p>Många deltagare berättade att de nordiska exemplen var en "
                        "ögonöppnare. I grannländerna finns erfarenhet av långvariga partnerskap "
                        "där en organisation och en kommun avtalar om samarbete för flera år åt "
                        "gången. Sådana modeller är värda att undersöka också i Finland. "
                        "Finansiärerna påminde dessutom om att en bra ansökan är tydligt skriven: "
                        "när bedömaren genast förstår vad som söks och varför, sticker ansökan ut "
                        "positivt.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "strategy",
                        "caption": (
                            "Vid finansieringsinfona presenteras två gånger per år "
                            "finansieringsmodeller som möjliggör partnerskap."
                        ),
                    },
                ),
                ("heading", "Vad händer härnäst?"),
                (
                    "paragraph",
                    (
                        "<p>Teman för de kommande infona planeras som bäst. Vid hörandena inför "
                        "strategin önskade man särskilt information om finansieringsmodeller som "
                        "möjliggör långsiktigt samarbete och inte bara bygger på engångsunderstöd. "
                        "Inspelningar och material från infona publiceras i "
                        "partnerskapsprogrammets arbetsrum på Partnerskapsplattformen, så att man "
                        "kan återkomma till dem när den egna ansökan blir aktuell.</p><p>Om du har "
                        "förslag på teman kan du skicka dem till kumppanuusohjelma@example.fi – "
                        "eller berätta om dem för koordinatorn i din region. De bästa temana "
                        "kommer ofta från dem som arbetar med partnerskap i sin vardag.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The partnership programme's strategy for 2025–2026 promised funding "
                        "information sessions twice a year. The first was held in September 2025 "
                        "on Nordic cooperation and funding opportunities. The session in early "
                        "2026 covered, among other things, Leader funding, which is still an "
                        "unfamiliar option for many integration actors even though local action "
                        "groups also fund community projects.</p><p>Participants included "
                        "representatives of municipalities, NGOs, projects and educational "
                        "institutions from different parts of Finland. I attended both sessions "
                        "myself. Here I have gathered the questions that kept coming up and a few "
                        "observations that may help anyone planning an application.</p>"
                    ),
                ),
                ("heading", "Participants' questions"),
                (
                    "paragraph",
                    (
                        "<p>Three questions came up most often:</p><ol><li><b>Can a municipality "
                        "and an NGO apply together?</b> Often they can, but the conditions vary "
                        "from funder to funder. It is worth agreeing on roles and responsibilities "
                        "in writing before submitting the application.</li><li><b>How will the "
                        "activity continue after the project?</b> This is the hardest question. "
                        "Funders value applications in which continuity has been considered from "
                        "the start.</li><li><b>Where can I find a partner?</b> This is where the "
                        "partnership programme can help: the regional coordinators in the ELY "
                        "centres know the actors in their region, and the contact-person search on "
                        "the Partnership Platform lets you look for partners across the country."
                        "</li></ol><p>The questions also revealed concern. Many small NGOs said "
                        "they lack the time or know-how to write an extensive application, and "
                        "that administering a project feels heavy. There is no single solution, "
                        "but a more experienced partner can take the lead on administration, "
                        "leaving the smaller organisation free to focus on what it does best: "
                        "meeting people and building trust in its own community.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "A good partnership is not born while writing an application. It "
                            "exists before that."
                        ),
                        "attribution": "A participant's comment at a funding information session",
                    },
                ),
                ("heading", "Four tips for applicants"),
                (
                    "paragraph",
                    (
                        "<p>A few shared messages emerged from the funders' presentations and "
                        "participants' experiences:</p><ul><li><b>Start early.</b> Planning good "
                        "cooperation takes weeks, not days.</li><li><b>Explain what your partner "
                        "brings.</b> A name in the application is not enough; the funder wants to "
                        "know what each party will do.</li><li><b>Think in terms of structures, "
                        "not just projects.</b> What will live on when the funding ends?</li><li>"
                        "<b>Ask for advice.</b> Funders are happy to answer questions while you "
                        "are still preparing.</li></ul><p>Many participants said the Nordic "
                        "examples were an eye-opener. Neighbouring countries have experience of "
                        "long-term partnerships in which an NGO and a municipality agree on "
                        "cooperation for several years at a time. Models like these are worth "
                        "exploring in Finland, too. Funders also reminded participants that a good "
                        "application is clearly written: when the assessor understands straight "
                        "away what is being applied for and why, the application stands out.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "strategy",
                        "caption": (
                            "Twice a year, the funding information sessions present funding models "
                            "that make partnerships possible."
                        ),
                    },
                ),
                ("heading", "What next?"),
                (
                    "paragraph",
                    (
                        "<p>Topics for the next sessions are being planned right now. In the "
                        "consultations held for the strategy, people especially asked for "
                        "information on funding models that enable long-term cooperation rather "
                        "than relying only on one-off grants. Recordings and materials from the "
                        "sessions are published in the partnership programme's workspace on the "
                        "Partnership Platform, so you can return to them when your own application "
                        "becomes topical.</p><p>If you have a topic to suggest, send it to "
                        "kumppanuusohjelma@example.fi – or tell the coordinator in your region. "
                        "The best topics often come from people who do partnership work every day."
                        "</p>"
                    ),
                ),
            ],
        },
        "comments": [],
    },
    {
        "key": "turning-eighteen",
        "date": "2026-09-15",
        "authors": ["johan-sjoberg"],
        "topics": ["reception", "employment"],
        "tags": {
            "fi": ["täysi-ikäistyminen", "jälkihuolto", "nuoret"],
            "sv": ["myndighetsålder", "eftervård", "unga"],
            "en": ["coming of age", "aftercare", "young people"],
        },
        "image": "welcome",
        "slug": {
            "fi": "kun-nuori-tayttaa-18",
            "sv": "nar-den-unga-fyller-18",
            "en": "when-a-young-person-turns-18",
        },
        "title": {
            "fi": "Kun nuori täyttää 18 – siirtymä, joka ratkaisee paljon",
            "sv": "När den unga fyller 18 – en övergång som avgör mycket",
            "en": "When a young person turns 18 – a transition that decides a lot",
        },
        "summary": {
            "fi": (
                "Täysi-ikäisyys muuttaa ilman huoltajaa tulleen nuoren elämän yhdessä yössä. "
                "Pohdin, miten opiskelun, työn ja asumisen polut voisivat jatkua katkeamatta."
            ),
            "sv": (
                "Myndighetsåldern förändrar livet för en ung person som kommit utan vårdnadshavare "
                "över en natt. Jag funderar på hur vägarna till studier, arbete och boende kunde "
                "fortsätta utan avbrott."
            ),
            "en": (
                "Coming of age changes the life of a young person who arrived without a guardian "
                "overnight. I consider how paths to education, work and housing could continue "
                "without a break."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Edustajan tehtäväni päättyy sinä päivänä, kun nuori täyttää 18 vuotta. "
                        "Paperilla siirtymä on selvä: nuori on nyt aikuinen ja hoitaa asiansa "
                        "itse. Todellisuudessa mikään ei muutu yhdessä yössä. Kielitaito, opinnot "
                        "ja verkostot ovat vielä kesken, vaikka vastuu siirtyy kokonaan nuorelle "
                        "itselleen.</p><p>Olen saattanut useita nuoria tämän rajan yli. Osalle "
                        "siirtymä on sujunut hyvin, osalle se on ollut raskas. Erot eivät yleensä "
                        "johdu nuoresta itsestään vaan siitä, miten hyvin siirtymä on valmisteltu."
                        "</p>"
                    ),
                ),
                ("heading", "Valmistelu alkaa ajoissa"),
                (
                    "paragraph",
                    (
                        "<p>Hyvä siirtymä alkaa vähintään vuotta ennen syntymäpäivää. Nuoren "
                        "kanssa käydään läpi, missä hän asuu, miten hän opiskelee tai työskentelee "
                        "ja keneen hän voi ottaa yhteyttä, kun tarvitsee apua. Monella nuorella on "
                        "oikeus jälkihuoltoon, joka voi tukea asumisessa, opinnoissa ja arjen "
                        "asioissa vielä täysi-ikäisyyden jälkeen. Sen sisällöstä pitää kuitenkin "
                        "kertoa nuorelle selkeästi ja hänen omalla kielellään, jotta hän osaa myös "
                        "pyytää tukea. Myös asunnon etsiminen kannattaa aloittaa hyvissä ajoin, "
                        "sillä vuokrasopimus, vakuusmaksu ja laskujen maksaminen ovat monelle "
                        "nuorelle uusia asioita.</p><p>Opiskelu on tärkeä tukipilari. Nuoret, "
                        "jotka ovat päässeet ammatilliseen koulutukseen tai työhön jo ennen "
                        "täysi-ikäisyyttä, pärjäävät kokemukseni mukaan siirtymässä paremmin, "
                        "koska heillä on arjessaan rakenne ja ihmisiä ympärillään. Siksi "
                        "koulupaikan ja harjoittelun järjestymisestä kannattaa huolehtia hyvissä "
                        "ajoin ennen täysi-ikäisyyttä eikä vasta sen jälkeen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Kahdeksantoista täyttäminen ei tee kenestäkään valmista aikuista. Se "
                            "vain vaihtaa sen, kuka on vastuussa."
                        ),
                        "attribution": "Johan Sjöberg",
                    },
                ),
                ("heading", "Työ on muutakin kuin palkka"),
                (
                    "paragraph",
                    (
                        "<p>Kesätyö, harjoittelupaikka tai vapaaehtoistehtävä antaa nuorelle "
                        "paljon enemmän kuin tuloja: kielitaitoa, suosittelijoita ja tunteen "
                        "siitä, että hän kuuluu johonkin. Kun työllisyyspalvelut ovat nyt kuntien "
                        "vastuulla, yhteistyötä kunnan, oppilaitosten ja paikallisten työnantajien "
                        "välillä on entistä helpompi rakentaa. Hyviä kokemuksia on esimerkiksi</p>"
                        "<ul><li>kesätyöpaikoista, joita kaupunki on varannut nuorille yhdessä "
                        "yritysten kanssa</li><li>järjestöjen mentoreista, jotka tukevat "
                        "ensimmäisen työpaikan hakemisessa</li><li>urheiluseuroista, joissa nuori "
                        "saa valmentajan tai toimitsijan tehtäviä.</li></ul><p>Työelämän "
                        "pelisäännöt eivät ole itsestään selviä kenellekään nuorelle. Siksi on "
                        "tärkeää, että joku kertoo, miten työsopimus luetaan, mitä poissaolosta "
                        "pitää ilmoittaa ja mistä saa apua, jos jokin tuntuu väärältä.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "welcome",
                        "caption": (
                            "Kesätyö tai harrastus voi tuoda nuoren elämään aikuisen, joka jää."
                        ),
                    },
                ),
                ("heading", "Verkosto kantaa, kun edustaja väistyy"),
                (
                    "paragraph",
                    (
                        "<p>Kun tehtäväni päättyy, toivon aina, että nuoren ympärillä on vähintään "
                        "yksi aikuinen, joka jää. Se voi olla jälkihuollon työntekijä, opettaja, "
                        "mentori tai valmentaja. Tärkeintä on, että suhde ei katkea samana "
                        "päivänä, jona edustajan tehtävä päättyy.</p><p>Ammattilaisina voimme "
                        "vaikuttaa siihen suunnittelemalla siirtymät yhdessä – ja kysymällä "
                        "nuorelta itseltään, keneen hän luottaa. Vastaus yllättää usein: tärkein "
                        "aikuinen voi olla koulun keittäjä, naapuri tai jalkapallovalmentaja, joka "
                        "ei kuulu mihinkään viralliseen verkostoon.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Mitt uppdrag som företrädare upphör samma dag som den unga fyller 18 "
                        "år. På papperet är övergången tydlig: den unga är nu vuxen och sköter "
                        "sina ärenden själv. I verkligheten förändras ingenting över en natt. "
                        "Språkkunskaperna, studierna och nätverken är ännu på hälft, trots att "
                        "ansvaret helt övergår till den unga själv.</p><p>Jag har följt många unga "
                        "över den här gränsen. För en del har övergången gått bra, för andra har "
                        "den varit tung. Skillnaderna beror i allmänhet inte på den unga själv "
                        "utan på hur väl övergången har förberetts.</p>"
                    ),
                ),
                ("heading", "Förberedelserna börjar i tid"),
                (
                    "paragraph",
                    (
                        "<p>En bra övergång börjar minst ett år före födelsedagen. Tillsammans med "
                        "den unga går man igenom var den unga ska bo, hur den unga ska studera "
                        "eller arbeta och vem den unga kan kontakta när hjälp behövs. Många unga "
                        "har rätt till eftervård, som kan ge stöd i boendet, studierna och "
                        "vardagen också efter att de har blivit myndiga. Innehållet i eftervården "
                        "ska ändå förklaras tydligt och på den ungas eget språk, så att den unga "
                        "också vet hur man ber om stöd. Också bostadssökandet lönar sig att inleda "
                        "i god tid, eftersom hyresavtal, hyresgaranti och betalning av räkningar "
                        "är nya saker för många unga.</p><p>Studierna är en viktig stöttepelare. "
                        "Min erfarenhet är att unga som har kommit in på en yrkesutbildning eller "
                        "fått arbete redan före myndighetsåldern klarar övergången bättre, "
                        "eftersom de har struktur i vardagen och människor omkring sig. Därför "
                        "lönar det sig att se till att studieplats och praktik ordnas i god tid "
                        "före myndighetsåldern och inte först efteråt.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Att fylla arton gör ingen till en färdig vuxen. Det ändrar bara vem "
                            "som bär ansvaret."
                        ),
                        "attribution": "Johan Sjöberg",
                    },
                ),
                ("heading", "Arbete är mer än lön"),
                (
                    "paragraph",
                    (
                        "<p>Ett sommarjobb, en praktikplats eller ett frivilliguppdrag ger den "
                        "unga mycket mer än inkomster: språkkunskaper, referenser och en känsla av "
                        "att höra till. Nu när sysselsättningstjänsterna är kommunernas ansvar är "
                        "det lättare än förr att bygga upp samarbete mellan kommunen, "
                        "läroanstalterna och de lokala arbetsgivarna. Det finns goda erfarenheter "
                        "till exempel av</p><ul><li>sommarjobb som staden har reserverat för unga "
                        "tillsammans med företag</li><li>mentorer från organisationer som ger stöd "
                        "när den unga söker sitt första jobb</li><li>idrottsföreningar där den "
                        "unga får uppdrag som tränare eller funktionär.</li></ul><p>Arbetslivets "
                        "spelregler är inte självklara för någon ung person. Därför är det viktigt "
                        "att någon berättar hur man läser ett arbetsavtal, vad man ska meddela vid "
                        "frånvaro och var man får hjälp om något känns fel.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "welcome",
                        "caption": (
                            "Ett sommarjobb eller en hobby kan ge den unga en vuxen som stannar "
                            "kvar."
                        ),
                    },
                ),
                ("heading", "Nätverket bär när företrädaren kliver åt sidan"),
                (
                    "paragraph",
                    (
                        "<p>När mitt uppdrag upphör hoppas jag alltid att det finns åtminstone en "
                        "vuxen kring den unga som stannar kvar. Det kan vara en anställd inom "
                        "eftervården, en lärare, en mentor eller en tränare. Det viktigaste är att "
                        "relationen inte bryts samma dag som företrädarens uppdrag upphör.</p>"
                        "<p>Som yrkesverksamma kan vi påverka det genom att planera övergångarna "
                        "tillsammans – och genom att fråga den unga själv vem den unga litar på. "
                        "Svaret överraskar ofta: den viktigaste vuxna kan vara skolans kock, en "
                        "granne eller en fotbollstränare som inte hör till något officiellt "
                        "nätverk.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>My role as a representative ends on the day the young person turns 18. "
                        "On paper the transition is clear: the young person is now an adult and "
                        "handles their own affairs. In reality nothing changes overnight. Language "
                        "skills, studies and networks are still unfinished, even though "
                        "responsibility passes entirely to the young person.</p><p>I have "
                        "accompanied many young people across this line. For some the transition "
                        "has gone well; for others it has been hard. The differences are usually "
                        "not down to the young people themselves but to how well the transition "
                        "was prepared.</p>"
                    ),
                ),
                ("heading", "Preparation starts early"),
                (
                    "paragraph",
                    (
                        "<p>A good transition begins at least a year before the birthday. Together "
                        "with the young person, you go through where they will live, how they will "
                        "study or work, and whom they can contact when they need help. Many young "
                        "people are entitled to aftercare, which can support housing, studies and "
                        "everyday matters after they come of age. But what aftercare includes must "
                        "be explained clearly and in the young person's own language, so that they "
                        "also know how to ask for support. It is also wise to start looking for "
                        "housing in good time, since tenancy agreements, rental deposits and "
                        "paying bills are new to many young people.</p><p>Education is an "
                        "important pillar. In my experience, young people who have started "
                        "vocational education or found work before turning 18 cope better with the "
                        "transition, because their everyday life has structure and people around "
                        "them. That is why it pays to make sure a study place and work placement "
                        "are arranged well before the young person turns 18, not afterwards.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Turning eighteen does not make anyone a finished adult. It only "
                            "changes who is responsible."
                        ),
                        "attribution": "Johan Sjöberg",
                    },
                ),
                ("heading", "Work is more than a wage"),
                (
                    "paragraph",
                    (
                        "<p>A summer job, a work placement or a volunteer role gives a young "
                        "person much more than income: language skills, references and a sense of "
                        "belonging. Now that employment services are the responsibility of "
                        "municipalities, it is easier than before to build cooperation between the "
                        "municipality, educational institutions and local employers. There are "
                        "good experiences, for example, of</p><ul><li>summer jobs that the city "
                        "has reserved for young people together with businesses</li><li>NGO "
                        "mentors who support young people in looking for their first job</li>"
                        "<li>sports clubs where young people take on roles as coaches or officials."
                        "</li></ul><p>The rules of working life are not self-evident to any young "
                        "person. That is why it matters that someone explains how to read an "
                        "employment contract, what to report when you are absent and where to get "
                        "help if something feels wrong.</p>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "welcome",
                        "caption": (
                            "A summer job or a hobby can bring an adult who stays into a young "
                            "person's life."
                        ),
                    },
                ),
                ("heading", "The network carries on when the representative steps aside"),
                (
                    "paragraph",
                    (
                        "<p>When my role ends, I always hope there is at least one adult around "
                        "the young person who stays. It might be an aftercare worker, a teacher, a "
                        "mentor or a coach. What matters most is that the relationship does not "
                        "end on the same day as the representative's role.</p><p>As professionals, "
                        "we can make sure of that by planning transitions together – and by asking "
                        "the young person whom they trust. The answer is often surprising: the "
                        "most important adult may be the school cook, a neighbour or a football "
                        "coach who belongs to no official network.</p>"
                    ),
                ),
            ],
        },
        "comments": [
            {
                "language": "en",
                "name": "Sofia",
                "email": "sofia@example.org",
                "status": "approved",
                "text": (
                    "As a volunteer mentor I can confirm how much the first summer job means. The "
                    "young man I mentor still talks about the supervisor who wrote him a reference "
                    "letter."
                ),
                "replies": [],
            },
        ],
    },
]

# News items: neutral news voice, same shape as blog posts but without comments.
NEWS_ITEMS = [
    {
        "key": "partnership-coordination-keha",
        "date": "2025-01-08",
        "authors": [],
        "topics": ["partnership"],
        "tags": {
            "fi": ["kumppanuusohjelma", "KEHA-keskus"],
            "sv": ["partnerskapsprogrammet", "UF-centret"],
            "en": ["partnership programme", "KEHA centre"],
        },
        "image": "partnership",
        "slug": {
            "fi": "kumppanuusohjelman-koordinointi-keha-keskukseen",
            "sv": "partnerskapsprogrammets-samordning-till-uf-centret",
            "en": "partnership-programme-coordination-moves-to-keha",
        },
        "title": {
            "fi": "Kumppanuusohjelman valtakunnallinen koordinointi siirtyi KEHA-keskukseen",
            "sv": (
                "Den nationella samordningen av partnerskapsprogrammet överfördes till UF-centret"
            ),
            "en": "National coordination of the partnership programme moved to the KEHA centre",
        },
        "summary": {
            "fi": (
                "Kotoutumisen kumppanuusohjelmaa koordinoi 1.1.2025 alkaen KEHA-keskus. Ohjelman "
                "toiminta jatkuu, ja ELY-keskukset johtavat edelleen alueellista kumppanuustyötä."
            ),
            "sv": (
                "Sedan 1.1.2025 samordnas partnerskapsprogrammet för integration av UF-centret. "
                "Programmets verksamhet fortsätter, och NTM-centralerna leder fortfarande det "
                "regionala partnerskapsarbetet."
            ),
            "en": (
                "Since 1 January 2025, the partnership programme for integration has been "
                "coordinated by the KEHA centre. The programme continues, and the ELY centres "
                "still lead regional partnership work."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen kumppanuusohjelman valtakunnallinen koordinointi siirtyi "
                        "1.1.2025 työ- ja elinkeinoministeriöstä elinkeino-, liikenne- ja "
                        "ympäristökeskusten kehittämis- ja hallintokeskukseen eli KEHA-keskukseen. "
                        "Alueellista kumppanuustyötä johtavat edelleen ELY-keskukset, joiden "
                        "alueelliset koordinaattorit kokoontuvat kuukausittain.</p>"
                        "<p>Kumppanuusohjelma on vuonna 2016 valtion kotouttamisohjelman "
                        "yhteydessä syntynyt verkosto, joka lisää eri toimijoiden yhteistyötä ja "
                        "innostaa uusia toimijoita mukaan kotoutumisen edistämiseen. Ohjelma on "
                        "avoin kaikille kotoutumisen ja yhteiskunnan vastaanottavuuden parissa "
                        "toimiville organisaatioille.</p>"
                    ),
                ),
                ("heading", "Mikä muuttuu ja mikä pysyy?"),
                (
                    "paragraph",
                    (
                        "<p>Ohjelman toiminta jatkuu ennallaan. Uutiskirje, tapahtumat ja "
                        "Kumppanuusalustan työtilat ovat käytössä kuten ennenkin, eikä jäsenten "
                        "tarvitse tehdä mitään. KEHA-keskus valmistelee ohjelmalle strategian "
                        "vuosille 2025–2026 kuulemalla ELY-keskuksia, kuntia, hyvinvointialueita "
                        "ja järjestöjä. Kotoutumisen osaamiskeskus ylläpitää edelleen "
                        "kotoutuminen.fi-sivustoa ja Kumppanuusalustaa.</p><p>Muutos ajoittuu "
                        "samaan aikaan uuden kotoutumislain kanssa. Laki tuli voimaan vuoden 2025 "
                        "alussa ja vahvisti kuntien roolia kotoutumispalvelujen järjestäjänä. "
                        "Kumppanuusohjelman tehtävä on tukea kolmannen sektorin ja viranomaisten "
                        "yhteistyötä myös uudessa tilanteessa.</p><p>Kumppanuusohjelmaa koskevat "
                        "kysymykset voi lähettää osoitteeseen kumppanuusohjelma@example.fi.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Den nationella samordningen av partnerskapsprogrammet för integration "
                        "överfördes 1.1.2025 från arbets- och näringsministeriet till utvecklings- "
                        "och förvaltningscentret för NTM-centralerna, det vill säga UF-centret "
                        "(KEHA). NTM-centralerna leder fortfarande det regionala "
                        "partnerskapsarbetet, och deras regionala koordinatorer träffas varje "
                        "månad.</p><p>Partnerskapsprogrammet är ett nätverk som inrättades 2016 i "
                        "samband med statens integrationsprogram för att öka samarbetet mellan "
                        "olika aktörer och inspirera nya aktörer att delta i "
                        "integrationsfrämjandet. Programmet är öppet för alla organisationer som "
                        "arbetar med integration och ett välkomnande samhälle.</p>"
                    ),
                ),
                ("heading", "Vad ändras och vad förblir som förut?"),
                (
                    "paragraph",
                    (
                        "<p>Programmets verksamhet fortsätter som tidigare. Nyhetsbrevet, "
                        "evenemangen och arbetsrummen på Partnerskapsplattformen används som "
                        "förut, och medlemmarna behöver inte göra något. UF-centret bereder en "
                        "strategi för programmet för 2025–2026 genom att höra NTM-centraler, "
                        "kommuner, välfärdsområden och organisationer. Kompetenscentret för "
                        "integration av invandrare upprätthåller fortfarande webbplatsen "
                        "integration.fi och Partnerskapsplattformen.</p><p>Förändringen "
                        "sammanfaller med den nya integrationslagen, som trädde i kraft i början "
                        "av 2025 och stärkte kommunernas roll som anordnare av "
                        "integrationstjänster. Partnerskapsprogrammets uppgift är att stödja "
                        "samarbetet mellan tredje sektorn och myndigheterna också i den nya "
                        "situationen.</p><p>Frågor om partnerskapsprogrammet kan skickas till "
                        "kumppanuusohjelma@example.fi.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>On 1 January 2025, national coordination of the partnership programme "
                        "for integration moved from the Ministry of Economic Affairs and "
                        "Employment to the Development and Administrative Services Centre for ELY "
                        "Centres, known as the KEHA centre. The ELY centres continue to lead "
                        "regional partnership work, and their regional coordinators meet every "
                        "month.</p><p>The partnership programme is a network created in 2016 in "
                        "connection with the Government Integration Programme to increase "
                        "cooperation between actors and to encourage new actors to take part in "
                        "promoting integration. It is open to all organisations working on "
                        "integration and on making society more welcoming.</p>"
                    ),
                ),
                ("heading", "What changes and what stays the same?"),
                (
                    "paragraph",
                    (
                        "<p>The programme's activities continue as before. The newsletter, events "
                        "and workspaces on the Partnership Platform are available as usual, and "
                        "members do not need to do anything. The KEHA centre is preparing a "
                        "strategy for the programme for 2025–2026 by consulting ELY centres, "
                        "municipalities, wellbeing services counties and NGOs. The Competence "
                        "Centre for Integration of Immigrants continues to maintain the "
                        "Integration.fi website and the Partnership Platform.</p><p>The change "
                        "coincides with the new Integration Act, which entered into force at the "
                        "beginning of 2025 and strengthened the role of municipalities in "
                        "organising integration services. The programme's task is to support "
                        "cooperation between the third sector and authorities in this new "
                        "situation, too.</p><p>Questions about the partnership programme can be "
                        "sent to kumppanuusohjelma@example.fi.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "partnership-platform-new-features",
        "date": "2025-03-19",
        "authors": ["samir-haddad"],
        "topics": ["partnership"],
        "tags": {
            "fi": ["Kumppanuusalusta", "työtilat", "yhteyshenkilöhaku"],
            "sv": ["Partnerskapsplattformen", "arbetsrum", "kontaktpersonsökning"],
            "en": ["Partnership Platform", "workspaces", "contact-person search"],
        },
        "image": "workspace",
        "slug": {
            "fi": "kumppanuusalustan-uudet-ominaisuudet",
            "sv": "nya-funktioner-pa-partnerskapsplattformen",
            "en": "new-features-on-the-partnership-platform",
        },
        "title": {
            "fi": (
                "Kumppanuusalustalle uusia ominaisuuksia: ilmoitukset ja tarkempi yhteyshenkilöhaku"
            ),
            "sv": (
                "Nya funktioner på Partnerskapsplattformen: aviseringar och en mer exakt "
                "kontaktpersonsökning"
            ),
            "en": (
                "New features on the Partnership Platform: notifications and a more precise "
                "contact-person search"
            ),
        },
        "summary": {
            "fi": (
                "Kumppanuusalustan uudet ominaisuudet helpottavat työtilojen keskustelujen "
                "seuraamista ja yhteistyökumppanien löytämistä."
            ),
            "sv": (
                "De nya funktionerna på Partnerskapsplattformen gör det lättare att följa "
                "diskussionerna i arbetsrummen och att hitta samarbetspartner."
            ),
            "en": (
                "New features on the Partnership Platform make it easier to follow discussions in "
                "workspaces and to find partners."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kumppanuusalustalle on julkaistu uusia ominaisuuksia, jotka vastaavat "
                        "jäsenten toiveisiin aktiivisemmasta ja vuorovaikutteisemmasta alustasta. "
                        "Kehitystyö perustuu jäseniltä saatuun palautteeseen ja "
                        "Kumppanuusbaro-kyselyn tuloksiin. Alustaa ylläpitää ja kehittää "
                        "kotoutumisen osaamiskeskus yhdessä ELY-keskusten yhteyshenkilöiden "
                        "kanssa. Uudet ominaisuudet ovat kaikkien jäsenten käytössä heti, eikä "
                        "niiden käyttöönotto vaadi toimenpiteitä. Ilmoitusasetukset löytyvät "
                        "omasta profiilista.</p>"
                    ),
                ),
                ("heading", "Uutta alustalla"),
                (
                    "paragraph",
                    (
                        "<p>Uudistukset lyhyesti:</p><ul><li><b>Ilmoitukset työtiloista.</b> Jäsen "
                        "voi tilata sähköposti-ilmoituksen, kun hänen työtilaansa kirjoitetaan "
                        "uusi viesti tai lisätään tiedosto.</li><li><b>Tarkempi yhteyshenkilöhaku."
                        "</b> Yhteyshenkilöitä voi nyt rajata maakunnan, organisaatiotyypin ja "
                        "teeman mukaan.</li><li><b>Kiinnitetyt viestit.</b> Työtilan ylläpitäjä "
                        "voi kiinnittää tärkeän viestin keskustelun alkuun.</li><li><b>Profiilin "
                        "näkyvyys.</b> Jäsen voi itse päättää, näkyykö hänen profiilinsa "
                        "yhteyshenkilöhaussa.</li></ul><p>Alustalla on jo yli 1 800 kotoutumisen "
                        "ja pakolaisten vastaanoton toimijan verkosto. Jos et vielä ole jäsen, "
                        "voit rekisteröityä maksutta. Kehitystyö jatkuu, ja seuraavaksi "
                        "parannetaan alustan käytettävyyttä mobiililaitteilla. Palautetta uusista "
                        "ominaisuuksista voi antaa sivuston palautelomakkeella.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Partnerskapsplattformen har fått nya funktioner som svarar mot "
                        "medlemmarnas önskemål om en mer aktiv och interaktiv plattform. "
                        "Utvecklingsarbetet bygger på respons från medlemmarna och på resultaten "
                        "av enkäten Kumppanuusbaro. Plattformen upprätthålls och utvecklas av "
                        "kompetenscentret för integration av invandrare tillsammans med "
                        "NTM-centralernas kontaktpersoner. De nya funktionerna är genast "
                        "tillgängliga för alla medlemmar och kräver inga åtgärder. Inställningarna "
                        "för aviseringar finns i den egna profilen.</p>"
                    ),
                ),
                ("heading", "Nytt på plattformen"),
                (
                    "paragraph",
                    (
                        "<p>Förnyelserna i korthet:</p><ul><li><b>Aviseringar från arbetsrum.</b> "
                        "En medlem kan beställa en avisering per e-post när ett nytt inlägg skrivs "
                        "eller en fil läggs till i hennes eller hans arbetsrum.</li><li><b>En mer "
                        "exakt kontaktpersonsökning.</b> Kontaktpersoner kan nu avgränsas enligt "
                        "landskap, typ av organisation och tema.</li><li><b>Fästa inlägg.</b> Den "
                        "som administrerar ett arbetsrum kan fästa ett viktigt inlägg överst i "
                        "diskussionen.</li><li><b>Profilens synlighet.</b> Medlemmen kan själv "
                        "bestämma om profilen syns i kontaktpersonsökningen.</li></ul><p>På "
                        "plattformen finns redan ett nätverk med över 1 800 aktörer inom "
                        "integration och flyktingmottagning. Om du ännu inte är medlem kan du "
                        "registrera dig avgiftsfritt. Utvecklingsarbetet fortsätter, och härnäst "
                        "förbättras plattformens användbarhet på mobila enheter. Respons på de nya "
                        "funktionerna kan ges via webbplatsens responsblankett.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>New features have been released on the Partnership Platform in "
                        "response to members' wishes for a more active and interactive platform. "
                        "The development work is based on feedback from members and on the results "
                        "of the Kumppanuusbaro survey. The platform is maintained and developed by "
                        "the Competence Centre for Integration of Immigrants together with contact "
                        "persons in the ELY centres. The new features are available to all members "
                        "straight away and require no action. Notification settings can be found "
                        "in your own profile.</p>"
                    ),
                ),
                ("heading", "What's new on the platform"),
                (
                    "paragraph",
                    (
                        "<p>The changes in brief:</p><ul><li><b>Workspace notifications.</b> "
                        "Members can sign up for an email notification when a new message is "
                        "posted or a file is added in their workspace.</li><li><b>A more precise "
                        "contact-person search.</b> Contact persons can now be filtered by region, "
                        "type of organisation and theme.</li><li><b>Pinned messages.</b> A "
                        "workspace administrator can pin an important message to the top of the "
                        "discussion.</li><li><b>Profile visibility.</b> Members can decide for "
                        "themselves whether their profile appears in the contact-person search."
                        "</li></ul><p>The platform already brings together a network of more than "
                        "1,800 actors in integration and refugee reception. If you are not yet a "
                        "member, you can register free of charge. Development continues, and the "
                        "next step is to improve the platform's usability on mobile devices. "
                        "Feedback on the new features can be given through the site's feedback "
                        "form.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "plain-language-guide",
        "date": "2025-05-07",
        "authors": [],
        "topics": ["language-learning", "municipalities"],
        "tags": {
            "fi": ["selkokieli", "opas", "viestintä"],
            "sv": ["lättläst språk", "guide", "kommunikation"],
            "en": ["plain language", "guide", "communication"],
        },
        "image": "dialogue",
        "slug": {
            "fi": "uusi-selkokieliopas",
            "sv": "ny-guide-om-lattlast-sprak",
            "en": "new-plain-language-guide",
        },
        "title": {
            "fi": "Uusi opas: selkokieli kotoutumistyön viestinnässä",
            "sv": "Ny guide: lättläst språk i integrationsarbetets kommunikation",
            "en": "New guide: plain language in integration work communication",
        },
        "summary": {
            "fi": (
                "Kotoutumisen osaamiskeskuksen uusi opas auttaa ammattilaisia kirjoittamaan "
                "tiedotteita, kirjeitä ja verkkosivuja selkokielellä."
            ),
            "sv": (
                "Den nya guiden från kompetenscentret för integration av invandrare hjälper "
                "yrkesverksamma att skriva meddelanden, brev och webbsidor på lättläst språk."
            ),
            "en": (
                "A new guide from the Competence Centre for Integration of Immigrants helps "
                "professionals write notices, letters and web pages in plain language."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen osaamiskeskus on julkaissut kotoutumistyön "
                        "ammattilaisille oppaan selkokielisestä viestinnästä. Opas on tarkoitettu "
                        "kuntien, hyvinvointialueiden, järjestöjen ja oppilaitosten "
                        "työntekijöille, jotka kirjoittavat asiakkaille tiedotteita, kirjeitä tai "
                        "verkkosivuja.</p><p>Selkokieli on suomen tai ruotsin kielen muoto, jota "
                        "on mukautettu sisällöltään, sanastoltaan ja rakenteeltaan helpommin "
                        "ymmärrettäväksi. Se auttaa erityisesti niitä, jotka ovat vasta "
                        "aloittaneet kielen opiskelun. Selkokielinen viestintä on myös yksi "
                        "kotoutumisen kumppanuusohjelman strategian painopisteistä. Opas täydentää "
                        "sivuston selkokieltä ja monikielistä viestintää käsittelevää osiota.</p>"
                    ),
                ),
                ("heading", "Mitä opas sisältää?"),
                (
                    "paragraph",
                    (
                        "<p>Oppaassa käsitellään muun muassa</p><ul><li>milloin selkokielinen "
                        "versio tarvitaan</li><li>miten selkokielinen teksti kirjoitetaan ja "
                        "testataan lukijoilla</li><li>esimerkkejä teksteistä ennen muokkausta ja "
                        "sen jälkeen</li><li>selkokieltä verkossa ja sosiaalisessa mediassa.</li>"
                        "</ul><p>Opas on saatavilla suomeksi ja ruotsiksi, ja siitä on "
                        "englanninkielinen tiivistelmä. Sen voi ladata maksutta "
                        '<a href="https://kotoutuminen.example.fi/fi/materiaalit/selkokieliopas">'
                        "materiaalipankista</a>. Oppaan ovat laatineet selkokielen asiantuntijat "
                        "yhdessä kuntien ja järjestöjen työntekijöiden kanssa, ja sen esimerkit "
                        "perustuvat todellisiin asiakastilanteisiin. Palautetta oppaasta voi antaa "
                        "palautelomakkeella.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Kompetenscentret för integration av invandrare har gett ut en guide om "
                        "kommunikation på lättläst språk för yrkesverksamma inom "
                        "integrationsarbetet. Guiden är avsedd för anställda vid kommuner, "
                        "välfärdsområden, organisationer och läroanstalter som skriver "
                        "meddelanden, brev eller webbsidor till klienter.</p><p>Lättläst språk är "
                        "en form av finska eller svenska som har anpassats till innehåll, "
                        "ordförråd och struktur så att den är lättare att förstå. Det hjälper "
                        "särskilt dem som nyss har börjat studera språket. Kommunikation på "
                        "lättläst språk är också en av tyngdpunkterna i strategin för "
                        "partnerskapsprogrammet för integration. Guiden kompletterar webbplatsens "
                        "avsnitt om lättläst och flerspråkig kommunikation.</p>"
                    ),
                ),
                ("heading", "Vad innehåller guiden?"),
                (
                    "paragraph",
                    (
                        "<p>Guiden behandlar bland annat</p><ul><li>när en lättläst version behövs"
                        "</li><li>hur en lättläst text skrivs och testas med läsare</li>"
                        "<li>exempel på texter före och efter bearbetning</li><li>lättläst språk "
                        "på webben och i sociala medier.</li></ul><p>Guiden finns på finska och "
                        "svenska och har en sammanfattning på engelska. Den kan laddas ner "
                        "avgiftsfritt från "
                        '<a href="https://kotoutuminen.example.fi/sv/material/lattlast-guide">'
                        "materialbanken</a>. Guiden har utarbetats av experter på lättläst språk "
                        "tillsammans med anställda vid kommuner och organisationer, och exemplen "
                        "bygger på verkliga klientsituationer. Respons på guiden kan ges via "
                        "responsblanketten.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The Competence Centre for Integration of Immigrants has published a "
                        "guide to plain-language communication for professionals in integration "
                        "work. The guide is intended for staff of municipalities, wellbeing "
                        "services counties, NGOs and educational institutions who write notices, "
                        "letters or web pages for clients.</p><p>Plain language is a form of "
                        "Finnish or Swedish that has been adapted in content, vocabulary and "
                        "structure to make it easier to understand. It especially helps people who "
                        "have only just started learning the language. Plain-language "
                        "communication is also one of the priorities of the strategy of the "
                        "partnership programme for integration. The guide complements the site's "
                        "section on plain-language and multilingual communication.</p>"
                    ),
                ),
                ("heading", "What does the guide cover?"),
                (
                    "paragraph",
                    (
                        "<p>Topics covered in the guide include</p><ul><li>when a plain-language "
                        "version is needed</li><li>how to write a plain-language text and test it "
                        "with readers</li><li>examples of texts before and after editing</li>"
                        "<li>plain language online and on social media.</li></ul><p>The guide is "
                        "available in Finnish and Swedish, with a summary in English. It can be "
                        "downloaded free of charge from the "
                        '<a href="https://kotoutuminen.example.fi/en/materials/plain-language">'
                        "materials bank</a>. The guide was written by plain-language experts "
                        "together with staff from municipalities and NGOs, and its examples are "
                        "based on real client situations. Feedback on the guide can be given "
                        "through the feedback form.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "funding-info-session-september-2025",
        "date": "2025-08-13",
        "authors": [],
        "topics": ["partnership"],
        "tags": {
            "fi": ["rahoitus", "rahoitusinfot", "Pohjoismaat"],
            "sv": ["finansiering", "finansieringsinfo", "Norden"],
            "en": ["funding", "information sessions", "Nordic countries"],
        },
        "image": "strategy",
        "slug": {
            "fi": "rahoitusinfo-4-9-2025",
            "sv": "finansieringsinfo-4-9-2025",
            "en": "funding-information-session-4-september-2025",
        },
        "title": {
            "fi": (
                "Kumppanuusohjelman rahoitusinfo 4.9.2025: pohjoismainen yhteistyö ja "
                "rahoitusmahdollisuudet"
            ),
            "sv": (
                "Partnerskapsprogrammets finansieringsinfo 4.9.2025: nordiskt samarbete och "
                "finansieringsmöjligheter"
            ),
            "en": (
                "Funding information session on 4 September 2025: Nordic cooperation and funding "
                "opportunities"
            ),
        },
        "summary": {
            "fi": (
                "Kumppanuusohjelma järjestää rahoitusinfoja kaksi kertaa vuodessa. Ensimmäinen "
                "info pidetään verkossa torstaina 4.9.2025."
            ),
            "sv": (
                "Partnerskapsprogrammet ordnar finansieringsinfon två gånger per år. Det första "
                "infot hålls på nätet torsdagen den 4 september 2025."
            ),
            "en": (
                "The partnership programme holds funding information sessions twice a year. The "
                "first session takes place online on Thursday 4 September 2025."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen kumppanuusohjelma järjestää strategiansa mukaisesti "
                        "rahoitusinfoja kaksi kertaa vuodessa. Infoissa esitellään rahoitusmalleja "
                        "ja ajankohtaisia hakuja, jotka mahdollistavat kolmannen sektorin ja "
                        "viranomaisten yhteistyötä. Infot ovat yksi keino vahvistaa erityisesti "
                        "uusien toimijoiden rahoitusosaamista.</p><p>Ensimmäinen info pidetään "
                        "verkossa torstaina 4.9.2025 klo 13–15. Aiheena on pohjoismainen yhteistyö "
                        "ja rahoitusmahdollisuudet: millaisia kumppanuuksia Pohjoismaissa on "
                        "rakennettu ja miten suomalaiset toimijat voivat hakea rahoitusta "
                        "yhteisiin hankkeisiin. Rahoittajien puheenvuorojen jälkeen osallistujat "
                        "voivat esittää kysymyksiä suomeksi, ruotsiksi tai englanniksi, ja info "
                        "tekstitetään.</p>"
                    ),
                ),
                ("heading", "Kenelle info on tarkoitettu?"),
                (
                    "paragraph",
                    (
                        "<p>Info on tarkoitettu kaikille kotoutumisen parissa toimiville, "
                        "erityisesti järjestöille, hankkeille ja kunnille, jotka suunnittelevat "
                        "yhteistyötä ja etsivät sille rahoitusta. Osallistuminen on maksutonta. "
                        "Ilmoittautumisohjeet löytyvät tapahtumakalenterista, ja tallenne "
                        "julkaistaan jälkikäteen Kumppanuusalustalla kumppanuusohjelman "
                        "työtilassa. Esitykset ja vastaukset kysymyksiin kootaan myös "
                        "kirjalliseksi yhteenvedoksi.</p><p>Seuraava rahoitusinfo järjestetään "
                        "tammi–helmikuussa 2026, ja sen aiheena on muun muassa Leader-rahoitus. "
                        "Aihe-ehdotuksia tuleviin infoihin voi lähettää osoitteeseen "
                        "kumppanuusohjelma@example.fi.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>I enlighet med sin strategi ordnar partnerskapsprogrammet för "
                        "integration finansieringsinfon två gånger per år. Vid infona presenteras "
                        "finansieringsmodeller och aktuella ansökningsomgångar som möjliggör "
                        "samarbete mellan tredje sektorn och myndigheterna. Infona är ett sätt att "
                        "stärka kunskapen om finansiering, särskilt hos nya aktörer.</p><p>Det "
                        "första infot hålls på nätet torsdagen den 4 september 2025 kl. 13–15. "
                        "Temat är nordiskt samarbete och finansieringsmöjligheter: vilka "
                        "partnerskap som har byggts upp i de nordiska länderna och hur aktörer i "
                        "Finland kan söka finansiering för gemensamma projekt. Efter "
                        "finansiärernas anföranden kan deltagarna ställa frågor på finska, svenska "
                        "eller engelska, och infot textas.</p>"
                    ),
                ),
                ("heading", "Vem är infot avsett för?"),
                (
                    "paragraph",
                    (
                        "<p>Infot är avsett för alla som arbetar med integration, särskilt "
                        "organisationer, projekt och kommuner som planerar samarbete och söker "
                        "finansiering för det. Deltagandet är avgiftsfritt. Anvisningar för "
                        "anmälan finns i evenemangskalendern, och en inspelning publiceras i "
                        "efterhand i partnerskapsprogrammets arbetsrum på Partnerskapsplattformen. "
                        "Presentationerna och svaren på frågorna sammanställs också i en skriftlig "
                        "sammanfattning.</p><p>Nästa finansieringsinfo ordnas i januari–februari "
                        "2026, och temat är bland annat Leader-finansiering. Förslag på teman för "
                        "kommande info kan skickas till kumppanuusohjelma@example.fi.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>In line with its strategy, the partnership programme for integration "
                        "holds funding information sessions twice a year. The sessions present "
                        "funding models and current calls for applications that make cooperation "
                        "between the third sector and authorities possible. The sessions are one "
                        "way of strengthening funding know-how, especially among new actors.</p>"
                        "<p>The first session takes place online on Thursday 4 September 2025 from "
                        "13:00 to 15:00. The topic is Nordic cooperation and funding "
                        "opportunities: what kinds of partnerships have been built in the Nordic "
                        "countries, and how actors in Finland can apply for funding for joint "
                        "projects. After presentations by funders, participants can ask questions "
                        "in Finnish, Swedish or English, and the session will be subtitled.</p>"
                    ),
                ),
                ("heading", "Who is the session for?"),
                (
                    "paragraph",
                    (
                        "<p>The session is intended for everyone working on integration, "
                        "especially NGOs, projects and municipalities that are planning "
                        "cooperation and looking for funding for it. Participation is free of "
                        "charge. Registration instructions can be found in the events calendar, "
                        "and a recording will be published afterwards in the partnership "
                        "programme's workspace on the Partnership Platform. The presentations and "
                        "answers to questions will also be compiled into a written summary.</p>"
                        "<p>The next funding information session will be held in January–February "
                        "2026, and its topics will include Leader funding. Topic suggestions for "
                        "future sessions can be sent to kumppanuusohjelma@example.fi.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "research-webinar-working-life",
        "date": "2025-09-24",
        "authors": [],
        "topics": ["research", "employment"],
        "tags": {
            "fi": ["tutkimuswebinaari", "työllisyys", "tutkimus"],
            "sv": ["forskningswebbinarium", "sysselsättning", "forskning"],
            "en": ["research webinar", "employment", "research"],
        },
        "image": "knowledge",
        "slug": {
            "fi": "tutkimuswebinaari-polut-tyoelamaan",
            "sv": "forskningswebbinarium-vagar-till-arbetslivet",
            "en": "research-webinar-paths-into-working-life",
        },
        "title": {
            "fi": "Tutkimuswebinaari 23.10.2025: maahanmuuttaneiden polut työelämään",
            "sv": "Forskningswebbinarium 23.10.2025: invandrares vägar till arbetslivet",
            "en": "Research webinar on 23 October 2025: immigrants' paths into working life",
        },
        "summary": {
            "fi": (
                "Kotoutumisen osaamiskeskuksen syksyn tutkimuswebinaarissa tarkastellaan, mikä "
                "tukee maahanmuuttaneiden työllistymistä ja mikä sitä hidastaa."
            ),
            "sv": (
                "Höstens forskningswebbinarium vid kompetenscentret för integration av invandrare "
                "granskar vad som stöder invandrares sysselsättning och vad som bromsar den."
            ),
            "en": (
                "The autumn research webinar of the Competence Centre for Integration of "
                "Immigrants looks at what supports immigrants' employment and what slows it down."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen osaamiskeskus järjestää torstaina 23.10.2025 klo 9–11 "
                        "tutkimuswebinaarin maahanmuuttaneiden poluista työelämään. Webinaarissa "
                        "esitellään tuoretta tutkimusta siitä, miten kielitaito, aiemman osaamisen "
                        "tunnistaminen, verkostot ja työnantajien käytännöt vaikuttavat "
                        "työllistymiseen. Webinaari on suunnattu erityisesti kuntien kotoutumis- "
                        "ja työllisyyspalvelujen työntekijöille, järjestöjen ja hankkeiden "
                        "toimijoille sekä työnantajille, jotka haluavat tukea maahanmuuttaneiden "
                        "työntekijöiden osaamisen kehittymistä.</p>"
                    ),
                ),
                ("heading", "Ohjelmassa"),
                (
                    "paragraph",
                    (
                        "<p>Webinaarin ohjelma:</p><ul><li>Tutkija Hodan Ali, Esimerkkilän "
                        "yliopisto: miten työllisyystilastoja luetaan viisaasti</li>"
                        "<li>Tutkimusesittely: työpaikka kielenoppimisen ympäristönä</li>"
                        "<li>Kommenttipuheenvuorot kunnan työllisyyspalveluista ja järjestökentältä"
                        "</li><li>Keskustelu ja osallistujien kysymykset.</li></ul><p>Webinaari on "
                        "avoin kaikille, ja osallistuminen on maksutonta. Webinaarin kieli on "
                        "suomi, ja se tekstitetään. Ilmoittautuminen päättyy 20.10.2025, ja "
                        "kysymyksiä voi lähettää etukäteen ilmoittautumisen yhteydessä. Tallenne "
                        "ja esitysmateriaalit julkaistaan kotoutuminen.fi-sivustolla webinaarin "
                        "jälkeen.</p><p>Tutkimuswebinaarit ovat osa osaamiskeskuksen työtä "
                        "kotoutumisen tietoperustan vahvistamiseksi. Niissä tutkijat ja käytännön "
                        "toimijat kohtaavat ja keskustelevat siitä, mitä tutkimustieto tarkoittaa "
                        "arjen työssä. Seuraava tutkimuswebinaari järjestetään keväällä 2026, ja "
                        "aiempien webinaarien tallenteet löytyvät sivuston tutkimusosiosta.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Kompetenscentret för integration av invandrare ordnar torsdagen den 23 "
                        "oktober 2025 kl. 9–11 ett forskningswebbinarium om invandrares vägar till "
                        "arbetslivet. Vid webbinariet presenteras ny forskning om hur "
                        "språkkunskaper, erkännande av tidigare kompetens, nätverk och "
                        "arbetsgivarnas praxis påverkar sysselsättningen. Webbinariet riktar sig "
                        "särskilt till anställda inom kommunernas integrations- och "
                        "sysselsättningstjänster, aktörer i organisationer och projekt samt "
                        "arbetsgivare som vill stödja invandrade anställdas kompetensutveckling."
                        "</p>"
                    ),
                ),
                ("heading", "Program"),
                (
                    "paragraph",
                    (
                        "<p>Webbinariets program:</p><ul><li>Forskare Hodan Ali, Esimerkkilä "
                        "universitet: hur man läser sysselsättningsstatistik klokt</li>"
                        "<li>Forskningspresentation: arbetsplatsen som miljö för språkinlärning"
                        "</li><li>Kommentarer från kommunens sysselsättningstjänster och "
                        "organisationsfältet</li><li>Diskussion och deltagarnas frågor.</li></ul>"
                        "<p>Webbinariet är öppet för alla, och deltagandet är avgiftsfritt. "
                        "Webbinariet hålls på finska och textas. Anmälan avslutas den 20 oktober "
                        "2025, och frågor kan skickas på förhand i samband med anmälan. En "
                        "inspelning och presentationsmaterialet publiceras på webbplatsen "
                        "integration.fi efter webbinariet.</p><p>Forskningswebbinarierna är en del "
                        "av kompetenscentrets arbete för att stärka kunskapsunderlaget om "
                        "integration. Där möts forskare och praktiker och diskuterar vad "
                        "forskningen betyder i det dagliga arbetet. Nästa forskningswebbinarium "
                        "ordnas våren 2026, och inspelningar av tidigare webbinarier finns i "
                        "webbplatsens forskningsavsnitt.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>On Thursday 23 October 2025 from 9:00 to 11:00, the Competence Centre "
                        "for Integration of Immigrants will hold a research webinar on immigrants' "
                        "paths into working life. The webinar presents recent research on how "
                        "language skills, recognition of prior learning, networks and employers' "
                        "practices affect employment. It is aimed especially at staff of municipal "
                        "integration and employment services, people working in NGOs and projects, "
                        "and employers who want to support the skills development of immigrant "
                        "employees.</p>"
                    ),
                ),
                ("heading", "Programme"),
                (
                    "paragraph",
                    (
                        "<p>The webinar programme:</p><ul><li>Researcher Hodan Ali, University of "
                        "Esimerkkilä: how to read employment statistics wisely</li><li>Research "
                        "presentation: the workplace as a setting for language learning</li>"
                        "<li>Comments from municipal employment services and the NGO sector</li>"
                        "<li>Discussion and questions from participants.</li></ul><p>The webinar "
                        "is open to all, and participation is free of charge. The webinar is in "
                        "Finnish and will be subtitled. Registration closes on 20 October 2025, "
                        "and questions can be sent in advance when registering. A recording and "
                        "the presentation materials will be published on the Integration.fi "
                        "website after the webinar.</p><p>The research webinars are part of the "
                        "Competence Centre's work to strengthen the knowledge base on integration. "
                        "They bring researchers and practitioners together to discuss what "
                        "research findings mean in everyday work. The next research webinar will "
                        "be held in spring 2026, and recordings of earlier webinars can be found "
                        "in the research section of the site.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "kumppanuusbaro-autumn-2025",
        "date": "2025-10-15",
        "authors": [],
        "topics": ["partnership", "research"],
        "tags": {
            "fi": ["Kumppanuusbaro", "kysely"],
            "sv": ["Kumppanuusbaro", "enkät"],
            "en": ["Kumppanuusbaro", "survey"],
        },
        "image": "network",
        "slug": {
            "fi": "kumppanuusbaro-syksy-2025",
            "sv": "kumppanuusbaro-hosten-2025",
            "en": "kumppanuusbaro-autumn-2025",
        },
        "title": {
            "fi": "Kumppanuusbaro on avattu – kerro, miten yhteistyö toimii alueellasi",
            "sv": "Kumppanuusbaro har öppnats – berätta hur samarbetet fungerar i din region",
            "en": "Kumppanuusbaro survey now open – tell us how cooperation works in your region",
        },
        "summary": {
            "fi": (
                "Syksyn Kumppanuusbaro-kysely on avoinna 9.11.2025 asti. Kysely kartoittaa "
                "kotoutumisen kentän yhteistyön tilaa ja kumppanuusohjelman kehittämistarpeita."
            ),
            "sv": (
                "Höstens Kumppanuusbaro är öppen till och med den 9 november 2025. Enkäten "
                "kartlägger läget för samarbetet inom integrationsfältet och behoven att utveckla "
                "partnerskapsprogrammet."
            ),
            "en": (
                "The autumn Kumppanuusbaro survey is open until 9 November 2025. It maps the state "
                "of cooperation in the integration field and how the partnership programme should "
                "develop."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen kumppanuusohjelman Kumppanuusbaro-kysely on avattu. "
                        "Kyselyllä seurataan kotoutumisen kentän yhteistyön tilaa ja kerätään "
                        "toimijoiden näkemyksiä kumppanuusohjelman toiminnasta. Kumppanuusbaro "
                        "toteutettiin ensimmäisen kerran vuonna 2020, ja strategian mukaisesti se "
                        "toteutetaan nyt kaksi kertaa vuodessa.</p><p>Kysely on avoinna 9.11.2025 "
                        "asti, ja siihen vastaaminen vie noin kymmenen minuuttia. Kyselyyn voi "
                        "vastata suomeksi, ruotsiksi tai selkosuomeksi osoitteessa "
                        '<a href="https://kotoutuminen.example.fi/kumppanuusbaro">'
                        "kotoutuminen.example.fi/kumppanuusbaro</a>.</p>"
                    ),
                ),
                ("heading", "Miksi vastata?"),
                (
                    "paragraph",
                    (
                        "<p>Aiemmissa kyselyissä joistakin maakunnista tuli hyvin vähän "
                        "vastauksia, minkä vuoksi alueellisia eroja oli vaikea arvioida. Toivomme "
                        "siksi vastauksia kaikista maakunnista ja kaikenlaisilta toimijoilta: "
                        "kunnista, hyvinvointialueilta, järjestöistä, oppilaitoksista, yrityksistä "
                        "ja maahanmuuttaneiden omista yhdistyksistä. Vastaaminen ei edellytä "
                        "Kumppanuusalustan jäsenyyttä, ja kyselyn linkkiä saa jakaa vapaasti "
                        "omissa verkostoissa.</p><p>Tulokset käsitellään ELY-keskusten "
                        "alueellisten koordinaattoreiden kokouksessa, ja niistä julkaistaan kooste "
                        "kotoutuminen.fi-sivustolla. Vastaukset käsitellään luottamuksellisesti, "
                        "eikä yksittäistä vastaajaa voi tunnistaa tuloksista. Tulokset ohjaavat "
                        "suoraan ohjelman toimintaa: esimerkiksi toive ruotsinkielisistä ja "
                        "selkokielisistä tilaisuuksista nousi esiin juuri Kumppanuusbaron "
                        "vastauksissa.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Partnerskapsprogrammets enkät Kumppanuusbaro har öppnats. Med enkäten "
                        "följer man upp läget för samarbetet inom integrationsfältet och samlar in "
                        "aktörernas synpunkter på partnerskapsprogrammets verksamhet. "
                        "Kumppanuusbaro genomfördes första gången 2020, och i enlighet med "
                        "strategin genomförs den nu två gånger per år.</p><p>Enkäten är öppen till "
                        "och med den 9 november 2025, och det tar ungefär tio minuter att besvara "
                        "den. Enkäten kan besvaras på finska, svenska eller lättläst finska på "
                        'adressen <a href="https://kotoutuminen.example.fi/kumppanuusbaro">'
                        "kotoutuminen.example.fi/kumppanuusbaro</a>.</p>"
                    ),
                ),
                ("heading", "Varför svara?"),
                (
                    "paragraph",
                    (
                        "<p>I de tidigare enkäterna kom det mycket få svar från vissa landskap, "
                        "och därför var det svårt att bedöma regionala skillnader. Vi hoppas "
                        "därför på svar från alla landskap och från alla slags aktörer: kommuner, "
                        "välfärdsområden, organisationer, läroanstalter, företag och invandrarnas "
                        "egna föreningar. Man behöver inte vara medlem på Partnerskapsplattformen "
                        "för att svara, och länken till enkäten får gärna spridas i de egna "
                        "nätverken.</p><p>Resultaten behandlas vid mötet för NTM-centralernas "
                        "regionala koordinatorer, och en sammanfattning publiceras på webbplatsen "
                        "integration.fi. Svaren behandlas konfidentiellt, och enskilda svarande "
                        "kan inte identifieras i resultaten. Resultaten styr direkt programmets "
                        "verksamhet: till exempel önskemålet om evenemang på svenska och på "
                        "lättläst språk kom fram just i svaren på Kumppanuusbaro.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The Kumppanuusbaro survey of the partnership programme for integration "
                        "is now open. The survey monitors the state of cooperation in the "
                        "integration field and collects actors' views on the partnership "
                        "programme's activities. Kumppanuusbaro was first carried out in 2020, and "
                        "in line with the strategy it is now conducted twice a year.</p><p>The "
                        "survey is open until 9 November 2025 and takes about ten minutes to "
                        "complete. You can answer in Finnish, Swedish or plain Finnish at "
                        '<a href="https://kotoutuminen.example.fi/kumppanuusbaro">'
                        "kotoutuminen.example.fi/kumppanuusbaro</a>.</p>"
                    ),
                ),
                ("heading", "Why take part?"),
                (
                    "paragraph",
                    (
                        "<p>In previous surveys, very few answers came from some regions, which "
                        "made regional differences hard to assess. We therefore hope to hear from "
                        "all regions and from all kinds of actors: municipalities, wellbeing "
                        "services counties, NGOs, educational institutions, businesses and "
                        "immigrants' own associations. You do not need to be a member of the "
                        "Partnership Platform to answer, and you are welcome to share the survey "
                        "link in your own networks.</p><p>The results will be discussed at a "
                        "meeting of the regional coordinators in the ELY centres, and a summary "
                        "will be published on the Integration.fi website. Answers are treated "
                        "confidentially, and no individual respondent can be identified from the "
                        "results. The results directly guide the programme's work: for example, "
                        "the wish for events in Swedish and in plain language came up precisely in "
                        "Kumppanuusbaro answers.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "regional-coordinators-meeting",
        "date": "2025-11-12",
        "authors": [],
        "topics": ["municipalities", "partnership"],
        "tags": {
            "fi": ["alueelliset koordinaattorit", "ELY-keskus", "kumppanuusohjelma"],
            "sv": ["regionala koordinatorer", "NTM-central", "partnerskapsprogrammet"],
            "en": ["regional coordinators", "ELY centres", "partnership programme"],
        },
        "image": "regions",
        "slug": {
            "fi": "alueelliset-koordinaattorit-kokoontuivat",
            "sv": "de-regionala-koordinatorerna-traffades",
            "en": "regional-coordinators-met",
        },
        "title": {
            "fi": (
                "Alueelliset koordinaattorit kokoontuivat – alueiden viestit ohjaavat kevään työtä"
            ),
            "sv": (
                "De regionala koordinatorerna träffades – signalerna från regionerna styr vårens "
                "arbete"
            ),
            "en": (
                "Regional coordinators met – signals from the regions will guide work in the spring"
            ),
        },
        "summary": {
            "fi": (
                "Kumppanuusohjelman alueelliset koordinaattorit kokoontuivat marraskuussa "
                "lähitapaamiseen. Esiin nousivat muun muassa digitaalisen asioinnin haasteet ja "
                "hajallaan oleva tieto."
            ),
            "sv": (
                "Partnerskapsprogrammets regionala koordinatorer träffades i november. Bland annat "
                "svårigheterna med digitala tjänster och den splittrade informationen lyftes fram."
            ),
            "en": (
                "The partnership programme's regional coordinators met in person in November. "
                "Issues raised included the difficulty of digital services and scattered "
                "information."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kumppanuusohjelman alueelliset koordinaattorit ELY-keskuksista ja "
                        "KEHA-keskuksesta kokoontuivat marraskuussa lähitapaamiseen. "
                        "Koordinaattorit tapaavat kuukausittain verkossa, mutta kerran vuodessa he "
                        "kokoontuvat yhteen arvioimaan kuluneen vuoden toimintaa ja "
                        "suunnittelemaan seuraavaa. Tapaamisessa käytiin läpi myös vuoden 2025 "
                        "rahoitusinfojen ja Kumppanuusbaron kokemuksia ja sovittiin, miten kyselyn "
                        "tuloksia hyödynnetään alueilla.</p>"
                    ),
                ),
                ("heading", "Alueilta nousseita viestejä"),
                (
                    "paragraph",
                    (
                        "<p>Tapaamisessa koottiin alueellisia signaaleja eli havaintoja, joita "
                        "koordinaattorit ovat tehneet alueidensa tilaisuuksissa ja verkostoissa. "
                        "Esiin nousivat muun muassa nämä:</p><ul><li>Tieto on hajallaan eri "
                        "alustoilla, ja toimijoiden on vaikea löytää sitä.</li><li>Digitaalinen "
                        "asiointi on monelle maahanmuuttaneelle vaikeaa.</li><li>Perheet, joilla "
                        "ei ole verkostoja, ovat usein muita haastavammassa tilanteessa.</li>"
                        "<li>Kulttuuri-, taide- ja liikuntatoimijat kannattaa ottaa mukaan "
                        "kumppanuustyöhön.</li></ul><p>Keväällä 2026 koordinaattorit järjestävät "
                        "alueellisia työpajoja, joissa kumppanuusohjelman strategiaa viedään "
                        "käytäntöön. Työpajoista kerrotaan tapahtumakalenterissa ja "
                        "uutiskirjeessä. Omalle alueelle toivottuja teemoja voi ehdottaa oman "
                        "ELY-keskuksen koordinaattorille tai Kumppanuusalustan kumppanuusohjelman "
                        "työtilassa. Tapaamisen muistio julkaistaan Kumppanuusalustalla.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Partnerskapsprogrammets regionala koordinatorer från NTM-centralerna "
                        "och UF-centret träffades i november. Koordinatorerna möts varje månad på "
                        "nätet, men en gång om året samlas de för att utvärdera det gångna årets "
                        "verksamhet och planera nästa. Vid mötet gick man också igenom "
                        "erfarenheterna av 2025 års finansieringsinfon och Kumppanuusbaro och kom "
                        "överens om hur enkätresultaten ska användas i regionerna.</p>"
                    ),
                ),
                ("heading", "Signaler från regionerna"),
                (
                    "paragraph",
                    (
                        "<p>Vid mötet samlades regionala signaler, det vill säga iakttagelser som "
                        "koordinatorerna har gjort vid evenemang och i nätverk i sina regioner. "
                        "Bland annat följande lyftes fram:</p><ul><li>Informationen är utspridd på "
                        "olika plattformar, och aktörerna har svårt att hitta den.</li>"
                        "<li>Digitala tjänster är svåra att använda för många invandrare.</li>"
                        "<li>Familjer som saknar nätverk befinner sig ofta i en svårare situation "
                        "än andra.</li><li>Aktörer inom kultur, konst och idrott bör tas med i "
                        "partnerskapsarbetet.</li></ul><p>Våren 2026 ordnar koordinatorerna "
                        "regionala workshoppar där partnerskapsprogrammets strategi omsätts i "
                        "praktiken. Information om workshopparna finns i evenemangskalendern och i "
                        "nyhetsbrevet. Teman som önskas i den egna regionen kan föreslås för "
                        "koordinatorn vid den egna NTM-centralen eller i partnerskapsprogrammets "
                        "arbetsrum på Partnerskapsplattformen. Promemorian från mötet publiceras "
                        "på Partnerskapsplattformen.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The partnership programme's regional coordinators from the ELY centres "
                        "and the KEHA centre met in person in November. The coordinators meet "
                        "online every month, but once a year they get together to review the past "
                        "year's work and plan the next. The meeting also reviewed experiences from "
                        "the 2025 funding information sessions and Kumppanuusbaro, and agreed on "
                        "how the survey results will be used in the regions.</p>"
                    ),
                ),
                ("heading", "Signals from the regions"),
                (
                    "paragraph",
                    (
                        "<p>The meeting gathered regional signals – observations the coordinators "
                        "have made at events and in networks in their regions. The issues raised "
                        "included the following:</p><ul><li>Information is scattered across "
                        "different platforms, and actors find it hard to locate.</li><li>Digital "
                        "services are difficult for many immigrants to use.</li><li>Families "
                        "without networks are often in a more difficult situation than others.</li>"
                        "<li>Arts, culture and sports organisations should be brought into "
                        "partnership work.</li></ul><p>In spring 2026 the coordinators will hold "
                        "regional workshops to put the partnership programme's strategy into "
                        "practice. The workshops will be announced in the events calendar and the "
                        "newsletter. Themes you would like to see in your region can be suggested "
                        "to the coordinator at your ELY centre or in the partnership programme's "
                        "workspace on the Partnership Platform. The minutes of the meeting will be "
                        "published on the Partnership Platform.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "newsletter-renewed",
        "date": "2026-01-14",
        "authors": [],
        "topics": ["partnership"],
        "tags": {
            "fi": ["uutiskirje", "selkokieli", "saavutettavuus"],
            "sv": ["nyhetsbrev", "lättläst språk", "tillgänglighet"],
            "en": ["newsletter", "plain language", "accessibility"],
        },
        "image": "welcome",
        "slug": {
            "fi": "uutiskirje-uudistuu",
            "sv": "nyhetsbrevet-fornyas",
            "en": "newsletter-renewed",
        },
        "title": {
            "fi": "Uutiskirje uudistuu: ruotsinkielinen versio ja selkokielinen tiivistelmä",
            "sv": "Nyhetsbrevet förnyas: en svensk version och en lättläst sammanfattning",
            "en": "The newsletter is renewed: a Swedish edition and a plain-language summary",
        },
        "summary": {
            "fi": (
                "Kotoutuminen.fi:n kuukausittainen uutiskirje ilmestyy helmikuusta 2026 alkaen "
                "myös ruotsiksi. Tilaajat voivat nyt valita itseään kiinnostavat aiheet."
            ),
            "sv": (
                "Från och med februari 2026 kommer det månatliga nyhetsbrevet från integration.fi "
                "ut också på svenska. Prenumeranterna kan nu välja de ämnen som intresserar dem."
            ),
            "en": (
                "From February 2026, the monthly Integration.fi newsletter will also be published "
                "in Swedish. Subscribers can now choose the topics that interest them."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutuminen.fi:n uutiskirje uudistuu helmikuusta 2026 alkaen. Kerran "
                        "kuussa ilmestyvä uutiskirje kertoo kotoutumisen ja pakolaisten "
                        "vastaanoton ajankohtaisista asioista, tapahtumista, tutkimuksesta ja "
                        "kumppanuusohjelman toiminnasta. Uudistuksella halutaan tavoittaa entistä "
                        "paremmin ruotsinkieliset toimijat sekä lukijat, joille suomenkielinen "
                        "ammattiteksti on vaikeaa. Kumppanuusohjelman ajankohtaiset asiat kootaan "
                        "jatkossa uutiskirjeeseen omaksi osiokseen.</p>"
                    ),
                ),
                ("heading", "Mikä muuttuu?"),
                (
                    "paragraph",
                    (
                        "<p>Uudistukset perustuvat lukijoilta ja Kumppanuusbaro-kyselystä saatuun "
                        "palautteeseen:</p><ul><li><b>Ruotsinkielinen versio.</b> Uutiskirje "
                        "ilmestyy samana päivänä suomeksi ja ruotsiksi.</li><li><b>Selkokielinen "
                        "tiivistelmä.</b> Jokainen numero alkaa lyhyellä selkokielisellä "
                        "koosteella kuukauden tärkeimmistä asioista.</li><li><b>Aiheiden valinta."
                        "</b> Tilaaja voi valita, mistä aiheista hän haluaa uutisia, esimerkiksi "
                        "työllisyydestä, kielenoppimisesta, pakolaisten vastaanotosta tai "
                        "tutkimuksesta.</li><li><b>Saavutettavuus.</b> Uutiskirjettä on helppo "
                        "lukea ruudunlukuohjelmalla ja mobiililaitteilla.</li></ul><p>Nykyisten "
                        "tilaajien ei tarvitse tehdä mitään. Kieli- ja aihevalintoja voi muuttaa "
                        "jokaisen uutiskirjeen lopussa olevan linkin kautta. Uutiskirjeen voi "
                        "tilata kotoutuminen.fi-sivuston alalaidasta, ja tilauksen voi perua "
                        "milloin tahansa. Uutiskirje on maksuton. Palautetta uudistuneesta "
                        "uutiskirjeestä voi antaa palautelomakkeella.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Nyhetsbrevet från integration.fi förnyas från och med februari 2026. "
                        "Nyhetsbrevet kommer ut en gång i månaden och berättar om aktuella frågor, "
                        "evenemang och forskning inom integration och flyktingmottagning samt om "
                        "partnerskapsprogrammets verksamhet. Med förnyelsen vill vi nå "
                        "svenskspråkiga aktörer bättre, liksom läsare som tycker att finsk "
                        "facktext är svår. Aktuellt från partnerskapsprogrammet samlas i "
                        "fortsättningen i en egen del av nyhetsbrevet.</p>"
                    ),
                ),
                ("heading", "Vad ändras?"),
                (
                    "paragraph",
                    (
                        "<p>Förnyelserna bygger på respons från läsarna och från enkäten "
                        "Kumppanuusbaro:</p><ul><li><b>En svensk version.</b> Nyhetsbrevet kommer "
                        "ut samma dag på finska och svenska.</li><li><b>En lättläst sammanfattning."
                        "</b> Varje nummer börjar med en kort sammanfattning på lättläst språk av "
                        "månadens viktigaste frågor.</li><li><b>Val av ämnen.</b> Prenumeranten "
                        "kan välja vilka ämnen hon eller han vill få nyheter om, till exempel "
                        "sysselsättning, språkinlärning, flyktingmottagning eller forskning.</li>"
                        "<li><b>Tillgänglighet.</b> Nyhetsbrevet är lätt att läsa med skärmläsare "
                        "och på mobila enheter.</li></ul><p>Nuvarande prenumeranter behöver inte "
                        "göra något. Val av språk och ämnen kan ändras via länken i slutet av "
                        "varje nyhetsbrev. Nyhetsbrevet kan beställas längst ner på webbplatsen "
                        "integration.fi, och prenumerationen kan sägas upp när som helst. "
                        "Nyhetsbrevet är avgiftsfritt. Respons på det förnyade nyhetsbrevet kan "
                        "ges via responsblanketten.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The Integration.fi newsletter will be renewed from February 2026. "
                        "Published once a month, the newsletter covers current issues, events and "
                        "research in integration and refugee reception, as well as the activities "
                        "of the partnership programme. The aim is to reach Swedish-speaking actors "
                        "better, as well as readers who find professional texts in Finnish "
                        "difficult. News from the partnership programme will now be gathered in a "
                        "section of its own.</p>"
                    ),
                ),
                ("heading", "What is changing?"),
                (
                    "paragraph",
                    (
                        "<p>The changes are based on feedback from readers and from the "
                        "Kumppanuusbaro survey:</p><ul><li><b>A Swedish edition.</b> The "
                        "newsletter will be published in Finnish and Swedish on the same day.</li>"
                        "<li><b>A plain-language summary.</b> Each issue will start with a short "
                        "plain-language summary of the month's most important news.</li><li>"
                        "<b>Choice of topics.</b> Subscribers can choose the topics they want news "
                        "about, such as employment, language learning, refugee reception or "
                        "research.</li><li><b>Accessibility.</b> The newsletter is easy to read "
                        "with a screen reader and on mobile devices.</li></ul><p>Current "
                        "subscribers do not need to do anything. Language and topic choices can be "
                        "changed through the link at the end of each newsletter. You can subscribe "
                        "at the bottom of the Integration.fi website and unsubscribe at any time. "
                        "The newsletter is free of charge. Feedback on the renewed newsletter can "
                        "be given through the feedback form.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "training-for-representatives-2026",
        "date": "2026-03-04",
        "authors": [],
        "topics": ["reception"],
        "tags": {
            "fi": ["koulutus", "edustajat", "ilman huoltajaa tulleet lapset"],
            "sv": ["utbildning", "företrädare", "barn utan vårdnadshavare"],
            "en": ["training", "representatives", "unaccompanied minors"],
        },
        "image": "dialogue",
        "slug": {
            "fi": "koulutus-edustajille-2026",
            "sv": "utbildning-for-foretradare-2026",
            "en": "training-for-representatives-2026",
        },
        "title": {
            "fi": "Koulutussarja ilman huoltajaa tulleiden lasten edustajille ja ammattilaisille",
            "sv": (
                "Utbildningsserie för företrädare för barn utan vårdnadshavare och för "
                "yrkesverksamma"
            ),
            "en": (
                "Training series for representatives of unaccompanied minors and for professionals"
            ),
        },
        "summary": {
            "fi": (
                "Huhtikuussa 2026 järjestettävä maksuton verkkokoulutus käsittelee lapsen etua, "
                "tiedonkulkua ja täysi-ikäistymisen siirtymää."
            ),
            "sv": (
                "Den avgiftsfria webbutbildningen i april 2026 behandlar barnets bästa, "
                "informationsgången och övergången till myndighetsåldern."
            ),
            "en": (
                "A free online training series in April 2026 covers the best interests of the "
                "child, information flow and the transition to adulthood."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen osaamiskeskus järjestää yhdessä ELY-keskusten kanssa "
                        "kolmiosaisen verkkokoulutuksen ilman huoltajaa tulleiden lasten ja "
                        "nuorten edustajille sekä heidän kanssaan työskenteleville "
                        "ammattilaisille. Koulutus on tarkoitettu myös vastaanottokeskusten, "
                        "ryhmäkotien, kuntien ja järjestöjen työntekijöille. Koulutuksessa "
                        "kuullaan edustajien, sosiaalityöntekijöiden ja nuorten omia kokemuksia, "
                        "ja osallistujat pääsevät keskustelemaan pienryhmissä.</p>"
                    ),
                ),
                ("heading", "Koulutuksen osat"),
                (
                    "paragraph",
                    (
                        "<p>Koulutus pidetään keskiviikkoisin klo 13–15:</p><ol><li><b>8.4.2026: "
                        "Lapsen etu käytännössä.</b> Edustajan tehtävä ja eri toimijoiden roolit "
                        "lapsen ympärillä.</li><li><b>15.4.2026: Tiedonkulku ja yhteistyö.</b> "
                        "Miten aikuiset sopivat keskenään, kuka kertoo lapselle mitäkin.</li><li>"
                        "<b>22.4.2026: Kohti täysi-ikäisyyttä.</b> Jälkihuolto, opiskelu, työ ja "
                        "asuminen siirtymävaiheessa.</li></ol><p>Koulutukseen voi osallistua "
                        "yhteen tai kaikkiin osiin. Osallistuminen on maksutonta. Koulutus on "
                        "suomeksi, ja ruotsinkielinen tulkkaus on saatavilla. Ilmoittautumisohjeet "
                        "löytyvät tapahtumakalenterista. Koulutus tallennetaan, ja tallenteet ovat "
                        "osallistujien käytettävissä kuukauden ajan. Koulutuksen materiaalit "
                        "jaetaan osallistujille Kumppanuusalustan työtilassa, jossa keskustelua "
                        "voi jatkaa koulutuksen jälkeenkin. Koulutus on osa osaamiskeskuksen työtä "
                        "pakolaisten vastaanoton ammattilaisten tukemiseksi.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Kompetenscentret för integration av invandrare ordnar tillsammans med "
                        "NTM-centralerna en webbutbildning i tre delar för företrädare för barn "
                        "och unga som kommit utan vårdnadshavare och för yrkesverksamma som "
                        "arbetar med dem. Utbildningen är också avsedd för anställda vid "
                        "förläggningar, gruppboenden, kommuner och organisationer. I utbildningen "
                        "får man höra företrädares, socialarbetares och ungas egna erfarenheter, "
                        "och deltagarna får diskutera i smågrupper.</p>"
                    ),
                ),
                ("heading", "Utbildningens delar"),
                (
                    "paragraph",
                    (
                        "<p>Utbildningen hålls på onsdagar kl. 13–15:</p><ol><li><b>8.4.2026: "
                        "Barnets bästa i praktiken.</b> Företrädarens uppdrag och de olika "
                        "aktörernas roller kring barnet.</li><li><b>15.4.2026: Informationsgång "
                        "och samarbete.</b> Hur de vuxna kommer överens om vem som berättar vad "
                        "för barnet.</li><li><b>22.4.2026: Mot myndighetsåldern.</b> Eftervård, "
                        "studier, arbete och boende i övergångsskedet.</li></ol><p>Man kan delta i "
                        "en eller alla delar. Deltagandet är avgiftsfritt. Utbildningen hålls på "
                        "finska, och tolkning till svenska finns att tillgå. Anvisningar för "
                        "anmälan finns i evenemangskalendern. Utbildningen spelas in, och "
                        "inspelningarna är tillgängliga för deltagarna i en månad. "
                        "Utbildningsmaterialet delas med deltagarna i ett arbetsrum på "
                        "Partnerskapsplattformen, där diskussionen kan fortsätta också efter "
                        "utbildningen. Utbildningen är en del av kompetenscentrets arbete för att "
                        "stödja yrkesverksamma inom flyktingmottagningen.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The Competence Centre for Integration of Immigrants, together with the "
                        "ELY centres, is organising a three-part online training series for "
                        "representatives of children and young people who arrive without a "
                        "guardian, and for professionals who work with them. The training is also "
                        "intended for staff at reception centres, group homes, municipalities and "
                        "NGOs. The training features experiences shared by representatives, social "
                        "workers and young people themselves, and participants will discuss in "
                        "small groups.</p>"
                    ),
                ),
                ("heading", "Parts of the training"),
                (
                    "paragraph",
                    (
                        "<p>The sessions take place on Wednesdays from 13:00 to 15:00:</p><ol><li>"
                        "<b>8 April 2026: The best interests of the child in practice.</b> The "
                        "representative's role and the roles of other actors around the child.</li>"
                        "<li><b>15 April 2026: Information flow and cooperation.</b> How adults "
                        "agree among themselves who tells the child what.</li><li><b>22 April "
                        "2026: Towards adulthood.</b> Aftercare, education, work and housing "
                        "during the transition.</li></ol><p>You can attend one session or all of "
                        "them. Participation is free of charge. The training is in Finnish, with "
                        "interpreting into Swedish available. Registration instructions can be "
                        "found in the events calendar. The sessions will be recorded, and the "
                        "recordings will be available to participants for one month. Training "
                        "materials will be shared with participants in a workspace on the "
                        "Partnership Platform, where the discussion can continue after the "
                        "training. The training is part of the Competence Centre's work to support "
                        "professionals in refugee reception.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "good-practices-from-workplaces",
        "date": "2026-10-21",
        "authors": [],
        "topics": ["employment", "municipalities"],
        "tags": {
            "fi": ["hyvät käytännöt", "työpaikat", "työllisyys"],
            "sv": ["goda praxis", "arbetsplatser", "sysselsättning"],
            "en": ["good practices", "workplaces", "employment"],
        },
        "image": "network",
        "slug": {
            "fi": "hyvia-kaytantoja-tyopaikoilta",
            "sv": "goda-praxis-fran-arbetsplatser",
            "en": "good-practices-from-workplaces",
        },
        "title": {
            "fi": (
                "Etsimme hyviä käytäntöjä: miten työpaikat tukevat maahanmuuttaneiden kotoutumista?"
            ),
            "sv": "Vi söker goda praxis: hur stöder arbetsplatser invandrares integration?",
            "en": "Call for good practices: how do workplaces support immigrants' integration?",
        },
        "summary": {
            "fi": (
                "Kotoutuminen.fi kerää hyviä käytäntöjä, joilla työpaikat tukevat "
                "maahanmuuttaneiden kotoutumista. Ehdotuksia voi lähettää 30.11.2026 asti."
            ),
            "sv": (
                "Integration.fi samlar in goda praxis för hur arbetsplatser stöder invandrares "
                "integration. Förslag kan skickas in till och med den 30 november 2026."
            ),
            "en": (
                "Integration.fi is collecting good practices showing how workplaces support "
                "immigrants' integration. Suggestions can be sent until 30 November 2026."
            ),
        },
        "body": {
            "fi": [
                (
                    "paragraph",
                    (
                        "<p>Kotoutumisen osaamiskeskus kokoaa kotoutuminen.fi-sivustolle hyviä "
                        "käytäntöjä, joilla työpaikat tukevat maahanmuuttaneiden työntekijöiden "
                        "kotoutumista. Etsimme esimerkkejä, joista muut työnantajat, kunnat ja "
                        "järjestöt voivat ottaa mallia. Työpaikka on monelle maahanmuuttaneelle "
                        "tärkein paikka oppia kieltä ja rakentaa verkostoja. Aiemmin sivustolle on "
                        "koottu hyviä käytäntöjä etenkin hankkeista. Nyt haluamme tuoda esiin myös "
                        "tavallisten työpaikkojen toimivia ratkaisuja, jotka eivät välttämättä ole "
                        "koskaan olleet osa mitään hanketta.</p>"
                    ),
                ),
                ("heading", "Millaisia käytäntöjä etsimme?"),
                (
                    "paragraph",
                    (
                        "<p>Ehdotus voi koskea esimerkiksi</p><ul><li>kielen oppimisen tukemista "
                        "työpaikalla</li><li>perehdytystä ja mentorointia</li>"
                        "<li>rekrytointiyhteistyötä kunnan työllisyyspalvelujen tai oppilaitosten "
                        "kanssa</li><li>aiemman osaamisen tunnistamista ja urapolkuja.</li></ul>"
                        "<p>Käytännön ei tarvitse olla suuri tai valmis: myös pienet, arjessa "
                        "hyviksi havaitut tavat kiinnostavat. Ehdotuksen voi lähettää kuka "
                        "tahansa: työnantaja, kunta, järjestö, hanke tai työntekijä itse. "
                        "Ehdotukseen riittää lyhyt kuvaus käytännöstä ja yhteystiedot. Ehdotuksia "
                        "otetaan vastaan 30.11.2026 asti "
                        '<a href="https://kotoutuminen.example.fi/fi/hyvat-kaytannot/ehdota">'
                        "ehdotuslomakkeella</a>. Valitut käytännöt julkaistaan sivustolla, ja osa "
                        "niistä esitellään alkuvuoden 2027 webinaarissa. Kysymyksiä voi lähettää "
                        "osoitteeseen osaamiskeskus@example.fi.</p>"
                    ),
                ),
            ],
            "sv": [
                (
                    "paragraph",
                    (
                        "<p>Kompetenscentret för integration av invandrare samlar på webbplatsen "
                        "integration.fi goda praxis för hur arbetsplatser stöder invandrade "
                        "anställdas integration. Vi söker exempel som andra arbetsgivare, kommuner "
                        "och organisationer kan ta modell av. För många invandrare är "
                        "arbetsplatsen det viktigaste stället att lära sig språket och bygga "
                        "nätverk. Tidigare har webbplatsen främst samlat goda praxis från projekt. "
                        "Nu vill vi också lyfta fram fungerande lösningar från vanliga "
                        "arbetsplatser, lösningar som kanske aldrig har varit en del av något "
                        "projekt.</p>"
                    ),
                ),
                ("heading", "Vilka slags praxis söker vi?"),
                (
                    "paragraph",
                    (
                        "<p>Förslaget kan gälla till exempel</p><ul><li>stöd för språkinlärning på "
                        "arbetsplatsen</li><li>introduktion och mentorskap</li>"
                        "<li>rekryteringssamarbete med kommunens sysselsättningstjänster eller "
                        "läroanstalter</li><li>erkännande av tidigare kompetens och karriärvägar."
                        "</li></ul><p>Praxisen behöver inte vara stor eller färdig: också små sätt "
                        "som har visat sig fungera i vardagen är intressanta. Vem som helst kan "
                        "skicka in ett förslag: en arbetsgivare, en kommun, en organisation, ett "
                        "projekt eller en anställd själv. Det räcker med en kort beskrivning av "
                        "praxisen och kontaktuppgifter. Förslag tas emot till och med den 30 "
                        "november 2026 via "
                        '<a href="https://kotoutuminen.example.fi/sv/goda-praxis/foresla">'
                        "förslagsblanketten</a>. De utvalda exemplen publiceras på webbplatsen, "
                        "och en del av dem presenteras vid ett webbinarium i början av 2027. "
                        "Frågor kan skickas till osaamiskeskus@example.fi.</p>"
                    ),
                ),
            ],
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The Competence Centre for Integration of Immigrants is collecting good "
                        "practices for the Integration.fi website showing how workplaces support "
                        "the integration of immigrant employees. We are looking for examples that "
                        "other employers, municipalities and NGOs can learn from. For many "
                        "immigrants, the workplace is the most important place to learn the "
                        "language and build networks. Until now, the good practices on the site "
                        "have mainly come from projects. Now we also want to highlight effective "
                        "solutions from ordinary workplaces that may never have been part of any "
                        "project.</p>"
                    ),
                ),
                ("heading", "What kinds of practices are we looking for?"),
                (
                    "paragraph",
                    (
                        "<p>A suggestion might concern, for example,</p><ul><li>supporting "
                        "language learning at work</li><li>induction and mentoring</li>"
                        "<li>recruitment cooperation with municipal employment services or "
                        "educational institutions</li><li>recognising prior learning and career "
                        "paths.</li></ul><p>The practice does not have to be large or finished: "
                        "small everyday ways of working that have proved useful are of interest, "
                        "too. Anyone can send a suggestion: an employer, a municipality, an NGO, a "
                        "project or an employee. A short description of the practice and contact "
                        "details are enough. Suggestions are accepted until 30 November 2026 "
                        "through the "
                        '<a href="https://kotoutuminen.example.fi/en/good-practices/suggest">'
                        "suggestion form</a>. Selected practices will be published on the website, "
                        "and some of them will be presented at a webinar in early 2027. Questions "
                        "can be sent to osaamiskeskus@example.fi.</p>"
                    ),
                ),
            ],
        },
    },
]
