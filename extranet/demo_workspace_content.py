"""Words the demo workspaces are made of: the workspaces themselves, their discussions, files,
folders, links and meetings, in Finnish (most), Swedish and English.

Each workspace has a theme; discussions are drawn from the threads of its theme and language,
then from the general ones, so that neighbouring workspaces talk about different things. Names
of people are never written here: the seed puts real demo members into the texts as mentions.
"""

# fmt: off

# laura: the known demo member's place in the workspace ("owner", "admin", "member",
# "request" = a pending request to join, or absent). state: "active", "archived" or "closed"
# (closed by the administrators, with close_reason).
WORKSPACES = [
    {
        "slug": "pirkanmaan-kotoutumiskoordinaattorit", "language": "fi",
        "name": "Pirkanmaan kotoutumiskoordinaattorit",
        "description": "Pirkanmaan kuntien kotoutumiskoordinaattorien yhteinen työtila. Valmistelemme kotoutumisohjelmia, jaamme kokemuksia kotoutumislain toimeenpanosta ja sovimme alueellisista koulutuspäivistä. Kuukausitapaamiset pidetään etäyhteydellä kuun toisena tiistaina.",
        "purpose": "working-group", "visibility": "closed", "state": "active", "members": 18,
        "theme": "coordination", "topics": ["municipalities", "partnership"], "days_old": 540,
        "laura": "owner", "requests": 2,
    },
    {
        "slug": "kielikoulutuksen-polut", "language": "fi",
        "name": "Kielikoulutuksen polut -hanke",
        "description": "Hanke kehittää joustavia kielikoulutuksen polkuja kotoutumiskoulutusta odottaville ja työn ohessa opiskeleville. Työtilassa ovat mukana hankkeen osatoteuttajat, ohjausryhmä ja kiinnostuneet kunnat.",
        "purpose": "project", "visibility": "open", "state": "active", "members": 26,
        "theme": "language", "topics": ["language-learning"], "days_old": 420, "laura": "admin",
    },
    {
        "slug": "kotoutumisen-kumppanuusverkosto", "language": "fi",
        "name": "Kotoutumisen kumppanuusverkosto",
        "description": "Kumppanuusohjelman avoin verkosto järjestöille ja viranomaisille. Täällä etsitään yhteistyökumppaneita, kerrotaan hyvistä käytännöistä ja valmistellaan alueellisia tapaamisia.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 40,
        "theme": "general", "topics": ["partnership"], "days_old": 700, "laura": "member",
    },
    {
        "slug": "jarjestojen-vapaaehtoisverkosto", "language": "fi",
        "name": "Järjestöjen vapaaehtoisverkosto",
        "description": "Kotoutumista tukevien järjestöjen vapaaehtoistoiminnan koordinaattorit: perehdytys, vapaaehtoisten jaksaminen, läksykerhot, kielikahvilat ja ystävätoiminta.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 34,
        "theme": "volunteers", "topics": ["partnership"], "days_old": 610,
    },
    {
        "slug": "kotoutumispaivien-jarjestelytiimi", "language": "fi",
        "name": "Kotoutumispäivien järjestelytiimi",
        "description": "Valtakunnallisten Kotoutumispäivien ohjelma, puhujat, tilat ja viestintä. Työtila on vain järjestelytiimille.",
        "purpose": "event", "visibility": "secret", "state": "active", "members": 9,
        "theme": "event", "topics": ["partnership"], "days_old": 160, "laura": "member",
    },
    {
        "slug": "tyoelamaan-kotoutuminen-uusimaa", "language": "fi",
        "name": "Työelämään kotoutuminen Uudellamaalla",
        "description": "Uudenmaan työllisyyspalvelujen, kuntien ja järjestöjen työryhmä. Kehitämme työnantajayhteistyötä, osaamisen tunnistamista ja työpaikalla tapahtuvaa kielenoppimista.",
        "purpose": "working-group", "visibility": "closed", "state": "active", "members": 22,
        "theme": "employment", "topics": ["employment"], "days_old": 380, "laura": "request",
        "requests": 1,
    },
    {
        "slug": "selkokieli-kotoutumistyon-viestinnassa", "language": "fi",
        "name": "Selkokieli kotoutumistyön viestinnässä",
        "description": "Vinkkejä, esimerkkejä ja vertaisapua selkokieliseen ja monikieliseen viestintään. Kommentoimme toistemme luonnoksia ja kokoamme hyviä käytäntöjä.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 15,
        "theme": "communication", "topics": ["partnership"], "days_old": 300,
    },
    {
        "slug": "ilman-huoltajaa-tulleiden-lasten-edustajat", "language": "fi",
        "name": "Ilman huoltajaa tulleiden lasten edustajat",
        "description": "Edustajien ja heidän kanssaan työskentelevien vertaistila. Keskustelemme käytännöistä, emme yksittäisten lasten asioista.",
        "purpose": "network", "visibility": "secret", "state": "active", "members": 7,
        "theme": "youth", "topics": ["reception"], "days_old": 820,
    },
    {
        "slug": "kuntien-kotoutumisohjelmat-2022-2025", "language": "fi",
        "name": "Kuntien kotoutumisohjelmat 2022–2025",
        "description": "Edellisen ohjelmakauden valmistelun työtila. Arkistoitu, kun ohjelmat hyväksyttiin; aineistot ovat edelleen luettavissa.",
        "purpose": "working-group", "visibility": "open", "state": "archived", "members": 12,
        "theme": "coordination", "topics": ["municipalities"], "days_old": 1100,
        "laura": "member",
    },
    {
        "slug": "jarjestojen-rahoitusinfot", "language": "fi",
        "name": "Järjestöjen rahoitusinfot",
        "description": "Rahoitushaut, hakuinfot ja vinkit kotoutumistyötä tekeville järjestöille. Rahoitusinfot pidetään kahdesti vuodessa.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 28,
        "theme": "funding", "topics": ["partnership"], "days_old": 480,
    },
    {
        "slug": "monikielisen-neuvonnan-kehittajat", "language": "fi",
        "name": "Monikielisen neuvonnan kehittäjät",
        "description": "Neuvontapisteiden ja kuntien asiakasneuvonnan kehittäjät. Jaamme kokemuksia etätulkkauksesta, ajanvarauksesta ja ohjauksen laadusta.",
        "purpose": "working-group", "visibility": "closed", "state": "active", "members": 11,
        "theme": "communication", "topics": ["municipalities"], "days_old": 260, "requests": 1,
    },
    {
        "slug": "ohjaamot-ja-maahan-muuttaneet-nuoret", "language": "fi",
        "name": "Ohjaamot ja maahan muuttaneet nuoret",
        "description": "Ohjaamojen ja nuorten palvelujen verkosto: miten tavoitamme maahan muuttaneet nuoret ja tuemme heitä koulutukseen ja työhön.",
        "purpose": "network", "visibility": "closed", "state": "active", "members": 16,
        "theme": "youth", "topics": ["employment"], "days_old": 350, "requests": 1,
    },
    {
        "slug": "kumppanuusbaron-tyoryhma", "language": "fi",
        "name": "Kumppanuusbaron työryhmä",
        "description": "Kahdesti vuodessa tehtävän Kumppanuusbaro-kyselyn suunnittelu ja tulosten analysointi.",
        "purpose": "working-group", "visibility": "secret", "state": "active", "members": 6,
        "theme": "research", "topics": ["research", "partnership"], "days_old": 400,
    },
    {
        "slug": "kotoutumisen-tutkimusverkosto", "language": "fi",
        "name": "Kotoutumisen tutkimusverkosto",
        "description": "Tutkijoiden ja käytännön toimijoiden kohtaamispaikka: uudet julkaisut, tilastojen tulkinta ja tutkimuswebinaarien ideat.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 20,
        "theme": "research", "topics": ["research"], "days_old": 650,
    },
    {
        "slug": "vertaismentorointi-tyonhaussa", "language": "fi",
        "name": "Vertaismentorointi työnhaussa",
        "description": "Hanke, jossa työelämässä olevat maahan muuttaneet mentoroivat työnhakijoita. Työtilassa ovat hankkeen työntekijät ja yhteistyökumppanit.",
        "purpose": "project", "visibility": "closed", "state": "active", "members": 10,
        "theme": "employment", "topics": ["employment"], "days_old": 230,
    },
    {
        "slug": "luetaan-yhdessa-tampere", "language": "fi",
        "name": "Luetaan yhdessä -ryhmät Tampereella",
        "description": "Tamperelaisten Luetaan yhdessä -ryhmien ohjaajien työtila: ryhmien tilat, materiaalit ja uusien ohjaajien perehdytys.",
        "purpose": "project", "visibility": "open", "state": "active", "members": 8,
        "theme": "volunteers", "topics": ["language-learning"], "days_old": 200,
    },
    {
        "slug": "kiintiopakolaisten-vastaanotto-kunnissa", "language": "fi",
        "name": "Kiintiöpakolaisten vastaanotto kunnissa",
        "description": "Kuntien ja hyvinvointialueiden työryhmä kiintiöpakolaisten vastaanoton käytännöistä: asunnot, ensimmäiset viikot ja monialainen yhteistyö.",
        "purpose": "working-group", "visibility": "closed", "state": "active", "members": 14,
        "theme": "coordination", "topics": ["reception", "municipalities"], "days_old": 560,
    },
    {
        "slug": "uusi-kotoutumislaki-kaytantoon", "language": "fi",
        "name": "Uusi kotoutumislaki käytäntöön",
        "description": "Avoin työtila kotoutumislain toimeenpanosta kunnissa. Kysy, vastaa ja jaa ohjeita ja malleja.",
        "purpose": "working-group", "visibility": "open", "state": "active", "members": 38,
        "theme": "coordination", "topics": ["municipalities"], "days_old": 450, "laura": "member",
    },
    {
        "slug": "syysseminaari-2024", "language": "fi",
        "name": "Syysseminaari 2024 – järjestelyt",
        "description": "Syysseminaarin 2024 järjestelyt. Seminaari on pidetty, ja työtila on arkistoitu.",
        "purpose": "event", "visibility": "closed", "state": "archived", "members": 5,
        "theme": "event", "topics": [], "days_old": 520,
    },
    {
        "slug": "maahanmuuttajataustaisten-jarjestojen-foorumi", "language": "fi",
        "name": "Maahanmuuttajataustaisten järjestöjen foorumi",
        "description": "Maahanmuuttajien omien järjestöjen ja niiden kumppanien foorumi. Kerromme toiminnasta, etsimme yhteistyökumppaneita ja jaamme tietoa rahoituksesta.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 19,
        "theme": "volunteers", "topics": ["partnership"], "days_old": 330,
    },
    {
        "slug": "vapaa-sana", "language": "fi",
        "name": "Vapaa sana",
        "description": "Avoin keskustelu kaikesta kotoutumistyöhön liittyvästä.",
        "purpose": "other", "visibility": "open", "state": "closed", "members": 13,
        "theme": "general", "topics": [], "days_old": 280, "laura": "member",
        "close_reason": "Työtilaan kirjoitettiin toistuvasti asiakkaiden tunnistettavia tietoja ja kotoutumistyöhön liittymättömiä mainoksia, eikä työtilan omistaja ole tavoitettavissa. Työtila on suljettu, ja sen sisältö on jäsenten luettavissa. Jos tarvitset työtilan aineistoja tai haluat jatkaa keskustelua uudessa työtilassa, ota yhteyttä ylläpitoon.",
    },
    {
        "slug": "digiohjaus-ja-asiointi", "language": "fi",
        "name": "Digiohjaus ja asiointi",
        "description": "Hanke, joka kehitti digitaitojen ohjausta ja sähköistä asiointia kotoutujille. Hanke päättyi, ja työtila on arkistoitu.",
        "purpose": "project", "visibility": "closed", "state": "archived", "members": 9,
        "theme": "communication", "topics": [], "days_old": 900,
    },
    {
        "slug": "integrationsnatverket-i-osterbotten", "language": "sv",
        "name": "Integrationsnätverket i Österbotten",
        "description": "Nätverk för kommunernas integrationssamordnare, välfärdsområdet och organisationer i Österbotten. Vi delar erfarenheter och planerar gemensamma utbildningar.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 21,
        "theme": "coordination", "topics": ["municipalities", "partnership"], "days_old": 590,
        "laura": "member",
    },
    {
        "slug": "sprakcafeer-i-aboland", "language": "sv",
        "name": "Språkcaféer i Åboland",
        "description": "Volontärer och samordnare för språkcaféerna i Åboland: scheman, material och introduktion av nya värdar.",
        "purpose": "project", "visibility": "open", "state": "active", "members": 12,
        "theme": "volunteers", "topics": ["language-learning"], "days_old": 310,
    },
    {
        "slug": "svenska-som-andrasprak-i-vuxenutbildningen", "language": "sv",
        "name": "Svenska som andraspråk i vuxenutbildningen",
        "description": "Arbetsgrupp för lärare och planerare inom integrationsutbildningen på svenska.",
        "purpose": "working-group", "visibility": "closed", "state": "active", "members": 9,
        "theme": "language", "topics": ["language-learning"], "days_old": 270, "requests": 1,
    },
    {
        "slug": "integrationsdagarna-2026", "language": "sv",
        "name": "Integrationsdagarna 2026 – arbetsgrupp",
        "description": "Arbetsgruppen som planerar Integrationsdagarna 2026. Endast för arbetsgruppen.",
        "purpose": "event", "visibility": "secret", "state": "active", "members": 6,
        "theme": "event", "topics": ["partnership"], "days_old": 90,
    },
    {
        "slug": "mottagning-av-kvotflyktingar-pa-aland", "language": "sv",
        "name": "Mottagning av kvotflyktingar på Åland",
        "description": "Arbetsgruppen för mottagningen 2023. Arkiverad när mottagningen övergick till ordinarie verksamhet.",
        "purpose": "working-group", "visibility": "closed", "state": "archived", "members": 4,
        "theme": "coordination", "topics": ["reception"], "days_old": 760,
    },
    {
        "slug": "nordic-integration-exchange", "language": "en",
        "name": "Nordic Integration Exchange",
        "description": "An open network for practitioners and researchers comparing integration services in the Nordic countries. Working language English.",
        "purpose": "network", "visibility": "open", "state": "active", "members": 24,
        "theme": "research", "topics": ["research", "partnership"], "days_old": 500,
        "laura": "member",
    },
    {
        "slug": "amif-project-partners", "language": "en",
        "name": "AMIF project partners",
        "description": "Partners of a project funded by the Asylum, Migration and Integration Fund: reporting, budgets and the steering group.",
        "purpose": "project", "visibility": "closed", "state": "active", "members": 10,
        "theme": "funding", "topics": ["partnership"], "days_old": 340, "requests": 1,
    },
    {
        "slug": "international-recruitment-and-integration", "language": "en",
        "name": "International recruitment and integration",
        "description": "Employers, municipalities and service providers working on the integration of people recruited from abroad and their families.",
        "purpose": "working-group", "visibility": "secret", "state": "active", "members": 8,
        "theme": "employment", "topics": ["employment"], "days_old": 210,
    },
]

