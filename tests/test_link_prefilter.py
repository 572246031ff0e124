"""The link stage searches its phrase patterns only in the blocks that hold their words
(pipeline.prefilter): the same mentions as searching every block."""

from __future__ import annotations

import hashlib

import pytest

from pipeline import link_names as N
from pipeline.model import Article, Block
from pipeline.patterns import link as P
from pipeline.prefilter import holds, lowered, matches_at

# pattern -> (the words every match holds, the fingerprint of the pattern those words were checked on)
CHECKED = {
    "PROJECT_NAMED": (N.PROJECT_NAMED_WORDS, "68bc051f5945c6ed"),
    "PLAN_PHRASE": (N.PLAN_PHRASE_WORDS, "9c46c189c39c0a5d"),
}

PARAGRAPHS = [
    "Le complexe, baptisé « Atlas Vert », ouvrira en 2027 près de la centrale de Midelt.",
    "Le PROJET « Oasis Bleue » sera porté par la Société civile immobilière Alpha Invest.",
    "La stratégie énergétique nationale et le plan solaire marocain visent 52 % en 2030.",
    "Sur le plan économique, la région attire des investisseurs : rien à relever ici.",
    "La Zone d'accélération industrielle de Tétouan accueille l'entreprise Beta Câbles.",
    "Le groupe Gamma du Maroc ouvre l'Usine de Kénitra, dénommée \"Gamma Un\".",
    "Un paragraphe sans aucun des mots, seulement des chiffres : 12 000 emplois.",
    "İstanbul : la STRATÉGIE industrielle nationale, la ſociété Delta Export.",
    "La compagnie Omega Air, surnommée “Omega”, et la firme Sigma Conseil.",
]


def article(paragraphs: list[str]) -> Article:
    blocks, pos = [], 0
    for k, para in enumerate(paragraphs):
        blocks.append(Block(pos, pos + len(para), "title" if k == 0 else "body"))
        pos += len(para) + 2
    return Article(article_id="t", file="t.txt", text="\n\n".join(paragraphs), blocks=blocks)


@pytest.mark.parametrize("name", sorted(CHECKED))
def test_words_checked_on_this_pattern(name):
    """When a pattern changes, check that each of its matches still holds one word of each group
    of its words (link_names), then write the new fingerprint here."""
    p = getattr(P, name)
    assert hashlib.sha256((p.pattern + str(p.flags)).encode()).hexdigest()[:16] == CHECKED[name][1]


@pytest.mark.parametrize("name", sorted(CHECKED))
@pytest.mark.parametrize("kind", ["all", "plain", "upper"])
def test_same_matches_as_every_block(name, kind):
    plain = PARAGRAPHS[:7]
    paragraphs = {"all": PARAGRAPHS, "plain": plain, "upper": [p.upper() for p in plain]}[kind]
    art, pattern = article(paragraphs), getattr(P, name)
    every = [m.span() for s, e in art.spans("title", "body") for m in pattern.finditer(art.text, s, e)]
    kept = [m.span() for s, e in N.phrase_spans(art, CHECKED[name][0])
            for m in pattern.finditer(art.text, s, e)]
    assert kept == every
    if kind == "plain":
        assert every  # the examples exercise the pattern


@pytest.mark.parametrize("kind", ["all", "plain", "upper"])
def test_project_phrases_as_finditer(kind):
    plain = PARAGRAPHS[:7]
    paragraphs = {"all": PARAGRAPHS, "plain": plain, "upper": [p.upper() for p in plain]}[kind]
    art = article(paragraphs + ["Le site de Nouaceur, le port de Dakhla et la Zone franche de Tanger."])
    every = [m.span("name") for s, e in art.spans("title", "body")
             for m in P.PROJECT_PHRASE.finditer(art.text, s, e)]
    assert [(m.start, m.end) for m in N.project_mentions(art)] == every
    if kind != "upper":
        assert len(every) >= 4


def test_project_phrase_heads_are_the_patterns_kinds():
    """project_mentions tries PROJECT_PHRASE only where one of its kinds stands: they must be the
    kinds the pattern opens with."""
    source = P.PROJECT_PHRASE.pattern
    opening = source[source.index("(?P<name>") :]
    opening = opening[opening.index("(?:") + 3 : opening.index(")")]
    assert set(N.PROJECT_PHRASE_HEADS) == {w.strip() for w in opening.split("|")}


def test_blocks_without_the_words_are_left_out():
    art = article(PARAGRAPHS[:7])
    assert len(N.phrase_spans(art, N.PLAN_PHRASE_WORDS)) == 2
    assert N.phrase_spans(art, N.PROJECT_NAMED_WORDS) == [art.spans("title")[0], art.spans("body")[0],
                                                          art.spans("body")[4]]


def test_lowered_gives_none_for_the_odd_characters():
    assert lowered("La Société") == "la société"
    assert lowered("İstanbul") is None and lowered("ſociété") is None and lowered("ıl") is None


