"""Stage 2, first half: split the decoded text into blocks and describe each by its evidence.

Blocks are lines; hard-wrapped lines are joined back into paragraphs (:func:`split_blocks`). Each
keeps exact offsets into the text. The evidence (:func:`describe`) does not depend on a site:
length in words, sentence-final punctuation, the share of function words and of lower-case words,
all-caps, the block's shape (ticker of headlines, table row, bare date, temperature, template code,
URL, byline, prose, sentence, heading) and page-furniture vocabulary (one signal among these:
:mod:`pipeline.blocks_furniture`, words from :mod:`pipeline.patterns.boilerplate`). Long blocks
holding furniture are then cut at their furniture sentences (:mod:`pipeline.blocks_cut`).
:mod:`pipeline.boilerplate` decides from this evidence what the article is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .blocks_furniture import furniture_evidence
from .patterns import boilerplate as P

MIN_PROSE_WORDS = 8  # fewer words than this is a heading, a button or a menu item
LONG_PROSE_WORDS = 25  # a block this long is prose even without final punctuation (cut-off paragraph)
MIN_PROSE_STOP_SHARE = 0.2  # prose is a third to a half function words; headline tickers and menus far less
MIN_PROSE_LOWER_SHARE = 0.4  # prose words are mostly lower-case (German nouns aside); menus are not
MIN_CASED_SHARE = 0.5  # below this share of words with letter case, the script has none (Arabic)
MAX_BYLINE_WORDS = 25  # "Publié dans X le 23 - 07 - 2025", "Par X, le 12 mars 2024 à 10h30"
MAX_SENTENCE_BYLINE_WORDS = 10  # longer lines starting "Par X" and ending in a full stop are prose
MIN_TICKER_PARTS = 3  # this many headlines on one line is a ticker, not a paragraph
MIN_TICKER_PART_WORDS = 3  # each of them a headline, not a lone word spaced out
TICKER_MAX_PART_WORDS = 30  # headlines are short: a longer part is a paragraph typed with double spaces
TICKER_MAX_SENTENCE_SHARE = 0.5  # headlines rarely end with a full stop; sentences always do
CODE_MAX_CHARS = 80  # template residue is one short token ("spot_img", "{{title}}", "photo.jpg")
MIN_TABLE_CELLS = 3  # a label and two figures: a table row copied from the article
TABLE_CELL_MAX_WORDS = 4  # cells are figures and labels; headlines spaced out on a line are longer
ALL_CAPS_MIN_LETTERS = 4  # fewer letters than this ("UE", "MAP") says nothing about all-caps
STAMP_MAX_WORDS = 16  # a date stamp with its time, zone, author and update: a short line
CREDIT_MAX_WORDS = 12  # "Photo : ..." opens a photo's credit or caption, a short line
CAPTION_MAX_WORDS = 60  # a caption by its label or its closing credit: a sentence or two, not an article
CREDIT_TAIL_CHARS = 80  # where that credit is searched: the line's end (a name or two, an agency)

# Hard-wrapped text (e-mail, terminals): lines filled up to a fixed width are one paragraph.
WRAP_MIN_LINES = 5  # this many long lines are needed to tell a wrap width
WRAP_MIN_CHARS = 40  # lines shorter than this tell nothing about wrapping
WRAP_MAX_WIDTH = 100  # copied web text has one paragraph per line, much longer than this
WRAP_FILL = 0.7  # a line filled to 70 % of the wrap width was wrapped, a shorter one ended a paragraph
WRAP_SHARE = 0.8  # share of the long lines that must fit the width

# Blocks whose words are remembered (:func:`block_words`): the boilerplate stage reads every block
# of an article, then the language stage its title and body blocks again; a few articles' worth.
BLOCK_CACHE_SIZE = 1024

_SHAPE_REASON = {  # the reason a block of this shape is dropped wherever it stands
    "ticker": "ticker", "code": "template_code", "url": "link", "temperature": "weather_header",
    "date": "date_header",
}
TAIL_CHARS = 8  # final punctuation, a closing quote and bracket: all in the last few characters


@dataclass
class Info:
    """The evidence about one block."""

    text: str
    words: int
    period_end: bool
    all_caps: bool
    shape: str  # prose, sentence, heading, table, ticker, byline, date, temperature, code, url
    furniture: str  # reason from the furniture vocabulary, or ""
    weak: str = ""  # reason hinted by a furniture phrase or call-to-action word in a short block
    lone: str = ""  # reason of a furniture word in a short line, decisive beside the same furniture
    phrases: bool = False  # a furniture phrase or a call-to-action word is somewhere in the block
    inline: bool = False  # furniture cut out of a paragraph that goes on after it (cut_furniture)

    @property
    def specific(self) -> str:
        """The reason to drop this block wherever it stands, or ""."""
        if self.furniture and self.shape not in ("ticker", "code", "url"):
            return self.furniture
        return _SHAPE_REASON.get(self.shape, "")


@lru_cache(maxsize=BLOCK_CACHE_SIZE)
def block_words(seg: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a block and their :func:`function_heads`, found once for both stages that read them."""
    words = P.WORD.findall(seg)
    return tuple(words), tuple(function_heads(words))