# A discussion: title, opening post, replies in order. pinned/locked as said. Themes:
# coordination, language, event, volunteers, employment, communication, youth, research,
# funding, general.
THREADS = {
    "fi": [
        {
            "theme": "general", "pinned": True, "locked": True,
            "title": "Työtilan pelisäännöt",
            "opening": "Muutama yhteinen pelisääntö:\n\n1. Emme käsittele asiakkaiden tai muiden yksityishenkilöiden tunnistettavia tietoja.\n2. Jaamme tiedostot työtilassa sähköpostiliitteiden sijaan, jotta uusin versio löytyy aina samasta paikasta.\n3. Jokainen vastaa jakamastaan sisällöstä. Kunnioitetaan toisiamme myös erimielisinä.\n\nKysymykset työtilan ylläpitäjille.",
            "replies": ["Kiitos selkeistä ohjeista!"],
        },
        {
            "theme": "general", "title": "Esittäytykää!",
            "opening": "Tervetuloa työtilaan! Kertokaa lyhyesti, keitä olette, missä työskentelette ja mitä toivotte tältä työtilalta.",
            "replies": [
                "Hei! Olen kotoutumisen asiantuntija kunnasta ja toivon vinkkejä monialaiseen yhteistyöhön hyvinvointialueen kanssa.",
                "Moikka, työskentelen järjestössä vapaaehtoistoiminnan koordinaattorina. Kiva olla mukana!",
                "Hei kaikki, teen väitöskirjaa kotoutumispalveluista ja olen kiinnostunut käytännön kokemuksista.",
                "Tervehdys Pohjois-Savosta! Vastaan alueemme kotoutumisohjelmasta ja kielikoulutuksen koordinoinnista.",
            ],
        },
        {
            "theme": "coordination", "title": "Kotoutumisohjelman päivitys: aikataulu ja vastuut",
            "opening": "Hei kaikki! Kotoutumisohjelman päivitys pitää saada valtuuston käsittelyyn ennen vuodenvaihdetta. Ehdotan, että jaamme luvut niin, että työllisyys- ja osaamisosio tulee työllisyyspalveluilta, sosiaali- ja terveyspalvelujen osuus hyvinvointialueelta ja järjestöyhteistyö meiltä.\n\nLuonnos olisi hyvä saada kommenteille syyskuun loppuun mennessä. Lisäsin tiedostoihin edellisen ohjelman rakenteen pohjaksi.",
            "replies": [
                "Hyvinvointialueen osuus onnistuu. Tarvitsemme kuitenkin ajantasaiset luvut alkuvaiheen palveluista – saako ne kunnan tilastoista, vai pitääkö ne pyytää erikseen?",
                "Järjestöjen kuulemistilaisuus kannattaa pitää ennen kuin luonnos lukitaan. Viimeksi palaute tuli niin myöhään, ettei sitä ehditty ottaa huomioon.",
                "Hyvä huomio. Varataan kuulemiselle aika syyskuun alkuun, lisään kutsun tapahtumiin.",
                "Muistakaa myös, että uusi kotoutumislaki edellyttää ohjelmaan arvion edellisen kauden tavoitteiden toteutumisesta.",
            ],
        },
        {
            "theme": "coordination", "title": "Alkukartoitukset ruuhkautuvat – miten muualla on ratkaistu?",
            "opening": "Meillä alkukartoitukseen on tällä hetkellä noin kuuden viikon jono, ja osa asiakkaista ehtii aloittaa työn ennen kartoitusta. Onko teillä kokemuksia ryhmämuotoisista kartoituksista tai tulkkauksen järjestelyistä, jotka nopeuttaisivat prosessia?",
            "replies": [
                "Kokeilimme keväällä ryhmäinfoa ennen yksilöllistä kartoitusta. Perustiedot ja lomakkeet käytiin läpi tulkin kanssa ryhmässä, ja yksilötapaamisessa jäi aikaa varsinaiselle keskustelulle. Jono lyheni noin kahteen viikkoon.",
                "Meillä etätulkkaus on nopeuttanut eniten. Harvinaisempien kielten tulkin saaminen paikan päälle kesti joskus viikkoja.",
                "Kiinnostava kokemus ryhmäinfosta! Voisitteko jakaa sen rungon tai esityksen?",
                "Lisään ryhmäinfon rungon tiedostoihin tällä viikolla.",
            ],
        },
        {
            "theme": "coordination", "title": "Kuukausitapaamisen asialista",
            "opening": "Seuraavan tapaamisen asialistaluonnos:\n\n1. Kuulumiskierros kunnista\n2. Kotoutumislain toimeenpano: mitä ensimmäisestä vuodesta on opittu\n3. Kuntapaikat ja kotikuntaselvitykset\n4. Alueellinen koulutuspäivä keväällä\n\nLisätkää ehdotuksia tähän ketjuun perjantaihin mennessä.",
            "replies": [
                "Voisimmeko ottaa mukaan myös monialaisen yhteistyön sopimukset hyvinvointialueen kanssa? Meillä neuvottelut ovat jumissa.",
                "Kannatan. Kohdan 3 voisi aloittaa lyhyellä katsauksella ELY-keskuksesta.",
                "Lisäsin molemmat. Muistio tulee tapaamisen jälkeen kansioon Kokousmuistiot.",
            ],
        },
        {
            "theme": "coordination", "title": "Kiintiöpakolaisten asunnot ja ensimmäiset viikot",
            "opening": "Tänä vuonna kuntaamme saapuu kaksi suurta perhettä, ja sopivia asuntoja on vaikea löytää. Miten teillä on tehty yhteistyötä vuokrataloyhtiöiden kanssa? Entä kuka hoitaa ensimmäisten viikkojen käytännön asiat, kuten pankkitilin ja kaupassa asioinnin?",
            "replies": [
                "Meillä kaupungin vuokrataloyhtiö varaa vuosittain muutaman asunnon kiintiöpakolaisille. Sopimus tehdään keväällä, kun kuntapaikat on vahvistettu.",
                "Ensimmäiset viikot hoitaa meillä ohjaaja yhdessä järjestön vapaaehtoisten kanssa. Vapaaehtoiset tekevät kauppareissut ja tutustuttavat lähiympäristöön.",
                "Suurille perheille kannattaa tarkistaa myös päivähoito- ja koulupaikat jo ennen saapumista.",
            ],
        },
        {
            "theme": "language", "title": "Kielikoulutuksen odotusajat ja välivaiheen toiminta",
            "opening": "Monella alueella kotoutumiskoulutukseen joutuu odottamaan kuukausia. Hankkeessa kokoamme tietoa siitä, millaista välivaiheen toimintaa – kielikahviloita, omatoimisen opiskelun tukea, työpaikkasuomea – alueilla on tarjolla ja miten se on rahoitettu.\n\nKertokaa omasta kunnastanne, niin kokoan yhteenvedon seuraavaan ohjausryhmään.",
            "replies": [
                "Tampereella kirjasto ja kansalaisopisto järjestävät yhdessä matalan kynnyksen kielikahviloita neljänä päivänä viikossa. Rahoitus tulee kaupungin kotoutumisen kehittämisrahasta.",
                "Meillä on hyviä kokemuksia verkkokursseista, mutta moni tarvitsee alkuun apua laitteiden ja tunnusten kanssa.",
                "Työpaikkasuomi on toiminut parhaiten silloin, kun työnantaja antaa opiskeluun aikaa työpäivän aikana.",
                "Kiitos! Yhteenveto on nyt tiedostoissa. Täydentäkää, jos jotain puuttuu.",
            ],
        },
        {
            "theme": "language", "title": "Lukutaitokoulutuksen ryhmäkoot",
            "opening": "Lukutaitokoulutuksen ryhmät ovat meillä kasvaneet 18 opiskelijaan, mikä on opettajien mukaan liikaa. Millaisilla ryhmäkoilla te toimitte, ja onko ryhmissä avustaja?",
            "replies": [
                "Meillä enimmäiskoko on 12, ja jokaisessa ryhmässä on omakielinen ohjaaja vähintään kahtena päivänä viikossa.",
                "Ryhmäkoon lisäksi kannattaa katsoa tasoryhmittelyä. Kun ryhmässä on sekä lukutaidottomia että toisella kirjoitusjärjestelmällä lukevia, tahti ei sovi kenellekään.",
                "Tämä kannattaa nostaa myös hankkeen loppuraporttiin suosituksena.",
            ],
        },
        {
            "theme": "language", "title": "Kielitaidon arviointi koulutuksen lopussa",
            "opening": "Ohjausryhmä toivoi, että vertaisimme, miten kielitaito arvioidaan koulutuksen lopussa. Osa toteuttajista käyttää omaa testiä, osa ohjaa opiskelijat yleisiin kielitutkintoihin. Miten teillä toimitaan?",
            "replies": [
                "Käytämme koulutuksen päättötestinä samaa testiä kaikissa ryhmissä, jotta tulokset ovat vertailukelpoisia. Kansalaisuutta hakeville suosittelemme lisäksi yleistä kielitutkintoa.",
                "Suullisen taidon arviointiin on hyvä varata aikaa. Kirjallinen testi ei kerro, miten opiskelija pärjää asiakaspalvelussa.",
                "Kokoan vastaukset taulukkoon tiedostoihin.",
            ],
        },
        {
            "theme": "event", "title": "Ohjelmaluonnos ja puhujat",
            "opening": "Ohjelmaluonnos on nyt tiedostoissa. Aamupäivän pääpuheenvuoroon olemme pyytäneet ministeriön edustajaa, ja iltapäivälle on suunniteltu kolme rinnakkaista työpajaa: työllisyys, kielikoulutus ja järjestöyhteistyö.\n\nTarvitsemme vielä fasilitaattorit työpajoihin. Kuka ehtisi?",
            "replies": [
                "Voin fasilitoida kielikoulutuksen työpajan.",
                "Otan järjestöyhteistyön. Kannattaisiko pyytää mukaan joku maahanmuuttajien omasta järjestöstä kertomaan heidän näkökulmastaan?",
                "Ehdottomasti. Kysyn asiaa yhteistyöjärjestöltämme.",
                "Päivitin ohjelman. Tarkistakaa vielä nimet ja tehtävänimikkeet.",
            ],
        },
        {
            "theme": "event", "title": "Tila, tarjoilu ja saavutettavuus",
            "opening": "Tilavaraus on vahvistettu: 120 hengen sali ja kolme pienempää työpajatilaa. Sali on esteetön, ja siinä on induktiosilmukka. Tarjoilua varten tarvitsemme tiedot erityisruokavalioista ilmoittautumislomakkeelta.\n\nTarvitaanko tulkkausta tai selkokielistä ohjelmaa?",
            "replies": [
                "Lisätään ilmoittautumiseen kysymys tulkkauksesta. Viittomakielen tulkki pitää varata viimeistään kuukautta ennen.",
                "Ohjelma kannattaa julkaista myös selkokielisenä ja ruotsiksi.",
                "Teen ruotsinkielisen version, kun ohjelma on lukittu.",
            ],
        },
        {
            "theme": "event", "title": "Palautekyselyn tulokset",
            "opening": "Palautekyselyyn vastasi 64 osallistujaa. Kokonaisarvosana oli 4,3/5. Eniten kiitosta saivat työpajat ja mahdollisuus verkostoitua; kehitettävää oli aikataulussa, sillä päivä koettiin liian tiiviiksi.\n\nKoonti on tiedostoissa.",
            "replies": [
                "Hyvä tulos! Ensi kerralla voisimme lyhentää aamupäivän puheenvuoroja ja pidentää kahvitaukoa.",
                "Moni toivoi materiaaleja etukäteen. Ne voisi jakaa jo viikkoa ennen tapahtumaa.",
            ],
        },
        {
            "theme": "volunteers", "title": "Uusien vapaaehtoisten perehdytys syksyllä",
            "opening": "Syksyn perehdytysilta uusille vapaaehtoisille pidetään lokakuun toisella viikolla. Käymme läpi vaitiolovelvollisuuden, omien rajojen asettamisen ja sen, mistä saa apua vaikeissa tilanteissa.\n\nTarvitsemme kaksi kokenutta vapaaehtoista kertomaan kokemuksistaan. Ilmoittautukaa tähän ketjuun!",
            "replies": [
                "Voin tulla kertomaan läksykerhosta. Olen ollut mukana kolme vuotta.",
                "Minä voin kertoa ystävätoiminnasta, jos ilta sopii aikatauluuni.",
                "Kiitos molemmille! Lähetän teille tarkemmat tiedot.",
                "Muistakaa mainita myös vapaaehtoisten vakuutus, siitä kysytään aina.",
            ],
        },
        {
            "theme": "volunteers", "title": "Läksykerhon tilat kevätkaudelle",
            "opening": "Kirjasto ei voi enää tarjota tiloja tiistai-iltaisin. Tiedättekö paikkaa, jossa olisi tilaa noin 15 lapselle ja rauhallinen nurkka pienryhmille?",
            "replies": [
                "Seurakunnan nuorisotilat ovat usein vapaina arki-iltaisin. Voin kysyä sieltä.",
                "Asukastalolla on tiloja, ja ne ovat järjestöille maksuttomia.",
                "Asukastalo sopi! Aloitamme siellä tammikuussa.",
            ],
        },
        {
            "theme": "volunteers", "title": "Vapaaehtoisten jaksaminen",
            "opening": "Viime aikoina moni vapaaehtoinen on kertonut kuormittuneensa, kun ihmisten tilanteet ovat vaikeita eikä ammattilaisen apua ole heti saatavilla. Miten teillä tuetaan vapaaehtoisia?",
            "replies": [
                "Meillä on kerran kuussa työnohjauksellinen ryhmä, jota vetää sosiaalityöntekijä. Se on koettu tärkeäksi.",
                "Selkeät rajat auttavat: vapaaehtoinen ei hoida viranomaisasioita vaan ohjaa oikeaan paikkaan.",
                "Voisimmeko tehdä yhteisen ohjeen siitä, mihin vapaaehtoinen voi ohjata? Lisään luonnoksen tiedostoihin.",
            ],
        },
        {
            "theme": "employment", "title": "Työnantajayhteistyö ja palkkatuki",
            "opening": "Moni pieni työnantaja on kiinnostunut palkkaamaan maahan muuttaneen, mutta palkkatuen hakeminen tuntuu työläältä. Olemme kokeilleet työnantajille aamukahvitilaisuuksia, joissa työllisyyspalvelujen asiantuntija käy tuet läpi.\n\nOnko teillä vastaavia kokemuksia?",
            "replies": [
                "Meillä yrittäjäjärjestö on ollut tärkeä kumppani. Viesti menee paremmin perille, kun toinen yrittäjä kertoo kokemuksistaan.",
                "Palkkatuen lisäksi kannattaa kertoa kielituesta työpaikalla. Se madaltaa kynnystä enemmän kuin raha.",
                "Hyviä ideoita. Kootaan nämä työnantajainfon runkoon.",
            ],
        },
        {
            "theme": "employment", "title": "Tutkintojen tunnustaminen: kokemuksia ohjauksesta",
            "opening": "Moni asiakkaistamme on saanut koulutuksen kotimaassaan, mutta tunnustamisprosessi on pitkä ja kallis. Miten ohjaatte asiakkaita Opetushallituksen päätöksiin ja täydentäviin opintoihin?",
            "replies": [
                "Teemme asiakkaan kanssa ensin osaamiskartoituksen ja katsomme, tarvitaanko päätöstä lainkaan. Monella alalla riittää työnantajan oma arvio.",
                "Terveydenhuollon ammattilaisille päätös on välttämätön, ja pätevöitymiskoulutuksiin on liian vähän paikkoja.",
                "Tästä voisi tehdä yhteisen ohjauskaavion. Aloitan luonnoksen.",
            ],
        },
        {
            "theme": "communication", "title": "Selkokielinen esite kotoutumispalveluista",
            "opening": "Teemme selkokielistä esitettä kunnan kotoutumispalveluista. Luonnoksessa on nyt kuusi kohtaa: kuka voi saada palveluja, alkukartoitus, kotoutumissuunnitelma, kielikoulutus, työnhaku ja mistä saa apua.\n\nKommentit ovat tervetulleita – erityisesti, jos jokin sana on vielä liian vaikea.",
            "replies": [
                "Sana ”kotoutumissuunnitelma” on pitkä. Voisiko sen selittää heti alussa: ”suunnitelma, jossa sovitaan sinun opiskelusta ja työstä”?",
                "Kuvat auttavat paljon. Kannattaa tarkistaa, mitä kuvia saa käyttää vapaasti.",
                "Testasimme luonnosta kielikahvilassa. Lukijat toivoivat yhteystiedot heti ensimmäiselle sivulle.",
            ],
        },
        {
            "theme": "communication", "title": "Etätulkkaus neuvonnassa",
            "opening": "Otimme keväällä käyttöön etätulkkauksen neuvontapisteessä. Kokemukset ovat pääosin hyviä, mutta äänenlaatu ja tietosuoja mietityttävät. Millaisilla laitteilla ja sopimuksilla te toimitte?",
            "replies": [
                "Meillä on erillinen kuuloke asiakkaalle ja kaiutin pöydällä. Se parani paljon, kun hankimme kunnollisen mikrofonin.",
                "Tulkkauspalvelun sopimuksessa pitää olla maininta tietojen käsittelystä. Tarkistakaa se hankintayksiköltä.",
            ],
        },
        {
            "theme": "youth", "title": "Verkostotapaaminen ja ajankohtaiset",
            "opening": "Tervetuloa uudet jäsenet! Keskustelemme täällä yleisistä käytännöistä – emme koskaan yksittäisten lasten asioista tai tunnistettavista tiedoista.\n\nSeuraava verkostotapaaminen on etäyhteydellä. Aiheena on lapsen mielipiteen selvittäminen oleskelulupaprosessissa.",
            "replies": [
                "Kiitos muistutuksesta tietosuojasta. Tämä on tärkeää.",
                "Toivoisin tapaamiseen myös aikaa puhua siirtymästä täysi-ikäisyyteen ja jälkihuollosta.",
                "Lisätään se asialistalle.",
            ],
        },
        {
            "theme": "youth", "title": "Nuorten tavoittaminen kesän jälkeen",
            "opening": "Peruskoulun päättäneistä maahan muuttaneista nuorista osa jää syksyllä ilman opiskelupaikkaa, eikä heitä tavoiteta. Miten Ohjaamoissa on tehty etsivää työtä tämän ryhmän kanssa?",
            "replies": [
                "Teemme yhteistyötä koulujen opinto-ohjaajien kanssa jo keväällä, jotta nuori tuntee Ohjaamon ennen kesää.",
                "Somessa omalla kielellä tehty viestintä on tavoittanut parhaiten. Nuoret ovat itse tehneet videoita.",
                "Hyvä idea! Voisimmeko kokeilla sitä yhdessä ensi keväänä?",
            ],
        },
        {
            "theme": "research", "title": "Kumppanuusbaron kysymykset kevääksi",
            "opening": "Kevään Kumppanuusbaro avataan maaliskuussa. Edelliseen kyselyyn vastasi noin 400 henkilöä, ja avoimissa vastauksissa toivottiin enemmän toimintaa ruotsiksi ja selkokielellä.\n\nEhdotan, että lisäämme kysymyksen siitä, miten vastaajat ovat löytäneet yhteistyökumppaneita alustan kautta. Muita ehdotuksia?",
            "replies": [
                "Kysyisin myös maahanmuuttajien omien järjestöjen osallisuudesta. Se nousi esiin monessa vastauksessa.",
                "Kyselyn vastaamiseen saa mennä korkeintaan kymmenen minuuttia, muuten vastausprosentti laskee.",
                "Ruotsinkielinen versio pitää tarkistaa ajoissa.",
            ],
        },
        {
            "theme": "research", "title": "Kotoutumisen tilastojen tulkinta",
            "opening": "Lisäsin tiedostoihin koosteen työllisyysasteista maahanmuuton perusteen mukaan. Huomatkaa, että eri vuosien luvut eivät ole suoraan vertailukelpoisia, koska tilastointitapa muuttui.",
            "replies": [
                "Kiitos! Olisiko mahdollista saada luvut myös alueittain?",
                "Alueelliset luvut saa avoimesta tilastodatasta. Lisään linkin tiedostoihin.",
            ],
        },
        {
            "theme": "funding", "title": "Syksyn rahoitushaut",
            "opening": "Kokoan tähän rahoitushaut, jotka sopivat kotoutumistyöhön:\n\n– järjestöavustukset sosiaali- ja terveysalan toimintaan\n– ESR+- ja AMIF-haut ELY-keskusten kautta\n– kuntien omat järjestöavustukset, hakuajat vaihtelevat\n\nTäydentäkää listaa!",
            "replies": [
                "Monella säätiöllä on myös kohdennettuja hakuja esimerkiksi nuorten kotoutumiseen.",
                "Rahoitusinfo kannattaa pitää kahdesti vuodessa, kuten strategiassa on sovittu. Syksyn info voisi olla etänä.",
                "AMIF-hankkeissa kannattaa varata aikaa omarahoitusosuuden suunnitteluun.",
            ],
        },
        {
            "theme": "funding", "title": "Hankkeen raportointi ja kustannusmallit",
            "opening": "Olemme ensimmäistä kertaa tekemässä EU-rahoitteisen hankkeen maksatushakemusta. Kokemuksia kertakorvausmallista ja henkilöstökulujen raportoinnista?",
            "replies": [
                "Kertakorvausmalli helpottaa paljon, kun tuotokset on määritelty tarkasti jo hakuvaiheessa.",
                "Tuntikirjanpito kannattaa aloittaa heti ensimmäisestä päivästä, vaikka malli ei sitä vaatisi.",
            ],
        },
    ],
    "sv": [
        {
            "theme": "general", "pinned": True, "locked": True,
            "title": "Arbetsrummets spelregler",
            "opening": "Några gemensamma regler:\n\n1. Vi behandlar inte klienters eller andra privatpersoners identifierbara uppgifter.\n2. Vi delar filer här i stället för som e-postbilagor, så att den senaste versionen alltid finns på samma ställe.\n3. Var och en ansvarar för det hen delar.\n\nFrågor till arbetsrummets administratörer.",
            "replies": ["Tack för tydliga regler!"],
        },
        {
            "theme": "general", "title": "Presentationsrunda",
            "opening": "Välkommen till arbetsrummet! Berätta kort vem du är, var du jobbar och vad du hoppas få ut av nätverket.",
            "replies": [
                "Hej! Jag är integrationssamordnare i en kommun i Österbotten och ser fram emot att utbyta erfarenheter.",
                "Hej alla, jag leder språkcaféer som volontär och letar efter nya idéer till träffarna.",
                "Hejsan! Jag jobbar på välfärdsområdet med hälsogranskningar för nyanlända.",
            ],
        },
        {
            "theme": "coordination", "title": "Kommunernas integrationsprogram – erfarenheter",
            "opening": "Vi uppdaterar integrationsprogrammet i vår kommun. Hur har ni ordnat samarbetet med välfärdsområdet när det gäller hälso- och socialtjänsterna? Vi skulle gärna se exempel på hur ansvaren är beskrivna.",
            "replies": [
                "Vi skrev ett separat samarbetsavtal med välfärdsområdet och hänvisar till det i programmet. Då behöver programmet inte uppdateras varje gång något ändras i organisationen.",
                "Hos oss har det varit viktigt att organisationerna får kommentera utkastet i ett tidigt skede.",
                "Jag lägger vårt avtal bland filerna, med personuppgifterna borttagna.",
            ],
        },
        {
            "theme": "coordination", "title": "Bostäder för kvotflyktingar",
            "opening": "Vi tar emot tre familjer i vår och har svårt att hitta bostäder i rätt storlek. Hur samarbetar ni med hyresbolagen?",
            "replies": [
                "Det kommunala hyresbolaget reserverar några lägenheter varje år efter att kommunplatserna har bekräftats.",
                "Tänk också på avståndet till skola och daghem. Familjerna har sällan bil de första åren.",
            ],
        },
        {
            "theme": "volunteers", "title": "Nya språkcafévärdar sökes",
            "opening": "Vi behöver två nya värdar till språkcaféet på biblioteket på onsdagar. Ingen lärarutbildning behövs, bara lust att prata svenska och lyssna. Vi ordnar en introduktionskväll i september.",
            "replies": [
                "Jag kan ställa upp varannan onsdag!",
                "Jag har bra erfarenheter av att använda bildkort som samtalsstöd. Jag tar med dem till introduktionen.",
                "Tack! Jag skickar mer information till er båda.",
            ],
        },
        {
            "theme": "language", "title": "Nivågrupper i svenska som andraspråk",
            "opening": "Hur delar ni in grupperna inom integrationsutbildningen på svenska? Vi har så få studerande att alla nivåer ofta hamnar i samma grupp.",
            "replies": [
                "Vi samarbetar med grannkommunen så att vi kan ha två grupper på olika nivåer, delvis på distans.",
                "Med en blandad grupp fungerar stationsarbete bäst. Läraren hinner då med de mindre grupperna en i taget.",
            ],
        },
        {
            "theme": "event", "title": "Programmet för Integrationsdagarna",
            "opening": "Programutkastet finns nu bland filerna. Vi har tre parallella workshoppar på eftermiddagen: arbetsliv, språk och föreningssamarbete. Vem kan leda en workshop?",
            "replies": [
                "Jag kan leda workshoppen om språk.",
                "Vi borde ha programmet också på finska och lättläst svenska.",
                "Jag ordnar översättningarna när programmet är klart.",
            ],
        },
    ],
    "en": [
        {
            "theme": "general", "pinned": True, "locked": True,
            "title": "Ground rules",
            "opening": "A few shared rules:\n\n1. We never discuss identifiable details of clients or other private persons.\n2. We share files here rather than as email attachments, so the latest version is always in one place.\n3. Everyone is responsible for what they share.\n\nQuestions to the workspace's administrators.",
            "replies": ["Thanks, clear and simple."],
        },
        {
            "theme": "general", "title": "Introductions",
            "opening": "Welcome! Please tell the others briefly who you are, where you work and what you hope to get from this workspace.",
            "replies": [
                "Hi all, I coordinate integration services in a mid-sized Finnish municipality and I'm keen to learn from Swedish and Norwegian colleagues.",
                "Hello from Gothenburg! I work on an introduction programme for newly arrived adults.",
                "Hi, I'm a researcher studying early integration services. Happy to share our literature review.",
            ],
        },
        {
            "theme": "research", "title": "Comparing early integration services in the Nordic countries",
            "opening": "We are drafting a short comparison of the first two years of integration services in Finland, Sweden, Norway and Denmark: who is entitled, how long the programmes last, and how language training and employment services are combined.\n\nThe draft table is in the files. Corrections welcome, especially for Norway.",
            "replies": [
                "For Norway, note that the introduction programme length now depends on the participant's goal, from three months up to four years.",
                "It would be useful to add a column on how municipalities are funded for the services.",
                "Good idea, I'll add it to the next version of the table.",
            ],
        },
        {
            "theme": "research", "title": "Webinar idea: what works in language training at work",
            "opening": "Would anyone be interested in a joint webinar on workplace language training? Several of us have evaluation results that have not been published in English yet.",
            "replies": [
                "Yes! We can present the results from our pilot with care homes.",
                "Count me in. Could we record it and add subtitles?",
            ],
        },
        {
            "theme": "funding", "title": "AMIF reporting deadlines",
            "opening": "A reminder that the interim report is due at the end of the month. Please send your partner reports, with timesheets and the indicator table, by the 20th so there is time to combine them.",
            "replies": [
                "Will the indicator table template stay the same as last year?",
                "Yes, the same template. The only change is that participants are now reported by age group as well.",
                "Our report is in the files folder now.",
            ],
        },
        {
            "theme": "employment", "title": "Onboarding checklist for international recruits",
            "opening": "We've drafted an onboarding checklist for employers recruiting from abroad: residence permit timing, housing, registering a municipality of residence, a bank account, schools and daycare for the family, and language training at work.\n\nWhat is missing?",
            "replies": [
                "Spouses' employment. In our experience that decides whether the family stays.",
                "Add a contact person at the workplace for the first three months. It made a big difference in our pilot.",
                "Thanks, both added to version 2.",
            ],
        },
        {
            "theme": "event", "title": "Study visit to Tampere in May",
            "opening": "We are planning a two-day study visit to Tampere in May: the city's integration services, a language café at the library and a visit to an NGO working with young people. Please say if you would like to join so we can book the rooms.",
            "replies": [
                "I'd like to join, and probably one colleague too.",
                "Could we include a meeting with the employment services as well?",
            ],
        },
    ],
}

