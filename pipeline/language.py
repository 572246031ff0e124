"""Stage 3: detect the language of the kept body with langdetect, made deterministic.

The article's language is detected on the whole kept body. A French article may still carry a
block in another language that the boilerplate stage kept (a Spanish headline between two
paragraphs, or taken for the title): title and body blocks long enough to judge are checked one by
one, and one that is clearly another language (langdetect is sure of it AND its function words
agree) is dropped as boilerplate with the reason ``language:<code>``.
"""

from __future__ import annotations

from .blocks import function_heads, function_share
from .model import SKIPPED, Article
from .patterns.boilerplate import STOP_WORDS, WORD

LANGDETECT_SEED = 0  # langdetect samples n-grams at random; a fixed seed makes it repeatable
MIN_BODY_WORDS = 20  # below this langdetect guesses; such bodies are reported too_short
TARGET_LANGUAGE = "fr"
MIN_BLOCK_WORDS = 6  # a single block shorter than this is too short to judge (langdetect errs on 5 words)
MIN_BLOCK_PROB = 0.95  # langdetect's probability for the other language must be this sure
# langdetect's cost grows with the text; 500 characters (about 75 words of prose, ~1,500 n-grams
# to sample from) already make it sure (p > 0.9999 on every French article of the bench corpus
# and the held-out set, the same codes on Spanish and English pages), at half the cost of 1,000.
LANGDETECT_MAX_CHARS = 500

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
        _detector_class = _fast_detector_class()
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


def _fast_detector_class():
    """langdetect's Detector with its three inner loops written for speed, results unchanged.

    langdetect spends its time in per-character and per-language Python loops. The same
    arithmetic, in the same order (element by element on numpy arrays, local names in the n-gram
    loop, a per-character cache of its character normalisation), gives bit-identical
    probabilities several times faster (tests/test_language.py compares both on texts in several
    languages and scripts).
    """
    from functools import lru_cache

    import numpy
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram

    normalize = lru_cache(maxsize=None)(NGram.normalize)  # a pure function of one character
    vectors: dict = {}  # n-gram -> its row of language probabilities, as an array

    class FastDetector(Detector):
        def _extract_ngrams(self):  # as NGram.add_char and Detector._extract_ngrams
            result, grams, capital, known = [], " ", False, self.word_lang_prob_map
            for ch in self.text:
                ch = normalize(ch)
                last = grams[-1]
                if last == " ":
                    grams, capital = " ", False
                    if ch == " ":
                        continue
                elif len(grams) >= NGram.N_GRAM:
                    grams = grams[1:]
                grams += ch
                if not ch.isupper():
                    capital = False
                elif last.isupper():
                    capital = True
                if capital:
                    continue
                for n in range(1, min(len(grams), NGram.N_GRAM) + 1):
                    w = grams[-n:]
                    if w != " " and w in known:
                        result.append(w)
            return result

        def _init_probability(self):
            return numpy.array(super()._init_probability())

        def _update_lang_prob(self, prob, word, alpha):
            if word is None or word not in self.word_lang_prob_map:
                return False
            if (row := vectors.get(word)) is None:
                row = vectors[word] = numpy.array(self.word_lang_prob_map[word])
            prob *= alpha / self.BASE_FREQ + row  # element by element, as langdetect's loop
            return True

        def _normalize_prob(self, prob):
            prob /= sum(prob.tolist())  # Python's sum: the same order of additions as langdetect
            return prob.max()

    return FastDetector


def stop_share(text: str, language: str) -> float:
    """Share of the text's words that are function words of ``language`` (0 if none are listed)."""
    return function_share(WORD.findall(text), STOP_WORDS.get(language, frozenset()))


def foreign_block(text: str) -> str:
    """The language code of a block that is clearly not French, else "".

    langdetect must be sure, and a second signal must agree: in a script with letter case, the
    block has more function words of that language than French ones (langdetect calls short
    French headlines Catalan or Italian with probability 1.0); a caseless script (Arabic) is
    evidence enough.
    """
    words = WORD.findall(text)
    if len(words) < MIN_BLOCK_WORDS:
        return ""
    caseless = sum(1 for w in words if w[0].isupper() or w[0].islower()) < len(words) / 2
    heads = function_heads(words)
    shares = {lang: function_share(words, table, heads) for lang, table in STOP_WORDS.items()}
    french = shares[TARGET_LANGUAGE]
    if not caseless and not any(share > french for share in shares.values()):
        return ""  # French by its function words: no need to ask langdetect (the slow part)
    code, prob = detect(text)
    if not code or code == TARGET_LANGUAGE or prob < MIN_BLOCK_PROB:
        return ""
    return code if caseless or shares.get(code, 0.0) > french else ""


def detect_language(art: Article) -> Article:
    """Set the article's language and confidence; skip it when it is not French or too short."""
    body = art.body
    if len(WORD.findall(body)) < MIN_BODY_WORDS:
        art.status, art.reason = SKIPPED, "too_short"
        return art
    art.language, art.language_confidence = detect(body)
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
    if len(WORD.findall(art.body)) < MIN_BODY_WORDS:
        art.status, art.reason = SKIPPED, "too_short"
    return art
