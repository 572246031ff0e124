"""An article's decoded text as HTML: its blocks, and its facts highlighted where they stand.

Every piece of the article's text goes through :func:`markupsafe.escape` (the text is hostile:
a page may hold ``<script>``); the only tags are the ones built here. Facts may nest (a date
inside an entity's span) and are rendered as nested ``<mark>`` elements; a fact that crosses the
end of an enclosing one is cut there (rare: spans of one kind never overlap). Each fact's mark
has an id, ``fig-<start>-<end>`` (``ent-``, ``date-``), that the side table and the index link to.

spaCy's displaCy (``manual=True``) renders one layer of non-overlapping spans with inline
styles; the report needs three nested layers inside greyed boilerplate blocks, so it builds
its own, equally escaped, markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from .fmt import QUALIFIERS, amount

# Nesting order when two facts share their start and end: an entity holds a date holds a figure
LAYERS = {"ent": 0, "date": 1, "fig": 2}


@dataclass
class Span:
    layer: str  # ent | date | fig
    start: int
    end: int
    css: str
    label: str  # shown after the text: the normalised value
    title: str  # shown on hover
    anchor: str = ""  # the element's id ("" for a second fact at the same place)


def anchor(layer: str, fact: dict) -> str:
    return f"{layer}-{fact.get('start')}-{fact.get('end')}"


def _int(x) -> int | None:
    try:
        return int(x)
    except (TypeError, ValueError):
        return None


def figure_span(f: dict) -> Span:
    kind, qualifier = f.get("kind", ""), f.get("qualifier", "")
    value = amount(str(f.get("value", "")), f.get("unit", ""), qualifier)
    details = [f"{kind}: {value}"]
    if qualifier:
        details.append(QUALIFIERS.get(qualifier, qualifier))
    for key in ("detail", "subject", "place", "date"):
        if f.get(key):
            details.append(f"{key}: {f[key]}")
    return Span("fig", 0, 0, f"hl fig k-{_css_word(kind)}", value, " · ".join(details))


def entity_span(e: dict) -> Span:
    label, canonical = e.get("label", ""), e.get("canonical", "")
    details = [label] + ([f"= {canonical}"] if canonical and canonical != e.get("text") else [])
    if e.get("role"):
        details.append(f"role: {e['role']}")
    return Span("ent", 0, 0, f"hl ent l-{_css_word(label)}", label, " ".join(details))


def date_span(d: dict) -> Span:
    role, value = d.get("role", ""), d.get("date", "")
    return Span("date", 0, 0, f"hl date r-{_css_word(role)}", value, f"{role} date: {value}")


def _css_word(word: str) -> str:
    return "".join(c for c in str(word) if c.isalnum() or c in "-_") or "x"


def spans(doc: dict) -> list[Span]:
    """Every fact of the article as a span with valid offsets, in nesting order."""
    out, seen = [], set()
    for layer, key, make in (
        ("ent", "entities", entity_span),
        ("date", "dates", date_span),
        ("fig", "figures", figure_span),
    ):
        for fact in doc.get(key) or []:
            start, end = _int(fact.get("start")), _int(fact.get("end"))
            if start is None or end is None or not 0 <= start < end <= len(doc.get("text") or ""):
                continue
            span = make(fact)
            span.start, span.end = start, end
            a = anchor(layer, fact)
            span.anchor = "" if a in seen else a
            seen.add(a)
            out.append(span)
    out.sort(key=lambda s: (s.start, -s.end, LAYERS[s.layer]))
    return out


def _render_range(text: str, start: int, end: int, facts: list[Span]) -> Markup:
    """text[start:end] with the facts that start in it as nested marks."""
    parts: list[str] = []
    stack: list[int] = []  # ends of the open marks
    pos = start

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1] <= limit:
            e = stack.pop()
            parts.append(escape(text[pos:e]))
            parts.append(Markup("</mark>"))
            pos = e

    for s in facts:
        close_until(s.start)
        stop = min(s.end, end, *(stack[-1:] or [end]))  # cut at the enclosing mark's end
        if stop <= s.start:
            continue
        parts.append(escape(text[pos : s.start]))
        pos = s.start
        ident = Markup(' id="{}"').format(s.anchor) if s.anchor else Markup("")
        parts.append(
            Markup('<mark class="{}"{} title="{}" data-label="{}">').format(s.css, ident, s.title, s.label)
        )
        stack.append(stop)
    close_until(end)
    parts.append(escape(text[pos:end]))
    return Markup("").join(parts)


@dataclass
class BlockView:
    kind: str  # title | byline | body | boilerplate | unread (text outside any block)
    reason: str
    html: Markup


def blocks(doc: dict) -> list[BlockView]:
    """The article's text block by block, each with its facts marked; text outside the blocks
    (other than white space) is shown as ``unread``."""
    text = doc.get("text") or ""
    raw = sorted(
        (
            b
            for b in doc.get("blocks") or []
            if _int(b.get("start")) is not None and _int(b.get("end")) is not None
        ),
        key=lambda b: (int(b["start"]), int(b["end"])),
    )
    facts = spans(doc)
    views, pos = [], 0
    for b in raw:
        start, end = max(int(b["start"]), pos), min(int(b["end"]), len(text))
        if start >= end:
            continue
        if text[pos:start].strip():
            views.append(BlockView("unread", "", _render_range(text, pos, start, [])))
        inside = [s for s in facts if start <= s.start < end]
        views.append(
            BlockView(
                str(b.get("kind", "")), str(b.get("reason", "")), _render_range(text, start, end, inside)
            )
        )
        pos = end
    if text[pos:].strip():
        kind = "unread" if raw else "text"
        inside = [s for s in facts if s.start >= pos]
        views.append(BlockView(kind, "", _render_range(text, pos, len(text), inside)))
    return views
