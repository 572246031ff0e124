"""Word lists and regexes for named entities: roles, titles, name heads, page furniture.

Sources: the usage of Moroccan and francophone-African economic press (MAP, Le Matin,
L'Economiste, Médias24, LesEco, Jeune Afrique) as read by the team; the Académie
française's list of feminine job titles for the feminine role forms; the Schwartz and
Hearst (2003) abbreviation rule for acronyms (see :data:`ACRONYM`). Everything is
lower case unless said otherwise; lookups lower-case the token first.
"""

from __future__ import annotations

import re

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
    chargé chargée
""".split())

# Abbreviated titles kept out of a person's name (case as written).
TITLES = frozenset("M. MM. Mme Mmes Mlle Dr Dr. Pr Pr. Me Me. SM S.M. SAR S.A.R. Sa Majesté".split())

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
ROLE_FOLLOWERS = frozenset("chargé chargée chargés chargées en".split())

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
    société syndicat tribunal union université ville wilaya
""".split())

# Words that make "X de la Transition numérique" a ministry: extended to start there.
MINISTRY_HEADS = frozenset("ministère ministères secrétariat".split())

# Capitalised common nouns that are not names on their own: "le Royaume" (Morocco in the
# Moroccan press), "l'Etat", "l'Administration". Kept when part of a longer name.
GENERIC_ALONE = frozenset("""
    royaume etat état gouvernement administration ministère ministre conseil ville commune
    région province préfecture wilaya république nation parlement roi souverain monarque
    majesté président capitale métropole réforme transition groupe société agence
    direction cabinet office
""".split())

# Words that start a French sentence and that the model sometimes tags as a name.
SENTENCE_STARTERS = frozenset("""
    alors ainsi après avant aussi au aux autant bref car cependant certes cliquez côté
    depuis derrière désormais dès donc du en enfin ensuite entre face grâce hier ici lire
    lors mais malgré même outre par parmi partant pendant plus pour pourtant quant selon
    sinon suite sur toutefois tout trop voici voilà voir véritable véritables bravo merci
    découvrez abonnez-vous suivez partagez inscrivez-vous commentez
""".split())

# Page furniture: words that, inside a span, show it is a page's chrome and not the article.
# Social networks are not listed: they are companies too ("Meta, maison mère de Facebook").
FURNITURE = frozenset("""
    cliquez advertisement publicité commentaire commentaires newsletter spot_img partager
    partagez abonnez-vous suivez-nous cookies
""".split())

# Tokens that end a sentence (the parser is excluded: sentence starts come from these).
SENTENCE_END = frozenset(". ! ? … : « “ \" ;".split())

# --- people ----------------------------------------------------------------------------
# Common given names in Moroccan, Maghreb, West-African and French news: a span "ACR Khalid
# Safir" is split before a given name. Source: the civil-registry name lists published by
# the Moroccan HCP and INSEE's "Fichier des prénoms", most frequent forms only.
GIVEN_NAMES = frozenset("""
    abdelaziz abdelkader abdellah abdellatif abdelilah abdelmajid abdelouahed abdelghani
    abdeslam abderrahim abderrahmane abdessamad abdelhak abdelhamid abdelkrim abdellatif
    ahmed ahmad aicha aïcha aziz aziza adil adnane ali amal amina amine anas anouar asmaa
    aymane ayoub aziz badr bouchra brahim chakib chafik driss fatima fatiha fatim-zahra
    fatima-zahra fouad ghita hafid hakim hamid hamza hanane hassan hicham hind houda ilham
    imane ismail issam jamal jalal kamal karim khadija khalid kenza latifa leila leïla
    lahcen laila lamia larbi loubna mehdi meriem mohamed mohammed mohamad mouhamed mustapha
    mostafa mustafa mounir mourad nabil nabila nadia nadia nadir najib naoufal nawal nizar
    noureddine omar othmane ouafae rachid rachida ryad riad reda redouane saad said saïd
    salaheddine salma samir samira sanaa siham soufiane souad tarik tariq taoufik younes
    youssef yassine yasmine zakaria zineb zohra abdoulaye aminata amadou boubacar cheikh
    fatou ibrahima mamadou moussa ousmane oumar seydou souleymane alassane macky
    walid achraf hakim marouane yahya yassir ilyas nourdine abdelhadi abdelali abdelaaziz
    abderrazak abdeljalil abdelouafi abdessalam aziz azzedine boubker chakir el-mehdi faouzi
    fayçal hassane houcine jaouad kamil khalil lhoussaine lahoucine mohcine mounia nadia
    nasser noureddine rabii rachid saloua sara sarah soumaya tahar wafae wiam yousra zakia
    jean pierre paul jacques michel philippe françois nicolas emmanuel marie anne sophie
    catherine isabelle christine nathalie laurent thierry olivier éric eric david daniel
    andré patrick alain bruno christophe stéphane frédéric julien thomas antoine marc
    louis vincent sébastien guillaume pascal didier gilles denis bernard claude serge
""".split())

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
