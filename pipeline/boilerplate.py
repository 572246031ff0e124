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
:mod:`pipeline.blocks`.
"""

from __future__ import annotations

from .blocks import (
    MIN_PROSE_WORDS,
    Info,
    block_words,
    cut_furniture,
    describe,
    norm,
    split_blocks,
)
from .model import Article, Block
from .patterns import boilerplate as P

MIN_LISTED_SHARE = 0.1  # a page with fewer listed function words is in another language (Dutch)
MAX_LEAD_BLOCKS = 1  # a lead paragraph may sit between the title and the byline
SUBTITLE_MIN_WORDS = 12  # a line this long under the headline is its subtitle, not a competing title
MIN_TITLE_WORDS = 3  # "ÉCONOMIE" or "Actualités" above the title is a section label, not a headline
ALL_CAPS_LABEL_WORDS = 3  # "ÉCONOMIE ET FINANCES" in capitals is a section label too
MAX_TITLE_WORDS = 30  # headlines are short; longer lines are prose
NAME_MAX_WORDS = 6  # a line of capitalised words this short is a name (twice, when a credit doubles it)
ELLIPSES = ("…", "...")  # a teaser or a headline cut short by the page
TEASER_MAX_WORDS = 30  # a teaser is a sentence or two of another story
MAX_HEADLINES_ABOVE = 4  # headlines searched above the body: a title, a subtitle, two key points
MIN_LISTED_STORIES = 3  # this many headlines under the same separator are a list of stories
COMPLETION_WORDS = 3  # the last words of a headline cut short, found again in the whole one
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


def headline(info: Info) -> bool:
    """Could this block be a headline: short, no full stop or colon at the end, not furniture."""
    return (
        info.shape in ("heading", "sentence", "prose")
        and MIN_TITLE_WORDS <= info.words <= MAX_TITLE_WORDS
        and sum(not w.isdigit() for w in block_words(info.text)[0]) >= MIN_TITLE_WORDS  # not "À 01:00"
        and not info.period_end
        and not info.text.endswith(":")
        and not info.specific
        and not (info.all_caps and info.words <= ALL_CAPS_LABEL_WORDS)
    )


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


def _skippable(info: Info) -> bool:
    """Blocks the title search passes over: bylines, dates, furniture, author names, labels, list
    items (a story's key points under its headline) and names alone (a photo's or author's credit)."""
    short_label = info.shape == "heading" and info.words < MIN_TITLE_WORDS
    return (
        bool(info.specific) or info.shape in ("byline", "date") or short_label
        or bool(P.BULLET.match(info.text)) or _names_only(info)
    )


def _names_only(info: Info) -> bool:
    """A short line of capitalised words and no function word: a name ("Awa Diop Awa Diop")."""
    if info.words > NAME_MAX_WORDS or info.shape == "prose":
        return False
    words, heads = block_words(info.text)
    if not all(w[:1].isupper() for w in words):
        return False
    # "T.B.": an initial is no function word (heads are the words' own, lower-cased, in order)
    return not any(h in P.PROSE_STOP_WORDS and len(h) > 1 for h in heads)


def clean_title(text: str) -> str:
    """The headline without the separators, arrows and hashtags a page puts around it."""
    return P.TITLE_EDGES.sub("", text)


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
    _mark_by_neighbours(infos)
    verdict: list[tuple[str, str]] = [("boilerplate", "")] * len(spans)
    bounds = body_bounds(infos)
    title_idx = None
    if bounds is not None:
        a, b = bounds
        title_idx, lead = _find_title(infos, a)
        if title_idx is not None and a <= title_idx <= a + 1:  # a headline opening the text
            a = title_idx + 1
        for k in lead:
            verdict[k] = ("body", "")
        seen: set[str] = set()
        for k in range(a, b + 1):
            info, key = infos[k], norm(infos[k].text)
            if info.specific:
                verdict[k] = ("boilerplate", info.specific)
            elif key in seen:
                verdict[k] = ("boilerplate", "duplicate")
            else:
                credit = info.shape == "byline" or info.shape in ("heading", "sentence") and _names_only(info)
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
    art.blocks = [Block(s, e, kind, reason) for (s, e), (kind, reason) in zip(spans, verdict, strict=True)]
    if title_idx is not None and not art.title:
        art.title = clean_title(infos[title_idx].text)
    return art


def _furniture_above(infos: list[Info], body_start: int) -> range:
    """The bylines, dates and furniture right above the body, up to a weather widget."""
    top = body_start
    while top > 0 and _skippable(infos[top - 1]) and infos[top - 1].shape != "temperature":
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
    while b > a and not P.BULLET.match(infos[b].text) and (
        infos[b].weak or infos[b].shape == "heading" or trimmed and infos[b].words < MIN_PROSE_WORDS
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


def _find_title(infos: list[Info], body_start: int) -> tuple[int | None, list[int]]:
    """The headline just above the body, passing over bylines, dates, furniture and a lead.

    Returns the title's index and the blocks between it and the body that belong to the body: a
    lead paragraph ("chapeau") cut off by the byline, or a subtitle. Of two headlines one above the
    other, the upper one is the title when the lower one is a longer subtitle, or when a byline
    follows the upper one and not the lower one (a caption); otherwise the upper one is page
    furniture (a widget title, a breadcrumb, a doubled title).
    """
    lead: list[int] = []
    found: list[int] = []  # headlines, lower first
    bylines_below: list[bool] = []  # whether a byline lies between each headline and the next one down
    furniture_below: list[bool] = []  # whether other skipped blocks (menus, breadcrumbs) lie there
    byline_seen = furniture_seen = False
    for k in range(body_start - 1, -1, -1):
        info = infos[k]
        if _skippable(info):
            if not found and P.BULLET.match(info.text) and not info.specific and not _names_only(info):
                lead.append(k)  # the story's key points under its headline
            byline_seen = byline_seen or info.shape == "byline"
            furniture_seen = furniture_seen or info.shape != "byline"
            continue
        if headline(info):
            found.append(k)
            bylines_below.append(byline_seen)
            furniture_below.append(furniture_seen)
            byline_seen = furniture_seen = False
            if len(found) == MAX_HEADLINES_ABOVE:
                break
            continue
        if not found and info.shape == "prose" and not info.weak and len(lead) < MAX_LEAD_BLOCKS:
            lead.append(k)
            continue
        break
    if _listed_stories(infos, found):
        return None, lead
    over_byline = [i for i in range(1, len(found)) if bylines_below[i]]
    if over_byline and not bylines_below[0]:  # headline, byline, then its subtitles or key points
        i = over_byline[0]
        return found[i], [*lead, *found[:i]]
    found, bylines_below, furniture_below = found[:3], bylines_below[:3], furniture_below[:3]
    repeated = [k for k in found if _repeated(infos, k, body_start)]
    if repeated and repeated[0] != found[0]:  # the page states its headline twice; under it, a kicker
        i = found.index(repeated[0])
        return repeated[0], [*lead, *found[:i]]
    if len(found) >= 2:
        lower, upper = infos[found[0]], infos[found[1]]
        # A title and its subtitle sit together: page furniture between two headlines (a menu, a
        # breadcrumb) means the upper one is the site's tagline or a widget's; three headlines in
        # a row are a list of other stories, whose last one, next to the body, is the article's.
        apart = furniture_below[1] or len(found) == 3 and not furniture_below[2]
        subtitle = lower.words >= SUBTITLE_MIN_WORDS and lower.words > upper.words and not apart
        caption = bylines_below[1] and not bylines_below[0]
        return (found[1], [*lead, found[0]]) if subtitle or caption else (found[0], lead)
    if found:
        return found[0], lead
    first = infos[0]
    if body_start <= 1 and len(infos) > 2 and first.text.endswith(ELLIPSES) and headline(infos[1]):
        if _completes(first.text, infos[1].text):  # a teaser cut short, then the whole headline
            return 1, []
    # a prose-long first line is a headline only if it asks or was cut short ("... de production de…")
    asks = first.text.endswith(("?", "!", *ELLIPSES))
    if body_start == 0 and headline(first) and (first.shape != "prose" or asks) and len(infos) > 1:
        return 0, []
    return None, []


def _listed_stories(infos: list[Info], found: list[int]) -> bool:
    """Headlines each under the same separator line ("-", "|"): a list of other stories."""
    if len(found) < MIN_LISTED_STORIES or found[-1] == 0:
        return False
    seps = {norm(infos[k - 1].text) if k and infos[k - 1].words == 0 else None for k in found}
    return len(seps) == 1 and None not in seps


def _cut_short(info: Info) -> bool:
    """A paragraph ending in an ellipsis: another story's teaser, cut where its link was."""
    return info.text.endswith(ELLIPSES) and info.words <= TEASER_MAX_WORDS * 2


def _repeated(infos: list[Info], k: int, body_start: int) -> bool:
    """Whether headline k is stated again above the body."""
    key = norm(infos[k].text)
    return any(norm(infos[j].text) == key for j in range(body_start) if j != k)


def _completes(cut: str, whole: str) -> bool:
    """Whether ``whole`` is the headline that ``cut`` (ending in an ellipsis) shortened."""
    words = norm(cut.rstrip(".…")).split()[-COMPLETION_WORDS:]
    return len(words) == COMPLETION_WORDS and " ".join(words) in norm(whole) and not whole.endswith(ELLIPSES)


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
