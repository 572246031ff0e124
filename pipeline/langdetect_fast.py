"""langdetect's ``Detector``, made several times faster with bit-identical results.

:mod:`pipeline.language` detects languages with langdetect (1.0.9), which spends its time in
Python loops: one step per character to cut the n-grams, one per language to update the
probabilities, and a Python call per random draw. :func:`detector_class` returns a subclass that
computes the same numbers, in the same order:

- the profiles are read into one numpy array, a row per n-gram (:class:`Profiles`: the numbers of
  langdetect's ``init_factory()``, in half its time);
- n-grams are cut a word at a time (langdetect's n-gram buffer restarts at every space, so a
  word's n-grams depend on the word alone), and each word's are remembered;
- the random draws are replayed from numpy's MT19937 set to the state of langdetect's
  ``random.Random`` (:class:`Draws`), a block of words at a time;
- the updates between two convergence checks (langdetect checks after the first, then after
  every fifth) are one numpy product, taken left to right as langdetect's loop multiplies;
- the Latin and non-Latin characters of ``cleaning_text`` are counted by regexes, not a loop.

tests/test_language.py compares the probabilities with the stock ``Detector``'s (on langdetect's
own profiles) on texts in several languages and scripts, :class:`Profiles` with langdetect's
factory, and :class:`Draws` with ``random.Random`` itself.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

import numpy

NGRAM_CACHE_WORDS = 1 << 16  # words whose n-grams are remembered: a news vocabulary, a few MB
# updates drawn ahead at the start of a trial: French news converges after 51 or 56 of them
TRIAL_AHEAD = 64
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


class Profiles:
    """langdetect's ``DetectorFactory`` as ``init_factory()`` loads it, held as one numpy array.

    The same profile files in the same order (``os.listdir``'s, which sets each language's
    column and so the order of langdetect's sums), the same n-grams and the same probabilities
    (``count / n_words[len - 1]`` for n-grams of 1 to 3 characters, 0.0 otherwise), but no Python
    list of 55 floats per n-gram: 0.25 s instead of 0.5 s, paid by every process that detects.
    ``word_lang_prob_map`` reads the array as langdetect's own ``Detector`` reads its dict.
    """

    def __init__(self, directory: str | None = None):
        from langdetect.detector_factory import PROFILES_DIRECTORY
        from langdetect.lang_detect_exception import ErrorCode, LangDetectException

        directory = directory or PROFILES_DIRECTORY
        self.seed: int | None = None
        self.langlist: list[str] = []
        self.index: dict[str, int] = {}  # n-gram -> its row
        columns = []
        for name in os.listdir(directory):  # as DetectorFactory.load_profile
            path = os.path.join(directory, name)
            if name.startswith(".") or not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as fh:
                profile = json.load(fh)
            if profile["name"] in self.langlist:
                raise LangDetectException(ErrorCode.DuplicateLangError, f"Duplicate profile {path}")
            self.langlist.append(profile["name"])
            freq, n_words, index = profile["freq"], profile["n_words"], self.index
            rows = [index.setdefault(gram, len(index)) for gram in freq]
            columns.append((rows, [count / n_words[len(gram) - 1] if 1 <= len(gram) <= 3 else 0.0
                                   for gram, count in freq.items()]))
        self.array = numpy.zeros((len(self.index), len(self.langlist)))
        for k, (rows, values) in enumerate(columns):
            self.array[rows, k] = values
        self.word_lang_prob_map = _Rows(self.index, self.array)

    def set_seed(self, seed: int) -> None:
        self.seed = seed


class _Rows(Mapping):
    """n-gram -> its row of probabilities, one per language: the dict langdetect's Detector reads."""

    def __init__(self, index: dict[str, int], array: numpy.ndarray):
        self.index, self.array = index, array

    def __getitem__(self, gram: str) -> list[float]:
        return self.array[self.index[gram]].tolist()

    def __contains__(self, gram: object) -> bool:
        return gram in self.index

    def __iter__(self) -> Iterator[str]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


def detector_class(factory: Profiles):
    """A subclass of langdetect's ``Detector`` for these profiles, results unchanged."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    known, table = factory.index, factory.array
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
        return grams, tuple(map(known.__getitem__, grams))

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
                factors = table[rows[draws.choices(TRIAL_AHEAD)]]
                factors += weight
                done, end = 0, 1  # langdetect checks after its first update, then every fifth
                while True:
                    if end > len(factors):  # a slow trial: draw further ahead
                        more = table[rows[draws.choices(2 * len(factors))[len(factors) :]]]
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
