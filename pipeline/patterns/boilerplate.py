"""Patterns and word lists for boilerplate stripping (the logic is in :mod:`pipeline.boilerplate`).

Page furniture vocabulary is ONE signal among several (length, punctuation,
stop words, position, shape); it is general web-page vocabulary of French
and English news sites (share bars, comment forms, ad slots, "read also"
boxes, photo credits, subscription prompts), not text taken from a corpus.
Matching is done on lower-cased text with typographic apostrophes made plain.
"""

from __future__ import annotations

import re

# The patterns of the page's own lines (date stamps, captions, bylines, headlines) are kept in
# page_lines.py; the stripping code reads every boilerplate pattern from here, as ``P.X``.
from .page_lines import (  # noqa: F401 (re-exported)
    ABOUT_SECTION,
    BREADCRUMB_SEPARATOR,
    BYLINE,
    CAPS_RUBRIC,
    CAPTION_CREDIT,
    CAPTION_CREDIT_END,
    CAPTION_LABEL,
    CLOCK,
    DATE_LINE,
    DAYS,
    FILE_NAME_JOIN,
    FULL_DATE,
    GLUE,
    GLUE_QUICK,
    KICKER,
    MASTHEAD_WORD,
    MONTHS,
    NAME_LINE_PARTICLES,
    PLACE_RUBRIC,
    QUOTED_HEADLINE,
    SECTION_LABEL,
    SECTION_START,
    SENTENCE_INSIDE,
    SITE_SUFFIX,
    SITE_SUFFIX_MAX_WORDS,
    STAMP_WORDS,
    TITLE_EDGES,
    UPPER,
)

# --- Function words -----------------------------------------------------------------------------
# Source: the most frequent function words of each language (articles, prepositions, pronouns,
# auxiliaries), as in the head of the Snowball / spaCy stop-word lists. Their union decides "this
# is prose" in any of these languages, so a Spanish or English article still has a body and is
# reported as language:es / language:en; each list on its own confirms langdetect's guess for a
# single block (pipeline.language), where langdetect alone is overconfident.
STOP_WORDS = {
    "fr": frozenset(
        """
        a à au aux avec ce ces cet cette comme dans de des du elle elles en est et été être il ils
        je la le les leur leurs lui mais même ne nous on ont ou où par pas plus pour qu que qui sa
        sans se ses son sont sur ta te tes toi ton tous tout très tu un une vos votre vous y c d j
        l m n s t ainsi aussi avait avoir cela celle celui dont entre était fait ici là lors mes
        moins notre peu peut après avant depuis donc encore selon sous vers déjà afin alors car
        """.split()
    ),
    "en": frozenset(
        """
        the of and to in is was for on that with as by at from it be are this an has have had were
        which or not but its their they he she his her will would been also who said a into than
        """.split()
    ),
    "es": frozenset(
        """
        el la los las de del y en que un una por con para se es al lo su sus como más pero fue son
        sobre entre este esta ha han desde hasta
        """.split()
    ),
    "pt": frozenset("o a os as de do da dos das em no na não um uma com para ao é que e se por".split()),
    "it": frozenset("il lo la i gli le di che per non sono della dei nel alla un una è e con".split()),
    "de": frozenset("der die das und ist nicht mit den dem ein eine zu von auf für sich im des".split()),
}
PROSE_STOP_WORDS = frozenset().union(*STOP_WORDS.values())

