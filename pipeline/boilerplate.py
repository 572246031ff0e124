"""Stage 2: split the decoded text into blocks and keep the article's title, bylines and body.

Plain text copied from a news page is the article plus the page around it. The text is split into
blocks (lines; hard-wrapped lines are joined back into paragraphs) with exact offsets, and each
block is described by evidence that does not depend on a site: its length in words, sentence-final
punctuation, the share of function words and of lower-case words, all-caps, its shape (ticker of
headlines, bare date, temperature, template code, byline), repetition, and page-furniture
vocabulary (:mod:`pipeline.patterns.boilerplate`, one signal among these).

The body is the densest run of prose, found as a maximum-sum run (as in Body Text Extraction,
Finn, Kushmerick & Smyth 2001): prose blocks score their words, every other block costs, so a run
spans subheadings and inline ads between paragraphs but never a byline, a comment form or a
"same topic" section. The run is widened over short paragraphs and lists at its edges and trimmed
of calls to action ("Recevez notre newsletter"). Inside it, furniture is dropped and subheadings
kept. The title is the headline just above, past bylines, credits and a lead paragraph, told apart
from a subtitle or a caption. Everything else is boilerplate, each block with the reason it was
dropped. HTML extracted by trafilatura is already the article: nothing is dropped
(:func:`pipeline.html.html_blocks`). Splitting and the per-block evidence live in
:mod:`pipeline.blocks` (with :mod:`pipeline.blocks_furniture` and :mod:`pipeline.blocks_cut`).
"""

from __future__ import annotations

from .blocks import (
    MIN_PROSE_WORDS,
    Info,
    block_words,
    describe,
    norm,
    split_blocks,
)
from .blocks_cut import cut_furniture
from .boilerplate_glue import mark_cards
from .boilerplate_title import ELLIPSES, find_title, headline, names_only, skippable, title_blocks
from .model import Article, Block
from .patterns import boilerplate as P

__all__ = ["body_bounds", "densest_run", "headline", "strip_boilerplate"]  # headline: pipeline.html's

MIN_LISTED_SHARE = 0.1  # a page with fewer listed function words is in another language (Dutch)
TEASER_MAX_WORDS = 30  # a teaser is a sentence or two of another story
BARE_MARKER_WORDS = 4  # "À lire aussi" alone on its line: the next headline is the linked story
HEADER_MAX_WORDS = 4  # "18.8 C", "Casablanca", "jeudi 31 octobre 2024": the weather/date header

# Costs of the maximum-sum run, in words of prose they are worth. Blocks that pages put INSIDE
# articles (ad slots, photo credits, inline "read also" links) cost little, so the body runs on
# across them; blocks that END articles (share bars, tags, subscription prompts) cost more.
GAP_COST = 5  # a subheading: a paragraph on each side easily pays for it
END_OF_ARTICLE_COST = 200  # a comment form or a "same topic" section ends the article: never crossed
BYLINE_COST = END_OF_ARTICLE_COST  # a byline opens the article: teasers above it never join the body
REASON_COST = {
    "advertisement": 5,  # "- Publicité -" between two paragraphs
    "image_notice": 5,  # "Crédit photo : DR" under a picture inside the article
    "template_code": 5,  # "spot_img" where an ad slot was
    "read_also": 12,  # "À lire aussi" and the linked headline, often inside the article
    "date_header": 40,  # a bare date above a title: only long prose on both sides spans it
    "weather_header": 15,
}
END_COST = 25  # share bars, tags, links to the source, subscription prompts, tickers: the page around
MENU_MAX_WORDS = 3  # menu items are one to three words ...
MENU_MIN_ITEMS = 3  # ... and come several in a row


def _cost(info: Info) -> int:
    if info.inline:  # furniture inside a paragraph, which goes on after it
        return -REASON_COST["read_also"]
    if info.furniture in ("comment_form", "related_articles", "about"):
        return -END_OF_ARTICLE_COST
    if info.shape == "prose" and not info.furniture:
        return info.words
    if info.shape == "byline":
        return -BYLINE_COST
    if info.specific:
        return -REASON_COST.get(info.specific, END_COST)
    return 0 if info.shape in ("sentence", "table") else -GAP_COST


