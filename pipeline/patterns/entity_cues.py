"""Word lists for what a name is not, and for which kind of name it is, read from its context.

What is no name at all (:mod:`pipeline.ner.filters`): abbreviations of common nouns, page
furniture, generic bodies, place-name prefixes. Label cues (:mod:`pipeline.ner.labels`,
:mod:`pipeline.ner.linking`, :mod:`pipeline.ner.people`): the nouns and verbs next to a name that make
it a company's, a programme's, a route's or a person's. The other entity lists (roles, name
heads, acronyms) are in :mod:`pipeline.patterns.entities`, which re-exports these: the NER
code reads them all as ``patterns.entities.X``.

Sources are given with each list. Everything is lower case unless said otherwise.
"""

from __future__ import annotations

import re

from . import load_list

# --- precision: what is no name (pipeline/ner/filters.py) ---------------------------------
# Abbreviations of common nouns ("BTP", "TPE", "TVA", "MoU", "NDLR"), with their sources, in
# pipeline/data/common_abbreviations.txt: alone, never an entity.
COMMON_ABBREVIATIONS = frozenset(load_list("common_abbreviations.txt"))

# Page furniture: a sentence holding one of these is a site's chrome (a script warning, a share
# or follow prompt, a copyright notice), and no entity is taken from it, whatever the body
# stage kept. Case-insensitive; sources: the furniture of the dev pages and the real corpora
# as read by the team, and the usual French and English wording of such notices.
FURNITURE_CUES = re.compile(
    r"""
    javascript | web\ browser | cookies? \b | newsletter | ©
    | \(c\)\ | \bsuivez\b | \bsuivez-nous | \babonnez-vous | \bcliquez | \blire\ aussi
    | reproduction\ (?:interdite|réservée|strictement) | droits\ (?:réservés|d.auteur)
    | si\ vous\ voulez\ que\ l.information
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A site's promotion of its own pages inside the text, up to its colon: "A ne pas manquer sur BBC
# Afrique :", "A lire aussi sur X :", "A regarder sur X:" (then another article's headline, or the
# story going on: only the promotion itself is furniture, not the sentence). Its outlet is no
# mention of the story. Written from the French press's "À lire / À voir / À ne pas manquer sur".
# The capital first, then the lookbehind: re skips to the capitals (16 µs an article, not 118).
PROMO_LINK = re.compile(
    r"""[AÀ](?<![^\W\d_][AÀ])\s+(?:ne\s+pas\s+)?(?:[^\W\d_]+\s+){0,2}?
    (?:lire|voir|regarder|écouter|manquer|rater|suivre)(?:\s+[^\W\d_]+){0,3}?\s+sur\s+[^:.!?\n]{1,40}?\s*:""",
    re.VERBOSE,
)
# The same promotion written as a list's heading, up to its colon: "Autres articles sur X :",
# "D'autres sujets de X :", "Les articles les plus lus sur X :", "Regardez aussi sur X :". Read
# only when one of PROMO_LIST_WORDS is in the text (a substring test; most texts hold none, but
# half of them hold "les plus": the regex, with no literal to skip to, costs 0.3 ms a text).
PROMO_LIST = re.compile(
    r"""(?:(?:[Dd]['’])?[Aa]utres\s+(?:articles|sujets|vidéos|reportages|émissions)\s+(?:sur|de)
    |Les\s+(?:articles|vidéos|sujets)\s+les\s+plus\s+(?:lus|vus|regardés|partagés|populaires)\s+sur
    |(?:Regardez|Lisez|Écoutez|Voyez)\s+(?:aussi|également|encore)\s+sur)
    \s+[A-ZÀ-Ö0-9][^:.!?\n]{0,39}?\s*:""",  # the outlet's name, with its capital ("sur la carte :" is prose)
    re.VERBOSE,
)
PROMO_LIST_WORDS = ("utres articles", "utres sujets", "utres vidéos", "utres reportages", "utres émissions",
                    "plus lus sur", "plus vus sur", "plus regardés sur", "plus partagés sur",
                    "plus populaires sur", "aussi sur", "également sur", "encore sur")

# Where a furniture sentence ends: sentence punctuation or a line break.
FURNITURE_SENTENCE_END = re.compile(r"[.!?\n]")

# A university named by its town or founder after a lower-case head ("l'université de Leicester",
# "l'université Columbia"): the model tags the town alone, as a place; the name is the whole, an
# organisation (as "Université Mohammed V" written with its capital).
UNIVERSITY_HEADS = frozenset(("université",))

# Event nouns a site's rubric puts before a country without a preposition ("Guerre Ukraine -
# Russie : ...", "Crise Soudan : ..."), telegraphic style for "la guerre en Ukraine": the rubric is
# no name, the country is a place.
RUBRIC_EVENT_NOUNS = frozenset("guerre crise conflit".split())

# Common nouns the press often capitalises, never one actor: "Internet" (the Académie française
# and Larousse give "internet" as a common noun, with or without its capital), "Web"; and "Dieu",
# capitalised by convention, met in quotations and blessings ("Dieu merci", "si Dieu le veut"),
# never an actor of the news (each audit's reader counted it wrong: 82 mentions on the corpora).
CAPITALISED_COMMON_NOUNS = frozenset("internet web dieu".split())

# Generic bodies: a head and a qualifier that every company, town or state has. Alone they name
# a role in the story ("le Conseil d'administration", "la Banque centrale"), not one actor;
# with a name they are kept ("Conseil d'administration de Maroc Telecom" is read by the rules
# that extend a name). Lower case, straight apostrophe.
GENERIC_BODIES = frozenset(w.strip() for w in """
    banque centrale|banques centrales|conseil d'administration|conseil de surveillance
    |conseil de direction|conseil de gérance|comité de direction|comité exécutif|comité d'audit
    |comité des risques|comité de pilotage|comité de suivi|comité technique|comité scientifique
    |assemblée générale|assemblée générale ordinaire|assemblée générale extraordinaire
    |direction générale|direction régionale|direction financière|direction commerciale
    |conseil de la région|conseil régional|conseil communal|conseil municipal|conseil provincial
    |conseil préfectoral|conseil de la ville|conseil des ministres|conseil de gouvernement
    |secrétariat d'état|secrétariat général|haut-commissariat|cour d'appel|tribunal de commerce
    |tribunal administratif|chambre des représentants|chambre des conseillers
    |commission|conseil|comité|direction|banque|bourse|trésor|parlement|gouvernement|assemblée
    |fonds souverain|agence de notation|agences de notation|banque d'affaires|banque publique
    |technical committee|steering committee|executive committee|audit committee|board of directors
""".split("|"))

# First words of Maghreb place names, never of a person's ("Oulad Salah", "Aïn Bida", "Bni Kolla",
# "Aït Ourir", "Douar ..."): Arabic and Amazigh for "sons of", "spring", "tribe", "village", "hill"
# (sources: the Moroccan Haut-Commissariat au Plan's lists of communes, 2014 census).
TOPONYM_PREFIXES = frozenset("""
    oulad ouled aïn ain bni beni aït ait douar ksar tizi oued jbel
""".split())

# --- label cues: what the words around a name make it (pipeline/ner/labels.py, linking.py) ----
# Nouns right before a name that make it a company ("le groupe suisse Cavotec", "la société
# Vicenne", "l'opérateur Inwi"), and before an index ("l'indice MASI"). One lower-case word
# may stand between (a nationality or a sector: "le groupe suisse", "l'assureur crédit").
COMPANY_CUES = frozenset("""
    groupe société sociétés entreprise firme compagnie opérateur assureur réassureur constructeur
    équipementier filiale start-up startup fintech holding enseigne promoteur distributeur
    cimentier sidérurgiste laboratoire transporteur armateur avionneur banquier
    agence cabinet banque média
""".split())
INDEX_CUES = frozenset("indice indices".split())
# Nouns that only a company has, before "de" + a name with no article: "le capital de Vicenne",
# "le cours de Stroc", "le chiffre d'affaires de Vicenne" (a country takes an article: "de la France").
COMPANY_OF_CUES = frozenset("""
    capital cours titre titres action actions actionnaires actionnariat affaires bénéfice
    bénéfices dividende dividendes valorisation capitalisation filiale filiales
""".split())
# Nouns that only a team's member or staff has, before "de" + a name that is no known place and no
# person: "l'attaquant de Chelsea", "le gardien de Boavista" (the model's LOC or MISC -> ORG). Not
# "terrain" ("le milieu de terrain de X"): a plot of land has it too. Source: the positions and
# roles of the Laws of the Game (IFAB) as the French sports press writes them.
TEAM_OF_CUES = frozenset("""
    joueur joueuse joueurs joueuses attaquant attaquante défenseur défenseure gardien gardienne
    entraîneur entraîneuse capitaine sociétaire supporters supporteurs maillot
""".split())

# Nouns before a run of places joined by hyphens that make it a route, not one place:
# "le vol Shanghai-Casablanca", "l'axe Casablanca-Rabat".
ROUTE_CUES = frozenset("vol vols ligne lignes liaison liaisons axe route trajet corridor desserte".split())
# Words that end or fill a company's name and nothing else's: "Atlas Capital", "Sahel Consulting".
# A narrower set than COMPANY_WORDS (which also holds "Maroc", "Afrique": "Coupe d'Afrique").
COMPANY_NAME_WORDS = frozenset("""
    capital bank group groupe holding invest finance consulting services solutions technologies
    industries motors assurance assurances airlines partners ventures corp corporation company sa
    sarl sas inc ltd plc gestion power energy pharma financière firm investment investments
    management leasing securities manufacturing equity materials fund funds sca sicar sicav spa gmbh
    llc limited resources steel rail engineering pharmaceuticals bioscience biosciences high-tech
    mining minerals metals petroleum airways holdings trading therapeutics laboratories
""".split())
CUE_WORD_GAP = 2  # lower-case words between a cue noun and the name: "l'opérateur hôtelier international X"

# Heads of a lower-case phrase that a bracketed acronym abbreviates which make the acronym a
# programme's or a mechanism's name (MISC), not a common noun's: "le programme d'électrification
# rurale globale (PERG)", "le mécanisme d'ajustement carbone aux frontières (MACF)". Not "prix"
# ("prix public de vente (PPV)") nor the event heads: in lower case those are common nouns.
LOWER_PROGRAMME_HEADS = frozenset("programme plan stratégie initiative pacte mécanisme dispositif".split())

# Heads of a facility or site named after what it makes or serves, which an abbreviation of a
# common noun may open: "TSP Hub" (an OCP plant), "IA Lab", "PME Center". The name is the whole.
FACILITY_TAILS = frozenset("hub lab labs center centre park campus valley plant factory".split())

# Last words of English names of the kinds of patterns.entities.MISC_HEADS ("Logistics Performance
# Index", "CX Awards", "Africa Investment Summit", "Rural Tourism Challenge", "Visa Fintech Day"):
# English puts the head last. Not "forum", "conference", "fund": organisations as often.
MISC_TAILS = frozenset("""
    index award awards summit challenge day days week festival expo cup act agreement program
    programme initiative
""".split())

# Words right before a one-word name that make it a person's, though no given name or title comes
# with it: a government or camp named after its leader ("l'administration Trump", "le gouvernement
# Akhannouch", "le régime Assad", "le camp Biden").
PERSON_OF_CUES = frozenset("administration gouvernement régime camp clan cabinet".split())
# Verbs of saying right before or after a one-word name ("Jouahri a indiqué", "a écrit Trump",
# ", explique Hansen"): said of people. Participles after "a", present tense after the name or
# in an inverted quote. Not "annoncer", "indiquer", "préciser", "estimer", "souligner", nor
# "poursuivre", "conclure", "lancer": a company "indique", "annonce", "poursuit" or "conclut" (an
# agreement) as often as a person.
SPEECH_VERBS = frozenset("""
    déclaré déclare ajouté ajoute affirmé affirme expliqué explique insisté insiste martelé martèle
    confié confie raconté raconte dit écrit écrivait averti avertit plaidé plaide tweeté
    rappelé rappelle reconnu reconnaît regretté regrette
""".split())

# Nouns right before a name that make it a programme, a project, an event or a vessel (MISC):
# "le programme Greenback-Maroc", "l'initiative Moroccan Retail Tech Builder", "le projet Anchois",
# "le salon Gitex", "l'opération Marhaba", "le navire Ritaj". Read like the company cues above.
MISC_CUES = frozenset("""
    programme programmes plan stratégie initiative projet mécanisme dispositif salon festival
    sommet tournoi championnat opération navire
""".split())
