"""Words and tables for tying a figure to its subject and place (:mod:`pipeline.link`).

Sources: the country names are the French short names of ISO 3166-1 (as the French foreign
ministry lists them), for Africa, Europe's large economies and the countries the press most
often names as investors, then the rest of ISO 3166-1; the regions are the twelve regions of Morocco
(decree 2.15.40 of 2015) and its natural regions, France's regions and départements (INSEE) and
Gabon's provinces; the 24 Tunisian governorates are not listed (a governorate bears its chief town's name,
which is a town first). Other word lists are French news usage, written for this stage.
"""

from __future__ import annotations

import re

from .entities import GIVEN_NAMES  # noqa: F401  (a name that starts with one is a person's)

# A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets kept with it) followed by
# a space and a capital, a digit or an opening quote; or at a line break.
# A line break ends a sentence only after a mark that is not inside one (a letter, a comma...).
SENTENCE_END = re.compile(
    r"""[.!?…]+[»"”)]*\s+(?=[«"“(]?\s?[A-ZÀ-ÖØ-Þ0-9])
    |\n\s*\n\s*
    |(?<![\w,;:'’(«-])[ \t]*\n\s*""",
    re.VERBOSE,
)

# country names: the coarsest level of place (a town or a region names the place better)
COUNTRIES = frozenset(
    """
    Maroc Algérie Tunisie Libye Égypte Egypte Mauritanie Sénégal Mali Niger Tchad Soudan Éthiopie
    Kenya Nigeria Nigéria Ghana Togo Bénin Cameroun Gabon Congo Angola Zambie Zimbabwe Mozambique
    Madagascar Maurice Rwanda Burundi Tanzanie Ouganda Guinée Gambie Liberia Libéria Djibouti
    Somalie Namibie Botswana Lesotho Eswatini Comores Seychelles Érythrée Malawi France Espagne
    Portugal Italie Allemagne Belgique Suisse Royaume-Uni Irlande Pays-Bas Luxembourg Autriche
    Grèce Turquie Russie Ukraine Pologne Roumanie Suède Norvège Danemark Finlande Chine Japon
    Inde Corée Canada Brésil Mexique Argentine Qatar Koweït Oman Bahreïn Jordanie Liban Syrie
    Irak Iran Israël Palestine Afrique Europe Asie Amérique
    """.split()
) | frozenset(
    [
        "Côte d'Ivoire", "Côte d’Ivoire", "Burkina Faso", "Afrique du Sud", "Cap-Vert",
        "Guinée-Bissau", "Guinée équatoriale", "République centrafricaine",
        "République démocratique du Congo", "RDC", "Sierra Leone", "Soudan du Sud",
        "Sao Tomé-et-Principe", "États-Unis", "Etats-Unis", "Arabie saoudite",
        "Émirats arabes unis", "Emirats arabes unis", "Corée du Sud", "Nouvelle-Zélande",
        "Union européenne", "Afrique de l'Ouest", "Afrique du Nord", "Afrique subsaharienne",
        "Moyen-Orient", "Maghreb",
    ]
) | frozenset(
    # the rest of the world (ISO 3166-1 French short names, as the French foreign ministry
    # writes them): a country the list above lacked was taken for a town ("au Népal")
    """
    Afghanistan Albanie Andorre Arménie Australie Azerbaïdjan Bahamas Bangladesh Barbade
    Biélorussie Bélarus Belize Bhoutan Birmanie Myanmar Bolivie Bosnie-Herzégovine Brunei Bulgarie
    Cambodge Chili Chypre Colombie Croatie Cuba Équateur Equateur Estonie Fidji Géorgie Grenade
    Guatemala Guyana Haïti Honduras Hongrie Indonésie Islande Jamaïque Kazakhstan Kirghizstan
    Kosovo Laos Lettonie Liechtenstein Lituanie Macédoine Malaisie Maldives Malte Moldavie Monaco
    Mongolie Monténégro Népal Nicaragua Ouzbékistan Pakistan Panama Paraguay Pérou Philippines
    Salvador Serbie Singapour Slovaquie Slovénie Suriname Tadjikistan Taïwan Thaïlande Turkménistan
    Uruguay Venezuela Vietnam Viêt-Nam Yémen Tchéquie Tchécoslovaquie
    """.split()
) | frozenset(
    [
        "République tchèque", "Corée du Nord", "Sri Lanka", "Costa Rica", "Papouasie-Nouvelle-Guinée",
        "République dominicaine", "Trinité-et-Tobago", "Timor oriental", "Macédoine du Nord",
        "Royaume du Maroc", "Sahara occidental", "Burkina", "Centrafrique", "Congo-Brazzaville",
        "Congo-Kinshasa", "Guinée-Conakry", "République d'Irlande",
    ]
)  # fmt: skip

