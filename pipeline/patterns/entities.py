"""Word lists and regexes for named entities: roles, titles, name heads, page furniture.

Sources: the usage of Moroccan and francophone-African economic press (MAP, Le Matin,
L'Economiste, Médias24, LesEco, Jeune Afrique) as read by the team; the Académie
française's list of feminine job titles for the feminine role forms; the Schwartz and
Hearst (2003) abbreviation rule for acronyms (see :data:`ACRONYM`). Everything is
lower case unless said otherwise; lookups lower-case the token first.
"""

from __future__ import annotations

import re

from . import load_list

# The lists of what is no name and the label cues (pipeline/ner/filters.py, labels.py) are kept in
# entity_cues.py; the NER code reads every entity list from here, as ``patterns.entities.X``.
from .entity_cues import (  # noqa: F401 (re-exported)
    CAPITALISED_COMMON_NOUNS,
    COMMON_ABBREVIATIONS,
    COMPANY_CUES,
    COMPANY_NAME_WORDS,
    COMPANY_OF_CUES,
    CUE_WORD_GAP,
    FACILITY_TAILS,
    FURNITURE_CUES,
    FURNITURE_SENTENCE_END,
    GENERIC_BODIES,
    INDEX_CUES,
    LOWER_PROGRAMME_HEADS,
    MISC_CUES,
    MISC_TAILS,
    PERSON_OF_CUES,
    PROMO_LINK,
    PROMO_LIST,
    PROMO_LIST_WORDS,
    ROUTE_CUES,
    RUBRIC_EVENT_NOUNS,
    SPEECH_VERBS,
    TEAM_OF_CUES,
    TOPONYM_PREFIXES,
    UNIVERSITY_HEADS,
)
from .units import CURRENCIES

# --- roles -----------------------------------------------------------------------------
# Words that head a role or title phrase: "le wali de la région", "du directeur général de
# la CDG", "Ryad Mezzour, ministre de l'Industrie". A role phrase starts at one of these.
ROLE_HEADS = frozenset("""
    ministre ministres secrétaire sous-secrétaire conseiller conseillère
    président présidente présidents vice-président vice-présidente président-directeur
    président-fondateur pdg p-dg ceo cfo coo cto dg dga
    directeur directrice directeurs directrice-générale administrateur administratrice
    gérant gérante fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice
    patron patronne chef cheffe responsable délégué déléguée commissaire
    wali walis gouverneur gouverneure gouverneurs maire maires caïd pacha préfet préfète
    sous-préfet ambassadeur ambassadrice consul consule député députée sénateur sénatrice
    parlementaire élu élue conseiller-délégué porte-parole roi reine prince princesse
    souverain monarque émir
    doyen doyenne recteur rectrice professeur professeure chercheur chercheuse expert experte
    économiste analyste avocat avocate juge procureur bâtonnier
    coordinateur coordinatrice coordonnateur coordonnatrice manager associé associée
    trésorier trésorière colonel commandant capitaine lieutenant
    sélectionneur sélectionneuse entraîneur entraîneuse arbitre joueur joueuse
    chargé chargée attaché attachée haut-commissaire haute-commissaire
    director directors chairman chairwoman founder co-founder officer
""".split())

# Abbreviated titles kept out of a person's name (case as written).
TITLES = frozenset("""M. MM. Mme Mmes Mlle Dr Dr. Pr Pr. Me Me. SM S.M. SAR S.A.R. Sa Majesté Monsieur Madame
    Mademoiselle""".split())

# Tokens that may sit inside a role phrase between its head and the name without ending it
# (ends are decided by ROLE_STOPS); listed for the leading-token trim of entity spans.
ROLE_INNER = frozenset("""
    de du des d' d’ la le les l' l’ et auprès en charge général générale généraux adjoint
    adjointe délégué déléguée exécutif exécutive régional régionale national nationale
    provincial provinciale communal communale principal principale héritier héritière ,
""".split())

