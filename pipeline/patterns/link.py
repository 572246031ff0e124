"""Words and tables for tying a figure to its subject (:mod:`pipeline.link`, :mod:`pipeline.link_names`,
:mod:`pipeline.link_topic`).

The places (lists of countries and regions, the cues of a place) are in
:mod:`pipeline.patterns.link_places`, re-exported here: the linking stage reads every name as
``P.<NAME>`` from this module. Sources: the word lists are French news usage, written for this stage.
"""

from __future__ import annotations

import re

from .entities import GIVEN_NAMES  # noqa: F401  (a name that starts with one is a person's)
from .link_places import (  # noqa: F401  (re-exported: read as P.<NAME>)
    CAPITALS,
    CARDINAL_PART,
    COMPARED_TO,
    COMPARED_WORDS,
    CONTINENTS,
    COUNTRIES,
    EVENT_BEFORE,
    EVENT_WINDOW,
    FEATURE_BEFORE,
    FEATURE_WORDS,
    GLUED_TAIL,
    KICKER_AFTER,
    LIST_LAST,
    LIST_SEPARATOR,
    MARKET_BEFORE,
    NATIONAL_ADJECTIVE,
    NATIONAL_SECTOR,
    NEAR_CUE,
    NOT_PLACE,
    PLACE_CHAIN,
    PLACE_CUE,
    PLACE_CUE_WINDOW,
    PLACE_NAME,
    POSSESSED_TOTAL,
    REGION_CUE,
    REGION_NAME,
    REGIONS,
    ROLE_OF,
    SITE_CUE,
    SITE_IN_NAME,
    SITE_WORDS,
    WORLDWIDE,
)

# A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets kept with it) followed by
# a space and a capital, a digit or an opening quote; or at a line break.
# A line break ends a sentence only after a mark that is not inside one (a letter, a comma...).
SENTENCE_END = re.compile(
    r"""[.!?…]+[»"”)]*\s+(?=[«"“(]?\s?[A-ZÀ-ÖØ-Þ0-9])
    |\n\s*\n\s*
    |(?<![\w,;:'’(«-])[ \t]*\n\s*""",
    re.VERBOSE,
)

