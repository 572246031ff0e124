"""Stage 5: figures (jobs, areas, money, counts, percentages) found by regular expressions.

Each number the text writes (:data:`~pipeline.patterns.numbers.NUMBER`) is read with what
follows it (:data:`~pipeline.patterns.figures.TAIL`: a scale, then a unit, a currency or a
counted noun) and what precedes it (a qualifier such as "plus de"). A number followed by
nothing that the tables know is not a figure: that is what keeps years, dates, ordinals,
times and plan names out ("2030", "5ème", "10h30", "Maroc Digital 2030"). Ranges ("entre
300 et 500 emplois", "de 4 à 10 villes") give one figure per bound, both with the unit.

Decisions (the brief leaves them to this stage):
- "à peine 300" is ``about``: the text states the value, stressing that it is small;
- the bounds of "entre X et Y" are ``at_least`` X and ``up_to`` Y; "de X à Y" and "X et Y"
  are often a change ("passer de 4 à 10 villes") or a list, so their bounds get no qualifier;
- "une centaine de startups" is 100, ``about`` (unless the text says "plus d'une centaine");
- dirham is MAD unless its sentence names the UAE and not Morocco; a dinar's code comes from
  the country its paragraph names (the nearest one), and stays empty when none is named; a
  franc CFA is XAF when the nearest zone named is Central Africa, else XOF; "francs" and "F"
  alone ("3 milliards de F") are the CFA franc of the zone the text names, and "F" is no
  money where none is named;
- a counted noun must be in the table ``data/figures_count_nouns.txt`` or be a capitalised
  plural ("Technoparks") that is not a time or document noun nor a demonym; a number word
  after "les/ces/des" ("les deux pays") refers back and is not a count.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

from .model import Figure
from .patterns.figures import (
    ADJECTIVES,
    ANAPHORIC,
    AREA_FORMS,
    BARE_NOT_MONEY,
    BARE_SCALE,
    BETWEEN,
    CANDIDATE,
    CFA_ZONE,
    CURRENCY_FORMS,
    DINAR_COUNTRY,
    HEADCOUNT_BEFORE,
    HIRING_CUE,
    JOB_DETAIL,
    JOB_NOUN_BEFORE,
    LARGER_SCALE_BEFORE,
    MAX_ADJECTIVES,
    MOROCCO,
    NEXT_WORD,
    NOUN_FORMS,
    POST_NOT_JOB,
    PROPER_PLURAL,
    QUALIFIER,
    RANGE_MIDDLE,
    SENTENCE_END,
    TAIL,
    TRAINING_CUE,
    UAE,
    key,
)
from .patterns.numbers import COMMA_THOUSANDS, NUMBER, number_value
from .patterns.units import (
    AREA_UNITS,
    CFA,
    CURRENCIES,
    DEMONYM_ENDINGS,
    DINAR,
    DIRHAM,
    FRANC,
    JOB_DETAILS,
    JOB_NOUNS,
    JOB_PEOPLE,
    JOB_PROFESSIONS,
    NOT_COUNTED,
    SCALE_ABBREVIATIONS,
    SCALES,
    STRICT_CURRENCIES,
    SUB_SCALES,
)

WINDOW_BEFORE = 40  # characters searched for a qualifier before a number: "aux alentours de " is 17
CUE_BEFORE = 120  # characters of the sentence before a number searched for a hiring cue: about a clause
CUE_AFTER = 60  # and after it: "300 personnes seront recrutées"
MINUS_SIGNS = "-−"  # hyphen-minus and U+2212, before a number and after a space: "-2,3 %"
YEARS = range(1900, 2101)  # a bare 4-digit number in this range before a counted noun is a year
# Longest ``sentence`` kept with a figure: a longer sentence (a table flattened into one line, a run of
# digits) is cut to this many characters around the figure, "…" marking each cut. Python's csv module
# refuses a cell over 131,072 characters by default; a reader wants the figure's context, not a page.
SENTENCE_CELL_CHARS = 1_000

_JOBS = {key(w) for w in JOB_NOUNS}
_PROFESSIONS = {key(w) for w in JOB_PROFESSIONS}
_PEOPLE = {key(w) for w in JOB_PEOPLE}
_ELIDED_JOBS = {"directs": "direct", "indirects": "indirect"}


class _Block:
    """The text passed in, with what is found once and looked up per figure."""

    def __init__(self, text: str, context: str = ""):
        self.text = text
        self.context = context  # the whole article, for currencies whose paragraph names no country

    @cached_property
    def _ends(self) -> list[int]:
        return [m.end() for m in SENTENCE_END.finditer(self.text)]

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        ends = self._ends
        i = bisect_right(ends, start)
        s = ends[i - 1] if i else 0
        j = bisect_left(ends, end)
        e = ends[j] if j < len(ends) else len(self.text)
        return s, e

    def sentence(self, start: int, end: int) -> str:
        s, e = self.sentence_span(start, end)
        return self.text[s:e].strip()

    def quote(self, start: int, end: int) -> str:
        """The sentence of ``start:end``, cut to :data:`SENTENCE_CELL_CHARS` around it when longer."""
        s, e = self.sentence_span(start, end)
        if e - s <= SENTENCE_CELL_CHARS:
            return self.text[s:e].strip()
        room = max(SENTENCE_CELL_CHARS - (end - start), 0)
        left = max(s, start - room // 2)
        right = min(e, end + room - (start - left))
        left = max(s, min(left, right - SENTENCE_CELL_CHARS))
        if left > s:  # whole words: the cuts move to the nearest space inside
            left = self.text.find(" ", left, start) + 1 or left
        if right < e:
            cut = self.text.rfind(" ", end, right)
            right = cut if cut > 0 else right
        quoted = self.text[left:right].strip()
        return ("…" if left > s else "") + quoted + ("…" if right < e else "")

    @cached_property
    def _dinar_cues(self) -> list[tuple[int, str]]:
        return [(m.start(), m.lastgroup) for m in DINAR_COUNTRY.finditer(self.text)]

    @cached_property
    def _cfa_cues(self) -> list[tuple[int, str]]:
        return [(m.start(), m.lastgroup) for m in CFA_ZONE.finditer(self.text)]

    def currency(self, family: str, start: int, end: int) -> str:
        """The ISO code of a currency whose code depends on the country the text names."""
        if family == DIRHAM:
            sentence = self.sentence(start, end)
            return "AED" if UAE.search(sentence) and not MOROCCO.search(sentence) else "MAD"
        cues = self._dinar_cues if family == DINAR else self._cfa_cues
        if cues:
            return min(cues, key=lambda c: abs(c[0] - start))[1]
        # no country in this paragraph: the one the article names most often, first named on a tie
        pattern = DINAR_COUNTRY if family == DINAR else CFA_ZONE
        named = _most_frequent([m.lastgroup for m in pattern.finditer(self.context)])
        return named or ("XOF" if family == CFA else "")  # "FCFA" says CFA; "dinars", "francs" say no country

    def cue_window(self, start: int, end: int) -> str:
        s, e = self.sentence_span(start, end)
        return self.text[max(s, start - CUE_BEFORE) : min(e, end + CUE_AFTER)]


def _scale(tail) -> float:
    if tail["scale"]:
        return SCALES[tail["scale"].lower()]
    if tail["abbr"]:
        return SCALE_ABBREVIATIONS[tail["abbr"]]
    return 1.0


def _whole(num, value: float, kind: str, tail) -> float:
    """A count of people or things is whole: "2,500 emplois" (English-style copy) is 2 500, not 2,5."""
    plain = num["plain"] or ""
    if kind in ("jobs", "count") and not (tail["scale"] or tail["abbr"]) and COMMA_THOUSANDS.fullmatch(plain):
        return float(plain.replace(",", ""))
    return value


def _amount(value: float, tail) -> float:
    """The number with what its tail says: "1 million et demi", "3 milliards 500 millions"."""
    scale = _scale(tail)
    return (value + (0.5 if tail["half"] else 0)) * scale + _more(tail, scale)


def _more(tail, scale: float) -> float:
    """The smaller scale's amount after a scale: 500 millions in "3 milliards 500 millions"."""
    if not tail["more"]:
        return 0.0
    more = int(tail["more"]) * SUB_SCALES[tail["more_scale"].lower()]
    return more if more < scale else 0.0  # "2 millions 300 millions" adds nothing sensible


