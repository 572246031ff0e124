"""Stage 3: detect the language of the kept body with langdetect, made deterministic.

The article's language is detected on the whole kept body. A French article may still carry a
block in another language that the boilerplate stage kept (a Spanish headline between two
paragraphs, or taken for the title): title and body blocks long enough to judge are checked one by
one, and one that is clearly another language (langdetect is sure of it AND its function words
agree) is dropped as boilerplate with the reason ``language:<code>``.
"""

from __future__ import annotations

import re

from .blocks import block_words, function_share
from .model import SKIPPED, Article
from .patterns.boilerplate import STOP_WORDS

LANGDETECT_SEED = 0  # langdetect samples n-grams at random; a fixed seed makes it repeatable
MIN_BODY_WORDS = 20  # below this langdetect guesses; such bodies are reported too_short
TARGET_LANGUAGE = "fr"
MIN_BLOCK_WORDS = 6  # a single block shorter than this is too short to judge (langdetect errs on 5 words)
MIN_BLOCK_PROB = 0.95  # langdetect's probability for the other language must be this sure
# langdetect's cost grows with the text; 500 characters (about 75 words of prose, ~1,500 n-grams
# to sample from) already make it sure (p > 0.9999 on every French article of the bench corpus
# and the held-out set, the same codes on Spanish and English pages), at half the cost of 1,000.
LANGDETECT_MAX_CHARS = 500
NGRAM_CACHE_WORDS = 1 << 16  # words whose n-grams are remembered: a news vocabulary, a few MB
_SPACELESS = re.compile(r"[^ ]+")  # a word, as langdetect's n-gram buffer sees it (spaces only)

_factory = None
_detector_class = None


def detect(text: str) -> tuple[str, float]:
    """(language code, probability) of the text's most likely language."""
    global _factory, _detector_class
    from langdetect import detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    if _factory is None:
        detector_factory.init_factory()
        _factory = detector_factory._factory
        _factory.set_seed(LANGDETECT_SEED)
        _detector_class = _fast_detector_class(_factory.word_lang_prob_map)
    det = _detector_class(_factory)
    det.set_max_text_length(LANGDETECT_MAX_CHARS)
    det.append(text)
    try:
        langs = det.get_probabilities()
    except LangDetectException:  # no letters at all
        return "", 0.0
    if not langs:
        return "", 0.0
    return langs[0].lang, round(float(langs[0].prob), 4)


def _fast_detector_class(known: dict):
    """langdetect's Detector with its two inner loops written for speed, results unchanged.

    langdetect spends its time in per-character and per-language Python loops. The same
    arithmetic, in the same order and with the same random draws (element by element on numpy
    arrays, its method calls inlined, each word's n-grams computed once and remembered), gives
    bit-identical probabilities several times faster (tests/test_language.py compares both
    on texts in several languages and scripts).
    """
    from functools import lru_cache

    import numpy
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    normalize = lru_cache(maxsize=None)(NGram.normalize)  # a pure function of one character
    vectors: dict = {}  # n-gram -> its row of language probabilities, as an array

    @lru_cache(maxsize=NGRAM_CACHE_WORDS)
    def word_ngrams(word: str, space_after: bool) -> tuple[str, ...]:
        """The known n-grams langdetect reads in one word (its buffer restarts after a space).

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
        return tuple(g for g in out if g in known)

    class FastDetector(Detector):
        def _extract_ngrams(self):  # as Detector._extract_ngrams, a word at a time
            text = "".join(map(normalize, self.text))
            result: list[str] = []
            for m in _SPACELESS.finditer(text):
                result.extend(word_ngrams(m.group(), m.end() < len(text)))
            return result

        def _detect_block(self):  # as Detector._detect_block, its calls inlined
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            rnd, known = self.random, self.word_lang_prob_map
            rnd.seed(self.seed)
            total = numpy.zeros(len(self.langlist))
            for _ in range(self.n_trial):
                prob = numpy.array(self._init_probability())
                weight = (self.alpha + rnd.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
                i = 0
                while True:
                    word = rnd.choice(ngrams)
                    if (row := vectors.get(word)) is None:
                        row = vectors[word] = numpy.array(known[word])
                    prob *= weight + row  # element by element, as langdetect's loop
                    if i % 5 == 0:
                        prob /= sum(prob.tolist())  # Python's sum: langdetect's order of additions
                        if prob.max() > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                total += prob / self.n_trial
            self.langprob = total.tolist()

    return FastDetector


def foreign_block(text: str) -> str:
    """The language code of a block that is clearly not French, else "".

    langdetect must be sure, and a second signal must agree: in a script with letter case, the
    block has more function words of that language than French ones (langdetect calls short
    French headlines Catalan or Italian with probability 1.0); a caseless script (Arabic) is
    evidence enough.
    """
    words, heads = block_words(text)
    if len(words) < MIN_BLOCK_WORDS:
        return ""
    caseless = sum(1 for w in words if w[0].isupper() or w[0].islower()) < len(words) / 2
    shares = {lang: function_share(words, table, heads) for lang, table in STOP_WORDS.items()}
    french = shares[TARGET_LANGUAGE]
    if not caseless and not any(share > french for share in shares.values()):
        return ""  # French by its function words: no need to ask langdetect (the slow part)
    code, prob = detect(text)
    if not code or code == TARGET_LANGUAGE or prob < MIN_BLOCK_PROB:
        return ""
    return code if caseless or shares.get(code, 0.0) > french else ""


def body_words(art: Article) -> int:
    """The number of words of the kept body (no word spans two blocks)."""
    return sum(len(block_words(art.text[s:e])[0]) for s, e in art.spans("body"))


def detect_language(art: Article) -> Article:
    """Set the article's language and confidence; skip it when it is not French or too short."""
    if body_words(art) < MIN_BODY_WORDS:
        art.status, art.reason = SKIPPED, "too_short"
        return art
    art.language, art.language_confidence = detect(art.body)
    if art.language != TARGET_LANGUAGE:
        art.status, art.reason = SKIPPED, f"language:{art.language or 'unknown'}"
        return art
    for b in art.blocks:
        if b.kind in ("body", "title"):
            block = art.text[b.start : b.end]
            code = foreign_block(block)
            if code:
                if b.kind == "title" and art.title == block:  # another story's headline
                    art.title = ""
                b.kind, b.reason = "boilerplate", f"language:{code}"
    if body_words(art) < MIN_BODY_WORDS:
        art.status, art.reason = SKIPPED, "too_short"
    return art
