"""Corpus pass: one row per announced project, however many articles tell it (announcements.csv).

Runs after the last article, over the per-article results (cached or fresh), like the entities
index: an article's own facts stay a pure function of its bytes.

1. In each article, the jobs, area and money figures that have a subject (:mod:`pipeline.link`)
   are grouped by subject: one group per (article, subject).
2. Groups of different articles are one announcement when their subjects are the same corpus-wide
   name (the key of ``entities_index.csv``), their places are compatible (they share one, or one
   article names the other's place too: "Sidi Othmane" in one, "Casablanca" in another that also
   names Sidi Othmane; a group without a place joins the largest announcement of its subject),
   their dates do not disagree (publication or event dates at most ``MERGE_DAYS`` apart, or
   agreeing in every part both give) and they tell the same event (:func:`same_event`: a shared
   figure, a project as subject, or close dates with values of one kind that differ as reports
   do). Different subjects never merge; a firm's results of two periods are two rows.
3. Each value keeps the figure rows it comes from (``article_id:start-end``, the offsets of
   figures.csv); values the articles disagree on are all listed ("20000 jobs | 25000 jobs").
4. Dates: the event date of a group is the event date of its figures' sentences, else the first
   event date of its article; the target date that of its figures. A day without a year
   ("--04-30") takes the year of another article of the same announcement that gives the full
   date on that day, and the row says which article the year came from.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .model import OK, Article, DateFact, Figure
from .ner.index import norm_key
from .output import format_value
from .patterns import link as LP

KINDS = ("jobs", "area", "money")
# Articles about one announcement are published within weeks of it; two full dates further apart
# than this are two announcements (a company's results of two quarters, two phases of a project).
MERGE_DAYS = 45
# Two reports of one announcement give the same figures; values within this relative difference
# are one value written two ways (rounding: "1,3 milliard" and "1 300 millions").
SAME_VALUE = 0.001
# Reports of one announcement told at the same time may disagree ("20 000" and "25 000 emplois"):
# values of one kind at most this far apart are a conflict to show, not two announcements.
CONFLICT_RATIO = 1.5
SEP = " | "  # between the values of one cell, and between their sources

COLUMNS = [
    "subject",  # canonical name of the company, project or programme (as in entities_index.csv)
    "place",  # the place most of its figures name
    "places",  # every place its figures name, "|"-joined
    "jobs",  # "qualifier value unit" of each distinct jobs figure, " | "-joined (several: a conflict)
    "jobs_figures",  # for each value, its figure rows (article_id:start-end), space-joined
    "area",
    "area_figures",
    "money",
    "money_figures",
    "event_date",  # the event date(s), the most precise form of compatible ones
    "event_date_sources",  # the date rows (article_id:start-end) behind each
    "target_date",
    "target_date_sources",
    "year_from",  # "article_id:start-end <- article_id": a --MM-DD date given its year by that article
    "n_articles",
    "article_ids",  # space-joined
    "files",  # space-joined
]


@dataclass
class Group:
    """One article's figures about one subject."""

    art: Article
    key: str  # norm_key of the subject
    subject: str
    named_places: frozenset[str]  # every place the article names (keys), shared by its groups
    figures: list[Figure] = field(default_factory=list)
    places: set[str] = field(default_factory=set)  # the places its figures name (keys)


def fact_id(article_id: str, fact) -> str:
    """The stable id of a figure or date row: its article and offsets."""
    return f"{article_id}:{fact.start}-{fact.end}"


def announcements(articles) -> list[dict]:
    """The rows of announcements.csv, from articles carrying their entities, figures and dates."""
    groups: list[Group] = []
    seen: dict[str, Article] = {}
    for art in articles:
        if art.status != OK or art.article_id in seen:
            continue
        seen[art.article_id] = art
        by_subject: dict[str, Group] = {}
        named = frozenset(norm_key(e.canonical) for e in art.entities if e.label == "LOC")
        for f in art.figures:
            if f.kind in KINDS and f.subject:
                key = norm_key(f.subject)
                g = by_subject.setdefault(key, Group(art, key, f.subject, named))
                g.figures.append(f)
                if f.place:
                    g.places.add(norm_key(f.place))
        groups.extend(by_subject.values())
    names = _index_names({g.key for g in groups}, seen.values())
    rows = [_row(members, names) for members in _merge(groups)]
    rows.sort(key=lambda r: (-r["n_articles"], r["subject"], r["place"], r["article_ids"]))
    return rows