def _unit(block: _Block, tail) -> tuple[str, str, str, int] | None:
    """(table, key, written form, end) of what follows a number; table: percent|money|area|noun|proper."""
    text = block.text
    if tail["percent"]:
        return "percent", "%", tail["percent"], tail.end()
    if tail["symbol"]:
        return "money", key(tail["symbol"]), tail["symbol"], tail.end()
    pos, word = tail.start("word"), tail["word"]
    for table, lexicon in (("money", CURRENCY_FORMS), ("area", AREA_FORMS)):
        hit = lexicon.match(text, pos, word)
        if hit:
            return table, hit[0], text[pos : hit[1]], hit[1]
    for _ in range(MAX_ADJECTIVES + 1):
        nxt = NEXT_WORD.match(text, pos + len(word))
        adjective = key(word) in ADJECTIVES
        if adjective and nxt and NOUN_FORMS.match(text, nxt.start("word"), nxt["word"]):
            pos, word = nxt.start("word"), nxt["word"]  # "300 jeunes entreprises"
            continue
        hit = NOUN_FORMS.match(text, pos, word)
        if hit:
            return "noun", hit[0], text[pos : hit[1]], hit[1]
        if PROPER_PLURAL.fullmatch(word):
            return "proper", key(word), word, pos + len(word)
        if not (adjective and nxt):
            return None
        pos, word = nxt.start("word"), nxt["word"]
    return None