# Tokens that end a role phrase when scanning away from the name: verbs and clause words
# a role title never contains ("la maire de Casablanca" but not "a signé par la maire").
ROLE_STOPS = frozenset("""
    a ont est sont été était étaient sera seront fut avait avaient va vont
    qui que qu' qu’ dont où quand lorsque si car mais donc ni or
    par selon avec sans pour sur sous dans chez entre vers contre pendant depuis lors
    après avant hier aujourd'hui aujourd’hui demain ainsi aussi notamment également
    ce cette ces cet il elle ils elles on nous vous je se s' s’ y
    présence côté part nom
    « » " “ ” ( ) [ ] ; : . ! ? …
""".split())

# Determiners that may come after "et" inside a role and mean a second noun phrase begins
# ("le président de la commune et le wali X": the role of X is only "wali").
ROLE_SPLIT_DETERMINERS = frozenset("le la les l' l’ un une son sa ses leur".split())

# Words after a comma that continue a role rather than end it: ", chargée de la Transition ...".
# A connector after a comma continues an enumeration of portfolios: "ministre de l'Économie,
# des Finances et de la Souveraineté économique".
ROLE_FOLLOWERS = frozenset("chargé chargée chargés chargées en de du des d' d’".split())

# Capitalised words before a role head that belong to the role, not to a name: "Premier
# ministre Ousmane Sonko", "Ex-ministre", "Vice-président" (hyphenated forms are split on "-").
# English roles in French copy ("Ahmed X, Managing Director de la SBU ...") are read the same way.
ROLE_PREFIXES = frozenset("""
    premier première premiers ancien ancienne ex nouveau nouvelle managing chief
""".split())

ROLE_MAX_TOKENS = 30  # a long French role ("ministre déléguée auprès du Chef de ...") fits in 30

# --- names -----------------------------------------------------------------------------
# Lower-case words that may sit inside a name: "Caisse de Dépôt et de Gestion",
# "Amal El Fellah Seghrouchni", "Laâyoune-Sakia el Hamra".
NAME_PARTICLES = frozenset("""
    de du des d' d’ la le les l' l’ et en sur sous aux au à pour al el ben bin bent ould
    ibn von van der den da di dos
""".split())

# Lower-case generic nouns that belong to the name that follows them (French typography:
# "la mer Rouge", "l'océan Atlantique", "l'aéroport Blaise-Diagne"): never trimmed off.
GEO_GENERICS = frozenset("""
    mer océan golfe lac mont monts fleuve rivière île îles détroit cap canal désert baie
    aéroport
""".split())

# Connectors between the halves of one name ("Caisse de Dépôt [et de] Gestion", "Office
# National de l'Électricité [et de l'] Eau Potable") and between a noun and a name.
JOIN_PREPOSITIONS = frozenset("de du des d' d’".split())
JOIN_ARTICLES = frozenset("la l' l’".split())
CONNECTORS = JOIN_PREPOSITIONS | JOIN_ARTICLES  # "de la", "d'", "du": either kind, in a run
# Arabic and Berber filiation particles ("son of"): one always comes before a name, so a span that
# ends on one was cut short and the name right after it is its end: "Hôpital Ibn" + "Rochd Oujda".
FILIATION_PARTICLES = frozenset("Ibn Ben Bin Ould Abou Abu Ait Aït".split())
# Lower-case words that go on inside an organisation's name after a known name ("Crédit Agricole
# du Maroc", "Bank of Africa", "Organisation des Nations unies pour l'alimentation", "Saham bank"):
# these and the company words; any other lower-case word after it is prose.
COMPANY_NAME_CONNECTORS = CONNECTORS | COMPANY_NAME_WORDS | frozenset("des et of and pour".split())

# Tokens that never end a name: a span ending on one is trimmed.
TRAILING_PUNCT = frozenset(", ; : . - – ( « » \" “ ” '".split())

