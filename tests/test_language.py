"""Language detection on the kept body: French kept, other languages and short bodies skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.boilerplate import strip_boilerplate
from pipeline.language import detect, detect_language, foreign_block
from pipeline.model import OK, SKIPPED, Article

PAGES = Path(__file__).parent / "pages"


def langdetect_factory():
    """langdetect's own DetectorFactory (profiles loaded by init_factory), seeded as the pipeline's."""
    from langdetect import detector_factory

    from pipeline.language import LANGDETECT_SEED

    detector_factory.init_factory()
    factory = detector_factory._factory  # the module's own instance, as detect_langs() uses it
    factory.set_seed(LANGDETECT_SEED)
    return factory


def analysed(name: str) -> Article:
    art = Article(article_id="t", file=name, text=(PAGES / name).read_text(encoding="utf-8"))
    return detect_language(strip_boilerplate(art))


# page, status, reason, language
ARTICLES = [
    ("furniture.txt", OK, "", "fr"),
    ("weather_header.txt", OK, "", "fr"),
    ("body_only.txt", OK, "", "fr"),
    ("wrapped.txt", OK, "", "fr"),
    ("spanish.txt", SKIPPED, "language:es", "es"),
    ("english.txt", SKIPPED, "language:en", "en"),
    ("german.txt", SKIPPED, "language:de", "de"),
    ("arabic.txt", SKIPPED, "language:ar", "ar"),  # no letter case, no listed function words
    ("chinese.txt", SKIPPED, "language:zh-cn", "zh-cn"),  # no spaces between words
    ("dutch.txt", SKIPPED, "language:nl", "nl"),
    ("russian.txt", SKIPPED, "language:ru", "ru"),  # none of our function words
    ("short.txt", SKIPPED, "too_short", ""),
]


@pytest.mark.parametrize(("page", "status", "reason", "language"), ARTICLES)
def test_article_language(page, status, reason, language):
    art = analysed(page)
    assert (art.status, art.reason, art.language) == (status, reason, language)
    if language:
        assert 0.5 < art.language_confidence <= 1.0


FRENCH_PAGES = ["furniture.txt", "weather_header.txt", "wire_page.txt", "subscriber_page.txt"]


@pytest.mark.parametrize("page", FRENCH_PAGES)
def test_french_titles_survive(page):
    art = Article(article_id="t", file=page, text=(PAGES / page).read_text(encoding="utf-8"))
    title = strip_boilerplate(art).title
    assert title and detect_language(art).title == title


def test_foreign_headline_inside_a_french_page_is_dropped():
    art = analysed("foreign_inside.txt")
    dropped = [(art.text[b.start : b.end], b.reason) for b in art.blocks if b.kind == "boilerplate"]
    spanish = "El Gobierno de España aprueba el nuevo plan de vivienda para jóvenes"
    assert dropped == [(spanish, "language:es")]
    assert art.status == OK and art.language == "fr"


def test_foreign_headline_taken_for_the_title_is_dropped():
    body = (PAGES / "body_only.txt").read_text(encoding="utf-8")
    text = "The government announced a new plan for housing today\n\n" + body
    art = detect_language(strip_boilerplate(Article(article_id="t", file="x", text=text)))
    assert art.blocks[0].reason == "language:en"
    assert (art.title, art.status, art.language) == ("", OK, "fr")


# one body block, the language it is dropped as ("" = kept)
BLOCKS = [
    ("El Gobierno de España aprueba el nuevo plan de vivienda para jóvenes", "es"),
    ("The government announced a new plan for housing today", "en"),
    ("Madrid acoge la cumbre", ""),  # too short to judge
    ("Oil prices climb as supply concerns grow", "en"),
    ("Ecuador: La visita del viceministro de Agricultura a Dajla irrita a los amigos del Polisario", "es"),
    ("Un hub africain en gestation", ""),  # langdetect says en, but too short and French function words
    ("Agadir : une usine de dessalement va alimenter 400 000 habitants", ""),  # langdetect: ca, 1.0
    ("Une synergie publique-privée au service de la technologie", ""),
    ("Casablanca Tech Valley : un projet structurant pour un développement équilibré", ""),
    ("500 ingénieurs pour porter la vision", ""),
]


@pytest.mark.parametrize(("block", "code"), BLOCKS)
def test_foreign_block(block, code):
    assert foreign_block(block) == code


def test_detection_is_deterministic():
    text = (PAGES / "body_only.txt").read_text(encoding="utf-8")
    first = detect(text)
    assert first[0] == "fr"
    assert all(detect(text) == first for _ in range(3))


@pytest.mark.parametrize("text", ["", "12 345 678", "—"])
def test_detect_without_letters(text):
    assert detect(text) == ("", 0.0)


@pytest.mark.parametrize(
    "page",
    ["furniture.txt", "spanish.txt", "english.txt", "german.txt", "arabic.txt", "wrapped.txt",
     "chinese.txt", "russian.txt", "foreign_inside.txt"],
)
@pytest.mark.parametrize("max_chars", [40, 500, 5000])  # a few n-grams, the pipeline's cut, a whole page
def test_fast_detector_gives_langdetects_own_probabilities(page, max_chars):
    """The sped-up Detector must give exactly what langdetect's own Detector gives."""
    from langdetect.detector import Detector

    from pipeline import language

    text = (PAGES / page).read_text(encoding="utf-8") + " ÉTÉ 2025 – «Ça» ﻻ 東京 ＡＢＣ"
    detect(text)  # loads the profiles and the fast class
    fast, stock = language._detector_class(language._factory), Detector(langdetect_factory())
    for det in (fast, stock):
        det.set_max_text_length(max_chars)
        det.append(text)
    assert [(x.lang, x.prob) for x in fast.get_probabilities()] == [
        (x.lang, x.prob) for x in stock.get_probabilities()
    ]
    assert fast._extract_ngrams() == stock._extract_ngrams()