def _classify(block: _Block, num, tail) -> tuple[str, str, float, str, int] | None:
    """(kind, unit, factor of the unit, detail, end) of a number and what follows it, or None."""
    text = block.text
    if tail["de"] and not (tail["scale"] or tail["abbr"] or num["approx"]):
        return None  # "sept de ces villes"
    found = _unit(block, tail)
    if not found:
        return None
    table, k, written, end = found
    if table == "percent":
        return "percent", "%", 1.0, "", end
    if table == "money":
        code, factor = CURRENCIES[k]
        strict = STRICT_CURRENCIES.get(k)
        if strict is not None and written != strict:
            return None  # "3,5 Md": a milliard of an unknown currency, not millions of dinars
        if code == FRANC and written == "F" and not tail["scale"]:
            return None  # "5 F": a grade, a size; "3 milliards de F" is money
        if code in (DIRHAM, DINAR, CFA, FRANC):
            code = block.currency(code, num.start(), end)
        if strict is not None and not code:
            return None  # "MD" where no dinar country is named
        return "money", code, factor, "", end
    if table == "area":
        return "area", AREA_UNITS[k], 1.0, "", end
    if not (tail["gap"] or tail["scale"] or tail["de"]):
        return None  # "5ème", "2e": a noun is written after a space
    if k in _JOBS or k in _PROFESSIONS or k in _PEOPLE or k in _ELIDED_JOBS:
        return _jobs(block, num, k, written, end)
    plain = num["plain"] or ""
    if table == "proper" and (k in NOT_COUNTED or k.endswith(DEMONYM_ENDINGS) or len(plain) >= 5):
        return None  # "trois Marocains", "75008 Paris" (a postal code)
    if plain.isdigit() and len(plain) == 4 and int(plain) in YEARS:
        return None  # "en 2024 entreprises ..." is a year
    if num["words"] and ANAPHORIC.search(text, max(0, num.start() - WINDOW_BEFORE), num.start()):
        return None  # "les deux pays"
    return "count", written, 1.0, "", end


def _jobs(block: _Block, num, k: str, written: str, end: int) -> tuple[str, str, float, str, int] | None:
    text = block.text
    cues = block.cue_window(num.start(), end)
    if k in _ELIDED_JOBS:  # "3 000 emplois directs et 10 000 indirects"
        s, _ = block.sentence_span(num.start(), end)
        if not JOB_NOUN_BEFORE.search(text, s, num.start()):
            return None
        return "jobs", "jobs", 1.0, _ELIDED_JOBS[k], end
    if k.startswith("poste") and POST_NOT_JOB.match(text, end):
        return None  # "deux postes frontières"
    if k in _PEOPLE and not (HIRING_CUE.search(cues) or _headcount(text, num.start())):
        return None  # "300 personnes" who are not hired, nor a firm's staff
    if k in _PROFESSIONS and TRAINING_CUE.search(cues) and not HIRING_CUE.search(cues):
        return "count", written, 1.0, "", end  # "former 10 000 ingénieurs"
    detail = ""
    d = JOB_DETAIL.match(text, end)
    if d:
        details = [JOB_DETAILS[key(x)] for x in (d["d1"], d["d2"]) if x]
        detail, end = ",".join(dict.fromkeys(details)), d.end()
    return "jobs", "jobs", 1.0, detail, end