def densest_run(infos: list[Info]) -> tuple[int, int] | None:
    """(first, last) block of the maximum-sum run, or None when there is no prose."""
    best, best_sum = None, 0
    start, total = 0, 0
    for k, info in enumerate(infos):
        if total <= 0:
            start, total = k, 0
        total += _cost(info)
        if total > best_sum:
            best, best_sum = (start, k), total
    return best


def _joins_body(info: Info, above: Info | None = None) -> bool:
    """A short block at the edge of the body that still belongs to it: a short paragraph, or a list
    item under a line that opens a list (``above``, the block before it, ends with a colon)."""
    if info.specific or info.shape == "byline":
        return False
    if P.BULLET.match(info.text):
        return above is not None and (above.text.endswith(":") or bool(P.BULLET.match(above.text)))
    return info.shape in ("prose", "sentence", "table")


def _closing_section(infos: list[Info], k: int) -> bool:
    """Block k is a subheading over a short sentence: the article's closing section, kept whole."""
    if k + 1 >= len(infos) or infos[k].shape != "heading" or infos[k].specific:
        return False
    after = infos[k + 1]
    return after.shape == "sentence" and not after.specific and not after.weak


def _listed_language(blocks: list[str]) -> bool:
    """Whether the page is written in a language whose function words we list (fr, en, es, ...).

    Read from its blocks' words (no word spans two blocks: only whitespace lies between them),
    which :func:`describe` reads next from the same cache."""
    words = stops = 0
    for seg in blocks:
        block, heads = block_words(seg)
        words += len(block)
        stops += sum(map(P.PROSE_STOP_WORDS.__contains__, heads))
    return words > 0 and stops / words >= MIN_LISTED_SHARE


def strip_boilerplate(art: Article) -> Article:
    text = art.text
    spans = split_blocks(text)
    segs = [text[s:e] for s, e in spans]
    listed = _listed_language(segs)
    infos = [describe(seg, listed) for seg in segs]
    if art.source_kind == "html":
        from .html import html_blocks

        return html_blocks(art, spans, infos)
    spans, infos = cut_furniture(text, spans, infos, listed)
    mark_cards(infos)
    _mark_by_neighbours(infos)
    verdict: list[tuple[str, str]] = [("boilerplate", "")] * len(spans)
    bounds = body_bounds(infos)
    title_idx = None
    if bounds is not None:
        a, b = bounds
        title_idx, lead = find_title(infos, a)
        if title_idx is not None and a <= title_idx <= a + 1:  # a headline opening the text
            a = title_idx + 1
        title_key = norm(infos[title_idx].text) if title_idx is not None else None
        for k in lead:  # a subtitle, key points, a lead; not the headline repeated
            repeated = norm(infos[k].text) == title_key
            verdict[k] = ("boilerplate", "duplicate_title") if repeated else ("body", "")
        seen: set[str] = set()
        for k in range(a, b + 1):
            info, key = infos[k], norm(infos[k].text)
            if info.specific:
                verdict[k] = ("boilerplate", info.specific)
            elif key == title_key:  # the headline repeated as the first paragraph
                verdict[k] = ("boilerplate", "duplicate_title")
            elif key in seen:
                verdict[k] = ("boilerplate", "duplicate")
            else:
                credit = info.shape == "byline" or info.shape in ("heading", "sentence") and names_only(info)
                verdict[k] = ("byline", "") if credit else ("body", "")
                seen.add(key)
        above = range(title_idx, a) if title_idx is not None else _furniture_above(infos, a)
        for k in above:  # bylines between the title and the body; a bare date too under a title
            if infos[k].shape == "byline" or infos[k].shape == "date" and title_idx is not None:
                verdict[k] = ("byline", "")
        if b + 1 < len(infos) and infos[b + 1].shape == "byline":  # "Par X" under the last paragraph
            verdict[b + 1] = ("byline", "")
        if title_idx is not None:
            verdict[title_idx] = ("title", "")
    top = title_idx if title_idx is not None else (bounds[0] if bounds else len(infos))
    _give_reasons(infos, verdict, title_idx, top)
    art.blocks = []
    for (s, e), (kind, reason) in zip(spans, verdict, strict=True):
        art.blocks += title_blocks(text, s, e) if kind == "title" else [Block(s, e, kind, reason)]
    if title_idx is not None and not art.title:
        art.title = next(text[b.start : b.end] for b in art.blocks if b.kind == "title")
    return art


