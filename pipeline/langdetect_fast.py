"""langdetect's ``Detector``, made several times faster with bit-identical results.

:mod:`pipeline.language` detects languages with langdetect (1.0.9), which spends its time in
Python loops: one step per character to cut the n-grams, one per language to update the
probabilities, and a Python call per random draw. :func:`detector_class` returns a subclass that
computes the same numbers, in the same order:

- n-grams are cut a word at a time (langdetect's n-gram buffer restarts at every space, so a
  word's n-grams depend on the word alone), and each word's are remembered;
- each n-gram's row of language probabilities is copied once into a numpy table (:class:`Table`);
- the random draws are replayed from numpy's MT19937 set to the state of langdetect's
  ``random.Random`` (:class:`Draws`), a block of words at a time;
- the updates between two convergence checks (langdetect checks after the first, then after
  every fifth) are one numpy product, taken left to right as langdetect's loop multiplies;
- the Latin and non-Latin characters of ``cleaning_text`` are counted by regexes, not a loop.

tests/test_language.py compares the probabilities with the stock ``Detector``'s on texts in
several languages and scripts, and :class:`Draws` with ``random.Random`` itself.
"""

from __future__ import annotations

import math
import random
import re
from functools import lru_cache

import numpy

NGRAM_CACHE_WORDS = 1 << 16  # words whose n-grams are remembered: a news vocabulary, a few MB
# updates drawn ahead at the start of a trial: French news converges after 51 or 56 of them
TRIAL_AHEAD = 64
TABLE_START_ROWS = 1 << 12  # n-gram rows before the table first doubles (langdetect knows ~88,000)
_SPACELESS = re.compile(r"[^ ]+")  # a word, as langdetect's n-gram buffer sees it (spaces only)
# Detector.cleaning_text counts the characters from "A" to "z" as Latin, and those from U+0300 up as
# not (its test for the block "Latin Extended Additional" compares a block number with a name, so it
# never holds); a text with more than twice as many of the second loses the first.
_LATIN = re.compile(r"[A-z]")
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")
_SPACE_RUN = re.compile(r" +")  # Detector.append keeps one space of a run
_TWO_PI = 2.0 * math.pi


class Draws:
    """The numbers ``random.Random(seed)`` gives to ``gauss(0.0, 1.0)`` and ``choice(seq)``.

    numpy's MT19937, set to the state Python's generator has after ``seed()``, yields the same
    32-bit words. CPython makes ``random()`` from two words (27 and 26 high bits); ``gauss()``
    takes two ``random()`` and keeps a second result for its next call; ``choice(seq)`` takes the
    top ``len(seq).bit_length()`` bits of one word after another until they fall below ``len(seq)``.
    Those rules are replayed here on words drawn a block at a time, the accepted choices found by
    one comparison per block. Every detection starts from the same seed, so its first block is
    drawn once and shared.
    """

    BLOCK = 1024  # words drawn at a time: the 7 trials on a French article use ~500

    def __init__(self, seed: int, n: int):
        self._words, self._gen_after = _first_block(seed)
        self.n, self._shift = n, 32 - n.bit_length()
        choices = (self._words >> self._shift).astype(numpy.intp)
        self._pos = numpy.flatnonzero(choices < n)  # where a word gives an accepted choice ...
        self._val = choices[self._pos]  # ... and that choice
        self._gen = None  # the generator after the words drawn so far, made when more are needed
        self._at = 0  # the next unused word
        self._next_choice = 0  # index in _pos of the first accepted choice at or after _at
        self._gauss_next: float | None = None

    def _more(self) -> None:
        if self._gen is None:
            self._gen = numpy.random.MT19937()
            self._gen.state = self._gen_after
        new = self._gen.random_raw(self.BLOCK)
        choices = (new >> self._shift).astype(numpy.intp)
        ok = numpy.flatnonzero(choices < self.n)
        self._pos = numpy.concatenate((self._pos, ok + len(self._words)))
        self._val = numpy.concatenate((self._val, choices[ok]))
        self._words = numpy.concatenate((self._words, new))

    def random(self) -> float:
        """``random.random()``."""
        while self._at + 2 > len(self._words):
            self._more()
        a, b = self._words[self._at : self._at + 2].tolist()
        self._at += 2
        self._next_choice = int(numpy.searchsorted(self._pos, self._at))
        return ((a >> 5) * 67108864.0 + (b >> 6)) * (1.0 / 9007199254740992.0)

    def gauss(self) -> float:
        """``random.gauss(0.0, 1.0)``."""
        z, self._gauss_next = self._gauss_next, None
        if z is None:
            x2pi = self.random() * _TWO_PI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self._gauss_next = math.sin(x2pi) * g2rad
        return 0.0 + z * 1.0

    def choices(self, count: int) -> numpy.ndarray:
        """The indices the next ``count`` calls of ``choice(seq)`` pick (``len(seq) == n``),
        without taking them: :meth:`take` says how many were used."""
        while self._next_choice + count > len(self._pos):
            self._more()
        return self._val[self._next_choice : self._next_choice + count]

    def take(self, count: int) -> None:
        """Use the first ``count`` choices :meth:`choices` showed."""
        k = self._next_choice + count
        self._at = int(self._pos[k - 1]) + 1
        self._next_choice = k


@lru_cache(maxsize=4)
def _first_block(seed: int) -> tuple[numpy.ndarray, dict]:
    """The first Draws.BLOCK words of ``random.Random(seed)``, and the generator's state after them."""
    key = random.Random(seed).getstate()[1]  # 624 words and the position in them
    gen = numpy.random.MT19937()
    gen.state = {
        "bit_generator": "MT19937",
        "state": {"key": numpy.array(key[:-1], dtype=numpy.uint32), "pos": key[-1]},
    }
    words = gen.random_raw(Draws.BLOCK)
    words.flags.writeable = False  # shared by every detection
    return words, gen.state