def compatible(a: Group, b: Group) -> bool:
    """Whether two groups of the same subject, both with places, can be one announcement: they
    share a place, or one's article also names the other's place."""
    return bool(a.places & b.places or a.places & b.named_places or b.places & a.named_places)


def _date_parts(d: str) -> tuple[int | None, int | None, int | None]:
    if d.startswith("--"):
        return None, int(d[2:4]), int(d[5:7])
    parts = [int(x) for x in d.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


def same_time(a: str, b: str) -> bool:
    """Whether two dates (ISO, as precise as the text, or --MM-DD) can be one announcement's: two
    full dates at most :data:`MERGE_DAYS` apart, else equal in every part both give."""
    if not a or not b:
        return True
    if len(a) == len(b) == 10 and not a.startswith("--") and not b.startswith("--"):
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= MERGE_DAYS
    return all(x is None or y is None or x == y for x, y in zip(_date_parts(a), _date_parts(b), strict=True))


def _full(d: str) -> bool:
    return len(d) == 10 and not d.startswith("--")


def _close(a: str, b: str) -> bool:
    """Two full dates at most :data:`MERGE_DAYS` apart."""
    return _full(a) and _full(b) and abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= MERGE_DAYS


def _values_of(g: Group) -> list[tuple[str, str, float]]:
    return [(f.kind, f.unit, f.value) for f in g.figures]


def shared_figure(a: Group, b: Group, ratio: float = 1.0) -> bool:
    """Whether the groups give a figure of the same kind and unit with values at most ``ratio``
    apart (1.0: the same value, to :data:`SAME_VALUE` relative)."""
    for ka, ua, va in _values_of(a):
        for kb, ub, vb in _values_of(b):
            if ka != kb or ua != ub or va <= 0 or vb <= 0:
                continue
            hi, lo = max(va, vb), min(va, vb)
            if hi <= lo * ratio * (1 + SAME_VALUE):
                return True
    return False


def is_project(name: str) -> bool:
    """Whether a subject names a project or a site ("Casablanca Tech Valley", "la centrale de
    Ouarzazate"), announced once, rather than a firm that announces many things."""
    return bool(LP.PROJECT_WORDS.search(name) or LP.PROJECT_PHRASE.match(name))


def same_event(a: Group, b: Group, when_a: str, when_b: str) -> bool:
    """Whether two groups of one subject tell the same announcement (see the module's docstring):
    never when their dates disagree; else when they give the same figure, or the subject is a
    project, or they were told within :data:`MERGE_DAYS` with figures of one kind that differ by
    at most :data:`CONFLICT_RATIO` (a conflict between reports)."""
    if not same_time(when_a, when_b):
        return False
    if shared_figure(a, b) or is_project(a.subject) or is_project(b.subject):
        return True
    return _close(when_a, when_b) and shared_figure(a, b, CONFLICT_RATIO)


def _when(g: Group) -> str:
    """When a group was told: its article's publication date, else its event date, else ""."""
    if g.art.published:
        return g.art.published
    dated = _dates([g], "event")
    return dated[0][1].date if dated else ""


def _merge(groups: list[Group]) -> list[list[Group]]:
    """Groups joined into announcements (union-find), subject by subject.

    Two groups with places are joined when :func:`compatible` and told at the same time
    (:func:`same_time`), through an index by place. A group without a place then joins the
    announcement of its subject, told at the same time, with the most articles, so that it never
    bridges two places; or, if there is none, another placeless group told at the same time."""
    parent = list(range(len(groups)))
    when = [_when(g) for g in groups]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_key: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        by_key[g.key].append(i)
    for idx in by_key.values():
        placed = [i for i in idx if groups[i].places]
        holders: dict[str, list[int]] = defaultdict(list)  # place -> groups whose figures name it
        namers: dict[str, list[int]] = defaultdict(list)  # place -> groups whose article names it
        for i in placed:
            for p in groups[i].places:
                holders[p].append(i)
            for p in groups[i].named_places:
                namers[p].append(i)
        for p, hs in holders.items():
            for n, i in enumerate(hs):
                for j in hs[n + 1 :] + namers.get(p, []):
                    if i != j and find(i) != find(j) and same_event(groups[i], groups[j], when[i], when[j]):
                        union(i, j)
        placeless = [i for i in idx if not groups[i].places]
        for n, i in enumerate(placeless):
            size = Counter(find(j) for j in placed if same_event(groups[i], groups[j], when[i], when[j]))
            if size:
                union(min(size, key=lambda r: (-size[r], r)), i)
                continue
            j = next((j for j in placeless[:n] if same_event(groups[i], groups[j], when[i], when[j])), None)
            if j is not None:
                union(j, i)
    out: dict[int, list[Group]] = defaultdict(list)
    for i, g in enumerate(groups):
        out[find(i)].append(g)
    return list(out.values())


def _index_names(keys: set[str], articles) -> dict[str, str]:
    """The name entities_index.csv gives each subject key: the canonical its mentions use most."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for art in articles:
        for e in art.entities:
            key = norm_key(e.canonical)
            if key in keys:
                counts[key][e.canonical] += 1
    return {k: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, c in counts.items()}


def _most_common(names: list[str]) -> str:
    if not names:
        return ""
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], names.index(n)))


def _values(members: list[Group], kind: str) -> tuple[str, str]:
    """The distinct values of one kind ("more_than 20000 jobs"), and the figure rows of each."""
    sources: dict[tuple, list[str]] = {}
    for g in members:
        for f in g.figures:
            if f.kind == kind:
                key = (f.unit, f.value, f.qualifier)
                sources.setdefault(key, []).append(fact_id(g.art.article_id, f))
    keys = sorted(sources, key=lambda k: (k[0], -k[1], k[2]))
    values = [" ".join(x for x in (q, format_value(v), u) if x) for u, v, q in keys]
    return SEP.join(values), SEP.join(" ".join(sorted(sources[k])) for k in keys)


def _dates(members: list[Group], role: str) -> list[tuple[Group, DateFact]]:
    """Each group's dates of ``role``: those of its figures' sentences; for events, else the
    article's first event date."""
    out = []
    for g in members:
        tied = {f.date for f in g.figures if f.date_role == role}
        facts = [d for d in g.art.dates if d.role == role]
        chosen = [d for d in facts if d.date in tied]
        if not chosen and role == "event" and facts:
            chosen = [min(facts, key=lambda d: d.start)]
        out.extend((g, d) for d in chosen)
    return out


def _complete_years(dated: list[tuple[Group, DateFact]]) -> tuple[list[tuple[str, str]], list[str]]:
    """(date, source id) pairs, a --MM-DD date given the year of another article's same day."""
    full = {}
    for g, d in sorted(dated, key=lambda x: (x[0].art.article_id, x[1].start)):
        if len(d.date) == 10:
            full.setdefault(d.date[4:], (d.date[:4], g.art.article_id))
    out, notes = [], []
    for g, d in dated:
        iso, src = d.date, fact_id(g.art.article_id, d)
        if iso.startswith("--") and iso[1:] in full:
            year, donor = full[iso[1:]]
            if donor != g.art.article_id:
                iso = year + iso[1:]
                notes.append(f"{src} <- {donor}")
        out.append((iso, src))
    return out, notes


def _date_cells(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """Distinct dates, a less precise one folded into a more precise one it agrees with
    (2025-04 into 2025-04-30), each with its sources."""
    sources: dict[str, list[str]] = defaultdict(list)
    for day, src in pairs:
        sources[day].append(src)
    dates = sorted(sources, key=lambda d: (-len(d), d))
    kept: list[str] = []
    for d in dates:
        home = next((k for k in kept if not d.startswith("--") and k.startswith(d)), None)
        if home is None:
            kept.append(d)
        else:
            sources[home].extend(sources[d])
    kept.sort()
    return SEP.join(kept), SEP.join(" ".join(sorted(set(sources[k]))) for k in kept)


def _row(members: list[Group], names: dict[str, str]) -> dict:
    members.sort(key=lambda g: g.art.article_id)
    arts = {g.art.article_id: g.art for g in members}
    places = [f.place for g in members for f in g.figures if f.place]
    row = {
        "subject": names.get(members[0].key) or _most_common([f.subject for g in members for f in g.figures]),
        "place": _most_common(places),
        "places": "|".join(sorted(set(places))),
        "n_articles": len(arts),
        "article_ids": " ".join(sorted(arts)),
        "files": " ".join(sorted(a.file for a in arts.values())),
    }
    for kind in KINDS:
        row[kind], row[f"{kind}_figures"] = _values(members, kind)
    notes: list[str] = []
    for role in ("event", "target"):
        pairs, more = _complete_years(_dates(members, role))
        notes += more
        row[f"{role}_date"], row[f"{role}_date_sources"] = _date_cells(pairs)
    row["year_from"] = SEP.join(sorted(notes))
    return row
