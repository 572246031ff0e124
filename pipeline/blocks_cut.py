"""Stage 2, block evidence: long blocks cut at their furniture sentences (:func:`cut_furniture`).

Scrapers often store an article as one long line with the page's furniture inside it; such a
block is cut at its sentences, each furniture sentence becoming a block of its own with its reason
and the clean sentences between them staying one block, so prose is never dropped whole for a
phrase in it. Runs after :func:`pipeline.blocks.describe` on every block, before
:mod:`pipeline.boilerplate` looks for the body.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import MIN_PROSE_WORDS, TAIL_CHARS, Info, describe
from .blocks_furniture import EDGE_MAX_WORDS, FURNITURE_MAX_WORDS, PHRASES_BY_FIRST
from .patterns import boilerplate as P

PIECE_CHECK_CHARS = 60  # a longer sentence of a cut block is described only if a furniture phrase is in it
NOTICE_MAX_WORDS = 50  # a paragraph this short with two furniture phrases is a notice as a whole


def cut_furniture(
    text: str, spans: list[tuple[int, int]], infos: list[Info], listed: bool = True
) -> tuple[list[tuple[int, int]], list[Info]]:
    """Long blocks cut at their furniture sentences: prose is never dropped whole for a phrase in it.

    Scrapers often store an article as one long line, with the page's furniture inside it ("Lire
    aussi :", "Suivez la chaîne ... sur WhatsApp", "Tous droits réservés."). A block longer than
    a furniture line that holds a furniture phrase (and is not a short notice as a whole) is cut at
    its sentences (and before a "©" or a capitalised call to action, which open a new sentence even
    without a full stop); each sentence that is furniture becomes a block of its own, with its
    reason, and the sentences between them stay one block. A long block none of whose sentences is
    furniture is not furniture either.
    """
    out_spans: list[tuple[int, int]] = []
    out_infos: list[Info] = []
    for (s, e), info in zip(spans, infos, strict=True):
        short_notice = info.words <= NOTICE_MAX_WORDS and info.furniture
        if info.words <= FURNITURE_MAX_WORDS or short_notice or not info.phrases or info.shape in _NEVER_CUT:
            out_spans.append((s, e))
            out_infos.append(info)
            continue
        for span, piece in _cut_block(text, s, e, info, listed):
            out_spans.append(span)
            out_infos.append(piece)
    return out_spans, out_infos


_NEVER_CUT = ("ticker", "code", "url")


def _cut_block(text: str, s: int, e: int, info: Info, listed: bool) -> list[tuple[tuple[int, int], Info]]:
    """One long block as its furniture sentences and the runs of clean sentences between them."""
    pieces = _sentences(text, s, e)
    spots = _spots(text[s:e])
    described = [
        describe(text[a:b], listed)
        if spots is None or b - a <= PIECE_CHECK_CHARS or any(a - s <= k < b - s for k in spots)
        else Info(text[a:b], len(text[a:b].split()), False, False, "prose", "")  # no furniture in it
        for a, b in pieces
    ]
    bad = [bool(d.furniture) for d in described]
    for k in range(1, len(pieces) - 1):  # "Why?" between two sentences of one notice is the notice's
        reason = described[k - 1].furniture  # "" between two clean sentences: nothing to join
        short = not bad[k] and described[k].words < MIN_PROSE_WORDS
        if reason and short and reason == described[k + 1].furniture:
            bad[k], described[k] = True, replace(described[k], furniture=reason)
    k = len(pieces) - 1  # the block's last sentences: a short prompt closing it is its edge's furniture
    while k > 0 and not bad[k] and described[k].weak and described[k].words <= EDGE_MAX_WORDS:
        bad[k], described[k] = True, replace(described[k], furniture=described[k].weak)
        k -= 1
    if len(pieces) > 1 and all(bad):  # a notice of several sentences: one block
        return [((s, e), replace(info, furniture=info.furniture or described[0].furniture))]
    out: list[tuple[tuple[int, int], Info]] = []
    first = 0  # the run of sentences that becomes one block: clean ones, or furniture of one reason
    for k in range(len(pieces)):
        last = k + 1 == len(pieces)
        if not last and bad[k] == bad[k + 1] and described[k].furniture == described[k + 1].furniture:
            continue
        a, b = pieces[first][0], pieces[k][1]
        if not bad[k]:  # one block, not furniture as a whole
            out.append(((a, b), _clean_run(text[a:b], info, listed)))
        else:  # inline: the paragraph goes on after it ("Plus d'articles :" whose links are gone)
            whole = described[k] if first == k else describe(text[a:b], listed)
            inline = not all(bad[k + 1 :])
            out.append(((a, b), replace(whole, furniture=described[k].furniture, inline=inline)))
        first = k + 1
    return out


def _clean_run(seg: str, whole: Info, listed: bool) -> Info:
    """The evidence about the clean sentences of a cut block: a long run of a prose block is
    prose (only its length and ending are new), a short one is described again."""
    n = len(seg.split()) if whole.shape == "prose" else 0  # words as spaces tell them: cheap, near enough
    if n <= FURNITURE_MAX_WORDS:
        return replace(describe(seg, listed), furniture="", weak="", lone="")
    period = bool(P.PERIOD_END.search(seg.rstrip()[-TAIL_CHARS:]))
    return replace(whole, text=seg, words=n, period_end=period, furniture="", weak="", lone="", phrases=False)


def _spots(seg: str) -> list[int] | None:
    """Where furniture phrases and calls to action start in ``seg`` (None: describe every sentence).

    Found with plain substring searches for the phrases whose first word is in the block: most
    sentences of a long block hold none and need not be described."""
    low = seg.lower().replace("’", "'")
    if len(low) != len(seg):  # a letter whose lower case is longer: offsets would drift
        return None
    toks = set(P.TOKEN.findall(low))
    cands = [p for first in PHRASES_BY_FIRST.keys() & toks for _, p in PHRASES_BY_FIRST[first]]
    cands += list(P.CALL_TO_ACTION & toks)
    if "©" in low:
        cands.append("©")
    out = []
    for c in cands:
        k = low.find(c)
        while k >= 0:
            out.append(k)
            k = low.find(c, k + 1)
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut into sentences, as (start, end) with surrounding spaces excluded."""
    out, pos = [], start
    for m in P.FURNITURE_CUT.finditer(text, start, end):
        cut_start, cut_end = m.span(m.lastindex)
        if cut_start > pos:
            out.append((pos, cut_start))
        pos = cut_end
    if end > pos:
        out.append((pos, end))
    return out
