"""What the words right before a span say about it: a place noun ("la région Casablanca-Settat"),
a role word ("ministre de l'Industrie"), a ministry's head ("ministère de la Transition
numérique"), a region's noun before a cardinal point ("la région du Nord-Ouest")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..patterns import entities as P
from .tokens import token_texts

CONNECTOR_MAX = 2  # "de la", "de l'": the longest preposition + article between a noun and a name


def after_place_noun(doc: Doc, i: int) -> bool:
    """Whether a lower-case place noun comes just before token i: "la région Casablanca-Settat"."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in P.CONNECTORS:
        k -= 1
    return k >= 0 and doc[k].is_lower and doc[k].lower_ in P.PLACE_CUES


def before_connectors(doc: Doc, i: int) -> int:
    """The token before the 1 to CONNECTOR_MAX connectors ("de la", "du") that end just before
    token i, or -1 when there are none or nothing comes before them."""
    texts = token_texts(doc)
    k = i - 1
    while k >= 0 and i - k <= CONNECTOR_MAX and texts[k].lower() in P.CONNECTORS:
        k -= 1
    return k if 0 <= k < i - 1 else -1


def region_named(doc: Doc, i: int, j: int) -> bool:
    """Whether the cardinal point at [i, j) names a region or a department: in brackets after a
    town ("Dunkerque (Nord)") or after "région"/"département" and "du"/"de l'"."""
    texts = token_texts(doc)
    if 0 < i and j < len(texts) and texts[i - 1] == "(" and texts[j] == ")":
        return True
    k = before_connectors(doc, i)
    return k >= 0 and texts[k].lower() in P.REGION_OF_POINT


def after_role_word(doc: Doc, i: int) -> bool:
    """Whether a role word comes just before token i: "ministre de l'Industrie", "en charge de la"."""
    k = before_connectors(doc, i)
    word = token_texts(doc)[k].lower() if k >= 0 else ""
    return word in P.ROLE_HEADS or word == "charge"


def extend_to_ministry(doc: Doc, i: int) -> int:
    """Start of "ministère de la" before a name: "ministère de la Transition numérique" is one ORG."""
    k = before_connectors(doc, i)
    return k if k >= 0 and token_texts(doc)[k].lower() in P.MINISTRY_HEADS else i
