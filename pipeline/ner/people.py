"""People the model labelled as places or organisations.

The model often reads a name in apposition to a role as a place: "le ministre de l'Industrie
et du Commerce, Ryad Mezzour, et ..." gives LOC "Ryad Mezzour". A mention is made a person
(PER) when it looks like a person's name (two to four capitalised words, none of them an
institution, place, programme, portfolio or role word, not a gazetteer name) and either

- a role phrase stands next to it across a comma: "<role>, X Y" or "X Y, <role>"
  (:func:`~pipeline.ner.roles.role_before`, :func:`~pipeline.ner.roles.role_after`); or
- a role word comes right before it: "le gouverneur X Y", "le directeur général X Y"; or
- its first word is a listed given name (``pipeline/data/given_names.txt``) and no place or
  institution noun comes right before it ("l'avenue Hassan Seghir", "le lycée Ahmed Chaouki").

One pass over the mentions; the role scans are bounded by ``ROLE_MAX_TOKENS``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..patterns import entities as P
from . import gazetteer
from .roles import is_head, role_after, role_before

PERSON_MIN_WORDS = 2  # "Mezzour" alone is linked to the full name later, never promoted by itself
PERSON_MAX_WORDS = 4  # "Amal El Fellah Seghrouchni"; longer capitalised runs are titles or names of things
ROLE_QUALIFIERS = P.ROLE_INNER - P.NAME_PARTICLES - {","}  # "général", "délégué", "adjoint"...
NOT_IN_A_PERSON_NAME = (P.INSTITUTION_HEADS | P.PLACE_HEADS | P.PROGRAMME_WORDS | P.ROLE_HEADS
                        | P.GENERIC_ALONE | P.PORTFOLIO_WORDS | P.GEO_GENERICS | P.MONTHS_AND_DAYS
                        | P.COMPANY_WORDS | P.COMPANY_NAME_WORDS)


def name_words(doc: Doc, start: int, end: int, forms: frozenset[str]) -> bool:
    """Whether tokens [start, end) look like a person's name."""
    words = [t for t in doc[start:end] if t.lower_ not in P.NAME_PARTICLES and t.text not in "-–"]
    if not PERSON_MIN_WORDS <= len(words) <= PERSON_MAX_WORDS:
        return False
    if not all(t.is_title and t.is_alpha for t in words):
        return False  # acronyms, digits, roman numerals ("Hassan II"), lower-case words
    if any(t.lower_ in NOT_IN_A_PERSON_NAME for t in words):
        return False
    if words[0].lower_ in P.GIVEN_NAMES:
        return True  # "Mohamed Safi": a given name first outweighs a town's name after it
    return not any(t.text in forms for t in words)  # "Raja Casablanca", "Casablanca Events" are no one


@lru_cache(maxsize=1)
def gazetteer_forms() -> frozenset[str]:
    """Single-word gazetteer forms ("Casablanca", "CDG"), matched against the words of a name."""
    return frozenset(f for e in gazetteer.by_canonical().values() for f in e.forms if " " not in f)


def right_after_role_word(doc: Doc, start: int) -> bool:
    """"le gouverneur X Y", "le directeur général X Y": a role word, maybe one qualifier, then the name."""
    k = start - 1
    if k > 0 and doc[k].is_lower and doc[k].lower_ in ROLE_QUALIFIERS:
        k -= 1
    return k >= 0 and doc[k].is_lower and is_head(doc[k])


def after_place_cue(doc: Doc, start: int) -> bool:
    k = start - 1
    while k >= 0 and doc[k].lower_ in P.CONNECTORS:
        k -= 1
    return k >= 0 and doc[k].lower_ in P.NAME_PLACE_CUES


def promote_people(doc: Doc, ms: list, long_forms: set[str]) -> None:
    """Relabel as PER the mentions that are people by the rules above (in place)."""
    forms = gazetteer_forms()
    person = [False] * len(doc)
    promoted: set[str] = set()
    for m in ms:
        if m.label == "PER":
            person[m.start : m.end] = [True] * (m.end - m.start)
    for m in ms:
        if m.label == "PER" or m.gaz or m.canonical in long_forms:
            continue
        if not name_words(doc, m.start, m.end, forms):
            continue
        comma_role = (m.start > 0 and doc[m.start - 1].text == "," and role_before(doc, m.start, person)) \
            or role_after(doc, m.end, person)
        given = doc[m.start].lower_ in P.GIVEN_NAMES and not after_place_cue(doc, m.start)
        if comma_role or given or right_after_role_word(doc, m.start):
            m.label = "PER"
            person[m.start : m.end] = [True] * (m.end - m.start)
            promoted.add(m.text)
    for m in ms:  # the same name elsewhere in the article, with no role beside it this time
        if m.text in promoted and not m.gaz:
            m.label = "PER"
