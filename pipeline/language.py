"""Stage 3: detect the language of the kept body with langdetect, made deterministic."""

from __future__ import annotations

from .model import SKIPPED, Article

LANGDETECT_SEED = 0  # langdetect samples n-grams at random; a fixed seed makes it repeatable
MIN_BODY_WORDS = 20  # below this langdetect guesses; such bodies are reported too_short
TARGET_LANGUAGE = "fr"

_factory = None


def detect(text: str) -> tuple[str, float]:
    """(language code, probability) of the text's most likely language."""
    global _factory
    from langdetect import detector_factory

    if _factory is None:
        detector_factory.init_factory()
        _factory = detector_factory._factory
        _factory.set_seed(LANGDETECT_SEED)
    det = _factory.create()
    det.append(text)
    langs = det.get_probabilities()
    if not langs:
        return "", 0.0
    return langs[0].lang, round(langs[0].prob, 4)


def detect_language(art: Article) -> Article:
    body = art.body
    if len(body.split()) < MIN_BODY_WORDS:
        art.status, art.reason = SKIPPED, "too_short"
        return art
    art.language, art.language_confidence = detect(body)
    if art.language != TARGET_LANGUAGE:
        art.status, art.reason = SKIPPED, f"language:{art.language or 'unknown'}"
    return art
