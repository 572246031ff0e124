"""Stage 7: tie each figure to its subject, its place and its date.

For every jobs, area and money figure (the kinds an analyst reads as an announcement), from the
article's own entities and dates:

- ``subject``: the company, project or programme the figure is about: the canonical name of an
  ORG or MISC entity (or of a LOC one that the article never writes as a place and that names
  no known place: "l'usine Bridor"), a project phrase ("la centrale de Ouarzazate"), or a known
  place named as a project ("l'éco-cité Zenata"). A person is never the subject (most persons in
  the news announce; the model also reads firms as persons, measured: excluding them is better
  on both dev halves). A demonstrative phrase before the figure ("ce pôle créera") stands for
  the name before it; else the last name before the figure in its sentence, else the first after
  it (a site the sentence places, "à la Technopôle de X", gives way to another name); for a
  sentence that refers back ("Ce projet", "Il"), the first name of the nearest sentence before
  that names one; else the article's topic (:mod:`pipeline.link_topic`), unless the figure is
  summed over a number of projects ("2 200 projets ... pour 1 000 milliards") and the topic is
  neither a body that counts them nor the title's group. A price per unit ("12 000 dirhams le
  mètre carré") has no subject. Names the model cut or missed are mended first ("SLYX" +
  "-LIEBI-IERR", "la société civile immobilière X", "le plan solaire marocain").
- ``place``: the most specific place named with a place cue ("à Kénitra", "dans la région de")
  in the same sentence, else in the sentences before it in its paragraph, else in the title (a
  town of the title; a region or country of the title gives way to a town of the text), else
  anywhere before, else the first one after, else the known place an article without cued
  places names most: a town or site before a region, a region before a landmark near the site
  ("près de Rennes"), that before a country; among equals, the one the article names most often.
  The model's place names are mended first (:func:`pipeline.link_places.mended`: "X à Y" is two,
  "baie de X", a site it read as a firm, "inaugurée à X").
- ``date``, ``date_role``: the event or target date of the same sentence nearest the figure.

Rules only, over the entities of stage 4 and the dates of stage 6: no second pass of the model.
Sentences are cut by a rule (:data:`pipeline.patterns.link.SENTENCE_END`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cached_property

from .link_names import (
    Mention,
    introduced_firms,
    joined_names,
    known_places,
    longest_at_start,
    named_projects,
    persons,
    place_like,
    plan_mentions,
    project_mentions,
    project_place,
    subject_mention,
)
from .link_places import Places, mended, site_names
from .link_text import ByStart, segments, sentence_ends, split_sentences  # noqa: F401 (sentence_ends: tests)
from .link_topic import families, topic
from .model import Article, DateFact, Entity, Figure
from .ner.index import norm_key
from .patterns import link as P

LINKED_KINDS = frozenset({"jobs", "area", "money"})
# Measured on the dev pages (held out by halves): going back to the sentences before a figure for
# its subject helps only when the figure's sentence refers back ("ce projet", "la société", "Il");
# otherwise the article's topic is the better guess. Up to 4 sentences back (2: -0.05 on m* and
# a seed lost; 5 or more: -0.01 on both halves).
ANAPHORA_BACK = 4
# A lead may give a project's figures a few sentences before the body names its promoter
# ("Coût de l'opération: 17 millions ... Le promoteur est la société X"); a name first met
# further after a figure is no topic for it (a bank holding an account, named in the last line).
# Measured by halves: 0 sentences: +0.08 a*, -0.01 m*; 3: +0.05 a*, +0.01 m*; 6: +0.02, 0.
TOPIC_LATE_SENTENCES = 3

# Words every match of REPORTS_BEFORE holds (lower case, any case in the text): it is not searched
# before a name whose window holds none (tests/test_link_prefilter.py)
REPORTS_BEFORE_WORDS = ("selon", "après", "source")
ACCOUNT_WORDS = ("compte",)  # ... and every match of ACCOUNT_HOLDER


def link_figures(art: Article) -> Article:
    """Fill ``subject``, ``place``, ``date`` and ``date_role`` of the article's figures, in place."""
    figures = [f for f in art.figures if f.kind in LINKED_KINDS]
    if not figures:
        return art
    ctx = Context(art)
    for f in figures:
        i = ctx.sentence_of(f.start)
        f.subject = ctx.subject_of(f, i)
        if f.subject and P.SITE_KIND_OF.match(f.subject):  # "le port de Nador": "Nador West Med"?
            f.subject = ctx.site_named.get(f.subject, f.subject)
        f.place = ctx.place_of(f, i)
        if f.kind == "money" and P.PRICE_AFTER.match(art.text, f.end):
            f.subject = ""  # "12 000 dirhams le mètre carré": a price, placed but no one's announcement
        d = ctx.date_of(f, i)
        if d is not None:
            f.date, f.date_role = d.date, d.role
    return art