# Short answers that fit most discussions, mixed in to vary the length of threads.
GENERAL_REPLIES = {
    "fi": [
        "Kiitos, tämä oli hyödyllistä!",
        "Samaa mieltä. Meillä on ollut samanlaisia kokemuksia.",
        "Hyvä kysymys. Palaan tähän, kun olen kysynyt asiaa kollegoilta.",
        "Voisimmeko ottaa tämän esille myös seuraavassa tapaamisessa?",
        "Meillä tämä on vielä kesken, mutta kerron, kun tiedämme enemmän.",
        "Kiitos jakamisesta. Välitän tiedon myös omaan tiimiini.",
        "Tästä olisi hyvä tehdä lyhyt yhteenveto tiedostoihin.",
        "Kannatan ehdotusta.",
    ],
    "sv": [
        "Tack, det här var till stor hjälp!",
        "Håller med. Vi har liknande erfarenheter.",
        "Bra fråga. Jag återkommer när jag har pratat med kollegerna.",
        "Kan vi ta upp det här på nästa möte?",
        "Tack för att du delade! Jag vidarebefordrar det till mitt team.",
    ],
    "en": [
        "Thanks, this is really useful!",
        "Agreed. We've had a similar experience.",
        "Good question. I'll check with colleagues and come back to this.",
        "Could we put this on the agenda for the next meeting?",
        "Thanks for sharing, I'll pass it on to my team.",
    ],
}

