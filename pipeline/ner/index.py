"""The corpus-wide index of entities: one row per actor, whatever each article called it.

Rows are keyed by canonical name (case, apostrophes and spaces
normalised); people are merged further by a conservative rule (:func:`same_person`):
same surname, near-identical given name ("Mohamed Mhidia" and "Mohammed Mhidia").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

NEAR_NAME_MIN_LEN = 5  # below five letters one changed vowel is another name (Amal / Amel)
VOWELS = frozenset("aeiouy")
SURNAME_MIN_ARTICLES = 2  # a full name met in one article only may be a misread ("Douja Prom Addoha")
DOUBLED = re.compile(r"(.)\1+")
# Grouping keys remembered per process: the link stage asks for the key of the same few names of
# an article hundreds of times (about 6 µs each, some 300 calls an article on the bench: ~5 % of
# NER's CPU uncached); a corpus holds a few thousand distinct names.
KEY_CACHE_SIZE = 1 << 16


KEPT_SIGNS = "&+"  # signs that belong to a name's identity, unlike hyphens and apostrophes


@lru_cache(maxsize=KEY_CACHE_SIZE)
def norm_key(name: str) -> str:
    """The grouping key of a canonical name: accents, case, hyphens, apostrophes and spaces folded.

    "États-Unis", "Etats-Unis", "Etats Unis" and "ÉtatsUnis" are one key: names that differ only
    by these are spellings of one actor in French news. Letters and digits all count, so distinct
    names keep distinct keys ("Saham" and "Saham Bank", "OCP" and "OCP Africa"), and so do "&" and
    "+", which name other actors ("OPEP+" is not the OPEP, "Canal+" not a canal)."""
    s = unicodedata.normalize("NFKC", name)
    return "".join(c for c in fold(s) if c.isalnum() or c in KEPT_SIGNS)


def fold(word: str) -> str:
    """A word without accents or case: "Mhïdia" -> "mhidia"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def near_given(a: str, b: str) -> bool:
    """Same given name up to doubled letters (Mohamed / Mohammed) or one vowel (Mohamed / Mohamad)."""
    a, b = DOUBLED.sub(r"\1", fold(a)), DOUBLED.sub(r"\1", fold(b))
    if a == b:
        return True
    if len(a) != len(b) or len(a) < NEAR_NAME_MIN_LEN:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def same_person(a: str, b: str) -> bool:
    """Whether two full names are one person: same surname, near-identical given name(s)."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or fold(wa[-1]) != fold(wb[-1]):
        return False
    return near_given(" ".join(wa[:-1]), " ".join(wb[:-1]))


def entities_index(articles) -> list[dict]:
    """One row per entity of the corpus.

    Keys: canonical, label, n_articles, n_mentions, variants ("|"-joined sorted surface
    forms). Rows are sorted by number of articles, then mentions (both descending), then
    canonical name and label, so the same corpus always gives the same table. Files with
    the same content (same article id) count once, for articles and mentions alike.
    """
    from ..model import OK

    groups: dict[str, dict] = {}
    seen: set[str] = set()
    for art in articles:
        if art.status != OK or art.article_id in seen:
            continue
        seen.add(art.article_id)
        for e in art.entities:
            g = groups.setdefault(norm_key(e.canonical), {
                "canonicals": Counter(), "labels": Counter(), "articles": set(), "variants": set(), "n": 0})
            g["canonicals"][e.canonical] += 1
            g["labels"][e.label] += 1
            g["articles"].add(art.article_id)
            g["variants"].add(" ".join(e.text.split()))
            g["n"] += 1
    _merge_people(groups)
    _merge_surnames(groups)
    rows = []
    for g in groups.values():
        canonical = min(g["canonicals"].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        label = min(g["labels"].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        rows.append({
            "canonical": canonical,
            "label": label,
            "n_articles": len(g["articles"]),
            "n_mentions": g["n"],
            "variants": "|".join(sorted(g["variants"])),
        })
    rows.sort(key=lambda r: (-r["n_articles"], -r["n_mentions"], r["canonical"], r["label"]))
    return rows


def _merge_surnames(groups: dict[str, dict]) -> None:
    """Fold a one-word row into the one person of the corpus whose full name ends with it, in place.

    An article that writes only "Trump" or "Jouahri" gives the model no given name, and the
    article alone cannot tell a person from a company there (:func:`pipeline.ner.linking.lone_word_person`
    makes such a word an organisation); the corpus can: "Donald Trump" and "Abdellatif Jouahri"
    are persons elsewhere. Only when exactly one person's full name ends with the word, and the
    word is not a given name (no "Mohamed" into "Mohamed Mhidia") nor a place ("Rabat" into a
    "Youssef Rabat" the model misread), and the person is named in full in SURNAME_MIN_ARTICLES
    articles or more."""
    from ..patterns.entities import GIVEN_NAMES
    from .gazetteer import by_canonical
    from .lexicon import is_place_name

    gazetteer = {f for e in by_canonical().values() for f in e.forms}
    names = {key: g["canonicals"].most_common(1)[0][0] for key, g in groups.items()}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        words = names[key].split()
        if g["labels"].most_common(1)[0][0] == "PER" and len(words) >= 2:
            by_surname[norm_key(words[-1])].append(key)
    for key in [k for k, n in names.items() if len(n.split()) == 1 and n[:1].isupper()]:
        people, word = by_surname.get(key, []), names[key]
        if len(people) != 1 or people[0] == key or len(groups[people[0]]["articles"]) < SURNAME_MIN_ARTICLES:
            continue
        label = groups[key]["labels"].most_common(1)[0][0]
        if label not in ("PER", "ORG") or word.casefold() in GIVEN_NAMES or is_place_name(word) \
                or word in gazetteer:
            continue
        g, o = groups[people[0]], groups.pop(key)
        n = sum(o["canonicals"].values())
        g["canonicals"][names[people[0]]] += n  # the row keeps the full name ("Trump" is a variant)
        g["labels"]["PER"] += n
        g["articles"] |= o["articles"]
        g["variants"] |= o["variants"]
        g["n"] += o["n"]


def _merge_people(groups: dict[str, dict]) -> None:
    """Fold person groups that :func:`same_person` joins into the larger one, in place."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    names = {key: " ".join(g["canonicals"].most_common(1)[0][0].split()) for key, g in groups.items()}
    for key, g in groups.items():
        if g["labels"].most_common(1)[0][0] == "PER" and len(names[key].split()) >= 2:
            by_surname[fold(names[key].split()[-1])].append(key)
    for keys in by_surname.values():
        keys.sort(key=lambda k: (-groups[k]["n"], k))
        for i, k in enumerate(keys):
            if k not in groups:
                continue
            for other in keys[i + 1 :]:
                if other in groups and same_person(names[k], names[other]):
                    g, o = groups[k], groups.pop(other)
                    g["canonicals"].update(o["canonicals"])
                    g["labels"].update(o["labels"])
                    g["articles"] |= o["articles"]
                    g["variants"] |= o["variants"]
                    g["n"] += o["n"]