def function_heads(words: list[str]) -> list[str]:
    """Each word lower-cased and cut at its apostrophe, as function words are listed ("l'usine": "l")."""
    return [w.partition("'")[0] for w in " ".join(words).lower().replace("’", "'").split(" ")]


def function_share(words: list[str], function_words: frozenset[str], heads: list[str] | None = None) -> float:
    """Share of ``words`` that are function words (``heads``: their :func:`function_heads`, if known)."""
    if not words:
        return 0.0
    heads = function_heads(words) if heads is None else heads
    return sum(map(function_words.__contains__, heads)) / len(words)


def norm(s: str) -> str:
    """Text compared for repetition: case, apostrophes and spacing aside."""
    return " ".join(s.replace("’", "'").lower().split())



def is_ticker(seg: str) -> bool:
    """Several headlines on one line; sentences typed with two spaces after the full stop are not."""
    if "  " not in seg and not any(c in seg for c in P.TICKER_SEPARATOR_CHARS):
        return False  # most lines: not one separator (a quick test before the regex)
    parts = [p for p in P.TICKER_SEPARATOR.split(seg.strip()) if p.strip()]
    if len(parts) < MIN_TICKER_PARTS:
        return False
    sizes = [len(P.WORD.findall(p)) for p in parts]
    if max(sizes) > TICKER_MAX_PART_WORDS:
        return False
    long_parts = [p for p, n in zip(parts, sizes, strict=True) if n >= MIN_TICKER_PART_WORDS]
    sentences = sum(1 for p in long_parts if P.PERIOD_END.search(p.strip()[-TAIL_CHARS:]))
    return len(long_parts) >= MIN_TICKER_PARTS and sentences < TICKER_MAX_SENTENCE_SHARE * len(long_parts)


def _is_table_row(seg: str) -> bool:
    """Three cells or more apart by tabs or wide spaces, mostly short, with a figure among them."""
    if "\t" not in seg and "   " not in seg:
        return False  # no separator (a quick test before the regex)
    cells = [c for c in P.TABLE_CELL_SEPARATOR.split(seg.strip()) if c.strip()]
    if len(cells) < MIN_TABLE_CELLS:
        return False
    short = sum(1 for c in cells if len(P.WORD.findall(c)) <= TABLE_CELL_MAX_WORDS)
    return 2 * short >= len(cells) and any(c.isdigit() for c in seg)


def describe(seg: str, listed: bool = True) -> Info:
    """The evidence about one block; ``listed``: the page is in a language whose function words
    we list (else their share says nothing about prose)."""
    words, heads = block_words(seg)
    n = len(words)
    stop = function_share(words, P.PROSE_STOP_WORDS, heads)
    initials = [w[0] for w in words]
    n_lower = sum(map(str.islower, initials))  # a character is never both lower- and upper-case
    n_cased = n_lower + sum(map(str.isupper, initials))
    lower = n_lower / n_cased if n_cased else 0.0
    # Arabic, Hebrew, Chinese...: no letter case and none of our function words, so both say nothing
    caseless = n > 0 and n_cased < MIN_CASED_SHARE * n
    # every letter upper-case (a caseless letter, Arabic, counts against); isupper() rules out most lines
    letters = [c for c in seg if c.isalpha()] if seg.isupper() else []
    all_caps = len(letters) >= ALL_CAPS_MIN_LETTERS and all(c.isupper() for c in letters)
    tail = seg.rstrip()[-TAIL_CHARS:]  # the end of the line is enough, and keeps the search short
    sentence_end = bool(P.SENTENCE_END.search(tail))
    period = bool(P.PERIOD_END.search(tail))
    byline = P.BYLINE.match(seg) and (n <= MAX_SENTENCE_BYLINE_WORDS or n <= MAX_BYLINE_WORDS and not period)
    if is_ticker(seg) and not byline:  # "Par X | Publié le ... | Mis à jour le ..." is one byline
        shape = "ticker"
    elif _is_table_row(seg):
        shape = "table"
    elif len(seg) <= CODE_MAX_CHARS and P.CODE_TOKEN.match(seg.strip()):
        shape = "code"
    elif P.URL_LINE.match(seg.strip()):
        shape = "url"
    elif P.TEMPERATURE.match(seg):
        shape = "temperature"
    elif byline:  # "Par X | Le 12/05/2021" names its author: a byline, not a bare date
        shape = "byline"
    elif P.DATE_LINE.match(seg) or n <= STAMP_MAX_WORDS and not sentence_end and _stamp(seg):
        shape = "date"
    elif (
        n >= MIN_PROSE_WORDS
        and (sentence_end or n >= LONG_PROSE_WORDS)
        and (caseless or (stop >= MIN_PROSE_STOP_SHARE or not listed) and lower >= MIN_PROSE_LOWER_SHARE)
    ):
        shape = "prose"
    elif sentence_end and n >= 2 and not all_caps:
        shape = "sentence"
    else:
        shape = "heading"
    prose = shape == "prose"
    no_furniture = ("", "", "", False)  # a ticker's headlines are not read for furniture
    evidence = no_furniture if shape == "ticker" else furniture_evidence(seg, words, stop, all_caps, prose)
    if not evidence[0] and P.CAPTION_CREDIT.match(seg):  # "Photo : X", "(Ph. L'Economiste)"
        short = n <= CREDIT_MAX_WORDS  # a caption; a paragraph opening with one is cut there
        evidence = ("image_notice", "image_notice", "", False) if short else (*evidence[:3], True)
    if not evidence[0] and n <= CAPTION_MAX_WORDS and _caption(seg):
        evidence = ("image_notice", "image_notice", "", False)  # "... le 3 avril 2023. SEYLLOU / AFP"
    if shape == "heading" and not evidence[0] and P.FILE_NAME_JOIN.search(seg):  # "Ali_Diop-directeur"
        evidence = ("image_notice", "image_notice", "", False)  # an image's name or alt text, a caption
    elif shape == "heading" and not evidence[0] and P.ABOUT_SECTION.match(seg):
        evidence = ("about", "about", "", False)  # "À propos de Masen": a press release's closing section
    return Info(seg, n, period, all_caps, shape, *evidence)


