"""The typed records that carry one article through the stages.

An :class:`Article` is created by the reader and filled in by each stage in
turn. Every fact keeps its exact source text, its character offsets into the
article's decoded text (``Article.text``; Python string indices, no newline
translation, so ``text[start:end] == fact.text``) and its normalised value,
as price-parser's ``Price`` keeps ``amount_text`` beside ``amount``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

# Article.status values
OK = "ok"
SKIPPED = "skipped"
ERROR = "error"


@dataclass
class Block:
    """A line or paragraph of the decoded text, with the boilerplate stage's verdict."""

    start: int
    end: int
    kind: str  # "title", "byline", "body" or "boilerplate"
    reason: str = ""  # why a block was dropped (empty for kept blocks)

    @property
    def kept(self) -> bool:
        return self.kind != "boilerplate"


@dataclass
class Figure:
    """A number the article states: jobs, an area, an amount of money, a count, a percentage."""

    kind: str  # jobs | area | money | count | percent
    value: float  # in the base unit: 20 MDH -> 20000000
    unit: str  # jobs | ha | m2 | km2 | ISO 4217 code | counted noun | %
    qualifier: str  # "" | more_than | about | at_least | less_than | up_to
    text: str
    start: int
    end: int
    sentence: str = ""
    detail: str = ""  # direct, indirect, qualified, ... when the text says
    # what the figure is about (:mod:`pipeline.link`): canonical names as in entities.csv
    subject: str = ""  # the company, project or programme; empty when the text names none
    place: str = ""  # the most specific place it applies to
    date: str = ""  # the event or target date of its sentence, as in dates.csv
    date_role: str = ""  # event | target


@dataclass
class Entity:
    """A named entity mention: a person, an organisation, a place or another name."""

    label: str  # PER | ORG | LOC | MISC
    text: str
    canonical: str
    start: int
    end: int
    role: str = ""  # "wali de la région" for "le wali de la région, Mohamed Mhidia"


@dataclass
class DateFact:
    """A date the article states, normalised to ISO with the precision the text gives."""

    role: str  # published | event | target
    date: str  # YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when no year can be known
    text: str
    start: int
    end: int


@dataclass
class Article:
    """One input file and everything the stages learnt about it."""

    article_id: str
    file: str  # path relative to the corpus folder, with forward slashes
    status: str = OK
    reason: str = ""
    text: str = ""  # the decoded text that every offset points into
    source_kind: str = "text"  # "text", or "html" when text is trafilatura's extraction
    language: str = ""
    language_confidence: float = 0.0
    title: str = ""
    published: str = ""  # ISO date, or empty
    blocks: list[Block] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    # True when a date was resolved with the run's reference date (no year, no publication date)
    uses_reference_date: bool = False
    # how the file's bytes were decoded: utf-8, utf-16, cp1252, ..., or "utf-8 (3 bad bytes replaced)";
    # escaped line breaks read as line breaks add "(16 \n read as line breaks)" (pipeline.escapes)
    encoding: str = ""

    @property
    def n_chars(self) -> int:
        return len(self.text)

    def spans(self, *kinds: str) -> list[tuple[int, int]]:
        """(start, end) of the kept blocks of the given kinds, in text order."""
        return [(b.start, b.end) for b in self.blocks if b.kind in kinds]

    @property
    def body(self) -> str:
        """The article body after boilerplate stripping, blocks joined by blank lines."""
        return "\n\n".join(self.text[s:e] for s, e in self.spans("body"))

    def to_dict(self) -> dict:
        """A JSON-ready dict (facts nested, blocks with their verdicts).

        Built from ``vars`` rather than ``dataclasses.asdict``, which deep-copies every field:
        the records hold only strings and numbers, and this runs for every article of every run.
        """
        d = dict(vars(self))
        for name in ("blocks", "entities", "figures", "dates"):
            d[name] = [dict(vars(x)) for x in d[name]]
        d["n_chars"] = self.n_chars
        d["body"] = self.body
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Article:
        """Rebuild an article from :meth:`to_dict` output (the cache's format)."""
        names = {f.name for f in fields(cls)}
        art = cls(**{k: v for k, v in d.items() if k in names})
        art.blocks = [Block(**b) for b in d.get("blocks", [])]
        art.entities = [Entity(**x) for x in d.get("entities", [])]
        art.figures = [Figure(**x) for x in d.get("figures", [])]
        art.dates = [DateFact(**x) for x in d.get("dates", [])]
        return art