# How a mention opens a reply: "@First Last" is put in front.
MENTION_ASKS = {
    "fi": ["mitä mieltä olet tästä?", "voisitko kommentoida?", "tämä kiinnostaa varmaan sinuakin."],
    "sv": ["vad tycker du?", "kan du kommentera?"],
    "en": ["what do you think?", "could you comment on this?"],
}

JOIN_MESSAGES = {
    "fi": [
        "Hei! Työskentelen kotoutumispalveluissa ja haluaisin mukaan keskusteluun.",
        "Aloitin juuri koordinaattorina ja toivon pääseväni mukaan verkostoon.",
        "",
    ],
    "sv": ["Hej! Jag skulle gärna vara med i arbetsgruppen.", ""],
    "en": ["Hello! I work on a related project and would like to join.", ""],
}

FOLDERS = {
    "fi": ["Kokousmuistiot", "Materiaalit", "Esitykset"],
    "sv": ["Mötesanteckningar", "Material", "Presentationer"],
    "en": ["Minutes", "Materials", "Presentations"],
}

# title, file name, description; the kind of file follows from the name's extension.
FILES = {
    "fi": [
        ("Kokousmuistio", "kokousmuistio.pdf", "Edellisen tapaamisen muistio ja sovitut tehtävät."),
        ("Osallistujalista", "osallistujat.csv", "Ilmoittautuneet organisaatioittain."),
        ("Kotoutumisen polku -kaavio", "kotoutumisen-polku.png", "Kaavio alkukartoituksesta työhön ja koulutukseen."),
        ("Muistiinpanot työpajasta", "tyopaja-muistiinpanot.txt", "Työpajan tärkeimmät huomiot."),
        ("Toimintasuunnitelma", "toimintasuunnitelma.pdf", "Luonnos seuraavan vuoden toiminnasta."),
        ("Kielikoulutuksen tilastot", "kielikoulutus-tilastot.csv", "Aloittaneet ja valmistuneet alueittain."),
    ],
    "sv": [
        ("Mötesanteckningar", "motesanteckningar.pdf", "Anteckningar från förra mötet."),
        ("Deltagarlista", "deltagare.csv", "Anmälda per organisation."),
        ("Integrationsvägen", "integrationsvagen.png", "Från inledande kartläggning till arbete och utbildning."),
        ("Anteckningar från workshoppen", "workshop-anteckningar.txt", "Det viktigaste från workshoppen."),
    ],
    "en": [
        ("Meeting minutes", "minutes.pdf", "Minutes of the last meeting with action points."),
        ("Participants", "participants.csv", "Registrations by organisation."),
        ("Integration pathway", "integration-pathway.png", "From the initial assessment to work and education."),
        ("Workshop notes", "workshop-notes.txt", "Key points from the workshop."),
    ],
}