# --- Page furniture vocabulary --------------------------------------------------------------------
# reason -> (phrases, words). A phrase (several words) is a strong signal on its own in a short
# block (in a sentence of prose only if it is very short, or with a second phrase); a single word
# is weak: it only counts in short blocks with few stop words, in all-caps blocks, or with a second
# hit. Written from the furniture of French news sites in general
# (WordPress/tagDiv "Newspaper" themes, share plugins, comment forms), checked against no corpus.
FURNITURE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "subscribe": (
        ("abonnez-vous", "abonnez vous", "s'abonner", "inscrivez-vous", "recevez notre", "notre newsletter",
         "réservé aux abonnés", "réservée aux abonnés", "déjà abonné", "offrir l'article",
         "il vous reste", "la suite est réservée", "pour lire la suite", "en vous abonnant",
         "nos offres", "identifiez-vous",
         "offrir cet article", "se connecter", "sign up", "subscribe to"),
        ("newsletter", "abonnement", "abonné", "abonnés", "subscribe", "connexion", "inscription"),
    ),
    # a link to one other story, often inside the article ("À lire aussi : ...")
    "read_also": (
        ("lire aussi", "lire également", "voir aussi", "lire la suite", "lire plus", "read more",
         "read also", "see also", "ne pas manquer", "à regarder", "a regarder",
         "pouvez aussi lire", "pouvez également lire", "suite de l'article"),
        (),
    ),
    # a section of other stories: the article is over
    "related_articles": (
        ("sur le même sujet", "sur le même thème", "dans la même rubrique", "articles similaires",
         "articles liés", "à voir aussi",
         "les plus lus", "plus d'articles", "derniers articles", "nos derniers articles", "related articles",
         "vous aimerez aussi", "vous pourriez aussi aimer", "pourraient vous intéresser",
         "devraient vous intéresser", "pourrait vous intéresser", "pourrait aussi vous intéresser",
         "you may also like", "most read", "similar news", "related news"),
        ("related",),
    ),
    "share_buttons": (
        ("google news", "partager sur", "partager l'article", "partager cet article", "copier le lien",
         "suivez-nous", "suivez nous", "suivez la chaîne", "rejoignez la chaîne", "share on", "share this"),
        ("facebook", "twitter", "whatsapp", "linkedin", "telegram", "pinterest", "messenger",
         "instagram", "youtube", "tiktok", "email", "e-mail", "imprimer", "partager", "partagez",
         "tweeter", "share", "tweet", "print", "compartir", "copié", "copier"),
    ),
    "comment_form": (
        ("laisser un commentaire", "laissez un commentaire", "entrez votre", "entrer votre",
         "votre adresse", "votre nom", "votre commentaire", "champs obligatoires", "leave a reply",
         "leave a comment", "enter your", "publier un commentaire", "ajouter un commentaire",
         "enregistrer mon nom", "annuler la réponse", "aucun commentaire", "espace commentaire",
         "espace commentaires", "espace de débat", "règles d'utilisation", "notre charte",
         "réagir à cet article", "réagissez à cet article", "donnez votre avis", "voir les commentaires",
         "afficher les commentaires", "lire les commentaires", "devez être connecté", "devez être connectée"),
        ("commentaire", "commentaires", "répondre", "comments", "comment", "reply", "envoyer"),
    ),
    "advertisement": (
        ("contenu sponsorisé", "contenus sponsorisés", "sponsorisé par", "publi-reportage",
         "sponsored content", "après cette publicité", "suite après la publicité", "après la publicité"),
        ("advertisement", "publicité", "publicite", "sponsorisé", "pub", "ads", "spot_img"),
    ),
    "link": (
        ("cliquez ici", "cliquer ici", "click here", "depuis sa source", "article original",
         "lien source", "en savoir plus", "voir la vidéo", "regarder la vidéo", "voir plus"),
        ("lien", "source"),
    ),
    "legal": (
        ("politique de confidentialité", "mentions légales", "nous utilisons des cookies", "privacy policy",
         "accepter les cookies", "tous droits réservés", "droits réservés", "all rights reserved",
         "droits de reproduction", "paramétrer les cookies", "reproduction interdite", "toute reproduction",
         "diffusions interdites"),
        ("cookies", "cookie", "rgpd", "copyright", "accepter", "refuser"),
    ),
    # a notice about the reader's browser where a script or a player should have been
    "browser_notice": (
        ("javascript is disabled", "enable javascript", "javascript est désactivé", "activer javascript",
         "activez javascript", "activer le javascript", "activez le javascript",
         "navigateur n'est pas à jour", "navigateur ne prend pas en charge", "browser does not support"),
        ("javascript",),
    ),
    "image_notice": (
        ("©", "ph", "crédit photo", "credit photo", "photo d'illustration", "image d'illustration",
         "signaler cette image", "signaler un abus", "agrandir l'image", "agrandir la photo"),
        ("photo", "image", "illustration", "signalé", "signalée", "signaler", "bloquée", "dr"),
    ),
    "reading_time": (
        ("temps de lecture", "min de lecture", "minutes de lecture", "lecture min", "min read",
         "minute read", "écouter cet article", "écouter l'article", "lire plus tard"),
        ("lecture",),
    ),
    "navigation": (
        ("retour à l'accueil", "aller au contenu", "skip to content", "menu principal", "page suivante",
         "page précédente", "article suivant", "article précédent", "ajouter à vos sélections",
         "réutiliser ce contenu", "retour en haut", "taille du texte", "mots-clés", "voir tous les articles"),
        ("accueil", "menu", "rechercher", "rubriques", "contact", "home", "search", "login",
         "précédent", "suivant", "tags", "catégories"),
    ),
}

# English furniture words that are also French interrogatives: "comment" (= "how") opens a
# question ("Comment rédiger un CV ?"); as a button it ends its line ("Comment", "3 comment").
INTERROGATIVE_HOMOGRAPHS = frozenset({"comment"})
# Furniture whose single words are also the names of firms the news writes about (Facebook,
# WhatsApp, YouTube, Instagram ...): in a line that says something about them they are not a bar.
NAMES_IN_THE_NEWS = frozenset({"share_buttons"})

# Furniture whose phrases a news sentence does not use ("© MAP", "photo d'illustration", "tous
# droits réservés"): one of them marks even a line of prose (a caption). Other phrases can be the
# article's own words ("se connecter au réseau", "pour en savoir plus") unless the line asks.
PHRASES_NEVER_IN_PROSE = frozenset({"image_notice", "legal", "browser_notice"})

