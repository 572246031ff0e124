"""Stage 7's names (:mod:`pipeline.link`): what a figure can be tied to.

The subject candidates of an article (entities that can be what a figure is about, project
phrases, projects the text names, known places named as projects, names the model cut in two)
and the tables of places (countries, regions, the gazetteer's places) that say how specific a
place is and what is never a subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .model import Article, Entity
from .ner.index import norm_key
from .patterns import link as P
from .prefilter import holds, lowered, matches_at


@dataclass(frozen=True)
class Mention:
    """A name a figure can be tied to: an entity, or a project phrase ("la centrale de Ouarzazate")."""

    name: str  # the canonical name written in the figure's row
    start: int
    end: int
    site: bool = False  # a project phrase or a name the model read as a place: may stand as a place


# Names whose tests are kept: an article asks about the same names again and again (a corpus holds a
# few thousand distinct names)
NAME_CACHE = 1 << 14


@lru_cache(maxsize=NAME_CACHE)
def place_like(name: str) -> bool:
    """Whether a LOC name looks like a figure's place: capitalised words, not a people
    ("Burkinabè"), not a continent ("en Afrique": where a firm expands, not where it builds)."""
    if norm_key(name) in continent_keys() or P.NOT_PLACE.match(name):
        return False
    return bool(P.PLACE_NAME.fullmatch(name)) and not P.DEMONYM.fullmatch(name)


@lru_cache(maxsize=1)
def continent_keys() -> frozenset[str]:
    return frozenset(map(norm_key, P.CONTINENTS))


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """The keys of the country names, accents and case folded ("Ethiopie" is "Éthiopie")."""
    return frozenset(map(norm_key, P.COUNTRIES))


@lru_cache(maxsize=1)
def region_keys() -> frozenset[str]:
    return frozenset(map(norm_key, P.REGIONS))


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Countries, regions and the gazetteer's places: never a figure's subject."""
    from .ner.gazetteer import by_canonical

    names = [*P.COUNTRIES, *P.REGIONS, *(c for c, x in by_canonical().items() if x.label == "LOC")]
    return frozenset(map(norm_key, names))


def subject_mention(e: Entity, placed: set[str]) -> Mention | None:
    """The entity as a subject candidate, or None when it cannot be what a figure is about.

    ``placed``: the names (keys) written as places somewhere in the article, or known places."""
    name = e.canonical
    if never_subject(name):
        return None
    if e.label in {"ORG", "MISC"}:
        return Mention(name, e.start, e.end)
    if e.label != "LOC" or not P.PLACE_NAME.fullmatch(name):  # "F" of "F CFA" is nothing
        return None
    if P.PROJECT_WORDS.search(name) or norm_key(name) not in placed:
        return Mention(name, e.start, e.end, site=True)
    return None


@lru_cache(maxsize=NAME_CACHE)
def never_subject(name: str) -> bool:
    """What the name alone tells :func:`subject_mention`: a body that hosts or reports, no name, a
    feast, a known place that names no project, a people."""
    if P.NOT_SUBJECT.search(name) or P.NOT_A_NAME.search(name) or P.NOT_PLACE.match(name):
        return True
    if norm_key(name) in known_places() and not P.PROJECT_WORDS.search(name):
        return True  # a place, but "Nador West Med", "Tanger Med" are projects too
    return bool(P.DEMONYM.fullmatch(name))  # "Camerounais": a people, not a firm


def joined_names(art: Article, mentions: list[Mention]) -> list[Mention]:
    """Candidates the model cut in two, joined back: a place right before a project's name
    ("Casablanca" + "Near Shore Park"), a name cut at a hyphen ("SLYX" + "-" + "LIEBI-IERR")."""
    text = art.text
    ends = {e.end: e for e in art.entities}
    starts = {e.start: e for e in art.entities}
    out = []
    for m in mentions:
        gap = 1 if m.start > 0 else 0
        prev = ends.get(m.start - gap)
        if prev is not None and (
            (text[m.start - 1] == "-" and prev.label in {"ORG", "LOC", "MISC"})
            or (text[m.start - 1] == " " and prev.label == "LOC" and P.PROJECT_WORDS.search(m.name))
        ):
            m = Mention(text[prev.start : m.end], prev.start, m.end, m.site)
        # "la société SLYX-LIEBI-IERR": the part after the hyphen may be no candidate itself
        nxt = starts.get(m.end + 1)
        if nxt is not None and text[m.end : m.end + 1] == "-" and nxt.label in {"ORG", "LOC", "MISC"}:
            m = Mention(text[m.start : nxt.end], m.start, nxt.end, m.site)
        out.append(m)
    return out


def longest_at_start(mentions: list[Mention]) -> list[Mention]:
    """One candidate per start, the longest: "SLYX" gives way to "SLYX-LIEBI-IERR", "Complexe"
    (the model's cut) to the project phrase "Complexe industriel du Centre"."""
    best: dict[int, Mention] = {}
    for m in mentions:
        if m.start not in best or m.end > best[m.start].end:
            best[m.start] = m
    return list(best.values())