def _furniture_above(infos: list[Info], body_start: int) -> range:
    """The bylines, dates and furniture right above the body, up to a weather widget."""
    top = body_start
    while top > 0 and skippable(infos[top - 1]) and infos[top - 1].shape != "temperature":
        top -= 1
    return range(top, body_start)


def _mark_by_neighbours(infos: list[Info]) -> None:
    """Furniture told by its neighbours: a short line with a furniture word beside that same
    furniture is part of it, and the headline under a bare "À lire aussi" is the linked story's."""
    for k, info in enumerate(infos):
        around = infos[max(k - 1, 0) : k + 2]
        if info.lone and not info.furniture and any(o.furniture == info.lone for o in around):
            info.furniture = info.lone
    for above, info in zip(infos, infos[1:], strict=False):  # a teaser cut short under its story's headline
        cut = info.text.endswith(ELLIPSES) and info.words <= TEASER_MAX_WORDS
        if cut and not info.furniture and headline(above):
            info.furniture = "teaser"
    for marker, nxt in zip(infos, infos[1:], strict=False):
        linking = marker.furniture in ("read_also", "related_articles") and marker.words <= BARE_MARKER_WORDS
        if linking and nxt.shape != "prose" and not nxt.furniture:
            nxt.furniture = marker.furniture


def body_bounds(infos: list[Info]) -> tuple[int, int] | None:
    """(first, last) block of the body: the densest run, widened over short paragraphs and list
    items at its edges, then trimmed of calls to action and of a trailing subheading."""
    run = densest_run(infos)
    if run is None:
        return None
    a, b = run
    while a > 0 and _joins_body(infos[a - 1]) and not headline(infos[a - 1]):
        a -= 1
    while b + 1 < len(infos):
        if _joins_body(infos[b + 1], infos[b]):
            b += 1
        elif _closing_section(infos, b + 1):  # a last subheading over a short closing sentence
            b += 2
        else:
            break
    trimmed = False
    while (
        b > a
        and not P.BULLET.match(infos[b].text)
        and (infos[b].weak or infos[b].shape == "heading" or trimmed and infos[b].words < MIN_PROSE_WORDS)
    ):
        trimmed = trimmed or infos[b].weak  # then the short line above is the prompt's own title
        b -= 1
    while a < b and (infos[a].weak or _cut_short(infos[a])):  # a prompt, a teaser cut short ("reste...")
        a += 1
    return a, b


def _give_reasons(infos: list[Info], verdict: list[tuple[str, str]], title_idx: int | None, top: int) -> None:
    """The reason of each dropped block that has none yet, from its evidence and its place."""
    title_key = norm(infos[title_idx].text) if title_idx is not None else None
    regions = _page_regions(infos, top)
    for k, (kind, reason) in enumerate(verdict):
        if kind != "boilerplate" or reason:
            continue
        region = regions.get(k, "")
        if title_key is not None and norm(infos[k].text) == title_key:
            reason = "duplicate_title"
        elif region == "weather_header" and not infos[k].furniture:  # its date and town too
            reason = region
        else:
            reason = infos[k].specific or region or infos[k].weak or "outside_body"
        verdict[k] = ("boilerplate", reason)


def _cut_short(info: Info) -> bool:
    """A paragraph ending in an ellipsis: another story's teaser, cut where its link was."""
    return info.text.endswith(ELLIPSES) and info.words <= TEASER_MAX_WORDS * 2


def _runs(infos: list[Info], fits) -> list[range]:
    """The maximal runs of consecutive blocks for which ``fits(info)`` holds."""
    out, start = [], None
    for k, info in enumerate([*infos, None]):
        if info is not None and fits(info):
            start = k if start is None else start
        elif start is not None:
            out.append(range(start, k))
            start = None
    return out


def _page_regions(infos: list[Info], top: int) -> dict[int, str]:
    """Menus (several one-to-three-word lines in a row) and, above the article (``top``), the
    weather and date widget (short lines around a temperature)."""
    regions: dict[int, str] = {}
    for r in _runs(infos, lambda i: i.shape == "heading" and i.words <= MENU_MAX_WORDS):
        if len(r) >= MENU_MIN_ITEMS:
            regions.update(dict.fromkeys(r, "navigation"))
    for r in _runs(infos[:top], lambda i: i.words <= HEADER_MAX_WORDS and i.shape != "prose"):
        if any(infos[k].shape == "temperature" for k in r):
            regions.update(dict.fromkeys(r, "weather_header"))
    return regions
