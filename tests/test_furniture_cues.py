"""ner.furniture.furniture_ranges searches the lower-cased text case-sensitively: the same ranges as
the case-insensitive search of the cues, which it replaces for speed."""

from __future__ import annotations

import re
import sys

import pytest

from pipeline.ner import furniture
from pipeline.ner.furniture import cue_sentences, furniture_ranges
from pipeline.patterns import entities as P


def reference(text: str) -> list[tuple[int, int]]:
    """furniture_ranges as it was: FURNITURE_CUES (case-insensitive) on the text itself."""
    return cue_sentences(text, P.FURNITURE_CUES.finditer(text))


TEXTS = [
    "La société a signé un contrat. Suivez-nous sur les réseaux ! Le projet démarre en mars.",
    "SUIVEZ-NOUS SUR FACEBOOK\nLe groupe Akdital ouvre une clinique à Tanger.",
    "Cliquez ici pour lire la suite. Lire aussi : la Bourse recule.",
    "LIRE AUSSI. Le port de Dakhla sera achevé en 2028.",
    "© 2024 Le Matin. Reproduction interdite. Tous droits réservés.",
    "Le chantier (c) Le Desk, avec nos partenaires.",
    "Votre navigateur doit accepter JavaScript et les Cookies pour afficher cette page.",
    "Abonnez-vous à notre Newsletter pour recevoir l'essentiel.",
    "Droits d'auteur : Le360. Si vous voulez que l'information vous parvienne, abonnez-vous.",
    "Le conseil a voté le budget. Aucune mention de pied de page ici.",
    "Des cookies pour le goûter, le suiveur, le cliquetis : pas des mots entiers.",  # \b
    # characters the lower-cased search treats apart: İ lengthens under lower(), ſ and ı are
    # equated with s and i only by re's IGNORECASE
    "İstanbul accueille le salon. Suivez-nous pour la suite.",
    "Le ſuivez ancien. Cookies. Fin.",
    "Le texte cıiquez, puis Newsletter ici.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_ranges_as_the_case_insensitive_search(text):
    assert furniture_ranges(text) == reference(text)


def test_examples_find_their_cues():
    assert furniture_ranges(TEXTS[1]) == [(0, len("SUIVEZ-NOUS SUR FACEBOOK\n"))]
    assert furniture_ranges(TEXTS[9]) == []
    assert furniture_ranges(TEXTS[10]) == [(0, len(TEXTS[10]))]  # "cookies" alone is a cue, suiveur is not


def test_the_cues_are_written_in_lower_case():
    """Else the case-sensitive search would miss them (furniture_ranges then falls back, slower)."""
    assert furniture._CUES_LOWER is not None


def test_lower_case_agrees_with_ignorecase_on_every_character():
    """For every character: re's IGNORECASE equates it with a letter of the cues exactly when
    str.lower() maps it to that letter, except the characters furniture_ranges checks for; and
    lower() keeps whether a character is a word character (\\b reads that)."""
    letters = {c for c in P.FURNITURE_CUES.pattern if c.isalpha()}
    chars = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    odd = set()
    for letter in letters:
        folded = set(re.findall(re.escape(letter), chars, re.IGNORECASE))
        lowered = {c for c in folded if c.lower() == letter}
        odd |= folded - lowered
    odd |= {c for c in chars if len(c.lower()) != 1}
    assert odd - {"\u0130"} == set(furniture._CASE_ODD)  # U+0130 is caught by the length test
    assert not [c for c in chars if c.lower() in letters and not re.fullmatch(re.escape(c.lower()), c, re.I)]
    word = re.compile(r"\w")
    lower = [(c, c.lower()) for c in chars if len(c.lower()) == 1]
    assert not [c for c, low in lower if bool(word.match(c)) != bool(word.match(low))]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a verbose pattern's source."""
    out, depth, cur, k = [], 0, "", 0
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            cur, k = cur + pattern[k : k + 2], k + 2
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        k += 1
    return [*out, cur]


def _literal_head(alternative: str) -> str:
    """The literal text an alternative of a verbose pattern starts with: after a leading \\b, up
    to its first operator (a quantified last letter left out)."""
    src, head, k = re.sub(r"\s+", "", alternative.replace("\\ ", "\0")).replace("\0", "\\ "), "", 0
    src = src.removeprefix("\\b")
    while k < len(src):
        c = src[k]
        if c == "\\":
            if src[k + 1].isalnum():
                break  # \b, \w...: an operator
            head, k = head + src[k + 1], k + 2
            continue
        if c in "?*+{":
            return head[:-1]
        if c in "()[].|^$":
            break
        head, k = head + c, k + 1
    return head


def test_every_cue_starts_with_one_of_the_heads():
    """furniture_ranges tries the cues only where one of furniture._CUE_HEADS stands: a new cue
    must start with one of them (else add its first word there)."""
    alternatives = _alternatives(P.FURNITURE_CUES.pattern)
    assert len(alternatives) >= 10
    for alt in alternatives:
        head = _literal_head(alt).lower()
        assert any(head.startswith(h) for h in furniture._CUE_HEADS), alt


@pytest.mark.parametrize("text", [t + " " + t.upper() for t in TEXTS] + [
    "Suivez-nous. Suivez nous. (c) (C) 2024 ©© droits droits réservés.",
    "Le cookie-cookie, suivezsuivez, cliquez-cliquez. Lire Aussi",
])
def test_heads_give_the_same_ranges(text):
    assert furniture_ranges(text) == reference(text)