# (length of the sequence chosen from, seed): one item (every word but one rejected), a power of
# two and its neighbours (rejection thresholds), a page's n-grams, langdetect's whole profile
DRAWS = [(1, 0), (2, 0), (5, 1), (1023, 0), (1024, 0), (1025, 0), (1500, 12345), (87_598, 0)]


@pytest.mark.parametrize(("n", "seed"), DRAWS)
def test_draws_replay_pythons_random(n, seed):
    """Draws gives the numbers random.Random(seed) gives to gauss() and choice(), in any mix,
    over several of its blocks of words."""
    import random

    from pipeline.langdetect_fast import Draws

    mine, python = Draws(seed, n), random.Random(seed)
    plan = random.Random(n)  # which draw comes next: gauss, a check's 5 choices, the first one
    for _ in range(400):
        kind = plan.choice(["gauss", 5, 5, 5, 1, 37])
        if kind == "gauss":
            assert mine.gauss() == python.gauss(0.0, 1.0)
        else:
            assert mine.choices(kind).tolist() == [python.choice(range(n)) for _ in range(kind)]
            mine.take(kind)


APPEND_TEXTS = [  # texts around the 500-character cut that appending them must handle as langdetect
    "mot " * 200,
    "a" * 498 + "  " + "b c " * 50,  # a run of spaces astride the cut
    "x" * 490 + " https://exemple.ma/" + "chemin" * 30 + " suite " * 40,  # a URL astride the cut
    "https://exemple.ma/" + "a" * 600 + " " + "fin " * 10,  # a URL that makes the start too short
    " contact@exemple.ma " * 60 + "fin",  # e-mail addresses blanked: far fewer characters
    "Tiếng Việt khó " * 20 + "A\u0301 e\u0300 o\u0303 " * 80,  # Vietnamese marks to compose
    "court",
    "",
]