LINKS = {
    "fi": [
        ("Kotoutumisen osaamiskeskus", "https://kotoutuminen.fi/", "Kotoutumisen osaamiskeskuksen sivusto."),
        ("Selkokielen ohjeet", "https://selkokeskus.fi/", "Selkokeskuksen ohjeet selkokielellä kirjoittamiseen."),
        ("Tutkintojen tunnustaminen", "https://www.oph.fi/fi/palvelut/tutkintojen-tunnustaminen", "Opetushallituksen tietoa tutkintojen tunnustamisesta."),
    ],
    "sv": [
        ("Kompetenscentret för integration", "https://kotoutuminen.fi/sv/", "Kompetenscentrets webbplats."),
    ],
    "en": [
        ("Competence Centre for Integration", "https://kotoutuminen.fi/en/", "The Finnish Competence Centre for Integration of Immigrants."),
    ],
}

# title, description; the seed decides where and when.
EVENTS = {
    "fi": [
        ("Kuukausitapaaminen", "Kuulumiset, ajankohtaiset asiat ja sovitut tehtävät. Asialista keskusteluissa."),
        ("Työpaja: kotoutumisohjelman tavoitteet", "Työstämme ohjelman tavoitteita pienryhmissä. Ota mukaan oman organisaatiosi näkökulma."),
        ("Ohjausryhmän kokous", "Hankkeen eteneminen, talous ja seuraavan kauden suunnitelma."),
        ("Perehdytysilta uusille vapaaehtoisille", "Vapaaehtoistoiminnan perusteet, vaitiolovelvollisuus ja tuki vapaaehtoisille."),
        ("Rahoitusinfo", "Ajankohtaiset rahoitushaut ja vinkit hakemuksen tekemiseen."),
    ],
    "sv": [
        ("Nätverksträff", "Aktuellt från kommunerna och välfärdsområdet."),
        ("Introduktion för nya volontärer", "Grunderna i volontärarbetet och stöd till volontärer."),
        ("Planeringsmöte", "Programmet, lokalerna och kommunikationen."),
    ],
    "en": [
        ("Monthly meeting", "Updates from partners and the next steps."),
        ("Steering group", "Progress, budget and reporting."),
        ("Webinar rehearsal", "A run-through of the slides and the technology."),
    ],
}

PLACES = [
    "Tampereen kaupungintalo, kokoushuone Näsi, Keskustori 10, Tampere",
    "Kotoutumisen osaamiskeskus, Eteläesplanadi 4, Helsinki",
    "Asukastalo Kotikulma, Turku",
    "Vaasan kaupungintalo / Vasa stadshus, Kauppapuistikko 11",
    "Pääkirjasto Metso, ryhmätila 2, Tampere",
    "Oulun kaupunginkirjasto, Kaarlenväylä 3, Oulu",
]
