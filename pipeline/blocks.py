"""Stage 2, first half: split the decoded text into blocks and describe each by its evidence.

Blocks are lines; hard-wrapped lines are joined back into paragraphs. Each keeps exact offsets
into the text. The evidence does not depend on a site: length in words, sentence-final
punctuation, the share of function words and of lower-case words, all-caps, the block's shape
(ticker of headlines, table row, bare date, temperature, template code, URL, byline, prose,
sentence, heading) and page-furniture vocabulary (:mod:`pipeline.patterns.boilerplate`, one
signal among these). :mod:`pipeline.boilerplate` decides from this evidence what the article is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

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
FURNITURE_MAX_WORDS = 25  # one furniture phrase inside a longer block is the article talking about it
WEAK_MAX_WORDS = 6  # a single furniture word decides only in a block this short ...
WEAK_MAX_STOP_SHARE = 0.2  # ... with few function words ("WhatsApp infomagazine", not "Facebook au Maroc")
MULTI_HIT_MAX_WORDS = 16  # two furniture words decide in a sentence this short ("Cette image sera bloquée")
PIECE_CHECK_CHARS = 60  # a longer sentence of a cut block is described only if a furniture phrase is in it
NOTICE_MAX_WORDS = 50  # a paragraph this short with two furniture phrases is a notice as a whole
STAMP_MAX_WORDS = 16  # a date stamp with its time, zone, author and update: a short line
CREDIT_MAX_WORDS = 12  # "Photo : ..." opens a photo's credit or caption, a short line
CAPTION_MAX_WORDS = 60  # a caption by its label or its closing credit: a sentence or two, not an article
CREDIT_TAIL_CHARS = 80  # where that credit is searched: the line's end (a name or two, an agency)
EDGE_MAX_WORDS = 16  # at the body's edges, one furniture word condemns a block up to this long
TALK_MIN_CONTENT_WORDS = 3  # "influenceur", "escroc", "international": a line about a brand, not its button

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


def _furniture(
    seg: str, words: list[str], stop: float, all_caps: bool, prose: bool
) -> tuple[str, str, str, bool]:
    """(reason the vocabulary decides, reason of a weaker hint, reason of a lone furniture word,
    whether a furniture phrase or a call-to-action word is there at all).

    Each is "" when there is none. The hint is a furniture phrase in a short line that is not a
    sentence of prose, or a call-to-action word in any short line ("Recevez l'essentiel dans votre
    newsletter."): evidence used only at the edges of the body. The lone word decides only beside a
    block of the same furniture ("Merci d'avoir signalé !" above an image-report notice).
    """
    toks = P.TOKEN.findall(seg.lower().replace("’", "'").replace("©", " © "))
    low = " " + " ".join(toks) + " "
    tokset = firsts = set(toks)
    if "'" in low:  # "l'espace commentaires" also as "l' espace commentaires"
        elided = P.ELISION.sub(P.ELIDED, low)
        low += elided
        firsts = tokset.union(elided.split())
    n = len(words)
    best, best_hits, hint, lone = "", 0, "", ""
    cta = not tokset.isdisjoint(P.CALL_TO_ACTION)  # a sentence of prose uses a furniture phrase only to ask
    if cta and P.QUOTATION.search(seg):  # "« Signalez tout cas suspect », a demandé le ministère": quoted
        cta = not set(P.TOKEN.findall(P.QUOTATION.sub(" ", seg).lower())).isdisjoint(P.CALL_TO_ACTION)
    strong: dict[str, int] = {}  # reason -> its phrases in the line
    for first in _PHRASES_BY_FIRST.keys() & firsts:  # a phrase can be there only if its first word is
        for reason, phrase in _PHRASES_BY_FIRST[first]:
            if f" {phrase} " in low:
                strong[reason] = strong.get(reason, 0) + 1
    singles: dict[str, int] = {}  # reason -> its single words in the line
    for word in _REASONS_OF_WORD.keys() & tokset:
        if word in P.INTERROGATIVE_HOMOGRAPHS and _asks(toks, word):
            continue  # "comment rédiger un CV ?": French "how", not a comment button
        for reason in _REASONS_OF_WORD[word]:
            singles[reason] = singles.get(reason, 0) + 1
    # "Les employés de Facebook écoutaient ...": a sentence about the firm, not a share bar (single
    # words decide nothing in longer lines, which need not be read)
    named = n <= MULTI_HIT_MAX_WORDS and not singles.keys().isdisjoint(P.NAMES_IN_THE_NEWS)
    if named and _talks_about(words):
        for reason in P.NAMES_IN_THE_NEWS:
            singles.pop(reason, None)
    for reason in P.FURNITURE:  # in the table's order: the first reason found wins
        found, hits = strong.get(reason, 0), singles.get(reason, 0)
        if not found and not hits:
            continue
        asking = cta or not prose or reason in P.PHRASES_NEVER_IN_PROSE
        if found and (n <= FURNITURE_MAX_WORDS and asking or cta) or found >= 2:
            return reason, reason, reason, True
        hint = hint or (reason if found and not prose else "")  # a sentence may use the phrase
        lone = lone or (reason if hits and not prose else "")
        if hits and (n <= 2 or all_caps or (n <= WEAK_MAX_WORDS and stop < WEAK_MAX_STOP_SHARE)):
            if hits > best_hits:
                best, best_hits = reason, hits
        elif hits >= 2 and n <= MULTI_HIT_MAX_WORDS and hits > best_hits:
            best, best_hits = reason, hits
    hint = best or hint or ("call_to_action" if cta else "")
    phrases = cta or bool(strong)
    return best, hint if n <= EDGE_MAX_WORDS else best, lone if n <= WEAK_MAX_WORDS else "", phrases


def _asks(toks: list[str], word: str) -> bool:
    """Whether ``word`` (an English furniture word that is a French interrogative, "comment")
    opens a question here: another word follows it, as "comment" = "how" always has one."""
    return any(t == word and k + 1 < len(toks) and toks[k + 1][:1].isalpha() for k, t in enumerate(toks))


def _talks_about(words: tuple[str, ...] | list[str]) -> bool:
    """A line that says something about the brands it names: lower-case content words (neither
    function words nor furniture words) and a function word, as a headline has and a button bar
    ("Facebook Twitter WhatsApp", "partager Facebook e-mail") has not."""
    low = [w.lower() for w in words if w[:1].islower()]
    stops = sum(w in P.PROSE_STOP_WORDS for w in low)
    content = sum(w not in P.PROSE_STOP_WORDS and w not in _REASONS_OF_WORD for w in low)
    return stops >= 1 and content >= TALK_MIN_CONTENT_WORDS


def _index_furniture() -> tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[str, ...]]]:
    """The furniture vocabulary indexed for set intersections with a line's words: each phrase
    (with its reason) under its first word, and each single word with its reasons.

    A phrase can be in a line only if its first word is, so only those phrases are searched.
    The single words of a reason are all different (a word counts once)."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    of_word: dict[str, list[str]] = {}
    for reason, (phrases, singles) in P.FURNITURE.items():
        for p in phrases:
            by_first.setdefault(p.split(" ", 1)[0], []).append((reason, p))
        assert len(set(singles)) == len(singles), f"a furniture word is listed twice under {reason}"
        for w in singles:
            of_word.setdefault(w, []).append(reason)
    return {k: tuple(v) for k, v in by_first.items()}, {k: tuple(v) for k, v in of_word.items()}


_PHRASES_BY_FIRST, _REASONS_OF_WORD = _index_furniture()


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
    evidence = ("", "", "", False) if shape == "ticker" else _furniture(seg, words, stop, all_caps, prose)
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
    cands = [p for first in _PHRASES_BY_FIRST.keys() & toks for _, p in _PHRASES_BY_FIRST[first]]
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