class Context(Places):
    """One article's sentences, subject candidates, places and dates, in text order."""

    def __init__(self, art: Article):
        self.art = art
        self.segments = segments(art)
        self.segment_starts = [s for (s, _), _ in self.segments]
        self.sentences = [s for seg, _ in self.segments for s in split_sentences(art.text, *seg)]
        self.sentence_starts = [s for s, _ in self.sentences]
        if not self.sentences:
            self.sentences, self.sentence_starts = [(0, len(art.text))], [0]
        self.title = [seg for seg, kind in self.segments if kind == "title"]
        self.sites = site_names(art)  # "inaugurée à X": a site the model read as a firm
        names = mended(art, self.sites)  # each place name, and the places it stands for
        locs = [p for _, parts in names for p in parts]
        self.jurisdictions: set[str] = set()  # places named as an officer's ("le maire de Rennes")
        self.compared: set[str] = set()  # places named as a project's model ("à l'image de X")
        self.events: dict[int, str] = {}  # start -> country of a place an event was held at ("signées à X")
        self.coarse: dict[int, int] = {}  # start -> level of a place named as a region or a landmark
        self._cued_heads: set[int] = set()  # starts of the place names with a cue, or listed after one
        self.places = ByStart(self._cued_parts(names))
        # an article that never writes "à X" still names where it is: "L'Algérie enregistre ..."
        known = [e for e in locs if norm_key(e.canonical) in known_places() and place_like(e.canonical)
                 and e.start not in self.events]
        self.uncued = known if not self.places else []
        self.place_keys = {norm_key(e.canonical) for e in self.places} | known_places()
        self.mentions = Counter(norm_key(e.canonical) for e in locs)  # how often each place is named
        # a LOC name never written as a place ("à X", "au X") may be a firm or a project the
        # model read as a place: "l'usine Bridor", "Burkina Cajou"; so may an officer's
        # "jurisdiction" that is no known place ("le président de Holosolis")
        placed = {norm_key(e.canonical) for e in self.places} | known_places() | self.compared
        placed |= {norm_key(e.canonical) for e in locs if e.start in self.events}  # "organisé à X"
        cued = {(p.start, p.end) for p in self.places}  # "Logbajeck Douala": its parts are placed
        placed |= {norm_key(e.canonical) for e, xs in names if any((x.start, x.end) in cued for x in xs)}
        people = persons(art)
        named = [
            m
            for e in art.entities
            if (m := subject_mention(e, placed)) is not None
            and not self._reports(e)
            and norm_key(m.name) not in self.sites  # "inaugurée à X": a site, not a firm
            and norm_key(m.name) not in people  # "Baitas : 1,25 MMDH ...": a speaker's name
        ]
        # "à Kolfoulou par Soa": a name read as a place right after a place is one too
        cued_ends = sorted(e.end for e in self.places)
        named = [m for m in named if not (m.site and self._after_place(m, cued_ends))]
        self.named = named_projects(art)
        sites = [m for e in art.entities if (m := project_place(art.text, e)) is not None]
        named = joined_names(art, named)
        found = named + project_mentions(art) + self.named + sites
        found += introduced_firms(art) + plan_mentions(art)  # names the model did not tag
        # "réplique de l'usine de X": the model of the project is not what it is
        # only the title's and the body's names: not a caption's or a byline's ("LEAP (Leading Edge ...)")
        spans = [seg for seg, _ in self.segments]
        self.subjects = ByStart(m for m in longest_at_start(found)
                                if not self._compared(m.start) and any(s <= m.start < e for s, e in spans))
        self.dates = ByStart(d for d in art.dates if d.role in {"event", "target"})

    # The topic and the families of names, asked for only when a figure's sentence names no
    # subject: built on first use (pure functions of what __init__ built).
    @cached_property
    def family(self) -> dict[str, str]:
        """Name key -> key of its actor (:func:`pipeline.link_topic.families`)."""
        return families(list(self.subjects), self.art.text)

    @cached_property
    def site_named(self) -> dict[str, str]:
        """A site's phrase -> the project's name the article gives it before: "le port de Nador" is
        "Nador West Med", a name that starts with its place and holds a project word."""
        out: dict[str, str] = {}
        for m in self.subjects:
            hit = P.SITE_KIND_OF.fullmatch(m.name) if m.site else None
            if hit is None or m.name in out:
                continue
            place = hit["place"] + " "
            named = [n.name for n in self.subjects if n.start < m.start and n.name.startswith(place)
                     and P.PROJECT_WORDS.search(n.name, len(place))]
            if named:
                out[m.name] = named[0]
        return out

    @cached_property
    def topic(self) -> str:
        return self._topic()

    @cached_property
    def topic_family(self) -> str:
        return self.family.get(norm_key(self.topic), "")

    @cached_property
    def topic_first(self) -> int:
        """Where the topic is first named (0 when in the title, or never)."""
        key = norm_key(self.topic)
        first = min((m.start for m in self.subjects if norm_key(m.name) == key), default=0)
        return 0 if any(s <= first < e for s, e in self.title) else first

    @cached_property
    def promoters(self) -> list[Mention]:
        """The names given as a project's promoter ("diligenté par le groupe X", "X, société
        promotrice"): looked for only when the topic comes to them."""
        return [m for m in self.subjects if self._promoter(m)]

    def _promoter(self, m: Mention) -> bool:
        """Whether the text names the mention as a project's promoter ("porté par la société X")."""
        text = self.art.text
        before = text[max(0, m.start - P.PLACE_CUE_WINDOW) : m.start]
        return bool(P.PROMOTER_BEFORE.search(before) or P.PROMOTER_AFTER.match(text, m.end))

    def _reports(self, e: Entity) -> bool:
        """Whether the name is a source that reports a figure ("X confirme que", "selon X")."""
        text = self.art.text
        if P.REPORTS_AFTER.match(text[e.end : e.end + P.REPORT_WINDOW]):
            return True
        start = max(0, e.start - P.REPORT_WINDOW)
        if self._may(ACCOUNT_WORDS, start, e.start) and P.ACCOUNT_HOLDER.search(text[start : e.start]):
            return True  # "disponible sur un compte de la Banque X": where the money is kept
        before = P.REPORTS_BEFORE
        return self._may(REPORTS_BEFORE_WORDS, start, e.start) and bool(before.search(text[start : e.start]))

    def sentence_of(self, pos: int) -> int:
        return max(bisect_right(self.sentence_starts, pos) - 1, 0)

    def _topic(self) -> str:
        in_title = [e for e in self.art.entities if any(s <= e.start < t for s, t in self.title)]
        body = {norm_key(e.canonical) for e in self.art.entities if e not in in_title}
        subjects, promoters = list(self.subjects), lambda: self.promoters
        found = topic(subjects, self.title, self.named, self.art.text, body, promoters, self.family,
                      self._title_owner())
        if any(norm_key(m.name) == norm_key(found) for m in in_title_mentions(self)):
            return found
        return self._titled_kind() or found

    def _title_owner(self) -> Mention | None:
        """The title's name that announces the title's first figure with a verb ("l'Agglo de Y
        veut créer 1 000 emplois", "X lance une émission de 1 MMDH"); not a regulator's or an
        analyst's name ("Visa de l'AMMC pour ...", "X recommande ..."). None if none."""
        text = self.art.text
        for s, e in self.title:
            figs = [f.start for f in self.art.figures if f.kind in LINKED_KINDS and s <= f.start < e]
            if not figs:
                continue
            before = [m for m in self.subjects.inside(s, figs[0]) if m.end <= figs[0]]
            if before and P.ANNOUNCES_AFTER.match(text, before[-1].end, figs[0]):
                return before[-1]
            return None
        return None

    def _titled_kind(self) -> str:
        """The body's project whose kind the title names alone: "le parc industriel" of the title
        is "le parc industriel de Diamniadio" of the body ("" when none, or several)."""
        text = self.art.text
        heads = {m["head"].lower() for s, e in self.title for m in P.TITLE_PROJECT_HEAD.finditer(text, s, e)}
        if not heads:
            return ""
        titled = in_title_mentions(self)
        found = {m.name for m in self.subjects if m not in titled and m.name.split()[0].lower() in heads}
        return found.pop() if len(found) == 1 else ""

    def subject_of(self, f: Figure, i: int) -> str:
        s, e = self.sentences[i]
        if self.is_context(f, s):
            return ""  # a market's, a sector's or the nation's figure
        cands = [m for m in self.subjects.inside(s, e) if not (m.start <= f.start < m.end)]
        before = [m for m in cands if m.end <= f.start]
        # "Véritable prolongement de X, ce pôle créera 20 000 emplois": the referring phrase is
        # what the figure is about, not the name before it
        ana = self._last_reference(s, f.start)
        if ana is not None and not any(m.start >= ana.end() for m in before):
            if found := self._antecedent(i, ana.group()):
                return found
        # a name in brackets right after another glosses it: "L'Agglomération de Montluçon (Allier)"
        before = [m for k, m in enumerate(before) if not k or self.between(before[k - 1], m) != "("]
        # "la filiale X, créée à la Technopôle de Nouaceur sur 6 hectares": a site named as a place
        before = [m for m in before if not (m.site and self._placed_here(m))] or before
        if before:
            return before[-1].name
        # "..., selon M. Y, directeur de l'Agence X": a source named after the figure
        text = self.art.text
        after = [m for m in cands if m.start >= f.end and not P.REPORTS_BETWEEN.search(text, f.end, m.start)]
        after = [m for m in after if not (m.site and self._placed_here(m))]  # "implantée dans le parc X"
        if after:
            return after[0].name
        # the sentence names no one: a referring phrase anywhere in it ("D'un coût de X, cette usine")
        ref = P.ANAPHORA.search(text, s, e)  # ... or "Il", or "Le coût global" of what was just named
        starts = (P.PRONOUN_START, P.COST_START, P.APPOSITION_START)  # "Un concept se trouvant sur ..."
        if ref or any(p.match(text, s) for p in starts):
            if found := self._antecedent(i, ref.group() if ref else ""):
                return found
        if not self.topic and (found := self._announced_before(f, i)):
            return found  # "X compte injecter 8 milliards. La création de 282 emplois devrait suivre."
        if self.topic and self._named_too_late(f):
            return ""  # "... sur un compte de la Banque X (BTS)": named once, far after the figure
        if self.topic and P.PROJECTS_COUNTED.search(self.art.text, s, e) and not self._counts(self.topic):
            return ""  # "2 200 projets ... inscrits pour 1 000 milliards": no one firm's figure
        return self.topic

    def _after_place(self, m: Mention, cued_ends: list[int]) -> bool:
        """Whether a place written with a cue comes right before the mention ("à Kolfoulou par Soa")."""
        k = bisect_right(cued_ends, m.start) - 1
        return k >= 0 and bool(P.PLACE_CHAIN.fullmatch(self.art.text, cued_ends[k], m.start))

    def _announced_before(self, f: Figure, i: int) -> str:
        """In an article with no topic (a list of firms' projects), the one name of the sentence
        before the figure's, when that sentence ties a figure of another kind to it: "La société X
        compte injecter 8 milliards. La création de 282 emplois devrait suivre." ("" if none)."""
        if i == 0 or self._segment_start(self.sentences[i - 1][0]) != self._segment_start(f.start):
            return ""  # only in the figure's paragraph
        s2, e2 = self.sentences[i - 1]
        cands = {m.name for m in self.subjects.inside(s2, e2) if not self._placed_here(m)}
        if len(cands) != 1:
            return ""
        name = cands.pop()
        # a project's jobs after its money (or the reverse): not a second price, a second total
        kinds = {g.kind for g in self.art.figures if s2 <= g.start < e2 and g.subject == name} & LINKED_KINDS
        return name if kinds and f.kind not in kinds else ""

    def _counts(self, name: str) -> bool:
        """Whether the name may own a figure summed over projects: a body that counts or funds
        them ("Agence de promotion des investissements") or the group the title names."""
        if P.COUNTING_BODY.match(name):
            return True
        key = norm_key(name)
        return any(norm_key(m.name) == key for m in in_title_mentions(self))

    def _named_too_late(self, f: Figure) -> bool:
        """Whether the topic is first named more than :data:`TOPIC_LATE_SENTENCES` sentences after
        the figure (and is neither in the title nor a project the text names)."""
        if self.topic_first <= f.start or any(m.name == self.topic for m in self.named + self.promoters):
            return False
        if any(s <= f.start < e for s, e in self.title):
            return False  # the title sums up the whole text: its topic may be named last
        return self.sentence_of(self.topic_first) - self.sentence_of(f.start) > TOPIC_LATE_SENTENCES

    def _antecedent(self, i: int, phrase: str = "") -> str:
        """The first name of the last of the :data:`ANAPHORA_BACK` sentences before sentence ``i``
        that names one ("" if none); ``phrase``: the referring phrase ("ce programme")."""
        noun = phrase.split()[-1].split("'")[-1].split("’")[-1].lower() if phrase else ""

        def headed_by_noun(m: Mention) -> bool:  # "le Programme X ... ce programme"
            return bool(noun) and m.name.lower().startswith(noun)

        for j in range(i - 1, max(i - 1 - ANAPHORA_BACK, -1), -1):
            s2, e2 = self.sentences[j]
            # "un séjour dans le Souss": a name the sentence places is where, not who
            # (but "la zone industrielle de X" is what "La zone" of the figure's sentence points to)
            cands = [m for m in self.subjects.inside(s2, e2) if not self._placed_here(m) or headed_by_noun(m)]
            # "Ce projet, fruit du groupe X, ...": that sentence refers back itself
            if cands and not self._refers_back(s2, cands[0].start):
                # "la zone industrielle de X ... La zone": the project phrase the noun heads
                headed = [m for m in cands if m.site and headed_by_noun(m)]
                if headed:
                    return headed[0].name
                # "X, l'actionnaire américain de Y, a donné son feu vert": the topic Y, not a side
                # actor named before it; but a first name the phrase's noun heads is what it means
                # ("le Programme X ... ce programme"; "l'hôtel X, un investissement du groupe X")
                topical = [m for m in cands if self.topic and self.family_of(m) == self.topic_family]
                if topical and self.family_of(cands[0]) != self.topic_family and not headed_by_noun(cands[0]):
                    return topical[0].name
                return cands[0].name
        return ""

    def family_of(self, m: Mention) -> str:
        return self.family.get(norm_key(m.name), "")

    def _last_reference(self, start: int, end: int) -> re.Match | None:
        """The last demonstrative referring phrase in text[start:end] ("ce pôle"), or None."""
        text = self.art.text
        found = [
            m
            for m in P.ANAPHORA.finditer(text, start, end)
            if text[m.end() : end].strip(" «\"“") and P.DEMONSTRATIVE.match(m.group())
        ]
        return found[-1] if found else None

    def _placed_here(self, m: Mention) -> bool:
        """Whether a place cue comes right before the mention ("à la Technopôle de Nouaceur")."""
        before = self.art.text[max(0, m.start - P.PLACE_CUE_WINDOW) : m.start]
        return bool(P.PLACE_CUE.search(before))

    def _refers_back(self, start: int, end: int) -> bool:
        """Whether text[start:end] holds a referring phrase ("ce projet") that is not the head
        noun of the name at ``end`` ("le groupe Holcim") or the owner's ("l'usine du groupe Holcim")."""
        text = self.art.text
        return any(
            text[m.end() : end].strip(" «\"“")
            and not P.OWNER_BEFORE.fullmatch(text, m.end(), end)
            # "le projet de réalisation d'une résidence": a new project, introduced
            and not (not P.DEMONSTRATIVE.match(m.group()) and P.INTRODUCED_AFTER.match(text, m.end()))
            for m in P.ANAPHORA.finditer(text, start, end)
        )

    def _segment_end(self, pos: int) -> int:
        k = bisect_right(self.segment_starts, pos) - 1
        return self.segments[k][0][1] if k >= 0 else len(self.art.text)

    def _segment_start(self, pos: int) -> int:
        k = bisect_right(self.segment_starts, pos) - 1
        return self.segment_starts[k] if k >= 0 else 0

    def between(self, a: Mention, b: Mention) -> str:
        return self.art.text[a.end : b.start].strip()

    def is_context(self, f: Figure, sentence_start: int) -> bool:
        """Whether the figure is a market's, a sector's or the nation's (context, not a project's)."""
        text = self.art.text
        m = P.CONTEXT_BEFORE.search(text[max(sentence_start, f.start - P.CONTEXT_WINDOW) : f.start])
        if m is None:  # "le secteur X, dont le chiffre d'affaires est passé de 1 à 26 milliards"
            start = max(sentence_start, f.start - P.CONTEXT_RELATIVE_WINDOW)
            window = text[start : f.start]
            return "dont" in window and bool(P.CONTEXT_RELATIVE.search(window))
        # "le coût de ces projets concernant le secteur des services": the projects' figure
        clause = re.split(r"[,;]", text[sentence_start : f.start - len(m.group())])[-1]
        return not P.PROJECT_OWNS.search(clause)

    def date_of(self, f: Figure, i: int) -> DateFact | None:
        s, e = self.sentences[i]
        inside = self.dates.inside(s, e)
        if not inside:
            return None
        return min(inside, key=lambda d: abs(d.start - f.start))


def in_title_mentions(ctx: Context) -> list[Mention]:
    return [m for s, e in ctx.title for m in ctx.subjects.inside(s, e)]