# Determiners and contractions that an entity span should not start with (unless the
# gazetteer lists the name with it: "Le Matin", "La Poste").
LEADING_DETERMINERS = frozenset("le la les l' l’ un une ce cette ces son sa ses leur du des".split())

# First words that make a span an organisation whatever the model said:
# "Ville de Casablanca", "Conseil régional de Casablanca-Settat", "Wilaya de la région ...".
ORG_HEADS = frozenset("""
    agence association assemblée autorité banque bank bourse cabinet caisse centre chambre
    comité commission commune compagnie confédération conseil cour crédit direction école
    ecole faculté fédération fondation fonds groupe groupement haut-commissariat haute
    holding institut instance ministère observatoire office organisation parlement régie
    société syndicat trésorerie tribunal union université ville wilaya
""".split())

# A state's body named by a common noun and the state's adjective: "le Trésor américain", "le Trésor
# français" (the finance ministry's treasury department), an organisation; not alone ("bons du Trésor").
STATE_BODY_HEADS = frozenset(("trésor",))

# Words that make "X de la Transition numérique" a ministry: extended to start there.
MINISTRY_HEADS = frozenset("ministère ministères secrétariat".split())

# Capitalised common nouns that are not names on their own: "le Royaume" (Morocco in the
# Moroccan press), "l'Etat", "les États membres", "l'Administration"; an institution's head noun
# alone ("l'Observatoire", "la Fondation") points back to a name the article gave in full. Kept
# when part of a longer name.
GENERIC_ALONE = frozenset("""
    royaume etat état etats états gouvernement exécutif administration ministère ministre conseil
    ville commune
    région province préfecture wilaya république nation parlement roi souverain monarque
    majesté président capitale métropole réforme transition groupe société agence
    direction cabinet office
    observatoire institut fondation autorité académie université école centre fonds caisse
    chambre commission comité fédération confédération association organisation instance
    compagnie haut-commissariat tribunal cour parc zone port aéroport
""".split())
# A cardinal point alone ("les pays du Sud", "les provinces du Sud", "Nord" of "Nord Stream") names a
# direction or part of a region, no one place; but it is the name of a region or a department after
# "région"/"département" or in brackets after a town ("la région du Nord-Ouest" in Cameroon,
# "Dunkerque (Nord)" in France): ``REGION_OF_POINT`` before it.
CARDINAL_POINTS = frozenset("nord sud est ouest nord-est nord-ouest sud-est sud-ouest".split())
REGION_OF_POINT = frozenset("région régions département départements".split())

# Currency names and abbreviations, which the model tags as names ("91 milliards de FCFA" ->
# MISC "FCFA", "300 MD" -> LOC "MD"): a unit, never an actor. The figures' currency table.
CURRENCY_NAMES = frozenset(CURRENCIES)

# Words that start a French sentence and that the model sometimes tags as a name.
SENTENCE_STARTERS = frozenset("""
    alors ainsi après avant aussi au aux autant bref car cependant certes cliquez côté
    depuis derrière désormais dès donc du en enfin ensuite entre face grâce hier ici lire
    lors mais malgré même outre par parmi partant pendant plus pour pourtant quant selon
    sinon suite sur toutefois tout trop voici voilà voir véritable véritables bravo merci
    découvrez abonnez-vous suivez partagez inscrivez-vous commentez
    publié publiée mis mise modifié modifiée actualisé actualisée écrit écrite
""".split())

# A capital "M'" inside a sentence opens a Maghreb name ("M'Diq", "M'hamed Benali"), not the
# elided pronoun "m'" (lower case there); the tokenizer splits it off the name.
CAPITAL_ELISIONS = frozenset(("M'", "M’"))

