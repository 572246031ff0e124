"""Per-doc lists of token strings and flags, built once from arrays instead of Token objects.

Each ``doc[i]``, ``for t in doc`` and ``Doc.text`` builds Token objects in Python, and the rule
components and the linking read every token several times: they read these lists instead.
spaCy's own flags are string methods of the token text (``is_lower`` is ``str.islower()``;
``is_title``, ``is_upper``, ``is_alpha`` and ``is_space`` likewise), so they are read from the
texts; ``like_num`` depends on the language and comes from its array.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, IS_PUNCT, LENGTH, LIKE_NUM, ORTH, SPACY
from spacy.tokens import Doc

TEXT_KEY = "newsfacts_text"  # doc.user_data key of the text the doc was made from
STRINGS_KEY = "newsfacts_strings"  # doc.user_data key of the doc's text and token texts
NUMBERS_KEY = "newsfacts_like_num"  # doc.user_data key of the tokens' like_num flags
PUNCT_KEY = "newsfacts_is_punct"  # doc.user_data key of the tokens' is_punct flags


def docs_with_text(nlp, texts: Iterable[str]) -> Iterator[Doc]:
    """Each text tokenised, the doc remembering its text (for :func:`doc_strings`), for ``nlp.pipe``."""
    for text in texts:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text
        yield doc


def doc_strings(doc: Doc) -> tuple[str, list[str], list[int]]:
    """The doc's text, every token's text and every token's start offset.

    Sliced from the doc's text when it was made by :func:`docs_with_text` (twice as fast); else
    the token texts come from the StringStore and the text is joined from them."""
    found = doc.user_data.get(STRINGS_KEY)
    if found is None:
        text = doc.user_data.get(TEXT_KEY)
        if not len(doc):
            found = ("", [], [])
        elif text is not None:
            idx, length = doc.to_array([IDX, LENGTH]).T.tolist()
            found = (text, [text[i : i + n] for i, n in zip(idx, length, strict=True)], idx)
        else:
            orth, space, idx = doc.to_array([ORTH, SPACY, IDX]).T.tolist()
            texts = list(map(doc.vocab.strings.__getitem__, orth))
            found = ("".join([w + " " if s else w for w, s in zip(texts, space, strict=True)]), texts, idx)
        doc.user_data[STRINGS_KEY] = found
    return found


def token_texts(doc: Doc) -> list[str]:
    """Every token's text."""
    return doc_strings(doc)[1]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (a non-empty span), without building the Span."""
    text, texts, idx = doc_strings(doc)
    return text[idx[start] : idx[end - 1] + len(texts[end - 1])]


def like_numbers(doc: Doc) -> list[bool]:
    """Every token's ``like_num`` flag ("12", "1,5", "douze")."""
    return _flags(doc, NUMBERS_KEY, LIKE_NUM)


def punctuation(doc: Doc) -> list[bool]:
    """Every token's ``is_punct`` flag (the language's own test, not a string method)."""
    return _flags(doc, PUNCT_KEY, IS_PUNCT)


def _flags(doc: Doc, key: str, attr: int) -> list[bool]:
    found = doc.user_data.get(key)
    if found is None:
        # numpy turns the 0/1 array into Python bools in C: a list comprehension costs twice as much
        found = doc.user_data[key] = doc.to_array(attr).astype(bool).tolist() if len(doc) else []
    return found
