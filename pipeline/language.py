"""Stage 3: detect the language of the kept body with langdetect, made deterministic.

The article's language is detected on the whole kept body. A French article may still carry a
block in another language that the boilerplate stage kept (a Spanish headline between two
paragraphs, or taken for the title): title and body blocks long enough to judge are checked one by
one, and one that is clearly another language (langdetect is sure of it AND its function words
agree) is dropped as boilerplate with the reason ``language:<code>``. A foreign title stays the
article's title when the article's credits (a byline, a date line, a name) sit under it: a bilingual
outlet's headline; otherwise it is another story's, and the title is cleared.
"""

from __future__ import annotations

import re

from .blocks import block_words, describe, function_share
from .boilerplate_title import names_only
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
# langdetect reads digits as spaces, yet counts them in its 500 characters: a body opening on a table
# or a run of digits left it a few letters to judge ("Le budget atteint 999...": Danish). Digits are
# taken out first, so the 500 characters are letters and words.
_DIGITS = re.compile(r"\d+")
# ... from the start of the text only: langdetect keeps its first 500 characters, so the digits are
# taken out of this many first (what it keeps lies there unless they are mostly digits, URLs or
# spaces; then the whole text is used), not out of a whole article.
DIGITS_SAMPLE_CHARS = 4 * LANGDETECT_MAX_CHARS

_factory = None
_detector_class = None


def detect(text: str) -> tuple[str, float]:
    """(language code, probability) of the text's most likely language."""
    global _factory, _detector_class
    from langdetect.lang_detect_exception import LangDetectException

    if _factory is None:
        from .langdetect_fast import Profiles, detector_class  # numpy: imported only when detecting

        _factory = Profiles()  # langdetect's profiles, as its init_factory() loads them
        _factory.set_seed(LANGDETECT_SEED)
        _detector_class = detector_class(_factory)  # langdetect's Detector, faster, same results
    det = _detector_class(_factory)
    det.set_max_text_length(LANGDETECT_MAX_CHARS)
    if len(text) <= DIGITS_SAMPLE_CHARS or not det.append_head(_DIGITS.sub("", text[:DIGITS_SAMPLE_CHARS])):
        det.append(_DIGITS.sub("", text))
    try:
        langs = det.get_probabilities()
    except LangDetectException:  # no letters at all
        return "", 0.0
    if not langs:
        return "", 0.0
    return langs[0].lang, round(float(langs[0].prob), 4)


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
    firsts = [w[0] for w in words]  # a cased first letter is upper or lower case, never both
    caseless = sum(map(str.isupper, firsts)) + sum(map(str.islower, firsts)) < len(words) / 2
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


def _credited(art: Article, k: int) -> bool:
    """Whether the page sets the title (block k) over the article with the article's credits: a
    byline, a date line or a name alone lies between it and the body. A bilingual outlet's English
    headline over its French article is set so; another story's headline is not."""
    for b in art.blocks[k + 1 :]:
        if b.kind == "body":
            return False
        info = describe(art.text[b.start : b.end])
        if b.kind == "byline" or info.shape in ("byline", "date") or names_only(info):
            return True
    return False


def detect_language(art: Article) -> Article:
    """Set the article's language and confidence; skip it when it is not French or too short."""
    if body_words(art) < MIN_BODY_WORDS:
        art.status, art.reason = SKIPPED, "too_short"
        return art
    art.language, art.language_confidence = detect(art.body)
    if art.language != TARGET_LANGUAGE:
        art.status, art.reason = SKIPPED, f"language:{art.language or 'unknown'}"
        return art
    dropped = False
    for k, b in enumerate(art.blocks):
        if b.kind in ("body", "title"):
            block = art.text[b.start : b.end]
            code = foreign_block(block)
            if code:
                # another story's headline, or the article's own in the site's language (a
                # bilingual outlet) when the article's credits sit under it: the title stays, but
                # the stages that read French do not read it
                if b.kind == "title" and art.title == block and not _credited(art, k):
                    art.title = ""
                b.kind, b.reason = "boilerplate", f"language:{code}"
                dropped = True
    if dropped and body_words(art) < MIN_BODY_WORDS:
        art.status, art.reason = SKIPPED, "too_short"
    return art