# Ordinals, which spaCy's French stop-word list holds, but which open names as often as prose:
# "Premier League", "Première Chaîne", "Deuxième Bureau". A stop word before a capitalised word is
# cut off a span ("Pour Attijariwafa" -> "Attijariwafa"); an ordinal is not.
ORDINALS = frozenset("""
    premier première premiers premières deuxième troisième quatrième cinquième sixième septième
    huitième neuvième dixième onzième douzième
""".split())

# Page furniture: words that, inside a span, show it is a page's chrome and not the article.
# Social networks are not listed: they are companies too ("Meta, maison mère de Facebook").
FURNITURE = frozenset("""
    cliquez advertisement publicité commentaire commentaires newsletter spot_img partager
    partagez abonnez-vous suivez-nous cookies
""".split())

# Tokens that end a sentence (the parser is excluded: sentence starts come from these).
SENTENCE_END = frozenset(". ! ? … : « “ \" ;".split())
# Separators. Spaced, one opens a clause: a dispatch's text after its dateline ("Abidjan, 11
# septembre (AIP) – Le Premier ministre ..."), a title's after its place ("Sénégal - La BAD ..."),
# a byline's parts ("Écrit par Youssef Berrada | Mis à jour le ..."), and it separates two names
# ("Rabat - Casablanca"). Unspaced, a dash is a hyphen inside a name.
SEPARATORS = frozenset("- – — | • ·".split())

# --- people ----------------------------------------------------------------------------
# Common given names in Moroccan, Maghreb, West-African and French news, kept as data with
# its sources in ``pipeline/data/given_names.txt``: a span "ACR Khalid Safir" is split before
# a given name, and a place or organisation label on "Samir Belkacem" is a person's.
GIVEN_NAMES = frozenset(name.lower() for name in load_list("given_names.txt"))
# The world's given names (~19,500, from national registries by way of Faker; built by
# ``bench/build_given_names.py``, places and French common words left out), as written: a wider,
# looser list, read only to keep a one-word "person" a person ("son mari Michael", "Kai a dit").
WORLD_GIVEN_NAMES = frozenset(load_list("given_names_world.txt"))

# --- acronyms --------------------------------------------------------------------------
# An acronym as written: two to ten characters, at least two capitals, digits and "&" allowed
# (UM6P, AMDIE, BMCE, S&P). Used for "Long Form (ACR)" and "ACR (Long Form)".
ACRONYM = re.compile(
    r"""
    ^(?=(?:[^A-Z]*[A-Z]){2})     # at least two capitals
    [A-Z]                        # starts with a capital
    [A-Za-z0-9&\-]{1,9}$         # then letters, digits, '&' or '-'
    """,
    re.VERBOSE,
)

# Roman numerals inside a long form that stand for a digit in its acronym
# (Université Mohammed VI Polytechnique -> UM6P).
ROMAN_DIGITS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7"}

# Words of a long form that an acronym may skip: "Caisse de Dépôt et de Gestion" -> CDG.
ACRONYM_SKIPPABLE = frozenset("de du des d la le les l et pour en à au aux sur of the and for".split())

ACRONYM_MAX_LONG_WORDS = 12  # a long form of more than 12 words is prose, not a name

# Words before a place name that make an ambiguous name ("Moulay Rachid": a prince and a
# prefecture) a place: "la préfecture de Moulay Rachid", "le quartier Sidi Othmane".
PLACE_CUES = frozenset("""
    préfecture province arrondissement quartier commune ville région wilaya district
    municipalité douar cercle zone parc village
""".split())
PLACE_CUE_WINDOW = 3  # tokens looked at before the name for a place cue ("préfecture de la")