class Table:
    """The language-probability rows of the n-grams met so far, in one array grown by doubling."""

    def __init__(self, known: dict[str, list[float]], width: int):
        self.known, self.index = known, {}
        self.array = numpy.empty((TABLE_START_ROWS, width))

    def row(self, gram: str) -> int:
        found = self.index.get(gram)
        if found is None:
            found = self.index[gram] = len(self.index)
            if found == len(self.array):
                self.array = numpy.concatenate((self.array, numpy.empty_like(self.array)))
            self.array[found] = self.known[gram]
        return found


def detector_class(factory):
    """A subclass of langdetect's ``Detector`` for this factory's profiles, results unchanged."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    known = factory.word_lang_prob_map
    table = Table(known, len(factory.langlist))
    normalize = lru_cache(maxsize=None)(NGram.normalize)  # a pure function of one character

    def _prepared(text: str) -> str:
        """Detector.append's substitutions: URLs and e-mail addresses blanked, Vietnamese composed."""
        return NGram.normalize_vi(Detector.MAIL_RE.sub(" ", Detector.URL_RE.sub(" ", text)))

    @lru_cache(maxsize=NGRAM_CACHE_WORDS)
    def word_ngrams(word: str, space_after: bool) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The known n-grams langdetect reads in one word, and their rows in the table.

        As NGram.add_char: each character gives its 1-, 2- and 3-gram, the 2- and 3-grams
        reaching back to the space before the word; a character that continues a run of
        capitals gives none; the space after the word gives "<last> " and "<last two> "."""
        padded, out = " " + word, []
        for k in range(len(word)):
            if word[k].isupper() and padded[k].isupper():
                continue  # NGram.capitalword: two capitals in a row
            out += (padded[k + 1], padded[k : k + 2]) if k == 0 else (
                padded[k + 1], padded[k : k + 2], padded[k - 1 : k + 2])
        if space_after:
            out += (word[-1] + " ", padded[-2:] + " ")
        grams = tuple(g for g in out if g in known)
        return grams, tuple(map(table.row, grams))

    class FastDetector(Detector):
        def append(self, text: str) -> None:  # as Detector.append
            """langdetect keeps the first ``max_text_length`` characters of the text once its URLs
            and e-mail addresses are blanked and its Vietnamese marks composed, each run of spaces
            made one. Those substitutions never span a space and never lengthen the text, so they
            are made only up to the first space past that length (not over a whole article), unless
            they left too little there."""
            limit = self.max_text_length
            cut = text.find(" ", limit)
            head = _prepared(text[:cut]) if cut >= 0 else ""
            if len(head) < limit:
                head = _prepared(text)
            self.text += _SPACE_RUN.sub(" ", head[:limit])

        def append_head(self, head: str) -> bool:
            """Append ``head``, the start of a longer text, when what :meth:`append` keeps of the
            whole text lies within it (a space past the length limit, and enough characters before
            that space once the substitutions are made); else append nothing and return False."""
            limit = self.max_text_length
            cut = head.find(" ", limit)
            if cut < 0:
                return False
            prepared = _prepared(head[:cut])
            if len(prepared) < limit:
                return False
            self.text += _SPACE_RUN.sub(" ", prepared[:limit])
            return True

        def cleaning_text(self) -> None:  # as Detector.cleaning_text
            latin = len(_LATIN.findall(self.text))
            if latin * 2 < len(_NON_LATIN.findall(self.text)):
                self.text = _LATIN.sub("", self.text)

        def _ngrams_and_rows(self) -> tuple[list[str], list[int]]:
            text = "".join(map(normalize, self.text))
            grams: list[str] = []
            rows: list[int] = []
            for m in _SPACELESS.finditer(text):
                g, r = word_ngrams(m.group(), m.end() < len(text))
                grams += g
                rows += r
            return grams, rows

        def _extract_ngrams(self):  # as Detector._extract_ngrams
            return self._ngrams_and_rows()[0]

        def _detect_block(self):  # as Detector._detect_block
            if self.seed is None:
                return super()._detect_block()  # unseeded: no sequence of draws to replay
            self.cleaning_text()
            grams, rows = self._ngrams_and_rows()
            if not grams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            rows = numpy.array(rows)
            draws = Draws(self.seed, len(grams))
            total = numpy.zeros(len(self.langlist))
            for _ in range(self.n_trial):
                prob = numpy.array(self._init_probability())
                weight = (self.alpha + draws.gauss() * self.ALPHA_WIDTH) / self.BASE_FREQ
                # the factors of the trial's next updates, ahead of time; only those used are taken
                factors = table.array[rows[draws.choices(TRIAL_AHEAD)]]
                factors += weight
                done, end = 0, 1  # langdetect checks after its first update, then every fifth
                while True:
                    if end > len(factors):  # a slow trial: draw further ahead
                        more = table.array[rows[draws.choices(2 * len(factors))[len(factors) :]]]
                        more += weight
                        factors = numpy.concatenate((factors, more))
                    factors[done] *= prob
                    prob = numpy.multiply.reduce(factors[done:end])  # row after row, as langdetect
                    values = prob.tolist()
                    norm = sum(values)  # Python's sum: langdetect's order of additions
                    prob /= norm
                    # max(values) / norm is the largest normalised value: dividing keeps the order
                    if max(values) / norm > self.CONV_THRESHOLD or end > self.ITERATION_LIMIT:
                        break
                    done, end = end, end + 5
                draws.take(end)
                total += prob / self.n_trial
            self.langprob = total.tolist()

    return FastDetector
