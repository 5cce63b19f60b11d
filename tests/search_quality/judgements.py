"""The judged query set: what a reader types, in which language, and the pages (by slug) that
must be among the first five results on the seeded demo site.

Each query differs from the pages' words in a way a reader's would: another inflected form,
part of a compound, or ä/ö/å typed as a/o.
"""

JUDGEMENTS = [
    # Finnish: inflected forms
    ("fi", "kotoutumislain", ["kotoutumislaki-kunnan-arjessa"]),
    ("fi", "kotoutumisen osaamiskeskukseen", ["kotoutumisen-osaamiskeskus"]),
    ("fi", "kotoutumispalveluista", ["kotoutumispalvelut"]),
    ("fi", "monikielisestä viestinnästä", ["selkokieli-ja-monikielisyys"]),
    ("fi", "maahanmuuttaneiden järjestöille", ["maahanmuuttaneiden-jarjestot-kumppaneina"]),
    ("fi", "tilastoista", ["nain-luet-kotoutumistilastoja"]),
    ("fi", "edustajien koulutukset", ["edustajakoulutus-tampere", "koulutus-edustajille-2026"]),
    ("fi", "nuoret täysi-ikäisyys", ["kun-nuori-tayttaa-18"]),
    ("fi", "rahoitusinfoihin", ["rahoitusinfo-syksy", "rahoitusinfo-kevat"]),
    ("fi", "uutiskirjeen", ["uutiskirje-uudistuu"]),
    # Finnish: the first part of a compound
    ("fi", "koulutus", ["koulutus-edustajille-2026", "edustajakoulutus-tampere"]),
    ("fi", "saavutettavuus", ["saavutettavuusseloste"]),
    ("fi", "tietosuoja", ["tietosuojaseloste"]),
    ("fi", "kumppanuusfoorumi", ["pohjanmaan-kumppanuusfoorumi"]),
    ("fi", "selkokieliopas", ["uusi-selkokieliopas"]),
    # Finnish: typed without ä and ö
    ("fi", "tyotilat", ["tyotilat"]),
    ("fi", "kayttoehdot", ["kayttoehdot-ja-vastuut"]),
    ("fi", "tyoelamaan", ["tutkimuswebinaari-polut-tyoelamaan", "tutkimuswebinaari-tyoelama"]),
    ("fi", "jarjestojen avustukset", ["rahoitusinfo-syksy"]),
    # Swedish: inflected forms
    ("sv", "integrationslag", ["integrationslagen-i-kommunens-vardag"]),
    ("sv", "integrationstjänsterna", ["integrationstjanster"]),
    ("sv", "företrädarna", ["utbildning-for-foretradare", "utbildning-for-foretradare-2026"]),
    (
        "sv",
        "koordinatorer",
        ["koordinatorernas-manadsmote", "de-regionala-koordinatorerna-traffades"],
    ),
    ("sv", "statistik", ["sa-laser-du-integrationsstatistik"]),
    ("sv", "nyhetsbrev", ["nyhetsbrevet-fornyas"]),
    ("sv", "samordningen", ["partnerskapsprogrammets-samordning-till-uf-centret"]),
    # Swedish: the first part of a compound
    ("sv", "dataskydd", ["dataskyddsbeskrivning"]),
    ("sv", "forskning", ["forskningswebbinarium-arbetslivet"]),
    ("sv", "partnerskapsforum", ["partnerskapsforum-osterbotten"]),
    # Swedish: typed without å, ä and ö
    ("sv", "lattlast sprak", ["lattlast-sprak-och-flersprakighet", "ny-guide-om-lattlast-sprak"]),
    ("sv", "tillganglighet", ["tillganglighetsutlatande"]),
    ("sv", "manadsmote", ["koordinatorernas-manadsmote"]),
    # English: inflected forms
    ("en", "integration statistic", ["how-to-read-integration-statistics"]),
    ("en", "funding session", ["lessons-from-the-funding-sessions"]),
    ("en", "workplace", ["good-practices-from-workplaces"]),
    ("en", "coordinator meetings", ["coordinators-monthly-meeting"]),
    ("en", "representative training", ["training-for-representatives"]),
    ("en", "migrant-led organisation", ["migrant-led-organisations-as-partners"]),
    ("en", "immigrants working lives", ["research-webinar-working-life"]),
    ("en", "privacy", ["privacy-statement"]),
    ("en", "accessibility", ["accessibility-statement"]),
    ("en", "plain-language workshops", ["plain-language-workshop"]),
]

# Typed wrong: (language, typo, the word "Did you mean …?" suggests, pages the suggested search
# must find in its first five results).
TYPOS = [
    ("fi", "kototuminen", "kotoutuminen", []),  # a word of most pages: no page must come first
    ("fi", "kototumislaki", "kotoutumislaki", ["kotoutumislaki-kunnan-arjessa"]),
    ("fi", "kotoutumispalvlut", "kotoutumispalvelut", ["kotoutumispalvelut"]),
    ("fi", "saavutetavuusseloste", "saavutettavuusseloste", ["saavutettavuusseloste"]),
    ("sv", "dataskyddsbeskrivnig", "dataskyddsbeskrivning", ["dataskyddsbeskrivning"]),
    ("sv", "nyhetsbrevt", "nyhetsbrev", ["nyhetsbrevet-fornyas"]),
    ("sv", "tillgänglighetsutlåtnde", "tillgänglighetsutlåtande", ["tillganglighetsutlatande"]),
    ("sv", "flyktingmotagning", "flyktingmottagning", ["partnerskapsplattformen"]),
    ("en", "acessibility", "accessibility", ["accessibility-statement"]),
    ("en", "privasy", "privacy", ["privacy-statement"]),
    ("en", "refugie", "refugee", ["partnership-platform"]),
]

# The words an audit found the SQLite default missing: other forms than the pages' own, which
# must find on SQLite the pages they find on PostgreSQL.
AUDITED_WORDS = [
    ("fi", "kotoutuminen"),
    ("fi", "kotoutumisen"),
    ("fi", "työllisyydestä"),
    ("sv", "flyktingarnas"),
    ("en", "refugees"),
    ("fi", "pakolainen"),
]