# --- portfolios ------------------------------------------------------------------------
# Heads whose complement is a portfolio, not an entity: "ministre de l'Industrie et du
# Commerce", "secrétaire d'État chargé de l'Investissement", "ministère de la Santé".
PORTFOLIO_HEADS = frozenset("""
    ministre ministres ministère ministères secrétaire secrétariat chargé chargée chargés
    chargées charge délégué déléguée portefeuille
""".split())
# First words of a ministerial portfolio, capitalised in French press style (sources: the
# decrees naming the Moroccan, Senegalese, Ivorian, Tunisian and French governments, 2021-2025).
# A span inside a portfolio chain that starts with one of these is part of the role (a
# gazetteer name such as "Plan Maroc Vert" is laid over afterwards and still wins).
PORTFOLIO_WORDS = frozenset("""
    affaires agriculture aménagement artisanat budget commerce communication compétences
    coopération culture défense développement digital domaines eau eaux économie éducation
    élevage emploi énergie enseignement environnement équipement famille finances fonction
    forêts formation habitat hydraulique industrie infrastructures innovation insertion
    intégration intérieur investissement investissements jeunesse justice logement
    logistique mer mines modernisation numérique pêche pêches pétrole plan planification
    politique postes préscolaire promotion protection recherche réforme relations santé
    solidarité souveraineté sports télécommunications tourisme transformation transition transport
    transports
    travail urbanisme
""".split())
# Tokens looked back from a portfolio word for its head: "ministre de l'Aménagement du
# territoire national, de l'Urbanisme, de l'Habitat et de la Politique de la ville" puts
# "Politique" 18 tokens after "ministre"; clause words and verbs stop the scan before.
PORTFOLIO_MAX_TOKENS = 24

# --- institution and programme names --------------------------------------------------
# Capitalised head nouns that start a long name with lower-case inner words: "Agence nationale
# des ports", "Instance tunisienne de l'investissement". The label of the extended name comes
# from the group the head is in: a park, zone or port is a place (as the model and the seeds
# have it: "Port autonome de Lomé", "Casanearshore"); a plan or a strategy is neither a place
# nor an organisation, so MISC; everything else an organisation.
INSTITUTION_HEADS = ORG_HEADS | frozenset("""
    ministère direction conseil université école centre société compagnie groupe
    institut instance office fonds caisse banque autorité commission chambre fédération
    confédération agence académie laboratoire hôpital clinique lycée musée théâtre
""".split())
PLACE_HEADS = frozenset("parc zone port aéroport technopole technopôle cité pôle marina".split())
PROGRAMME_HEADS = frozenset("plan programme stratégie initiative pacte feuille charte".split())
# Longest institution name read by rule, in tokens: "Chambre de commerce, d'industrie et de
# services de Rabat" is 11 ("d'" and "," count); verbs and clause words end a name before.
INSTITUTION_MAX_TOKENS = 12
# Adjective endings that may follow an institution head or a complement: national, régionale,
# économique, industriel, spéciale, intégré, potable, tunisienne, béninoise, supérieur, publics...
# Lower-case words without these endings end the name (verbs, adverbs: "avance lentement").
ADJECTIVE = re.compile(
    r"""
    ^(?P<stem>[a-zàâäçéèêëîïôöûüÿœ-]+?)
    (?P<ending> aux | al(?:es?|s)? | els? | elles? | iques? | aires? | ières? | iers?
      | ées? | és? | ables? | ibles? | iennes? | iens? | aises? | ais | oises? | ois
      | aines? | ains? | eurs? | ieures? | ives? | ifs? | istes? | ines? | ins? | ics? | oles? )$
    """,
    re.VERBOSE,
)
# Adjectives of names that the endings above miss ("Port autonome", "Zone franche").
ADJECTIVE_WORDS = frozenset("""
    autonome autonomes franc franche francs franches libre libres grand grande grands grandes
    haut haute hauts hautes petit petite petits petites moyen moyenne moyens moyennes nouveau
    nouvelle nouveaux nouvelles liquide liquides solide solides unique uniques verte vert
""".split())
# Prepositions other than "de" that introduce the noun complement of a name, before a
# lower-case noun only: "Programme d'appui aux exportateurs", "Fonds ... pour la promotion".
# Not "à"/"en"/"dans": those place the institution ("l'Agence à Rabat").
NOUN_PREPOSITIONS = frozenset("au aux pour contre".split())
# Lower-case words that never sit inside a name even when they look like a noun or adjective.
# Context nouns are here too: "de la société", "de la ville" point back to the article's
# company or town ("le Conseil d'administration de la société"), they do not name one.
NAME_STOPS = ROLE_STOPS | LEADING_DETERMINERS - JOIN_ARTICLES | frozenset("""
    un une deux trois plusieurs chaque tout tous toute toutes afin soit
    et ou mais ainsi encore déjà très plus moins bien mal
    société entreprise entreprises ville pays groupe région commune banque projet année
    semaine mois jour filiale
""".split())

