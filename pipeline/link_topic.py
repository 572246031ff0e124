"""The article's topic for stage 7 (:mod:`pipeline.link`): the company or project a figure is
about when its own sentence names none.

Names of one actor are counted together (a *family*): a name and its gloss in brackets
("Ciments d'Afrique (Cimaf)"), and a name whose words run inside a longer one ("Dangote" and
"Aliko Dangote", "Groupe OCP" and "Groupe OCP SA"). The topic is

1. the subject the title names, if the body names it too (a title's rubric, "Actualité Agadir",
   is no topic: the body never names it); of several, the last before the title's figure;
2. else a project the text names ("baptisé « Nador West Med »");
3. else the family the article names most often, at least :data:`TOPIC_MIN_MENTIONS` times;
4. else the title's first name (a short text that repeats no name);
5. else the one promoter the text names ("le projet sera diligenté par le groupe X", "X, société
   promotrice"): several promoters (a list of projects) make no topic.
"""

from __future__ import annotations

from functools import lru_cache

from .ner.index import fold, norm_key
from .patterns import link as P

# The article's topic (the fallback subject when no sentence before a figure names one) must be
# named at least this often when the title names none: once is a passing mention.
TOPIC_MIN_MENTIONS = 2
# Names whose words are kept (a run meets a few thousand names; an article asks for each of its
# names' words a dozen times, ~15 µs a call without the cache)
WORDS_CACHE = 4096


@lru_cache(maxsize=WORDS_CACHE)
def words(name: str) -> tuple[str, ...]:
    """The folded words of a name that tell it apart: "Groupe OCP SA" -> ("ocp",)."""
    out = tuple(w for w in (fold(x) for x in P.NAME_SPLIT.split(name)) if w and w not in P.GENERIC_NAME_WORDS)
    return out


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return 0 < n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def families(mentions: list, text: str) -> dict[str, str]:
    """For each mention's key, the key of its family (the first-named key of the family)."""
    keys: list[str] = []
    parent: dict[str, str] = {}
    first: dict[str, int] = {}
    for m in mentions:
        k = norm_key(m.name)
        if k not in parent:
            parent[k] = k
            keys.append(k)
            first[k] = m.start

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda x: first[x])
            parent[drop] = keep

    for a, b in zip(mentions, mentions[1:], strict=False):  # "Ciments d'Afrique (Cimaf)": one actor
        if text[a.end : b.start].strip() == "(":
            union(norm_key(a.name), norm_key(b.name))
    split = {k: None for k in keys}
    for m in mentions:
        split[norm_key(m.name)] = words(m.name)
    for a in keys:  # a short name inside exactly one longer one: "Dangote", "Aliko Dangote"
        longer = [b for b in keys if b != a and _inside(split[a], split[b])]
        if len(longer) == 1:
            union(a, longer[0])
    return {k: find(k) for k in keys}


def topic(
    mentions: list, title: list[tuple[int, int]], named: list, text: str, body_names=frozenset(),
    promoters=list, fam: dict[str, str] | None = None, title_owner=None,
) -> str:
    """The name of the article's topic, or "" (see the module's docstring). ``body_names``: the
    keys of every name the body writes (of any label: "Zenata" is a place there, a project in
    the title's "l'éco-cité Zenata"). ``promoters``: a function giving the names the text calls a
    project's promoter (called only when the topic comes to them). ``fam``: :func:`families` of
    the mentions, if the caller has it. ``title_owner``: the title's name that announces the title's
    figure ("Extension de la zone X : l'Agglo de Y veut créer 1 000 emplois"), or None: the topic
    before a name the title gives first."""
    if not mentions:
        return ""
    fam = fam if fam is not None else families(mentions, text)
    in_title = [m for m in mentions if any(s <= m.start < e for s, e in title)]
    body = {fam[norm_key(m.name)] for m in mentions if m not in in_title}
    known = [m for m in in_title if fam[norm_key(m.name)] in body or norm_key(m.name) in body_names]
    if title_owner is not None and title_owner in known:
        return title_owner.name
    if known:
        return known[0].name
    if named:  # "baptisé « Nador West Med »": the project the article is about
        return named[0].name
    counts: dict[str, int] = {}
    names: dict[str, dict[str, int]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        f = fam[norm_key(m.name)]
        counts[f] = counts.get(f, 0) + 1
        names.setdefault(f, {})
        names[f][m.name] = names[f].get(m.name, 0) + 1
        first.setdefault(f, m.start)
    best, n = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]))
    if n < TOPIC_MIN_MENTIONS:
        if in_title:
            return in_title[0].name  # a title's only name, in a short text
        # "le projet sera diligenté par le groupe X": the one promoter the text names
        found = promoters()
        promoted = {fam[norm_key(m.name)] for m in found}
        return found[0].name if len(promoted) == 1 else ""
    spelled = names[best]
    # the family's most frequent name; on ties the longest ("Agence de Promotion des investissements")
    return max(spelled, key=lambda s: (spelled[s], len(s)))