def _caption(seg: str) -> bool:
    """A caption by its label ("Légende : ...") or closed by its photo's credit ("... SEYLLOU / AFP")."""
    return bool(P.CAPTION_LABEL.match(seg) or P.CAPTION_CREDIT_END.search(seg[-CREDIT_TAIL_CHARS:]))


def _stamp(seg: str) -> bool:
    """A page's date stamp in any order: a full date with a time or a separator, and besides them
    only names and the words of a date line ("12 mars 2025 10:15 Awa Diop", "18/07/2019 18h:38 CET
    | Actualisé le 19/07/2019"). A headline holding a date has lower-case words of its own."""
    if not P.FULL_DATE.search(seg) or not (P.CLOCK.search(seg) or "|" in seg):
        return False
    rest = P.CLOCK.sub(" ", P.FULL_DATE.sub(" ", seg))
    return all(w in P.STAMP_WORDS for w in P.WORD.findall(rest) if not w[:1].isupper() and not w.isdigit())


def _is_wrapped(lines: list[str]) -> int:
    """The wrap width when the text is hard-wrapped, else 0."""
    long_lines = [len(x) for x in lines if len(x) >= WRAP_MIN_CHARS]
    if len(long_lines) < WRAP_MIN_LINES:
        return 0
    width = max(long_lines)
    fits = sum(1 for n in long_lines if n <= WRAP_MAX_WIDTH)
    return width if width <= WRAP_MAX_WIDTH and fits >= WRAP_SHARE * len(long_lines) else 0


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (or wrapped paragraphs) as (start, end), surrounding whitespace excluded.

    A line starting in lower case after an unfinished line continues it; in hard-wrapped text a line
    filled up to the wrap width continues onto the next one. A bullet or a line that is only a date
    ("il y a 2 heures" under a title) never continues a line.
    """
    lines = []
    for m in P.LINE.finditer(text):
        seg = m.group()
        stripped = seg.strip()
        if stripped:
            s = m.start() + len(seg) - len(seg.lstrip())
            lines.append((s, s + len(stripped)))
    width = _is_wrapped([text[s:e] for s, e in lines])
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if out:
            ps, pe = out[-1]
            prev, cur = text[ps:pe], text[s:e]
            adjacent = text.count("\n", pe, s) + text.count("\r", pe, s) - text.count("\r\n", pe, s) == 1
            last_line = prev.rsplit("\n", 1)[-1]
            unfinished = not P.SENTENCE_END.search(prev[-TAIL_CHARS:]) and len(last_line) >= WRAP_MIN_CHARS
            filled = width and len(last_line) >= WRAP_FILL * width
            continues = (unfinished and cur[:1].islower()) or filled
            # a bullet, a date or a file name ("photo-071.jpg") never continues a line
            alone = P.BULLET.match(cur) or P.DATE_LINE.match(cur) or P.CODE_TOKEN.match(cur)
            if adjacent and continues and not alone:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out