def test_holds_and_matches_at():
    assert holds("abc def", ("de",), 2, 6) and not holds("abc def", ("def",), 0, 6)
    assert holds("a (c) b", ("(c) ", "x")) and not holds("a (c)b", ("(c) ", "x"))
    import re

    pattern = re.compile(r"\bab|cd")
    text = "xab ab cdab cd"
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, ["ab", "cd"])] == expected
    ranges = [(1, 3), (3, 10), (11, 14)]
    assert [m.span() for m in matches_at(pattern, text, ["ab", "cd"], ranges)] == [
        m.span() for s, e in ranges for m in pattern.finditer(text, s, e)]


SENTENCE_TEXTS = [
    "Le projet démarre. Il créera 300 emplois ! Coût : 2 milliards ? Oui… « Enfin. » (Voir plus.) 2025 sera",
    "Une ligne sans point\nUne autre ligne,\nsuite de la phrase  \n  \nNouveau paragraphe.\t\n\nFin",
    "Titre  \t \nTexte... Encore!!! Et? puis 3.5 % de hausse. M. Alami a dit.\n\n\n",
    "« Citation. » Suite. (Parenthèse.) Après \n(suite)\n-- tiret\n«guillemets»\n",
    "",
    " \n",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_ends_as_finditer(text):
    from pipeline.link import sentence_ends

    for start, end in [(0, len(text)), (3, len(text) - 2), (5, 40)]:
        if start > end:
            continue
        expected = [m.span() for m in P.SENTENCE_END.finditer(text, start, end)]
        assert [m.span() for m in sentence_ends(text, start, end)] == expected


def test_sentence_end_checked_on_this_pattern():
    """link.sentence_ends tries SENTENCE_END only at a sentence mark or a line break and the
    spaces before it: when the pattern changes, check where its matches can start, then write
    the new fingerprint here."""
    p = P.SENTENCE_END
    assert hashlib.sha256((p.pattern + str(p.flags)).encode()).hexdigest()[:16] == "76072da44c386172"


# Window patterns of the link stage -> (the words every match holds, the pattern's fingerprint)
WINDOWS = {
    "REGION_CUE": ("pipeline.link_places", "REGION_CUE_WORDS", "ed4959a887451d16"),
    "NEAR_CUE": ("pipeline.link_places", "NEAR_CUE_WORDS", "96e50f5b3f127ef1"),
    "ROLE_OF": ("pipeline.link_places", "ROLE_OF_WORDS", "6a834f7b9393d61d"),
    "REPORTS_BEFORE": ("pipeline.link", "REPORTS_BEFORE_WORDS", "02313ab339793ace"),
    "EVENT_BEFORE": ("pipeline.link_places", "EVENT_WORDS", "fc7e6c53d41f73fe"),
    "ACCOUNT_HOLDER": ("pipeline.link", "ACCOUNT_WORDS", "700b710e236e832e"),
}
# Windows before a name, as the link stage cuts them (French of our own)
BEFORE = [
    "L'usine sera implantée dans la région de ", "dans la Province d'", "le gouvernorat de ",
    "la Wilaya de la ", "à Koulpélé dans la commune de ", "à Sendou, commune rurale de ",
    "le site se trouve près de ", "à proximité de l'", "non loin du ", "à 30 km de ",
    "à 12 kilomètres de la ", "à l'est de ", "à l’ouest de ", "au nord-est du ", "au sud de ",
    "dans les environs de ", "en périphérie de ", "le maire de ", "la présidente de la ",
    "le wali de la région de ", "le directeur commercial de ", "la directrice de la communication de ",
    "le Conseil de ", "l'équipe du ", "le chef de la ", "élus de ", "selon ", "selon l'", "d'après la ",
    "source : ", "selon M. Karim Alami, directeur de l'", "D'APRÈS LE ", "AU SUD DE ",
    "la ville de ", "le projet de ", "à ", "en partenariat avec ", "",
    "les conventions signées mercredi à ", "la cérémonie présidée ce lundi à ", "le forum organisé à ",
    "ont officialisé, ce vendredi à ", "une convention signée pour une usine à ", "inaugurée à ",
    "disponible sur un compte de la ", "un compte bancaire ouvert auprès de la ",
    "sur un compte du Fonds X (",
]


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_window_words_checked_on_this_pattern(name):
    """When a pattern changes, check that each of its matches still holds one of its words, then
    write the new fingerprint here."""
    p = getattr(P, name)
    assert hashlib.sha256((p.pattern + str(p.flags)).encode()).hexdigest()[:16] == WINDOWS[name][2]


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_match_holds_a_word(name):
    import importlib

    module, attr, _ = WINDOWS[name]
    words = getattr(importlib.import_module(module), attr)
    pattern = getattr(P, name)
    found = 0
    for window in BEFORE + [w.upper() for w in BEFORE]:
        if pattern.search(window):
            found += 1
            assert holds(lowered(window), words), window
    assert found >= 2  # the examples exercise the pattern
