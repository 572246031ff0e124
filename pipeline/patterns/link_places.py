"""Places for tying a figure to its place (:mod:`pipeline.link_places`, :mod:`pipeline.link_names`).

The lists of places (countries, continents, regions), the cues that make a name the place where
something is ("à Kénitra", "dans la région de X", "la commune de X") or another place (a landmark
near the site, an officer's jurisdiction, a site the project is modelled on), and the names the
model reads as places and are none. :mod:`pipeline.patterns.link` re-exports every name here, so
the linking stage reads them all as ``P.<NAME>``.

Sources: the country names are the French short names of ISO 3166-1 (as the French foreign
ministry lists them), for Africa, Europe's large economies and the countries the press most
often names as investors, then the rest of ISO 3166-1; the regions are the twelve regions of Morocco
(decree 2.15.40 of 2015) and its natural regions, France's regions and départements (INSEE) and
Gabon's provinces; the 24 Tunisian governorates are not listed (a governorate bears its chief town's name,
which is a town first). Other word lists are French news usage, written for this stage.
"""

from __future__ import annotations

import re

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

# What a place's name looks like: capitalised words of two letters or more (with hyphens,
# apostrophes and particles), no digits or symbols: "F" (of "F CFA") or "57M€." are not places.
PLACE_NAME = re.compile(r"[A-ZÀ-Ö][\w'’-]*[a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+)*")

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

# Where an event was held, not where its figures apply: "les conventions signées mercredi à
# Yaoundé", "la cérémonie présidée ce lundi à Yaoundé", "le sommet organisé à Versailles", "ont
# officialisé, ce vendredi à Dakar, le lancement d'une usine". The event's word comes before the
# place cue in its sentence, with no site between them ("signée pour une usine à Kénitra": the
# usine is at Kénitra). Not "inauguré à X", "lancé à X": an inauguration is held at the site.
EVENT_BEFORE = re.compile(
    r"""\b(?:sign(?:é|ée|és|ées|ature)|paraph(?:é|ée|és|ées)|cérémonie|sommet|forum|conférence|réunion
    |séminaire|assises|officialis(?:é|ée|és|ées)|finalis(?:é|ée|és|ées)|organis(?:é|ée|és|ées))\b
    (?:(?!usine|unité|site|projet|complexe|centrale|zone|parc|implant|install|constru|réalis|situ)[^.!?;]){0,80}$""",
    re.VERBOSE | re.IGNORECASE,
)
EVENT_WINDOW = 100  # characters before a place where its event's word is looked for (in its sentence)
# The capitals of the countries of COUNTRIES the press of the region writes about most (French
# short names of ISO 3166 and their capitals; Abidjan, Côte d'Ivoire's seat of government in
# practice). An event held in a capital places its figures in that country.
CAPITALS = {
    "Rabat": "Maroc", "Alger": "Algérie", "Tunis": "Tunisie", "Tripoli": "Libye", "Le Caire": "Égypte",
    "Nouakchott": "Mauritanie", "Dakar": "Sénégal", "Bamako": "Mali", "Niamey": "Niger",
    "Ouagadougou": "Burkina Faso", "Abidjan": "Côte d'Ivoire", "Yamoussoukro": "Côte d'Ivoire",
    "Accra": "Ghana", "Lomé": "Togo", "Cotonou": "Bénin", "Porto-Novo": "Bénin", "Abuja": "Nigeria",
    "Yaoundé": "Cameroun", "Libreville": "Gabon", "Brazzaville": "Congo", "N'Djamena": "Tchad",
    "Conakry": "Guinée", "Kigali": "Rwanda", "Antananarivo": "Madagascar", "Djibouti": "Djibouti",
    "Nairobi": "Kenya", "Addis-Abeba": "Éthiopie", "Paris": "France", "Bruxelles": "Belgique",
    "Madrid": "Espagne", "Lisbonne": "Portugal", "Rome": "Italie", "Berlin": "Allemagne",
    "Londres": "Royaume-Uni", "Pékin": "Chine", "Ottawa": "Canada",
}  # fmt: skip

# The site a project's name ends with: "Parc industriel de Diamniadio", "la centrale de Noor
# Midelt" (the capitalised words after the last "de"). The place of a figure whose subject is such a
# project, when the text places it nowhere else.
SITE_IN_NAME = re.compile(r"\b(?:de|d['’]|du)\s*(?P<site>[A-ZÀ-Ö][\w'’-]+(?:\s+[A-ZÀ-Ö][\w'’-]+)*)$")

# Between a place and a name the model read as a place right after it: "à Kolfoulou par Soa", "à
# Sendou près de Bargny", "à Koulpélé, Toecé". Such a name places the site too: it is no firm.
PLACE_CHAIN = re.compile(r"\s*(?:,|par|près\s+de|vers|non\s+loin\s+de)\s*", re.IGNORECASE)

# A possessor's whole count ("Webcad ... ses 3 500 salariés", "le Maroc déploie ses 750 hectares"):
# over all its sites, so placed in its sentence or at the article's country, not at the town of
# another sentence.
POSSESSED_TOTAL = re.compile(r"\b(?:ses|leurs)\s+$", re.IGNORECASE)