@pytest.mark.parametrize("text", APPEND_TEXTS)
@pytest.mark.parametrize("max_chars", [40, 500, 5000])
def test_fast_append_keeps_langdetects_characters(text, max_chars):
    from langdetect.detector import Detector

    from pipeline import language

    detect("Le projet industriel sera lancé au Maroc cette année.")  # loads the profiles and the fast class
    fast, stock = language._detector_class(language._factory), Detector(langdetect_factory())
    for det in (fast, stock):
        det.set_max_text_length(max_chars)
        det.append(text)
        det.append(" " + text[:30])  # appending again starts a new run of spaces, as langdetect
    assert fast.text == stock.text


@pytest.mark.parametrize("text", APPEND_TEXTS)
@pytest.mark.parametrize("head_chars", [0, 400, 600, 2000])
def test_fast_append_head_keeps_what_append_keeps_or_nothing(text, head_chars):
    """append_head(start of a text) keeps what append(whole text) keeps, or appends nothing."""
    from pipeline import language

    detect("Le projet industriel sera lancé au Maroc cette année.")
    head, whole = language._detector_class(language._factory), language._detector_class(language._factory)
    for det in (head, whole):
        det.set_max_text_length(500)
    whole.append(text)
    if head.append_head(text[:head_chars]):
        assert head.text == whole.text
    else:
        assert head.text == ""


# bodies whose first 500 letters lie past the digit sample, or whose digits make it fall short
DIGIT_BODIES = [
    "1234567890 " * 200
    + "Le conseil régional a adopté le budget de la commune pour l'année prochaine. " * 20,
    "Le conseil régional a adopté le budget. " * 30 + " 1 2 3" * 500,
    "12,5 % 3 400 000 DH " * 80 + "La société marocaine prévoit une hausse de ses ventes cette année. " * 10,
]


@pytest.mark.parametrize("text", DIGIT_BODIES)
def test_digits_out_of_a_sample_detect_as_out_of_the_whole_text(text):
    from pipeline import language

    detect("Le projet industriel sera lancé au Maroc cette année.")
    whole = language._detector_class(language._factory)
    whole.set_max_text_length(language.LANGDETECT_MAX_CHARS)
    whole.append(language._DIGITS.sub("", text))
    probs = whole.get_probabilities()
    assert detect(text) == (probs[0].lang, round(float(probs[0].prob), 4))


# Latin letters among other scripts, the characters between "Z" and "a", Vietnamese (U+1E00 block)
CLEANING_TEXTS = ["東京 ABC [x]^_` 大阪 京都 名古屋 札幌 福岡", "Москва ABC ^_ Санкт-Петербург Казань",
                  "Tiếng Việt ạẹọ ABC", "abc ÉTÉ", "ﻻ ﻻ ﻻ a", ""]


@pytest.mark.parametrize("text", CLEANING_TEXTS)
def test_fast_cleaning_text_as_langdetect(text):
    from langdetect.detector import Detector

    from pipeline import language

    detect("Le projet industriel sera lancé au Maroc cette année.")
    fast, stock = language._detector_class(language._factory), Detector(langdetect_factory())
    for det in (fast, stock):
        det.text = text
        det.cleaning_text()
    assert fast.text == stock.text


def test_profiles_hold_langdetects_own_numbers():
    """Profiles: the languages in langdetect's order, its n-grams, and each one's probabilities."""
    from pipeline.langdetect_fast import Profiles

    mine, theirs = Profiles(), langdetect_factory()
    assert mine.langlist == theirs.langlist
    assert set(mine.word_lang_prob_map) == set(theirs.word_lang_prob_map)
    rows = mine.array.tolist()
    assert all(rows[i] == theirs.word_lang_prob_map[gram] for gram, i in mine.index.items())
    assert mine.word_lang_prob_map["de"] == theirs.word_lang_prob_map["de"]