def project_place(text: str, e: Entity) -> Mention | None:
    """A known place named as a project: "l'éco-cité Zenata", "Zenata, une cité logistique de
    379 hectares" (a new town or a zone bears its site's name)."""
    key = norm_key(e.canonical)
    if key not in known_places() or key in country_keys() or key in region_keys():
        return None  # a country or a region is never a project ("le Maroc, une plateforme ...")
    before = text[max(0, e.start - P.PLACE_CUE_WINDOW) : e.start]
    if P.PROJECT_HEAD_BEFORE.search(before) or P.PROJECT_APPOSITION.match(text, e.end):
        return Mention(e.canonical, e.start, e.end, site=True)
    return None


# Words every match of a phrase pattern holds (lower case; one of each tuple), tested on each
# title and body block before the pattern is searched there (pipeline.prefilter.holds: most blocks
# hold none). tests/test_link_prefilter.py fails when a pattern changes, to check these again.
PROJECT_NAMED_WORDS = (("«", '"', "“"), ("baptis", "nomm", "appel", "intitul", "projet", "programme", "plan",
                                         "complexe", "parc", "pôle"))
PLAN_PHRASE_WORDS = (("plan", "stratégie"),)
# What every match of PROJECT_PHRASE starts with, as written (pipeline.prefilter.matches_at: the
# pattern is tried only there)
PROJECT_PHRASE_HEADS = (
    "usine", "centrale", "complexe", "parc", "zone", "technopark", "technopôle", "cité", "éco-cité", "port",
    "hôtel", "raffinerie", "plateforme", "station", "briqueterie", "cimenterie", "mine", "site",
    "Usine", "Centrale", "Complexe", "Parc", "Zone", "Technopôle", "Raffinerie", "Cimenterie", "Plateforme",
)


def phrase_spans(art: Article, words: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """The title and body blocks that hold one word of each of ``words`` (lower case, any case in
    the text): the only ones where a pattern whose matches hold them can match."""
    low = lowered(art.text)
    spans = art.spans("title", "body")
    if low is None:
        return list(spans)
    if not all(holds(low, group) for group in words):
        return []  # the article holds none of a group: no block does
    return [(s, e) for s, e in spans if all(holds(low, group, s, e) for group in words)]


def phrase_mentions(art: Article, pattern: re.Pattern, words: tuple[tuple[str, ...], ...],
                    site: bool = False) -> list[Mention]:
    """The ``name`` group of each match of ``pattern`` in the title and the body, spaces single;
    ``words``: what every match holds (:func:`phrase_spans`)."""
    matches = (m for s, e in phrase_spans(art, words) for m in pattern.finditer(art.text, s, e))
    return mentions_of(matches, site)


def mentions_of(matches: Iterable[re.Match], site: bool = False) -> list[Mention]:
    """The ``name`` group of each match, spaces single."""
    return [Mention(" ".join(m["name"].split()), m.start("name"), m.end("name"), site) for m in matches]


def named_projects(art: Article) -> list[Mention]:
    """Projects the text names: "baptisé « Nador West Med »", "le projet « Noor »"."""
    return phrase_mentions(art, P.PROJECT_NAMED, PROJECT_NAMED_WORDS)


def project_mentions(art: Article) -> list[Mention]:
    """Project phrases of the body: "la centrale de Ouarzazate", "le parc industriel de Bouskoura"."""
    spans = art.spans("title", "body")
    return mentions_of(matches_at(P.PROJECT_PHRASE, art.text, PROJECT_PHRASE_HEADS, spans), site=True)


def introduced_firms(art: Article) -> list[Mention]:
    """Firms the text introduces by their kind and the model left out: "la société civile
    immobilière Alpha" (no entity overlaps the name; not a place, an outlet or a ministry)."""
    # a place inside the name is part of it ("Aluminium du Maroc"); any other entity is the name
    spans = [(e.start, e.end, e.label) for e in art.entities]
    out = []
    for s, e in art.spans("title", "body"):
        for m in P.FIRM_INTRO.finditer(art.text, s, e):
            a, b = m.span("name")
            name = " ".join(m["name"].split())
            if any(x < b and a < y and (lab != "LOC" or x < a or y > b) for x, y, lab in spans):
                continue
            if P.NOT_SUBJECT.search(name) or P.NOT_A_NAME.search(name):
                continue
            if m["agglo"]:  # "l'Agglo de Montluçon": the body, written in full
                out.append(Mention(f"Agglomération de {name}", m.start("agglo"), b))
                continue
            if norm_key(name) in known_places() or P.DEMONYM.fullmatch(name):
                continue
            out.append(Mention(name, a, b))
    return out


def persons(art: Article) -> frozenset[str]:
    """The keys of the persons' names and surnames ("Mustapha Baïtas", "Baïtas"): a firm or a
    programme written so is that person, read as a firm ("Baitas : 1,25 MMDH seront alloués à
    ..." of a title, where the minister who speaks heads the line)."""
    out = set()
    for e in art.entities:
        if e.label == "PER" and len(words := e.canonical.split()) > 1:
            out |= {norm_key(e.canonical), norm_key(words[-1])}
    return frozenset(out)


def plan_mentions(art: Article) -> list[Mention]:
    """A plan or a strategy named by its adjectives, in lower case: "le plan solaire marocain",
    "la stratégie énergétique nationale" (a programme the model does not tag)."""
    return phrase_mentions(art, P.PLAN_PHRASE, PLAN_PHRASE_WORDS)