# Words that, in a short line at the very start or end of the article, ask the reader to do
# something on the site (follow, subscribe, comment, click): page, not article. Imperatives
# addressed to the reader, which news prose does not use, and "newsletter"; not "Facebook" or
# "commentaires", which end real paragraphs too.
CALL_TO_ACTION = frozenset(
    """
    newsletter newsletters abonnez-vous abonnez inscrivez-vous inscrivez cliquez partagez
    suivez suivez-nous rejoignez rejoignez-nous téléchargez commentez recevez retrouvez retrouvez-nous
    découvrez signalez-nous signalez-la contactez-nous identifiez-vous connectez-vous
    """.split()
)

# A quotation: the imperatives inside it are the speaker's, not the site asking the reader.
QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")

# --- Line shapes ----------------------------------------------------------------------------------
LINE = re.compile(r"[^\r\n]+")  # a line, whatever the line ends (\n, \r\n, \r)
TOKEN = re.compile(r"[\w'@©-]+")  # words as the furniture vocabulary spells them: e-mail, l'article, ©
# the apostrophe of an elided word glued to the next one (l'espace, qu'il), to be followed by a
# space: re.sub with a plain replacement stays in C, where "\1' " called Python at every match
ELISION = re.compile(
    r"""
    '                   # an apostrophe (the search tries only those)
    (?:
        (?<=\b\w')      # ending a one-letter word: l', d', s'
      | (?<=\b\w\w')    # or a two-letter one: qu' (not jusqu')
    )
    """,
    re.VERBOSE,
)
ELIDED = "' "  # ELISION's replacement
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # scripts written without spaces between words
WORD = re.compile(
    rf"""
    [{_HAN_KANA}]                                   # one Chinese or Japanese character counts as a word
  | [^\W_{_HAN_KANA}]+(?:['’][^\W_{_HAN_KANA}]+)?  # a word; "l'innovation" counts as one
    """,
    re.VERBOSE,
)
# sentence-final punctuation, Arabic and Chinese included (a colon opens a list)
SENTENCE_END = re.compile(r"""[.!?…:;»"”)\]؟。！？]\s*$""")
PERIOD_END = re.compile(r"""[.;。]\s*["”»)]?\s*$""")  # a full stop: prose, never a headline
BULLET = re.compile(r"^\s*(?:[-–—•*▪●]|\d{1,2}[.)])\s+\S")  # list items inside the body

# Where a long block is cut to take its furniture sentences out (pipeline.blocks_cut.cut_furniture):
# after a sentence's end or a colon before a capital ("... réservés. Lire aussi : Le ..."), before
# a "©", and before a capitalised call to action inside a sentence ("... de vous Suivez la chaîne").
_CTA_CAPITALISED = "|".join(sorted((w[:1].upper() + w[1:] for w in CALL_TO_ACTION), key=len, reverse=True))
FURNITURE_CUT = re.compile(
    rf"""
    [.!?…:](?<![\s(][A-Z]\.)(?<![\s(][A-Z][a-z]\.)          # . ! ? : but not "M." or "(Ph."
    ["»”)]?(\s+)(?=[«"“{UPPER}©\d])                     # then a capital, a quote, a digit
  | [.!?…](\s+)(?=\()                                    # ... imprenable. (Ph. L'Economiste)
  | (\s+)(?=©|(?:\.\.\.|…)\s|(?:{_CTA_CAPITALISED})\b)  # © X; tonnes ... suite; vous Suivez la chaîne
    """,
    re.VERBOSE,
)  # the cut is the group that matched (the spaces), m.span(m.lastindex)

# Ticker: several headlines on one line separated by runs of (no-break) spaces, pipes or bullets.
TICKER_SEPARATOR = re.compile(
    r"""
    [ \t\u00a0\u2007\u202f]{2,}            # a run of two or more spaces / no-break spaces
  | \s[|•·◆▪]\s                            # or a pipe or a bullet between spaces
    """,
    re.VERBOSE,
)

# Every character TICKER_SEPARATOR can match besides a plain space: a line with none of them and
# no two spaces in a row has no separator (the quick test before the regex).
TICKER_SEPARATOR_CHARS = "\t\u00a0\u2007\u202f|•·◆▪"

# Between the cells of a table row copied as text: a tab or a run of spaces.
TABLE_CELL_SEPARATOR = re.compile(r"\t|\ {3,}")

# A bare web address or e-mail address on its own line: a link, not text.
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)

# Template residue: identifiers left by the page's template ("spot_img", "td_module", "{{title}}").
CODE_TOKEN = re.compile(
    r"""
    ^(?:
        [\w-]*_[\w-]*                            # spot_img, td_module_wrap
      | \{\{.*\}\} | \[\w+\] | <[^>]+>            # {{title}}, [caption], <br>
      | [\w-]+\.(?:png|jpe?g|gif|webp|svg)        # an image's file name where the image was
    )$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A temperature ("18.8 C", "-3 °C", "72°F"): the weather widget of a page header.
TEMPERATURE = re.compile(
    r"""
    ^\s*-?\d{1,2}(?:[.,]\d)?        # 18.8 / -3 / 22,5
    \s*°?\s*[CF]\s*$                # optional degree sign, Celsius or Fahrenheit
    """,
    re.VERBOSE,
)