# ORG or MISC names that announce or host a figure without being what it is about: ministries,
# governments and states, officials' bodies, the press (news agencies and the outlets most quoted
# in French and Moroccan news, as the gazetteer lists them), rating and statistics bodies, the
# events where figures are announced (a fair, a forum: "Salon Logismed 2025"), topics the model
# reads as names ("Internet", "Covid-19") and a cardinal point alone ("les régions du Sud").
NOT_SUBJECT = re.compile(
    r"""^(?:minist[eè]re|gouvernement|conseil\ des\ ministres|présidence|parlement|assemblée
    |sénat|agence\ (?:maghreb\ arabe\ presse|france-presse|de\ presse|d['’]information)|MAP|AFP|APS|Reuters
    |BBC|CNN|RFI|France\ 24|Bloomberg|Jeune\ Afrique|The\ Times
    |Médias\ ?24|Medias\ ?24|Le360|Hespress|TelQuel|Le\ Desk|Le\ Matin|L['’]Économiste|L['’]Economiste
    |LesEco|Maroc\ Hebdo|Aujourd['’]hui\ le\ Maroc|InfoMagazine|Challenge|La\ Vie\ éco|Finances\ News
    |Le\ Monde|Les\ Échos|Les\ Echos|Le\ Figaro|L['’]Usine\ Nouvelle|Le\ Parisien|Ouest-France|Xinhua
    |Agence\ Ecofin|Ecofin|TAP|AIB|ACP|Sputnik|Anadolu
    |(?:Nord|Sud|Est|Ouest|Centre)$  # a cardinal point ("les régions du Sud") is no one
    |FMI|Banque\ mondiale|États?\b|Etats?\b
    |Internet|Covid(?:-19)?|coronavirus|Brexit
    |HCP|Haut-commissariat\ au\ plan|INSEE|Bank\ Al-Maghrib|wilaya|préfecture
    |salon|forum|sommet|conférence|congrès|assises|foire|festival|journées?|rencontres?)\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Words that make a place name the name of a project or a site: "Tanger Med", "Casablanca Near
# Shore Park", "Kenitra Automotive City", "Technopark d'Essaouira".
PROJECT_WORDS = re.compile(
    r"\b(?:Med|Park|Parc|Technopark|Technopolis|Technopôle|City|Valley|Zone|Cité|Eco-cité|Éco-cité|Port)\b",
    re.IGNORECASE,
)

# A project named by its kind and its place or owner: "la centrale de Ouarzazate", "le parc
# industriel de Bouskoura", "la zone industrielle de Bargny-Sendou". The name runs from the noun
# to the last capitalised word.
# The kinds that also start a proper name written with a capital mid-sentence ("soutenu par le
# Complexe industriel du Centre"; not "Hôtel de Ville", "Cité", "Port" that name other things).
PROJECT_PHRASE = re.compile(
    r"""(?<!\w)(?P<name>
    (?:usine|centrale|complexe|parc|zone|technopark|technopôle|cité|éco-cité|port|hôtel|raffinerie
       |plateforme|station|briqueterie|cimenterie|mine|site
       |Usine|Centrale|Complexe|Parc|Zone|Technopôle|Raffinerie|Cimenterie|Plateforme)
    (?:\s+(?:industriel(?:le)?|logistique|touristique|solaire|franche|d'activités|d’activités
       |éolien(?:ne)?|économique|technologique|d'accélération\s+industrielle))?
    \s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)
    (?:(?:gare|route|sortie|commune|ville|région|province|baie|plaine|vallée)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+))?
    [A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)*)""",
    re.VERBOSE,
)

# A phrase that refers back to the project or company named before it: "Ce projet", "cette
# nouvelle unité", "la société", "le groupe".
ANAPHORA = re.compile(
    r"""(?:\b(?:(?:ce|cet|cette|ces|la|le|les|du|de\s+la|sa|son)\s+|(?:de\s+)?l['’]\s*)
      (?:nouve(?:au|l|lle)\s+|futur(?:e)?\s+|même\s+)?
      (?:projet|société|groupe|entreprise|structure|unité|usine|site|complexe|firme|filiale|investisseur
         |opérateur|établissement|hôtel|centre|programme|plan|zone|parc|pôle|chaîne|multinationale
         |industriel|constructeur|équipementier|promoteur|enseigne|structure|compagnie|cimenterie|raffinerie)\b)""",
    re.VERBOSE | re.IGNORECASE,
)

# A name that reports what another says is a source, not a subject: "X confirme que ...",
# "X, qui rappelle que", "X confirme ce chiffre en rappelant que", "selon X", "d'après X".
# (Not "X annonce": one announces one's own plans.)
REPORTS_AFTER = re.compile(
    r"""\s*(?:,\s*qui\s+|,\s*)?(?:a\s+|avait\s+)?
    (?:confirm|indiqu|soulign|rappel|précis|affirm|estim|expliqu|not|relev|relèv|rapport|déclar
       |révél|révèl|ajout|assur|signal|observ|constat)\w*
    (?:\s+[\w'’]+){0,3}?                 # "confirme ce potentiel en rappelant que"
    \s*(?:que|qu['’]|en\s+(?:rappelant|soulignant|précisant|indiquant)|:)""",
    re.VERBOSE | re.IGNORECASE,
)
REPORTS_BEFORE = re.compile(
    r"""(?:\bselon|\bd['’]après|\bsource\s*:)\s*(?:l['’]|la\s+|le\s+|les\s+)?$
    # "selon M. X, directeur de l'Agence Y": the body whose officer speaks
    |\b(?:selon|d['’]après)\s+(?:M\.\s+|Mme\s+|Dr\s+)?[A-ZÀ-Ö][\w'’-]+(?:\s+[A-ZÀ-Ö][\w'’-]+){0,3}\s*,\s*
     (?:le\s+|la\s+)?(?:directeur|directrice|président|présidente|patron|responsable|porte-parole|DG|PDG
        |chef|secrétaire|administrateur|coordonnateur|coordinateur)(?:\s+[\w'’-]+){0,2}?
     \s+(?:de\s+la\s+|de\s+l['’]|des\s+|de\s+|d['’]|du\s+)$""",
    re.IGNORECASE | re.VERBOSE,
)
# Between a figure and a name after it, a word that makes the name its source: "240 emplois,
# selon le directeur de l'Agence X", "d'après le rapport de X".
REPORTS_BETWEEN = re.compile(r"\b(?:selon|d['’]après|rapporte|indique|précise|souligne)\b", re.IGNORECASE)
REPORT_WINDOW = 60  # characters looked at after or before a name for its reporting verb
# A bank named as where an account is held ("disponible sur un compte de la Banque X", "un compte
# ouvert auprès de la Caisse Y"): it keeps the money, it is not what the figure is about.
ACCOUNT_HOLDER = re.compile(
    r"""\bcomptes?\s+(?:bancaires?\s+)?(?:ouverts?\s+)?
    (?:à\s+la\s+|à\s+l['’]|au\s+|auprès\s+de\s+la\s+|auprès\s+de\s+l['’]|auprès\s+du\s+|de\s+la\s+|de\s+l['’]|du\s+)
    (?:[A-ZÀ-Ö][^()]{0,60}\(\s*)?$  # and its acronym in brackets: la Banque X (BTS)""",
    re.VERBOSE | re.IGNORECASE,
)

# A figure about a market, a sector or the nation is context, not a project's: "un marché mondial
# de l'IA estimé à", "le secteur compte 20 000 emplois", "le PIB". Looked for between the
# start of the figure's clause and the figure.
CONTEXT_BEFORE = re.compile(
    r"""\b(?:march[ée]s?|secteur|PIB|produit\s+intérieur\s+brut|économie\s+nationale
    |à\s+l['’]échelle\s+(?:nationale|mondiale|du\s+pays)|au\s+niveau\s+(?:national|mondial))\b[^,;]*$""",
    re.VERBOSE | re.IGNORECASE,
)
# ... or in a relative clause of the context noun that names no one: "la progression du secteur
# aéronautique marocain, dont le chiffre d'affaires à l'export est passé de 1 à 26 milliards" (not
# "le secteur, dont Renault est le premier employeur avec 10 000 emplois": a capital after "dont").
CONTEXT_RELATIVE = re.compile(
    r"""\b(?:march[ée]s?|secteur|filière|industrie|économie)\b[^,;.]*,\s*dont\s(?-i:[^,;A-ZÀ-ÖØ-Þ])*$""",
    re.IGNORECASE,
)
CONTEXT_RELATIVE_WINDOW = 160  # characters: the noun, its adjectives and the clause up to the figure
# After an amount, the unit that makes it a price ("12 000 dirhams le mètre carré", "7 DH/kg",
# "80 dollars le baril", "725 DH par action"): no one's announcement. Not a rate over time ("50
# millions d'euros par an" may be a firm's yearly investment).
PRICE_AFTER = re.compile(
    r"""\s*(?:le|la|l['’]|par|/|au|du)\s*(?:mètre\s+carré|m2|m²|kg|kilo(?:gramme)?s?|tonnes?|litres?|unité
    |nuitée|baril|action|kilowattheure|kwh|personne|habitant|tête)\b""",
    re.VERBOSE | re.IGNORECASE,
)
CONTEXT_WINDOW = 60  # characters before a figure where its context noun is looked for

# A people's name taken for an entity ("Camerounais", "les Sénégalais", "Burkinabè"): one word
# ending as French demonyms do. Never a figure's subject.
DEMONYM = re.compile(r"[A-ZÉ][a-zéèëïô]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|bè|éen|éenne)s?")

# A firm's name the model left out, introduced by its kind: "la société civile immobilière Alpha",
# "l'entreprise Alpha Trading", "la société Alpha du Maroc" (the capitalised words after the kind
# and its legal form). A town's Agglomeration, capitalised ("l'Agglo de Montluçon": the body that funds
# zones and projects; "l'agglomération de X" is the urban area), whose town the model tags alone.
FIRM_INTRO = re.compile(
    r"""\b(?:la\s+société|l['’]entreprise|la\s+firme|le\s+groupe|la\s+compagnie
      |l['’](?P<agglo>(?-i:Agglo(?:mération)?)\s+de))
    \s+(?:(?:civile|immobilière|anonyme|industrielle|commerciale|agricole|privée|publique)\s+){0,3}
    (?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w'’&-]+
      (?:(?:\s+(?:du|de\s+la|des|de)\s+|\s+d['’]|\s+)(?-i:[A-ZÀ-ÖØ-Þ])[\w'’&-]+){0,3})""",
    re.VERBOSE | re.IGNORECASE,
)

# A plan or a strategy named by two or three adjectives (their French endings), in lower case: "le
# plan solaire marocain", "la stratégie énergétique nationale"; not "le plan de relance" (a
# "de"), not "sur le plan économique" (a manner), not "le plan stratégique" (one word: any plan).
PLAN_PHRASE = re.compile(
    r"""(?<!sur\s)\b(?:le|la|du|de\s+la|à\s+la)\s+(?P<name>(?:plan|stratégie)
    (?:\s+(?-i:[a-zéèêëàâîïôûç-]+)(?:aire|aine?|ale?|ienne?|ique|elle?|ière|ier|ive|if|aise?|oise?)s?){2,3})\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A sentence that starts with the cost of what the sentence before named: "Le coût global, estimé
# à 70 milliards, ..." (it refers back as "ce projet" does).
COST_START = re.compile(r"\s*(?:Le|Son|Leur)\s+(?:coût|budget)\s+(?:global|total)\b")
# A project the text names: "baptisé « Nador West Med »", "dénommée « Cité de l'innovation »",
# "le projet « Noor Ouarzazate »". The name is the quoted part.
PROJECT_NAMED = re.compile(
    r"""\b(?:baptisée?s?|dénommée?s?|nommée?s?|appelée?s?|intitulée?s?|surnommée?s?
       |(?:le|du|au)\s+(?:projet|programme|plan|complexe|parc|pôle))
    \s+[«"“]\s*(?P<name>[A-ZÀ-Ö0-9][^«»"“”\n]{1,60}?)\s*[»"”]""",
    re.VERBOSE | re.IGNORECASE,
)

# Splitting a name into words, and the words that do not tell one actor from another ("Groupe
# OCP SA" and "OCP" are one firm): legal forms and the generic nouns a firm's name carries.
NAME_SPLIT = re.compile(r"[\s'’-]+")
GENERIC_NAME_WORDS = frozenset(
    """groupe group societe company compagnie sa sas sarl spa ltd inc holding le la les l de du des d
    et the of""".split()
)

# A sentence that starts with a subject pronoun speaks of what the sentences before it named:
# "Il devrait générer 70 emplois", "Elle emploiera 300 personnes".
PRONOUN_START = re.compile(r"\s*[«\"“]?\s*(?:Il|Elle|Celui-ci|Celle-ci)\s", re.UNICODE)
# A sentence that is an apposition to what the sentence before named, with no verb of its own:
# "Le second projet est géré par X. Un concept se trouvant sur un terrain de 8000 m2, ..." (an
# indefinite noun, then a participle that describes it).
APPOSITION_START = re.compile(
    r"""\s*(?:Un|Une)\s+(?-i:[a-zéèêàç-]+)\s+(?:se\s+trouvant|situé|située|implanté|implantée|installé|installée
    |estimé|estimée|évalué|évaluée|conçu|conçue|réalisé|réalisée|prévu|prévue|bâti|bâtie|construit|construite)\b""",
    re.VERBOSE,
)

# A place's name used as a project's: right after the project's kind ("l'éco-cité Zenata", "la
# zone Casanearshore"), or followed by an apposition that gives the kind ("Zenata, une cité
# logistique de 379 hectares").
PROJECT_KINDS = r"""(?:éco-cité|cité|ville\s+nouvelle|zone|technopark|technopôle|technopole|parc|pôle
    |plateforme|port|marina|station|complexe|projet)"""
PROJECT_HEAD_BEFORE = re.compile(
    r"\b(?:l['’]|la\s+|le\s+|du\s+|de\s+la\s+|au\s+)(?:nouve(?:au|l|lle)\s+)?"
    + PROJECT_KINDS
    + r"\s+[«\"“]?\s*$",
    re.VERBOSE | re.IGNORECASE,
)
PROJECT_APPOSITION = re.compile(
    r"\s*,\s+(?:une?|la|le|l['’]|cette|ce)\s*(?:nouve(?:au|l|lle)\s+|futur(?:e)?\s+|vaste\s+|grande?\s+)?"
    + PROJECT_KINDS + r"\b",
    re.VERBOSE | re.IGNORECASE,
)

# After a referring noun with no demonstrative, what introduces a new project rather than
# pointing back: "le projet de réalisation d'une résidence" (an action on an indefinite object; not
# "le projet d'irrigation, qui a nécessité ...": the project already named).
INTRODUCED_AFTER = re.compile(
    r"""\s+d[e'’]\s*(?:réalisation|construction|création|extension|mise\s+en\s+place|aménagement
    |implantation|installation)\s+d['’]une?\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A referring phrase that starts with a demonstrative ("ce pôle", "cette usine") points back for
# sure; "la société" or "du projet" may be generic.
DEMONSTRATIVE = re.compile(r"(?:ce|cet|cette)\s", re.IGNORECASE)

# A figure summed over a number of projects ("2 200 projets ont été inscrits pour 1 000 milliards",
# "le total des projets enregistrés atteint 18 712"): a statistic, not one project's. It belongs to
# the body that counts or funds the projects (an agency, a commission, a programme) or to the
# group the title names, else to no one.
PROJECTS_COUNTED = re.compile(
    r"""\b\d[\d\s.,]*\s+(?:[a-zé]+\s+)?projets\b
    |\b(?:total|ensemble|somme)\s+des\s+projets\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The bodies that count, approve or fund projects: "Agence de promotion des investissements",
# "Commission régionale d'investissement", "programme Forsa", "Plan Maroc Vert", "Fonds Hassan II".
COUNTING_BODY = re.compile(
    r"""^(?:agence|commissions?|comité|conseil|centre|direction|programme|plan|fonds|office|caisse
    |stratégie|initiative|observatoire|guichet)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# A title that names a project by its kind only ("Le parc industriel créera 50 000 emplois") speaks
# of the project of that kind the body names in full ("le parc industriel de Diamniadio").
TITLE_PROJECT_HEAD = re.compile(
    r"""\b(?:l['’]|la\s+|le\s+|du\s+|de\s+la\s+|au\s+|une?\s+)(?:nouve(?:au|l|lle)\s+|futur(?:e)?\s+)?
    (?P<head>usine|centrale|complexe|parc|zone|technopark|technopôle|cité|éco-cité|port|raffinerie
       |plateforme|cimenterie|briqueterie|mine|hôtel)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# What the model takes for a name and is none: a number word ("3 Millions Jours – Homme"), a
# name cut before its end ("Fonds de d'").
NOT_A_NAME = re.compile(r"^(?:millions?|milliards?|milliers?|mille)\b|\b(?:de|du|des|d['’])$", re.IGNORECASE)

# Between a referring noun and a name, the words that make the name its owner, not a reference
# back: "l'usine du groupe Holcim", "le projet de la société X".
OWNER_BEFORE = re.compile(
    r"""\s*(?:du|de\s+la|de\s+l['’]|de|d['’]|des)\s*
    (?:(?:groupe|société|firme|entreprise|compagnie|filiale|promoteur|constructeur|opérateur)\s+)?[«"“]?\s*""",
    re.VERBOSE | re.IGNORECASE,
)

# Before a context noun in its clause, a project or a firm that owns the figure: "le coût de ces
# projets concernant le secteur des services a été évalué à" is the projects' cost, not the sector's.
PROJECT_OWNS = re.compile(r"\b(?:projets?|usines?|programmes?)\b", re.IGNORECASE)

# The name the text gives as a project's promoter is the article's topic when no name is repeated:
# "le projet sera diligenté par le groupe « X »", "porté par la société X", "X, société promotrice
# de l'initiative", "le promoteur du projet, X".
PROMOTER_BEFORE = re.compile(
    r"""\b(?:port|pilot|diligent|initi|promu|développ|conduit|réalis)[ée]*e?s?\s+par\s+
    (?:(?:le|la|l['’]|les)\s*)?(?:(?:groupe|société|entreprise|firme|promoteur|investisseur|opérateur)\s+)?
    [«"“]?\s*$
    |\bpromot(?:eur|rice)(?:\s+du\s+projet)?\s*,?\s*(?:(?:le|la|l['’])\s*)?(?:(?:groupe|société)\s+)?[«"“]?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
PROMOTER_AFTER = re.compile(
    r"""\s*[»"”]?\s*,\s*(?:la\s+|le\s+)?(?:société|entreprise|groupe)?\s*promot(?:eur|rice)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# The verb right after the title's name that announces the title's figure ("l'Agglo de Y veut créer
# 1 000 emplois", "X lance une émission de 1 MMDH", "X investit 2 milliards"): that name is the
# article's topic before one the title gives first (a zone, a regulator: "Visa de l'AMMC : X lance
# ..."). From the a* dev pages; on ma-financial-news without the verb, an analyst's or a regulator's
# name took a bank's bond issue and share price ("X. Visa de l'AMMC pour ...", "X: Y recommande ...").
ANNOUNCES_AFTER = re.compile(
    r"""\s*(?:(?:va|veut|compte|souhaite|entend|prévoit\s+d[e'’]|projette\s+d[e'’]|ambitionne\s+d[e'’]
       |s['’]apprête\s+à|devrait)\s+)?
    (?:cré|invest|inject|mobilis|débloqu|lanc|construi|financ|implant|annonc|signe)\w*\b""",
    re.VERBOSE | re.IGNORECASE,
)

# A site named by its kind and one place ("le port de Nador"): the project the article named before
# with a name starting with that place and holding a project word ("Nador West Med") is the same
# one (from the m* dev pages). Not a firm's plant ("l'usine de Kénitra" is not "Kenitra Automotive
# City", the zone around it).
SITE_KIND_OF = re.compile(
    r"(?:port|zone|parc|technopôle|technopark|cité)\s+(?:de\s+|d['’])(?P<place>[\w'’-]+)", re.IGNORECASE
)
