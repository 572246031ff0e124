"""Stage 7's places (:mod:`pipeline.link`): where a figure applies.

:class:`Places` is the half of :class:`pipeline.link.Context` that reads the article's places:
which LOC names the text writes as places ("à Kénitra", "dans la région de X"), how specific
each is (a country, a landmark near the site, a region, a town or site), and the search for a
figure's place (its sentence, the sentences before it in its paragraph, the title, anywhere
before, after; the most specific wins, then the most named, then the nearest).

:func:`mended` first mends the model's place names ("X à Y" and "district Town" are two places,
"baie de X", a heading glued to a name cut off), and :func:`site_names` finds the ORG or MISC
names the text writes as sites ("inaugurée à X", "la commune de X").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import cached_property, lru_cache

from .link_names import country_keys, known_places, place_like, region_keys
from .model import Article, Entity, Figure
from .ner.index import norm_key
from .patterns import link as P
from .prefilter import holds, lowered

COUNTRY, NEAR, REGION, TOWN = 0, 1, 2, 3  # how specific a place is (Places.level)
# A figure that the sentences before it place at a region or a country only ("... dans le Grand
# Est. 850 millions d'euros ...") is placed at a town named in its paragraph at most this many
# sentences after it ("À Forbach, ..."). Measured by halves: 3: place +0.015 a*, 0 m*; the whole
# paragraph: the same on the dev pages, but a long one-paragraph article about a country then
# takes a town it names much later (ma-financial-news sample).
TOWN_AHEAD_SENTENCES = 3
# A figure after a list of this many towns or more, in a sentence that names none, is over all of
# them: its place is the country (3: "à Casablanca, Rabat et Tanger"; two towns may be one site's
# town and region, "à Sendou et Bargny").
LISTED_SITES = 3


# Words every match of a cue pattern holds (lower case, any case in the text): the pattern is not
# searched in a window that holds none. tests/test_link_prefilter.py fails when a pattern changes.
REGION_CUE_WORDS = ("région", "province", "gouvernorat", "département", "wilaya", "préfecture", "commune")
NEAR_CUE_WORDS = ("près", "proche", "loin", "proximité", "environs", "périphérie", "km", "kilomètres",
                  "l'est", "l’est", "l'ouest", "l’ouest", "nord", "sud")
EVENT_WORDS = ("sign", "paraph", "cérémonie", "sommet", "forum", "conférence", "réunion", "séminaire",
               "assises", "officialis", "finalis", "organis")
ROLE_OF_WORDS = ("président", "maire", "wali", "gouverneur", "préfet", "directeur", "directrice", "ministre",
                 "élu", "député", "sénateur", "conseil", "chambre", "université", "club", "équipe",
                 "responsable", "chef", "patron")


class Places:
    """The place methods of :class:`pipeline.link.Context` (which sets ``art``, ``sentences``,
    ``places``, ``coarse``, ``jurisdictions``, ``compared``, ``events``, ``mentions``,
    ``place_keys``, ``uncued``, ``title``, ``subjects``, ``listed``, ``_cued_heads``)."""

    def _may(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """False when text[start:end] holds none of the words (any case) a pattern's every match
        holds: the pattern need not be searched there (pipeline.prefilter)."""
        low = lowered(self.art.text)
        return low is None or holds(low, words, start, end)

    def _cued(self, e: Entity) -> bool:
        """Whether a place cue comes right before the entity ("à Kénitra"), in its sentence."""
        i = self.sentence_of(e.start)
        s = max(self.sentences[i][0], e.start - P.PLACE_CUE_WINDOW)
        before = self.art.text[s : e.start]
        if not before.strip(" \t\n«\"“|•-–"):  # a sentence's start: "Essaouira : ..."
            return bool(P.KICKER_AFTER.match(self.art.text, e.end))
        # "dans la région de Dakar"; "dans l'est de la France": a part of the country too
        if (self._may(REGION_CUE_WORDS, s, e.start) and P.REGION_CUE.search(before)) \
                or ("dans" in before and P.CARDINAL_PART.search(before)):
            self.coarse[e.start] = REGION
        elif self._may(NEAR_CUE_WORDS, s, e.start) and P.NEAR_CUE.search(before):  # "près de Rennes"
            self.coarse[e.start] = NEAR
        if self._compared(e.start):  # "sur le modèle de la Marina de X": another site
            self.compared.add(norm_key(e.canonical))
            return False
        # "le maire de Rennes": a jurisdiction, not where a figure is
        if self._may(ROLE_OF_WORDS, s, e.start) and P.ROLE_OF.search(before):
            self.jurisdictions.add(norm_key(e.canonical))
            return False
        if not P.PLACE_CUE.search(before):
            return False
        # "les conventions signées mercredi à Yaoundé": where an event was held (in a capital:
        # somewhere in its country), not where the figures apply
        s = max(self.sentences[i][0], e.start - P.EVENT_WINDOW)
        if self._may(EVENT_WORDS, s, e.start) and P.EVENT_BEFORE.search(self.art.text, s, e.start):
            self.events[e.start] = capital_country(e.canonical)
            return False
        return True

    def _cued_parts(self, names: list[tuple[Entity, list[Entity]]]) -> list[Entity]:
        """The places written with a cue: the parts of each cued name (their cue is the name's)."""
        out, heads = [], listed_after(self.art.text, [e for e, _ in names])
        self.listed = heads
        for e, parts in names:
            # "à Ouarzazate, Laâyoune, Boujdour et Tarfaya": a list continues its first place's cue
            head = heads.get(e.start)
            if head is not None and head.start in self.coarse:
                self.coarse[e.start] = self.coarse[head.start]
            listed = head is not None and head.start in self._cued_heads and self._in_list(e)
            if not (self._cued(e) or listed):
                if country := self.events.get(e.start):  # "signées à Yaoundé": in Cameroun
                    out.append(replace(e, canonical=self.country(country)))
                continue
            self._cued_heads.add(e.start)
            for p in parts:
                if p.start != e.start and e.start in self.coarse:
                    self.coarse[p.start] = self.coarse[e.start]
                feature = p.start < e.start  # "baie de Betoya": the name's own form decides
                if place_like(e.canonical if feature else p.canonical):
                    out.append(p)
        return out

    def _in_list(self, e: Entity) -> bool:
        """Whether a name in a list of places is one: not a jurisdiction or a model, and looks like one."""
        before = self.art.text[max(0, e.start - P.PLACE_CUE_WINDOW) : e.start]
        return not P.ROLE_OF.search(before) and not self._compared(e.start)

    @cached_property
    def lower(self) -> str:
        """The text in lower case, for a quick test before a regex."""
        return lowered(self.art.text) or self.art.text.lower()  # the one lowered() keeps, if any

    def _compared(self, start: int) -> bool:
        """Whether the name at ``start`` is the project's model ("sur le modèle de la Marina de X")."""
        window = max(0, start - P.PLACE_CUE_WINDOW)
        near = self.lower[window:start]  # a plain substring test first: the regex is slower
        if not any(w in near for w in P.COMPARED_WORDS):
            return False
        return bool(P.COMPARED_TO.search(self.art.text, window, start))

    def place_of(self, f: Figure, i: int) -> str:
        s, e = self.sentences[i]
        if locs := self.places.inside(s, e):
            return self.most_specific(locs, f)
        if m := P.NATIONAL_SECTOR.search(self.art.text, s, e):  # "l'outsourcing marocain compte"
            return self.country(P.NATIONAL_ADJECTIVE[m["adj"].lower()])
        if P.MARKET_BEFORE.search(self.art.text[max(s, f.start - P.CONTEXT_WINDOW) : f.start]):
            return ""  # a market's size is placed by its own sentence or not at all ("marché mondial")
        if P.WORLDWIDE.search(self.art.text, s, e):
            return ""  # "X emploie 13 000 personnes dans le monde": no one place
        if f.subject and norm_key(f.subject) in self.place_keys and not P.PROJECT_WORDS.search(f.subject):
            return f.subject  # "l'éco-cité Zenata": a project named after its site is its place
        if P.POSSESSED_TOTAL.search(self.art.text, max(s, f.start - 8), f.start):
            return self.article_country  # "Webcad ... ses 3 500 salariés": all its sites, in its country
        if locs := self._places_before(s, floor=self._segment_start(s)):  # earlier in the paragraph
            if country := self._over_a_list(locs):
                return country
            if (top := max(map(self.level, locs))) < TOWN:  # a town later in the paragraph beats a region
                seg_end = self._segment_end(s)  # (only a more specific one: not another region)
                locs = locs + [x for x in self._places_after(e) if x.start < seg_end and self._joins(x, top)]
            return self.most_specific(locs, f)
        titled = [x for s2, e2 in self.title for x in self.places.inside(s2, e2)]
        if titled and max(map(self.level, titled)) == TOWN:
            return self.most_specific(titled, f)
        if locs := self._places_before(s, floor=0):
            if country := self._over_a_list(locs):
                return country
            # "... dans le Grand Est. [¶] 400 emplois. À Forbach"
            if (top := max(map(self.level, locs))) < TOWN:
                ahead = self.sentences[min(i + TOWN_AHEAD_SENTENCES, len(self.sentences) - 1)][1]
                end = min(ahead, self._segment_end(s))
                locs = locs + [x for x in self.places.inside(e, end) if self._joins(x, top)]
            # a town named in the text beats a region or a country of the title
            return self.most_specific(locs + titled, f)
        if locs := self._places_after(e):
            return self.most_specific(locs + titled, f)
        if titled:
            return self.most_specific(titled, f)
        if self.uncued:
            return self.most_specific(self.uncued, f)
        return self._site_in_name(f.subject)

    def _site_in_name(self, subject: str) -> str:
        """The site a project subject's name ends with ("Parc industriel de Diamniadio": Diamniadio),
        for a figure the text places nowhere else ("" if none)."""
        if not subject or not any(m.site and m.name == subject for m in self.subjects):
            return ""
        m = P.SITE_IN_NAME.search(subject)
        site = m["site"] if m else ""
        return site if site and place_like(site) and not P.PROJECT_WORDS.search(site) else ""

    def _over_a_list(self, locs: list[Entity]) -> str:
        """The article's country when the places before the figure are a list of
        :data:`LISTED_SITES` towns or more ("ses sites de Casablanca, Rabat, Tanger et Agadir. Les
        entreprises des différents sites emploient 3 000 salariés": all of them); else ""."""
        lists = Counter(self.listed[x.start].start if x.start in self.listed else x.start
                        for x in locs if self.level(x) == TOWN)
        if not lists or max(lists.values()) < LISTED_SITES:
            return ""
        return self.article_country

    @cached_property
    def article_country(self) -> str:
        """The country the article names most ("" if none)."""
        countries = Counter(e.canonical for e in self.art.entities  # not "Afrique", "Moyen-Orient"
                            if e.label == "LOC" and norm_key(e.canonical) in country_keys()
                            and place_like(e.canonical))
        return countries.most_common(1)[0][0] if countries else ""

    def _joins(self, x: Entity, top: int) -> bool:
        """Whether a place named after the figure joins the places before it, whose most specific
        level is ``top``: a more specific one; or any, after a country (the most named wins)."""
        return top == COUNTRY or self.level(x) > top

    def country(self, name: str) -> str:
        """The article's canonical of a country ("Maroc"), or the name as the table writes it."""
        key = norm_key(name)
        return next((e.canonical for e in self.art.entities if norm_key(e.canonical) == key), name)

    def _places_before(self, pos: int, floor: int) -> list[Entity]:
        """The places of the last sentence before ``pos`` that names one (not before ``floor``)."""
        k = bisect_left(self.places.starts, pos) - 1
        if k < 0 or self.places.starts[k] < floor:
            return []
        last = self.places.items[k]
        s, e = self.sentences[self.sentence_of(last.start)]
        return [x for x in self.places.inside(s, e) if x.start >= floor] or [last]

    def _places_after(self, pos: int) -> list[Entity]:
        """The places of the first sentence from ``pos`` on that names one."""
        k = bisect_left(self.places.starts, pos)
        if k == len(self.places.starts):
            return []
        first = self.places.items[k]
        s, e = self.sentences[self.sentence_of(first.start)]
        return [x for x in self.places.inside(s, e) if x.start >= pos] or [first]

    def level(self, x: Entity) -> int:
        """How specific a place is: a country; a landmark near the site ("près de Rennes"); a region
        (or a place named as the area around the site: "dans la région de Dakar", "Province de
        Khouribga"); a town or site."""
        if norm_key(x.canonical) in country_keys():
            return REGION if self.coarse.get(x.start) == REGION else COUNTRY
        if x.start in self.coarse:
            return self.coarse[x.start]
        return REGION if norm_key(x.canonical) in region_keys() or P.REGION_NAME.match(x.canonical) else TOWN

    def most_specific(self, locs: list[Entity], f: Figure) -> str:
        """A place below the country level if there is one (a town or site before a region); among
        those, the one the article names most often, then the nearest to the figure."""
        top = max(map(self.level, locs))
        same = [x for x in locs if self.level(x) == top]
        best = min(same, key=lambda x: (-self.mentions[norm_key(x.canonical)], abs(x.start - f.start)))
        return best.canonical


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    return {norm_key(town): country for town, country in P.CAPITALS.items()}


def capital_country(name: str) -> str:
    """The country whose capital the name is ("Yaoundé": "Cameroun"), else ""."""
    return capitals().get(norm_key(name), "")


def site_names(art: Article) -> set[str]:
    """The keys of the ORG or MISC names the text writes as a site: after a participle that places
    something or a settlement's noun ("inaugurée à X", "la commune de X": :data:`SITE_CUE`) at
    least once, and after a place cue everywhere ("ce 20 février à X"). A firm is written as an
    actor somewhere ("cédé à X Bank" has no such cue; "X a investi" none at all)."""
    text = art.text
    names = [e for e in art.entities if e.label in {"ORG", "MISC"}]
    if not names:
        return set()
    lower = lowered(text) or text.lower()  # a plain substring test first: the regexes are slower
    strong: set[str] = set()
    for e in names:
        start = max(0, e.start - P.PLACE_CUE_WINDOW)
        if any(w in lower[start : e.start] for w in P.SITE_WORDS) and P.SITE_CUE.search(text, start, e.start):
            strong.add(norm_key(e.canonical))
    strong = {k for k in strong if k not in known_places()}
    for e in names:
        if (key := norm_key(e.canonical)) not in strong:
            continue
        before = text[max(0, e.start - P.PLACE_CUE_WINDOW) : e.start]
        if not (place_like(e.canonical) and P.PLACE_CUE.search(before)):
            strong.discard(key)  # written once without a place cue: an actor
    return strong


def mended(art: Article, sites: set[str]) -> list[tuple[Entity, list[Entity]]]:
    """Each place name of the article (LOC, and the names of :func:`site_names`) with the places
    it stands for, where the model's span was wrong: "X à Y" is two ("la Technopôle de Nouaceur à
    Casablanca"); "Logbajeck Douala", a district then a known town, is two; "Betoya" after "la
    baie de" is "baie de Betoya" (a feature's name, when the name alone is no known place)."""
    text, known = art.text, known_places()
    out = []
    for e in art.entities:
        if e.label != "LOC" and not (e.label in {"ORG", "MISC"} and norm_key(e.canonical) in sites):
            continue
        e = e if e.label == "LOC" else replace(e, label="LOC")
        if glued := P.GLUED_TAIL.search(e.text):  # "au Burkina Faso Une base ...": the page's heading
            e = _part(e, 0, glued.start())
        parts = [e]
        if " à " in e.text:  # "Technopôle de Nouaceur à Casablanca"
            k = e.text.index(" à ")
            parts = [_part(e, 0, k), _part(e, k + 3, len(e.text))]
        elif (split := _known_tail(e.text, known)) is not None:  # "Logbajeck Douala"
            parts = [_part(e, 0, split - 1), _part(e, split, len(e.text))]
        elif (
            any(w in text[max(0, e.start - P.PLACE_CUE_WINDOW) : e.start] for w in P.FEATURE_WORDS)
            and norm_key(e.canonical) not in known
            and (m := P.FEATURE_BEFORE.search(text, max(0, e.start - P.PLACE_CUE_WINDOW), e.start))
        ):  # "dans la baie de Betoya"
            name = " ".join(text[m.start() : e.end].split())
            parts = [replace(e, text=text[m.start() : e.end], canonical=name, start=m.start())]
        out.append((e, parts))
    return out


def _part(e: Entity, i: int, j: int) -> Entity:
    name = e.text[i:j]
    return replace(e, text=name, canonical=" ".join(name.split()), start=e.start + i, end=e.start + j)


def _known_tail(name: str, known: frozenset[str]) -> int | None:
    """Where a known town starts in a name of capitalised words that is no known place itself
    ("Logbajeck Douala": 10), or None. Not a country or a region ("Aircelle Maroc" is a firm)."""
    if norm_key(name) in known or "-" in name:
        return None
    words = name.split(" ")
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        key = norm_key(tail)
        if key in known and key not in country_keys() and key not in region_keys():
            if norm_key(head) not in known and all(w[:1].isupper() for w in words[:k]):
                return len(head) + 1
    return None


def listed_after(text: str, names: list[Entity]) -> dict[int, Entity]:
    """For each name inside a list of names ("Ouarzazate, Laâyoune et Boujdour": a comma or "et"
    between each, "et" or "ou" before the last), the list's first name, by the name's start.
    Not "à San Diego, Californie": a town and its region, no list."""
    out: dict[int, Entity] = {}
    run = names[:1]
    for e in [*names[1:], None]:
        sep = P.LIST_SEPARATOR.fullmatch(text, run[-1].end, e.start) if e is not None else None
        if sep is not None:
            run.append(e)
            continue
        if len(run) > 1 and P.LIST_LAST.fullmatch(text, run[-2].end, run[-1].start):
            out.update((x.start, run[0]) for x in run[1:])
        run = [e]
    return out