# Continents and areas of several countries: where a firm sells or expands ("sa première usine en
# Afrique"), never the place of a figure (a plant stands in a town, a national total in a country).
# Still names, never a subject (they are in COUNTRIES).
CONTINENTS = frozenset(
    [
        "Afrique", "Europe", "Asie", "Amérique", "Océanie", "Afrique de l'Ouest", "Afrique du Nord",
        "Afrique subsaharienne", "Moyen-Orient", "Maghreb", "Union européenne", "Amérique latine",
    ]
)  # fmt: skip

# Morocco's twelve regions (2015): above a town, below the country
REGIONS = frozenset(
    [
        "Tanger-Tétouan-Al Hoceïma", "Oriental", "Fès-Meknès", "Rabat-Salé-Kénitra",
        "Béni Mellal-Khénifra", "Casablanca-Settat", "Marrakech-Safi", "Drâa-Tafilalet",
        "Souss-Massa", "Guelmim-Oued Noun", "Laâyoune-Sakia El Hamra", "Dakhla-Oued Ed-Dahab",
        "Grand Casablanca", "Souss Massa", "Souss", "Rif", "Gharb", "Haouz",
    ]
) | frozenset(
    # France's regions (2016, and the former ones the press still writes) and départements
    # (INSEE, Code officiel géographique; not those named as a town: Paris, Vienne), Gabon's
    # provinces: a département holds the town where a plant stands ("à Forbach, en Moselle")
    [
        "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
        "Grand Est", "Hauts-de-France", "Île-de-France", "Ile-de-France", "Normandie",
        "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "PACA",
        "Alsace", "Lorraine", "Champagne-Ardenne", "Picardie", "Nord-Pas-de-Calais", "Aquitaine",
        "Limousin", "Poitou-Charentes", "Midi-Pyrénées", "Languedoc-Roussillon", "Rhône-Alpes",
        "Auvergne", "Bourgogne", "Franche-Comté", "Basse-Normandie", "Haute-Normandie",
        "Ain", "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes",
        "Ardèche", "Ardennes", "Ariège", "Aube", "Aude", "Aveyron", "Bouches-du-Rhône", "Calvados",
        "Cantal", "Charente", "Charente-Maritime", "Cher", "Corrèze", "Corse-du-Sud", "Haute-Corse",
        "Côte-d'Or", "Côtes-d'Armor", "Creuse", "Dordogne", "Doubs", "Drôme", "Eure", "Eure-et-Loir",
        "Finistère", "Gard", "Haute-Garonne", "Gers", "Gironde", "Hérault", "Ille-et-Vilaine", "Indre",
        "Indre-et-Loire", "Isère", "Jura", "Landes", "Loir-et-Cher", "Loire", "Haute-Loire",
        "Loire-Atlantique", "Loiret", "Lot", "Lot-et-Garonne", "Lozère", "Maine-et-Loire", "Manche",
        "Marne", "Haute-Marne", "Mayenne", "Meurthe-et-Moselle", "Meuse", "Morbihan", "Moselle",
        "Nièvre", "Nord", "Oise", "Orne", "Pas-de-Calais", "Puy-de-Dôme", "Pyrénées-Atlantiques",
        "Hautes-Pyrénées", "Pyrénées-Orientales", "Bas-Rhin", "Haut-Rhin", "Rhône", "Haute-Saône",
        "Saône-et-Loire", "Sarthe", "Savoie", "Haute-Savoie", "Seine-Maritime", "Seine-et-Marne",
        "Yvelines", "Deux-Sèvres", "Somme", "Tarn", "Tarn-et-Garonne", "Var", "Vaucluse", "Vendée",
        "Haute-Vienne", "Vosges", "Yonne", "Territoire de Belfort", "Essonne", "Hauts-de-Seine",
        "Seine-Saint-Denis", "Val-de-Marne", "Val-d'Oise",
        "Estuaire", "Haut-Ogooué", "Moyen-Ogooué", "Ngounié", "Nyanga", "Ogooué-Ivindo",
        "Ogooué-Lolo", "Ogooué-Maritime", "Woleu-Ntem",
    ]
)  # fmt: skip

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


