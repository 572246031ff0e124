"""The role a text gives a person, read from the tokens around the name.

Before the name: "le wali de la région, Mohamed Mhidia" -> "wali de la région";
"du directeur général de la CDG Khalid Safir" -> "directeur général de la CDG".
After it: "Ryad Mezzour, ministre de l'Industrie, ..." -> "ministre de l'Industrie".
Role words, stop words and the window are in :mod:`pipeline.patterns.entities`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..patterns import entities as P
from .tokens import like_numbers, token_texts

ROLE_SECOND_HEAD_WINDOW = 3  # "et du directeur", "et de la présidente": connectors before a second role


def is_head(token) -> bool:
    low = token.lower_
    return low in P.ROLE_HEADS or low.split("-")[0] in P.ROLE_HEADS


def _stops(doc: Doc, i: int, person: list[bool]) -> bool:
    t = doc[i]
    if t.lower_ in P.ROLE_STOPS or t.is_space or person[i] or t.like_num:
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if t.text == "," and (nxt is None or not (is_head(nxt) or nxt.lower_ in P.ROLE_FOLLOWERS)):
        return True
    if t.lower_ != "et" or nxt is None:
        return False
    if nxt.lower_ in P.ROLE_SPLIT_DETERMINERS:
        return True  # "le président de la commune et le wali X"
    k = i + 1  # "le gouverneur et du directeur général de la CDG X": a second role begins
    while k < len(doc) and k <= i + ROLE_SECOND_HEAD_WINDOW and doc[k].lower_ in P.ROLE_INNER:
        k += 1
    return k < len(doc) and is_head(doc[k])


def bracketed_acronym(doc: Doc, k: int) -> bool:
    """Whether tokens k-2..k are "(ACR)"."""
    return k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(" and bool(P.ACRONYM.match(doc[k - 1].text))


def role_before(doc: Doc, start: int, person: list[bool]) -> tuple[int, int] | None:
    """Token range of the role phrase that ends just before the name (one comma allowed)."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    head = None
    i = k
    if bracketed_acronym(doc, k):
        i = k - 3  # "de l'Agence nationale des ports (ANP), Hamid Tazi": read the role over "(ANP)"
    while i >= max(0, start - P.ROLE_MAX_TOKENS):
        if _stops(doc, i, person):
            break
        if is_head(doc[i]):
            head = i
        i -= 1
    if head is None:
        return None
    if head > 0 and doc[head - 1].lower_ in P.ROLE_PREFIXES:
        head -= 1  # "Premier ministre"
    return head, k + 1


def role_after(doc: Doc, end: int, person: list[bool]) -> tuple[int, int] | None:
    """Token range of an apposition after the name: "Ryad Mezzour, ministre de l'Industrie,"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    j = end + 1
    if doc[j].lower_ == "en" and j + 1 < len(doc) and doc[j + 1].lower_ == "charge":
        pass  # "en charge de la Transition numérique"
    elif doc[j].lower_ in P.ROLE_PREFIXES and j + 1 < len(doc) and is_head(doc[j + 1]):
        pass  # "ancien ministre du Commerce"
    elif not is_head(doc[j]):
        return None
    k = j + 1
    while k < min(len(doc), j + P.ROLE_MAX_TOKENS):
        t = doc[k]
        if t.text == "," or t.lower_ in P.ROLE_STOPS or t.is_space or person[k]:
            break
        k += 1
    return j, k


def role_of(doc: Doc, start: int, end: int, person: list[bool]) -> str:
    """The role the text gives the person at tokens [start, end), or ""."""
    span = role_before(doc, start, person) or role_after(doc, end, person)
    if span is None:
        return ""
    a, b = span
    if b - a > 3 and bracketed_acronym(doc, b - 1):
        b -= 3  # the acronym after the role's institution is not part of the role
    while b > a and (doc[b - 1].is_punct or doc[b - 1].lower_ in P.NAME_PARTICLES):
        b -= 1
    return doc[a:b].text if b > a else ""


def in_portfolio(doc: Doc, i: int) -> bool:
    """Whether a span starting at token i is a portfolio inside a ministerial role phrase.

    "ministre de l'Industrie et du Commerce", "secrétaire d'État chargé de l'Investissement et
    de la Transition numérique": the span starts with a portfolio word, right after "de"/"du"/
    "des"/"de la", and a portfolio head (ministre, ministère, chargé, délégué...) comes before it
    in the same clause. "ministre des Affaires étrangères du Sénégal" keeps "Sénégal".
    A word the list lacks is a portfolio too when it is coordinated ("et de", ", de") with a
    listed one: "ministre de l'Équipement et de l'Entretien routier".
    """
    texts = token_texts(doc)  # doc[k].lower_ is texts[k].lower(); is_upper, is_space likewise
    if i == 0 or texts[i - 1].lower() not in P.NAME_PARTICLES:
        return False
    word = texts[i].lower()
    listed = word in P.PORTFOLIO_WORDS
    # an acronym or an institution coordinated with a portfolio is a second party, not a
    # portfolio: "le ministre de la Santé et de l'OMS", "... et de l'Agence nationale des ports"
    other_party = texts[i].isupper() or word in P.INSTITUTION_HEADS
    k = i - 1
    while k >= 0 and texts[k].lower() in P.CONNECTORS:
        k -= 1
    coordinated = k >= 0 and (texts[k].lower() == "et" or texts[k] == ",")
    seen = False  # a listed portfolio word between the head and the span
    numbers = like_numbers(doc)
    while k >= 0 and i - k <= P.PORTFOLIO_MAX_TOKENS:
        low = texts[k].lower()
        if low in P.PORTFOLIO_HEADS:
            return listed or (coordinated and seen and not other_party)
        if texts[k].isspace() or (low in P.ROLE_STOPS and low != "en") or numbers[k]:
            return False  # "en charge de": "en" is inside the role
        seen = seen or low in P.PORTFOLIO_WORDS
        k -= 1
    return False