def _headcount(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a firm's or a team's size ("une start-up de 46 personnes")."""
    return bool(HEADCOUNT_BEFORE.search(text, max(0, start - WINDOW_BEFORE), start))


def _qualifier(text: str, start: int) -> tuple[str, int]:
    """The qualifier written before ``start`` and where it starts (``start`` when none)."""
    q = QUALIFIER.search(text, max(0, start - WINDOW_BEFORE), start)
    if not q or q.lastgroup == "none":
        return "", start
    return q.lastgroup, q.start()  # the group names are the qualifier values


def _signed(text: str, num, value: float) -> tuple[float, int]:
    """A minus sign written before a number ("-2,3 %", "−20 MDH"): the value and where it starts."""
    s = num.start()
    if s and text[s - 1] in MINUS_SIGNS and (s == 1 or not text[s - 2].isalnum()):
        return -value, s - 1
    return value, s


def _figure(block: _Block, kind, unit, value, qualifier, start, end, detail) -> Figure:
    raw, sentence = block.text[start:end], block.quote(start, end)
    return Figure(kind, value, unit, qualifier, raw, start, end, sentence, detail)


def _single(block: _Block, num, value: float) -> tuple[list[Figure], int] | None:
    tail = TAIL.match(block.text, num.end())
    if not tail:
        return None
    found = _classify(block, num, tail)
    if not found:
        return None
    kind, unit, factor, detail, end = found
    value = _whole(num, value, kind, tail)
    value, start = _signed(block.text, num, _amount(value, tail) * factor)
    qualifier, start = _qualifier(block.text, start)
    if num["approx"] and not qualifier:
        qualifier = "about"
    return [_figure(block, kind, unit, value, qualifier, start, end, detail)], end


def _range(block: _Block, low, low_value: float) -> tuple[list[Figure], int] | None:
    """Both bounds of "entre 300 et 500 emplois", "de 4 à 10 villes", "2 et 3 milliards de dollars"."""
    text = block.text
    mid = RANGE_MIDDLE.match(text, low.end())
    high = mid and NUMBER.match(text, mid.end())
    high_value = number_value(high) if high else None
    tail = high_value is not None and TAIL.match(text, high.end())
    found = tail and _classify(block, high, tail)
    if not found:
        return None
    kind, unit, factor, detail, end = found
    high_value = _whole(high, high_value, kind, tail)
    if not mid["scale"]:
        low_value = _whole(low, low_value, kind, tail)
    if mid["scale"]:  # "entre 300 millions et 1 milliard"
        low_scale = SCALES[mid["scale"].lower()]
    else:  # "entre 2 et 3 milliards": the scale of the higher bound, unless the lower is already larger
        written_high = high_value + (0.5 if tail["half"] else 0)  # "entre 1 et 1 million et demi"
        low_scale = _scale(tail) if low_value <= written_high else 1.0
    between = BETWEEN.search(text, max(0, low.start() - WINDOW_BEFORE), low.start())
    start = between.start() if between else low.start()
    quals = ("at_least", "up_to") if between else ("", "")
    return [
        _figure(block, kind, unit, low_value * low_scale * factor, quals[0], start, end, detail),
        _figure(block, kind, unit, _amount(high_value, tail) * factor, quals[1], start, end, detail),
    ], end


def _bare(block: _Block, num, value: float, before: list[Figure]) -> tuple[list[Figure], int] | None:
    """ "met 8,2 milliards dans l'usine": money in the currency of the last amount of the
    paragraph before it, else of the article's most frequent one; nothing if the text gives none."""
    tail = BARE_SCALE.match(block.text, num.end())
    if not tail or BARE_NOT_MONEY.search(block.sentence(num.start(), tail.end())):
        return None
    if LARGER_SCALE_BEFORE.search(block.text, max(0, num.start() - WINDOW_BEFORE), num.start()):
        return None  # "1 billion 319 milliards": the rest of a number written out in words
    units = [f.unit for f in before if f.kind == "money" and f.unit]
    unit = units[-1] if units else _article_currency(block.context or block.text)
    if not unit:
        return None
    amount = (value + (0.5 if tail["half"] else 0)) * SCALES[tail["scale"].lower()]
    value, start = _signed(block.text, num, amount)
    qualifier, start = _qualifier(block.text, start)
    return [_figure(block, "money", unit, value, qualifier, start, tail.end(), "")], tail.end()


@lru_cache(maxsize=4)
def _article_currency(article: str) -> str:
    """The currency the article writes its amounts in most often (the first on a tie), or ""."""
    figures = extract_figures(article, article, bare=False)
    return _most_frequent([f.unit for f in figures if f.kind == "money" and f.unit])


def _most_frequent(codes: list[str]) -> str:
    """The code named most often, the first named on a tie; "" for none."""
    return max(codes, key=lambda c: (codes.count(c), -codes.index(c))) if codes else ""


def extract_figures(text: str, context: str = "", bare: bool = True) -> list[Figure]:
    """Every figure ``text`` states, offsets relative to ``text``.

    ``context`` is the whole article (title and body), read only to find the country of a
    dinar or CFA franc amount whose own paragraph names none, and the currency of an amount
    written without one ("3 milliards"; not read when ``bare`` is false).
    """
    block = _Block(text, context)
    out: list[Figure] = []
    pos = 0
    while num := CANDIDATE.search(text, pos):
        value = number_value(num)
        found = value is not None and (
            _single(block, num, value)
            or _range(block, num, value)
            or (bare and _bare(block, num, value, out))
        )
        if found:
            figures, pos = found
            out.extend(f for f in figures if math.isfinite(f.value))  # 400 digits make an infinite float
        elif num["words"]:  # "deux trois régions": try again from the next word
            first = num["words"].replace("-", " ").split()[0]
            pos = num.start() + len(first)
        else:
            pos = num.end()
    return out