# Words that name a programme when a year follows them ("Vision 2030", "Horizon 2025-2030").
PROGRAMME_WORDS = PROGRAMME_HEADS | frozenset("""
    vision horizon agenda ambition cap émergence génération objectif expo mondial forum
""".split())
PROGRAMME_MAX_WORDS = 4  # "Plan Sénégal Émergent 2035"
YEAR = re.compile(
    r"""
    ^(?P<first>(?:19|20)\d{2})                       # a year
    (?:[-–/](?P<last>(?:19|20)\d{2}))?$              # or a range "2020-2030" as one token
    """,
    re.VERBOSE,
)
# Capitalised words before a year that are dates, not programmes ("Mars 2026", "Lundi 2025").
MONTHS_AND_DAYS = frozenset("""
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
""".split())

# Capitalised words of company, club and brand names that no person's name contains:
# "Raja Club Athletic", "Atlas Capital", "Sahel Consulting" (they block the person relabel).
COMPANY_WORDS = frozenset("""
    club athletic sporting fc ac as union group groupe holding bank capital invest finance
    consulting services solutions technologies technology tech digital industries international
    africa afrique maroc morocco énergie energy motors media médias télécom telecom assurance
    assurances immobilier logistics airlines air business systems partners ventures corp
    corporation company sa sarl sas inc ltd plc
""".split())

# Words before a given name that make the name a place or an institution's, not a person:
# "boulevard Mohamed Zerktouni", "le lycée Ahmed Chaouki".
NAME_PLACE_CUES = PLACE_CUES | INSTITUTION_HEADS | PLACE_HEADS | frozenset("""
    rue avenue boulevard bd place square rond-point autoroute route stade complexe salle
    mosquée mausolée hôpital lycée collège école faculté bibliothèque prix trophée
    promotion fondation institut université centre
""".split())

# First words of names that are neither an actor nor a place: programmes and plans, laws, treaties
# and agreements, mechanisms and indices, events (fairs, festivals, summits, competitions, feasts,
# wars), reports. A name of two words or more opening with one of these, capitalised ("Accord de
# Paris", "Salon du Bourget", "Loi de finances 2025", "Coupe d'Afrique des nations", "Aïd al-Adha",
# "Mécanisme d'ajustement carbone aux frontières"), is MISC whatever the model said. Sources: the
# MISC class of the CoNLL-2003 and WikiNER annotations (events, laws and treaties, works, other
# proper names) and the Quaero guide's "prod.rule" (laws, treaties, agreements) and event types.
# Not "forum", "conférence", "ligue": they name organisations as often ("Forum économique mondial",
# "Conférence des Nations unies sur le commerce et le développement", "Ligue de football
# professionnel"); not a head a company word follows ("Vision Invest": COMPANY_NAME_WORDS).
MISC_HEADS = PROGRAMME_HEADS | frozenset("""
    programmes plans stratégies initiatives accord accords convention traité loi code statut
    protocole déclaration agenda vision mécanisme indice projet rapport
    salon foire festival sommet assises coupe championnat jeux trophée prix exposition expo
    biennale journée journées guerre conflit aïd mondial
""".split())