# A name the model read as a firm or another name and the text writes as a site: right after a
# participle that places something ("inaugurée à X", "implantée à X", "située au X") or after the
# noun of a settlement ("la commune de X", "le village de X"). Not a bare "à X" ("cédé à Saham
# Bank", "introduction en Bourse"). Such a name, never written otherwise, is a place.
SITE_CUE = re.compile(
    r"""(?:\b(?:implanté|installé|situé|sis|basé|établi|localisé|inauguré|construit|érigé|bâti|domicilié)(?:e|s|es)?
       \s+(?:à|au|aux|en)
    |\b(?:commune|ville|village|localité|bourgade|chef-lieu|quartier|hameau)\s+(?:de|d['’]))\s*[«"“]?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# A heading glued to a place's name by the page: "au Burkina Faso Une base ..." (a capitalised
# determiner or pronoun ends no place's name).
GLUED_TAIL = re.compile(r"\s+(?:Une?|Les?|La|Des|Ce|Cette|Ces|Il|Elle|Ils|Elles)$")
SITE_WORDS = (  # a quick test before SITE_CUE (in lower case)
    "implant", "install", "situé", "sis", "basé", "établi", "localisé", "inauguré", "construit", "érigé",
    "bâti", "domicilié", "commune", "ville", "village", "localité", "bourgade", "chef-lieu", "quartier",
    "hameau",
)  # fmt: skip
# A site named by a natural feature of its place ("dans la baie de X", "dans l'oasis de X"): the
# feature is part of its name when the name is no known place ("Betoya" alone tells nothing).
FEATURE_WORDS = ("baie", "lagune", "île", "oasis")  # a quick test before FEATURE_BEFORE
FEATURE_BEFORE = re.compile(
    r"""\b(?P<feature>baie|lagune|presqu['’]île|île|oasis)
    \s+(?:de\s+la\s+|de\s+l['’]|des\s+|de\s+|d['’]|du\s+)$""",
    re.VERBOSE | re.IGNORECASE,
)

# What comes right before a place name that is where something is: "à Kénitra", "au Sénégal",
# "dans la région de Souss-Massa", "sur le site de Nouaceur", "la commune de Liffré", or the
# start of a title ("Essaouira : inauguration du ...").
PLACE_CUE = re.compile(
    r"""(?:
      (?:^|\W)(?:à|(?-i:A)|au|aux|en|dans|près|vers|sur|depuis|chez|de)  # "A Abidjan": no accent
      (?:\s+(?:la|le|les|l['’]|de|d['’]|du))*
      (?:\s*(?:ville|commune|province|préfecture|région|wilaya|localité|zone|site|cité|quartier
         |arrondissement|gouvernorat|département|périphérie|baie|port|technopôle|parc|plateforme)
         (?:\s+(?:industriel(?:le)?|franche|portuaire|logistique))?
         \s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+))?
      \s*[«"“]?\s*
    # an administrative unit named without a preposition: "la province de X", ", province du X"
    # (not "le département du Trésor": a ministry)
    |(?:^|[,(]\s*|\b(?:la|le|l['’])\s*)(?:ville|commune|province|préfecture|région|wilaya|localité
       |gouvernorat)(?:\s+(?:rurale|urbaine))?
       \s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)[«"“]?\s*)$""",
    re.VERBOSE | re.IGNORECASE,
)
# At a sentence's start, a name is a place when a colon or a dash follows it ("Essaouira : ...")
# or an apposition that calls it a place ("Casablanca, la plus grande ville du Royaume, ..."); a
# name alone there is no place ("Riad" of a photo credit, a firm starting a sentence).
KICKER_AFTER = re.compile(
    r"""\s*[:–—-]\s
    |,\s+(?:(?:la|le|l['’]|une?|cette|ce)\s*)?(?:[\w-]+\s+){0,3}?
       (?:ville|capitale|cité|région|province|commune|métropole|localité|bourgade|port)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A cue that names a place as the region around the site ("à Sendou dans la région de Dakar"), or
# as a landmark near it ("près de Rennes", "à 30 km de Dakar"). Such a place is less specific
# than a town named plainly; a landmark less than a region.
REGION_CUE = re.compile(
    r"""\b(?:régions?|provinces?|gouvernorats?|départements?|wilayas?|préfectures?)
    \s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)\s*$
    # a commune named after a place it holds: "à Koulpélé dans la commune de X", "à X, commune de Y"
    |(?-i:(?!(?:La|Le|Les|Une?|Cette|Dans|En|Sa|Son)\b)[A-ZÀ-ÖØ-Þ])[\w'’-]+\s*,?\s+(?:dans\s+la\s+)?commune\s+(?:rurale\s+|urbaine\s+)?(?:de\s+|d['’])$""",
    re.VERBOSE | re.IGNORECASE,
)
NEAR_CUE = re.compile(
    r"""\b(?:près|proche|non\s+loin|proximité|environs|périphérie|km|kilomètres)
    (?:\s+(?:au|du)\s+(?:nord|sud|est|ouest|centre|centre-ville))?  # "à 30 km du centre-ville de Dakar"
    \s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)\s*$
    |\b(?:à\s+l['’](?:est|ouest)|au\s+(?:nord|sud)(?:-(?:est|ouest))?)  # "à l'ouest de Ouagadougou"
    \s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# A cardinal part of a place ("dans l'est de la France", "dans le nord du Maroc"): the area, a
# region's level even for a country (more specific than the country, less than a town); not "à
# l'ouest de X", "au nord de X": a landmark near the site (NEAR_CUE).
CARDINAL_PART = re.compile(
    r"""\bdans\s+(?:l['’](?:est|ouest)|le\s+(?:nord|sud|centre)(?:-(?:est|ouest))?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+)$""",
    re.IGNORECASE,
)
# A place whose name says it is a region: "Province de Khouribga", "Région Béni Mellal-Khénifra".
REGION_NAME = re.compile(r"(?:région|province|gouvernorat|département|wilaya|préfecture)\b", re.IGNORECASE)
# Between two names of a list of places ("à Ouarzazate, Laâyoune et Boujdour"): the cue of the
# first is the cue of the others.
LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+et|,?\s+ou)\s*")
LIST_LAST = re.compile(r",?\s+(?:et|ou)\s+")  # before a list's last name
PLACE_CUE_WINDOW = 60  # characters before a place name where its cue is looked for

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
# A firm's figure over the whole world ("emploie 13 000 personnes dans le monde"): it has no place
# unless its own sentence names one.
WORLDWIDE = re.compile(
    r"""\b(?:dans\s+le\s+monde|à\s+travers\s+le\s+monde|de\s+par\s+le\s+monde
    |(?:au\s+niveau|à\s+l['’]échelle)\s+(?:mondial|mondiale|international|internationale)
    |dans\s+\d+\s+pays)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The market alone: its size has no place unless its own sentence names one.
MARKET_BEFORE = re.compile(r"\bmarch[ée]s?\b[^,;]*$", re.IGNORECASE)
CONTEXT_WINDOW = 60  # characters before a figure where its context noun is looked for

# A people's name taken for an entity ("Camerounais", "les Sénégalais", "Burkinabè"): one word
# ending as French demonyms do. Never a figure's subject.
DEMONYM = re.compile(r"[A-ZÉ][a-zéèëïô]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|bè|éen|éenne)s?")

# What a place's name looks like: capitalised words of two letters or more (with hyphens,
# apostrophes and particles), no digits or symbols: "F" (of "F CFA") or "57M€." are not places.
PLACE_NAME = re.compile(r"[A-ZÀ-Ö][\w'’-]*[a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+)*")

# A firm's name the model left out, introduced by its kind: "la société civile immobilière Alpha",
# "l'entreprise Alpha Trading", "la société Alpha du Maroc" (the capitalised words after the kind
# and its legal form).
FIRM_INTRO = re.compile(
    r"""\b(?:la\s+société|l['’]entreprise|la\s+firme|le\s+groupe|la\s+compagnie)
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

# An office before "de X": X is the officer's jurisdiction, not where a figure is ("le président
# de Montluçon", "le maire de Liffré", "le wali de la région").
ROLE_OF = re.compile(
    r"""\b(?:président(?:e)?|maire|wali|gouverneur|préfet|directeur|directrice|ministre|élus?|député(?:e)?
    |sénateur|conseil|chambre|université|club|équipe)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)\s*[«"“]?\s*$
    # a manager of a firm's department: "la directrice de la communication de X", "le directeur
    # commercial de X" (a department's noun, lower case, between the office and the firm)
    |\b(?:directeur|directrice|responsable|chef|patron(?:ne)?)\s+(?:général(?:e)?\s+|commercial(?:e)?\s+)?
     (?:(?:de\s+la|des|du|de\s+l['’])\s*(?:communication|marketing|développement|stratégie|production
        |ressources\s+humaines|finances|ventes|opérations|usine|filiale)\s+)?(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)[«"“]?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

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

# A nation's sector named by its adjective ("l'outsourcing marocain compte 100 000 emplois", "le
# secteur automobile tunisien emploie"): the figure's place is the country (when its own
# sentence names no place). Not after a firm's noun: "le groupe français X" is a firm's origin.
NATIONAL_ADJECTIVE = {
    "marocain": "Maroc", "algérien": "Algérie", "tunisien": "Tunisie", "sénégalais": "Sénégal",
    "ivoirien": "Côte d'Ivoire", "camerounais": "Cameroun", "burkinabè": "Burkina Faso",
    "gabonais": "Gabon", "malien": "Mali", "nigérien": "Niger", "nigérian": "Nigeria",
    "égyptien": "Égypte", "mauritanien": "Mauritanie", "français": "France", "béninois": "Bénin",
    "togolais": "Togo", "guinéen": "Guinée", "congolais": "Congo", "ghanéen": "Ghana",
    "kényan": "Kenya", "éthiopien": "Éthiopie", "rwandais": "Rwanda", "sud-africain": "Afrique du Sud",
    "tchadien": "Tchad", "libyen": "Libye", "espagnol": "Espagne", "belge": "Belgique",
}  # fmt: skip
NATIONAL_SECTOR = re.compile(
    r"""\b(?:offshoring|outsourcing|start-?ups?|secteur|industrie|économie|filière|tourisme|exportations?
    |entreprises|PME|écosystème|agriculture|automobile|aéronautique)
    (?:\s+[a-zéèêàç-]+)?\s+(?P<adj>"""
    + "|".join(sorted(NATIONAL_ADJECTIVE, key=len, reverse=True))
    + r""")(?:e|s|es|ne|nes)?\b""",
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

# A place named as the model of the project is another site: "conçu sur le modèle de la Marina
# d'Agadir", "réplique de l'usine de X".
COMPARED_WORDS = ("modèle", "réplique")  # not "à l'image de", "l'exemple de": often the subject itself
COMPARED_TO = re.compile(
    r"""\b(?:modèle|réplique)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|de\s+|d['’]|du\s+)
    (?:[\w'’-]+\s+){0,3}?(?:(?:de\s+la|de\s+l['’]|de|d['’]|du|à|au)\s*)?[«"“]?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

# Feasts the model reads as places ("le prix du mouton à l'Aïd", "à Noël"): never a figure's place,
# nor its subject.
NOT_PLACE = re.compile(
    r"^(?:Aïd|Aid|Eid|Ramadan|Ramadhan|Noël|Pâques|Achoura|Mawlid|Mouloud|Toussaint|Tabaski)\b", re.IGNORECASE
)
