"""A learned choice of a figure's subject among the article's names (stage 7, :mod:`pipeline.link`).

The ordered rules of :class:`pipeline.link.Context` give one answer; this module scores every
subject candidate of the article, plus "no subject", with a conditional logistic regression over
the evidence the rules already compute (same sentence, before or after the figure, distance in
sentences, the rules' own answer, the topic, the title, how often the name is written, its
kind...). The weights are trained by ``bench/train_link.py`` on the dev pages' gold and stored in
``pipeline/data/link_ranker.json``; without that file the rules' answer stands.

Cheap: a few comparisons per candidate and figure, no model pass.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from .ner.index import norm_key
from .patterns import link as P

WEIGHTS = Path(__file__).parent / "data" / "link_ranker.json"
NONE = ""  # the "no subject" candidate
MAX_BACK = 5  # sentences: a name further before the figure counts as this far

# one name per feature, in the order of the vectors
FEATURES = (
    "none",  # the "no subject" candidate
    "none_context",  # ... and the figure is a market's or a sector's
    "none_counted",  # ... and it is summed over a number of projects
    "none_nothing_near",  # ... and no name in the figure's sentence or the 2 before it
    "none_no_topic",  # ... and the rules found no topic
    "rule",  # the rules' answer
    "topic",  # the article's topic
    "last_before",  # the last name before the figure in its sentence
    "before",  # named before the figure in its sentence
    "first_after",  # the first name after the figure in its sentence
    "after",  # named after the figure in its sentence
    "back",  # 1 / (1 + sentences back) of its nearest mention before the figure's sentence
    "antecedent",  # the first name of the nearest sentence before that names one
    "antecedent_refers",  # ... and the figure's sentence refers back ("ce projet", "Il")
    "ahead",  # named in the 3 sentences after the figure (and not before)
    "title",  # named in the title
    "count",  # log of how often the article names it
    "first",  # the first name of the body
    "org",  # an ORG entity
    "misc",  # a MISC entity
    "site",  # a project phrase or a name the model read as a place
    "project_word",  # its name holds a project word (Park, Med, Cité...)
    "counting_body",  # an agency, a commission, a programme...
    "placed",  # a place cue right before it in the figure's sentence ("à la Technopôle de X")
    "firm_cue",  # "la société X", "le groupe X", "l'entreprise X" somewhere
    "officer",  # "le directeur de X", "le président de X": whose officer speaks
    "reported_after",  # after the figure behind "selon"
)


@lru_cache(maxsize=1)
def weights() -> tuple[float, ...] | None:
    """The trained weights (in :data:`FEATURES` order), or None when no model is stored."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        return None  # a model of other features: the rules decide
    return tuple(float(w) for w in data["weights"])


def candidates(ctx, f, i: int, rule: str) -> list[tuple[str, list[float]]]:
    """(name, feature vector) of every subject candidate of the figure, "no subject" first."""
    text = ctx.art.text
    s, e = ctx.sentences[i]
    mentions = list(ctx.subjects)
    by_key: dict[str, list] = {}
    for m in mentions:
        by_key.setdefault(norm_key(m.name), []).append(m)
    in_sent = [m for m in ctx.subjects.inside(s, e) if not (m.start <= f.start < m.end)]
    before = [m for m in in_sent if m.end <= f.start]
    after = [m for m in in_sent if m.start >= f.end]
    antecedent = norm_key(ctx._antecedent(i))
    refers = bool(P.ANAPHORA.search(text, s, e) or P.PRONOUN_START.match(text, s))
    context = ctx.is_context(f, s)
    counted = bool(P.PROJECTS_COUNTED.search(text, s, e))
    near_start = ctx.sentences[max(i - 2, 0)][0]
    nothing_near = not any(near_start <= m.start < e for m in mentions)
    title = {norm_key(m.name) for a, b in ctx.title for m in ctx.subjects.inside(a, b)}
    body = [m for m in mentions if not any(a <= m.start < b for a, b in ctx.title)]
    first = norm_key(body[0].name) if body else ""
    rule_key, topic_key = norm_key(rule), norm_key(ctx.topic)
    out = [
        (
            NONE,
            [1.0, float(context), float(counted), float(nothing_near), float(not ctx.topic)]
            + [0.0] * (len(FEATURES) - 5),
        )
    ]
    if not rule:
        out[0][1][FEATURES.index("rule")] = 1.0
    for key, ms in by_key.items():
        name = ms[0].name
        sent_of = [ctx.sentence_of(m.start) for m in ms]
        back = [i - j for j in sent_of if j < i]
        ahead = [j - i for j in sent_of if j > i]
        v = dict.fromkeys(FEATURES, 0.0)
        v["rule"] = float(key == rule_key)
        v["topic"] = float(key == topic_key)
        v["last_before"] = float(bool(before) and norm_key(before[-1].name) == key)
        v["before"] = float(any(norm_key(m.name) == key for m in before))
        v["first_after"] = float(bool(after) and norm_key(after[0].name) == key)
        v["after"] = float(any(norm_key(m.name) == key for m in after))
        v["back"] = 1.0 / (1 + min(min(back), MAX_BACK)) if back else 0.0
        v["antecedent"] = float(key == antecedent)
        v["antecedent_refers"] = float(key == antecedent and refers)
        v["ahead"] = float(not back and bool(ahead) and min(ahead) <= 3)
        v["title"] = float(key in title)
        v["count"] = math.log(1 + len(ms))
        v["first"] = float(key == first)
        labels = {_label(ctx, m) for m in ms}
        v["org"] = float("ORG" in labels)
        v["misc"] = float("MISC" in labels)
        v["site"] = float(all(m.site for m in ms))
        v["project_word"] = float(bool(P.PROJECT_WORDS.search(name)))
        v["counting_body"] = float(bool(P.COUNTING_BODY.match(name)))
        v["placed"] = float(any(ctx._placed_here(m) for m in in_sent if norm_key(m.name) == key))
        v["firm_cue"] = float(any(P.FIRM_CUE.search(text, max(0, m.start - 30), m.start) for m in ms))
        v["officer"] = float(any(P.ROLE_OF.search(text, max(0, m.start - 40), m.start) for m in ms))
        v["reported_after"] = float(
            any(norm_key(m.name) == key and P.REPORTS_BETWEEN.search(text, f.end, m.start) for m in after)
        )
        out.append((name, [v[k] for k in FEATURES]))
    return out


def _label(ctx, m) -> str:
    for e in ctx.art.entities:
        if e.start == m.start and e.end == m.end:
            return e.label
    return ""


def score(vec: list[float], w: tuple[float, ...]) -> float:
    return sum(a * b for a, b in zip(vec, w, strict=True))


def choose(ctx, f, i: int, rule: str) -> str:
    """The best-scoring candidate's name ("" for no subject); the rules' answer without a model."""
    w = weights()
    if w is None:
        return rule
    cands = candidates(ctx, f, i, rule)
    best = max(range(len(cands)), key=lambda k: (score(cands[k][1], w), -k))
    return cands[best][0]
