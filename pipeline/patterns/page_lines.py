"""Patterns for the page's own lines around an article (the logic is in :mod:`pipeline.blocks`,
:mod:`pipeline.boilerplate_title` and :mod:`pipeline.boilerplate_glue`).

Date stamps and datelines, captions and photo credits, bylines, the "about the company" section
of a press release, and what surrounds a headline: its edges, kicker, rubric labels and
breadcrumbs, and the glue where a copy joined two parts of a page. Written from French news
sites' usage in general (each pattern says what it was written from), checked against no corpus.
The furniture vocabulary and the line shapes are in :mod:`pipeline.patterns.boilerplate`, which
re-exports these: the stripping code reads them all as ``patterns.boilerplate.X``.
"""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-ÞŒ"  # capital letters, as the inside of a character class
LOWER = "a-zß-öø-ÿœ"  # lower-case letters, the same way

MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    r"|décembre|decembre"
)
DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

# A line that is only a date (and perhaps a time): a page's display date or a bare dateline.
DATE_LINE = re.compile(
    rf"""
    ^\s*
    (?:[•·|]\s*)?                                                # a bullet: • Création : 14 janvier 2009
    (?:[^\W\d_][\w.'’&]*(?:\s+[\w.'’&]+){{0,2}}               # a source, a label or an author:
       (?:\s*[|•·:,]|\s+[-–—])\s*)?                      # MAP | 12/03/2025, Awa Diop, le 12 mars 2025
    (?:le\s+)?
    (?:(?:édition|mise?\s+en\s+ligne)\s+(?:du|le)\s+)?          # Édition du 04/03/2025
    (?:
        (?:(?:{DAYS})\s*,?\s+)?                                    # jeudi
        (?:
            (?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+(?:19|20)\d{{2}}    # 31 octobre 2024
          | \d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*(?:19|20)\d{{2}} # 31/10/2024, 23 - 07 - 2025
          | (?:19|20)\d{{2}}-\d{{2}}-\d{{2}}                        # 2024-10-31
        )
      | il\s+y\s+a\s+\d+\s*(?:min(?:utes?)?|h(?:eures?)?|jours?)     # il y a 3 heures
      | (?:hier|aujourd['’]hui)                                     # hier à 10h30
      | \d{{1,2}}\s*[h:]\s*\d{{2}}                                    # 6:55, 19h33 (alone on its line)
    )
    (?:\s*(?:à|-|,|\|)?\s*\d{{1,2}}\s*[h:]\s*\d{{0,2}}              # à 10h30, - 10:30
       (?:\s*\(?(?:GMT|UTC|CET|CEST|WAT|TU)(?:\s*[+-]\s*\d{{1,2}})?\)?)?)?  # 10:15 GMT, 10h (GMT+1)
    (?:\s+(?:par|by)\s+[^|\n\d]{{1,40}}?)?                        # jeudi 3 mars 2016 par Jeune Afrique
    (?:\s*\|\s*[^|\n]{{1,30}}?){{0,3}}                              # | 0 commentaire | 3 min
    \s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A page's date stamp in any order (pipeline.blocks): a full date, a time, and the few lower-case
# words such a line holds besides names ("Publié le 12/03/2025 à 10h15 | Mis à jour à 11h02").
FULL_DATE = re.compile(
    rf"""
    (?<!\w)(?:
        (?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+(?:19|20)\d{{2}}          # 12 mars 2025
      | \d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*(?:19|20)\d{{2}}     # 12/03/2025, 12.03.2025
      | (?:19|20)\d{{2}}-\d{{2}}-\d{{2}}                             # 2025-03-12
    )(?!\w)
    """,
    re.VERBOSE | re.IGNORECASE,
)
CLOCK = re.compile(r"(?<!\w)\d{1,2}\s*[h:]\s*:?\s*\d{2}(?::\d{2})?(?!\w)")  # 10:15, 10h15, 18h:38, 10:15:22
STAMP_WORDS = frozenset(
    """
    le la à a par de du des et mis mise en jour ligne publié publiée modifié modifiée actualisé actualisée
    dernière h min gmt utc cet cest wat tu am pm édition
    """.split()
)

# The heading of a press release's closing section about the company ("À propos de Masen",
# "À propos d'Attijariwafa bank", "About OCP"): the news is over. At the start of a short line only:
# a headline may say "à propos de" anywhere ("Polémique à propos de la taxe").
ABOUT_SECTION = re.compile(r"^\s*(?:(?:à|a)\s+propos\s+(?:de\s|d['’]|du\s|des\s)|about\s)\S", re.IGNORECASE)

# A photo's credit or caption: "Photo : X", "(Ph. L'Economiste)", "Crédit photo : DR".
CAPTION_CREDIT = re.compile(
    r"^\s*[(\[]?\s*(?:(?:photos?|crédits?(?:\s+photos?)?|credits?|©)\s*[:.]|ph\.\s)", re.IGNORECASE
)

# A caption under its label ("Légende : ..."), however long.
CAPTION_LABEL = re.compile(r"^\s*[(\[]?\s*(?:légende|legende|en\s+photo)\s*:", re.IGNORECASE)

# A caption closed by its photo's credit in capitals, as agencies sign pictures: "... à Dakar, le 3
# avril 2023. SEYLLOU / AFP", "... © JOHN DOE / REUTERS". Prose never ends on a name in capitals, a
# slash and another: it is searched in a line's last characters, after a sentence's end or a comma.
_CAPS_NAME = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
CAPTION_CREDIT_END = re.compile(
    rf"""
    [.,]\s+(?:©\s*)?
    (?:{_CAPS_NAME}[\s-]+){{0,3}}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{{3,}}  # SEYLLOU, JOHN DOE (not "EUR / USD")
    \s*/\s*{_CAPS_NAME}(?:\s+[\w-]+)?\s*\.?\s*$  # / AFP, / REUTERS, / AFP Photo
    """,
    re.VERBOSE,
)

# Lower-case particles inside a person's name, as a byline or a credit writes it alone on its line
# ("Evanildo da Silveira", "Maria dos Santos", "Ruud van Dijk", "Ursula von der Leyen", "Karim ben
# Salah"): Portuguese, Italian, Spanish, Dutch, German and Arabic usage. French "de" and "du" are left
# out: they also join the capitalised words of headlines and labels ("Coupe de France").
NAME_LINE_PARTICLES = frozenset("da das do dos di del della van von der den ben bin ibn ould".split())

# A byline: who wrote or published the article and when. "Par" must be followed by a capitalised
# name, so that "Par ailleurs, ..." stays prose.
BYLINE = re.compile(
    r"""
    ^\s*(?:
        publié(?:e)?\s                             # Publié dans InfoMagazine le 23 - 07 - 2025
      | mis\s+à\s+jour\b                           # Mis à jour le 12 mars 2024
      | (?:modifié|actualisé|rédigé|écrit)(?:e)?\s+(?:le|par)\b
      | dernière\s+mise\s+à\s+jour\b
      | (?:par|by|por|von|di|door)\s*:?\s+(?-i:[A-ZÉÈÀ][\w.'’-]+)  # Par Ahmed Benali, le ... / By Jane
      | par\s+la\s+rédaction
      | (?:par|de)\s+notre\s+(?:correspondante?|envoyée?\s+spéciale?|rédaction)  # De notre correspondante, X
      | postée?\s+(?:par|le)\b                     # Posté par : X, 31-12-2008 (forums, old CMS)
      | (?:posted|published|updated)\s*(?:on\b|by\b|:)  # a template in English: Posted on March 12, 2025
      | (?:auteur|author)\s*:                        # Auteur : ...
      | (?-i:[A-ZÉÈ][\w.'’-]+(?:\s+[A-ZÉÈ][\w.'’-]+){0,3}),\s+(?:notre\s+)?  # Awa Diop, envoyée spéciale
        (?:correspondante?|envoyée?\s+spéciale?|journaliste|reporter|rédacteur|rédactrice)
        (?:\s+(?:à|au|aux|en|pour)\s+[^\W\d_][\w'’ -]{0,40})?\s*$  # ... a role and a place, nothing more
      | \(\s*(?:avec|with)\s+(?-i:[A-Z])            # (Avec AFP), (avec MAP et Reuters): the agencies' credit
      | le\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}\s+à\s+\d  # Le 12 mars 2024 à 10h30
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# What a page puts around a headline and is not part of it: separators and bullets at either end
# ("| Le titre", "Le titre |"), arrows and pictographs after it ("➡️"), trailing hashtags ("#Bâtiment").
TITLE_EDGES = re.compile(
    r"""
    ^[\s|•·–—>»\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff\ufe0f-]+  # | Le titre, 🔴 Le titre
  | (?:\s+\#[^\W\d_][\w-]*)+\s*$                          # Le titre #Bâtiment #BTP
  | [\s|•·–—>«-]*[\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\s]*$   # Le titre ➡️
  | [\s|•·–—-]+$                                          # Le titre |
    """,
    re.VERBOSE,
)

# The site's name after the headline, as a page's <title> and many copied headlines give it:
# "Le port s'agrandit | Le Quotidien du Sud", "... - Jeune Afrique". A separator with spaces, then
# a short capitalised name holding a masthead word: the words French-language news sites name
# themselves with (journal, quotidien, hebdo, matin, soir, presse, info, news, actu, média, radio,
# TV, times, tribune, observateur, express, gazette, courrier, dépêche, économiste, Afrique in
# "Jeune Afrique"...) or a web address ("LesEco.ma"). A headline's own last part ("Maroc - Espagne :
# ...", "... - les travaux commencent") holds none and stays.
SITE_SUFFIX = re.compile(
    r"""\s+[|–—-]\s+(?P<site>[A-ZÀ-ÖØ-Þ0-9](?:(?!\s+[|–—-]\s).)*?)\s*$""",
    re.VERBOSE,
)
MASTHEAD_WORD = re.compile(
    r"""(?<![^\W\d_])(?:journal|quotidien|hebdo|matin|soir|presse|infos?|news|actus?|médias?|medias?
      |radio|tv|télé|times|tribune|observateur|express|gazette|courrier|dépêche|économiste|economiste
      |jeune\ afrique|magazine|mag)(?![^\W\d_])
      |\.(?:com|ma|sn|ci|net|fr|info|dz|tn|cm|bf|ml|ga|cd|bj|tg|ne|gn|mr)\b""",
    re.VERBOSE | re.IGNORECASE,
)
SITE_SUFFIX_MAX_WORDS = 6  # "Le Quotidien de l'économie du Sud": a masthead is short

# Two parts of a page glued by the copy without a space: a lower-case letter, then a capital word
# ("... station de métroUn homme", "ÉconomieGabon"); pipeline.boilerplate_glue asks for more evidence.
GLUE = re.compile(rf"(?<=[{LOWER}]{{2}})(?=[{UPPER}][{LOWER}])")
GLUE_QUICK = re.compile(rf"[{LOWER}][{UPPER}]")  # the test before GLUE: twice as fast, most lines fail it
# A sentence's end inside a line, before a capital: a headline has none.
SENTENCE_INSIDE = re.compile(rf"[.!?]\s+[{UPPER}]")
# What marks a line written with its full stop as a headline, not a lead (French press usage, as on
# Le Monde, RFI, BBC Afrique, Médias24 front pages): a rubric or a name as kicker before a colon
# ("Covid : ...", "Samuel Diop : ..."; its words are counted by pipeline.boilerplate_title), or
# a quotation closing the line, opened at its start or after the kicker's colon ("« ... »." ).
KICKER = re.compile(r"^[«\"“]?(?P<label>[^\W\d_][^:.!?;]*?)\s?:\s+\S")
QUOTED_HEADLINE = re.compile(r"""(?:^|:\s*)[«"“][^«»"“”]+[»"”]\s*\.?\s*$""")
# A news site's section (rubric) label, as menus and breadcrumbs name them: the common rubrics of
# French-language news sites (national, economy, society, world, sport, culture ...), singular and
# plural, with and without accents. Only a label glued to the headline is cut off the title. Short
# words that also open brand names ("InfoMagazine", "EcoActu", "TechCrunch", "NewsNow") are not
# listed: a brand is never cut.
SECTION_LABEL = re.compile(
    r"""
    (?:actualités?|accueil|à\s+la\s+une|a\s+la\s+une|brèves|dernières\s+infos
      | [ée]conomie|finances?|entreprises|march[ée]s|bourse|industrie|[ée]nergie|emploi
      | politique|soci[ée]t[ée]|national|international|monde|afrique|maghreb|r[ée]gions?|diaspora
      | sports?|culture|sant[ée]|[ée]ducation|environnement|technologies?|médias
      | opinions?|débats?|tribunes?|faits\s+divers|immobilier|agriculture|automobile|tourisme)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A site's section path opening the title's line, then the headline: a rubric label first, then
# breadcrumb separators ("Accueil > Économie > ...", "Économie / Agriculture / ...") or a colon
# before the headline's own kicker ("Actualité Dakar et région: Pêche : ..."), pipeline.boilerplate_title.
SECTION_START = re.compile(r"(?:" + SECTION_LABEL.pattern + r")(?![^\W\d_])", re.VERBOSE | re.IGNORECASE)
# Rubrics named after a region, whose word opens place names too ("Afrique du Sud : Eskom : ..." is
# a country then the headline's kicker, not a section path)
PLACE_RUBRIC = re.compile(r"(?:afrique|maghreb)(?![^\W\d_])", re.IGNORECASE)
# ... or a rubric in capitals, then the headline in ordinary case ("ÉCONOMIE Le port s'agrandit")
CAPS_RUBRIC = re.compile(r"(?P<rubric>[A-ZÀ-ÖØ-Þ]+(?:\s+[A-ZÀ-ÖØ-Þ]+)?)\s+(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’])")
BREADCRUMB_SEPARATOR = re.compile(r"\s*[>»›]\s*|\s+[/|]\s+")
# Words joined by an underscore: a file or image name ("Jean_Dupont_directeur", an image's alt
# text taken from its file), never a headline's words.
FILE_NAME_JOIN = re.compile(r"[^\W\d_]_[^\W\d_]")
