"""The project's spaCy components, registered with the ``newsfacts_`` prefix.

``newsfacts_gazetteer`` (before ``ner``)
    A :class:`~spacy.pipeline.SpanRuler` over the gazetteer file. It writes its matches to
    ``doc.spans["newsfacts_gazetteer"]`` rather than presetting ``doc.ents``: tried on news
    sentences, preset entities make the model cut longer names around them ("Conseil régional
    de" + "Casablanca-Settat", "Université Hassan II de" + "Casablanca").
``newsfacts_entity_repair`` (after ``ner``)
    Repairs the model's spans (cut at spaced dashes and bars; line breaks, page furniture, shouted
    all-capitals headlines, leading determiners and role words, portfolios inside a ministerial
    role, lower-case and sentence-initial common words, a month or a currency alone), splits
    "CDG Khalid Safir" before the given name, lays the rule names of :mod:`.names` over them (long
    institution names read from a capitalised head, programmes with a year), lays the gazetteer
    over the result (a gazetteer match wins over every span it overlaps, unless one strictly
    contains it: "Conseil régional de Casablanca-Settat"), joins "Caisse de Dépôt" + "et de"
    + "Gestion" when the first half starts with an institution word, and last drops what is no
    name (page furniture, common nouns, demonyms, generic bodies...: :mod:`.filters`).

Both are rule components: one pass over the tokens and the spans, linear in the document.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..patterns import entities as P
from . import gazetteer
from .context import after_place_noun, after_role_word, extend_to_ministry, region_named
from .filters import Refiner
from .names import institution_spans, merge_names, programme_spans
from .roles import in_portfolio
from .tokens import doc_strings, punctuation, span_text, token_texts

GAZETTEER_KEY = "newsfacts_gazetteer"
ACRONYM_MIN_LEN = 2  # "CDG", "OCP": one capital alone is an initial, not an acronym
JOIN_MAX_GAP = 3  # "et de la" is the longest connector between two halves of one name
SHOUTED_LINE_MIN_WORDS = 3  # an all-capitals line of 3+ words is a shouted headline: case tells nothing


@Language.factory("newsfacts_gazetteer", default_config={"path": "", "spans_key": GAZETTEER_KEY})
def make_gazetteer(nlp: Language, name: str, path: str, spans_key: str) -> SpanRuler:
    """Gazetteer matches (case-sensitive, on token text) into ``doc.spans[spans_key]``."""
    ruler = SpanRuler(nlp, name, spans_key=spans_key, annotate_ents=False, phrase_matcher_attr="ORTH",
                      overwrite=True)
    ruler.add_patterns(gazetteer.patterns(path))
    return ruler


@Language.factory("newsfacts_entity_repair", default_config={"path": "", "spans_key": GAZETTEER_KEY})
def make_entity_repair(nlp: Language, name: str, path: str, spans_key: str) -> EntityRepair:
    return EntityRepair(path, spans_key)


def sentence_start(doc: Doc, i: int) -> bool:
    """Whether token i starts a sentence or a clause, from the token before it (no parser in the
    pipeline): a sentence's end, a line break, or a separator (dash, bar) with a space after it.
    A run of spaces counts as a line break: scrapers join a page's lines with them, so a heading or
    a list item ("Légumes : ...", "+  Pressions exercées ...") opens after it, its capital no sign
    of a name."""
    if i == 0:
        return True
    prev = token_texts(doc)[i - 1]
    return prev in P.SENTENCE_END or prev.isspace() or spaced_separator(doc, i - 1, after=True)


def spaced_separator(doc: Doc, k: int, after: bool = False) -> bool:
    """Whether token k is a dash or a bar (:data:`SEPARATORS`) with a space after it (``after``) or
    on both sides: a separator, not a hyphen ("Casablanca-Settat" is three tokens, its "-" unspaced)."""
    text, texts, starts = doc_strings(doc)
    if texts[k] not in P.SEPARATORS:
        return False
    end = starts[k] + len(texts[k])
    space_after = end < len(text) and text[end].isspace()
    return space_after and (after or (starts[k] > 0 and text[starts[k] - 1].isspace()))


def split_at_separators(doc: Doc, ent: Span) -> list[Span]:
    """The model's span cut at its spaced separators: "Rabat - Casablanca" names two places. A span
    across a line break is left whole: the repair drops it whole, it is no name cut in two."""
    if any("\n" in w for w in token_texts(doc)[ent.start : ent.end]):
        return [ent]
    cuts = [k for k in range(ent.start + 1, ent.end - 1) if spaced_separator(doc, k)]
    if not cuts:
        return [ent]
    bounds = zip([ent.start] + [k + 1 for k in cuts], [*cuts, ent.end], strict=True)
    return [Span(doc, a, b, label=ent.label_) for a, b in bounds]


def is_capitalised(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


class EntityRepair:
    """Boundary and label repair of the model's entities, then the gazetteer laid over them."""

    def __init__(self, path: str = "", spans_key: str = GAZETTEER_KEY):
        self.spans_key = spans_key
        self.entries = gazetteer.by_canonical(path)
        self.forms = frozenset(f for e in self.entries.values() for f in e.forms)
        self.place_forms = frozenset(f for e in self.entries.values() if e.label == "LOC" for f in e.forms)
        self.brands = frozenset(c for c, e in self.entries.items() if gazetteer.BRAND in e.flags)

    def __call__(self, doc: Doc) -> Doc:
        gaz = [g for g in filter_spans(doc.spans.get(self.spans_key, [])) if self._applies(doc, g)]
        lower_words = {w for w in token_texts(doc) if w.islower()}
        shouted = shouted_tokens(doc)
        spans: list[Span] = []
        for ent in doc.ents:
            if not shouted[ent.start]:
                for part in split_at_separators(doc, ent):
                    spans.extend(self.repair(doc, part, lower_words))
        spans = split_before_given_name(doc, spans, gaz)
        names = institution_spans(doc, {s.start for s in spans if len(s) > 1}, sentence_start)
        names += programme_spans(doc, self.place_forms)
        names = [n for n in names if not shouted[n.start] and not in_portfolio(doc, n.start)]
        spans = merge_names(doc, spans, names)
        spans = overlay(doc, with_capital_elision(doc, spans), gaz, self.brands)
        spans = join_halves(doc, spans)
        spans = trimmed_to_gazetteer(doc, Refiner(doc, lower_words, sentence_start).keep(spans), gaz)
        spans = with_university_head(doc, spans)
        doc.ents = filter_spans([relabel(doc, s) for s in spans])
        return doc

    def _applies(self, doc: Doc, g: Span) -> bool:
        """A name that is also a person's ("Moulay Rachid") is a place only after a place cue."""
        entry = self.entries.get(g.id_)
        if entry is None or gazetteer.PERSON_TOO not in entry.flags:
            return True
        before = doc[max(0, g.start - P.PLACE_CUE_WINDOW) : g.start]
        return any(t.lower_ in P.PLACE_CUES for t in before)

    def repair(self, doc: Doc, ent: Span, lower_words: set[str]) -> list[Span]:
        """The model's span trimmed to its name, or nothing when it holds no name."""
        texts = token_texts(doc)  # t.lower_ is texts[i].lower(), t.is_lower texts[i].islower()
        punct = punctuation(doc)
        lowers = [w.lower() for w in texts[ent.start : ent.end]]
        if any("\n" in w for w in texts[ent.start : ent.end]) or any(w in P.FURNITURE for w in lowers):
            return []
        i, j = ent.start, ent.end
        while i < j:
            text, low = texts[i], lowers[i - ent.start]
            if low in P.MINISTRY_HEADS or (low in P.GEO_GENERICS and j - i > 1):
                break
            determiner = low in P.LEADING_DETERMINERS and (text.islower() or sentence_start(doc, i))
            if text in P.TITLES or determiner:
                i += 1
            elif low in P.ROLE_PREFIXES and i + 1 < j and lowers[i + 1 - ent.start] in P.ROLE_HEADS:
                i += 1  # "Premier ministre Ousmane Sonko": the role is read next
            elif low in P.ROLE_HEADS or low.split("-")[0] in P.ROLE_HEADS:
                i = after_role(doc, i, j, ent.label_)
                if i is None:
                    return []
            elif text.islower() or punct[i]:
                i += 1
            elif j - i > 1 and sentence_start(doc, i) and low in P.SENTENCE_STARTERS:
                i += 1
            else:
                break
        while j > i and (lowers[j - 1 - ent.start] in P.NAME_PARTICLES or texts[j - 1] in P.TRAILING_PUNCT):
            j -= 1
        if i >= j:
            return []
        label = ent.label_
        k = extend_to_ministry(doc, i)
        if k == i and ((label == "MISC" and after_role_word(doc, i)) or in_portfolio(doc, i)):
            return []  # a portfolio: "chargée de la Transition numérique", "et du Commerce"
        if k < i:
            i, label = k, "ORG"
        text = span_text(doc, i, j)
        low = text.lower()
        if not any(map(is_capitalised, texts[i:j])) or low in P.GENERIC_ALONE or low in P.CURRENCY_NAMES \
                or low in P.CAPITALISED_COMMON_NOUNS:
            return []
        if low in P.CARDINAL_POINTS and not region_named(doc, i, j):
            return []
        if j - i == 1 and text.endswith("s") and text[:-1] in self.forms:
            return []  # "les Technoparks": the plural of a name is a common noun
        if j - i == 1 and low in P.MONTHS_AND_DAYS:
            return []  # "en Mars 2025": a date's month, which the model reads as a place
        if j - i == 1 and sentence_start(doc, i):
            if low in P.SENTENCE_STARTERS or low in STOP_WORDS or low in lower_words:
                return []
        return [Span(doc, i, j, label=label)]


def shouted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether its line is written all in capitals ("FOOTBALL : LE WYDAD S'IMPOSE").

    A line is shouted when it has SHOUTED_LINE_MIN_WORDS words of letters (two or more) and every
    one is upper-case. Counted per line with numpy from spaCy's flag arrays: one Python step per
    line break, not per token."""
    text, texts, starts = doc_strings(doc)
    if not texts:
        return []
    breaks = numpy.zeros(len(texts), dtype=bool)  # the whitespace tokens that end a line
    at = text.find("\n")
    while at >= 0:
        k = bisect_right(starts, at) - 1  # the token holding this line break
        end = starts[k] + len(texts[k])
        breaks[k] = at < end and texts[k].isspace()
        at = text.find("\n", max(end, at + 1))
    alpha, upper, length = doc.to_array([IS_ALPHA, IS_UPPER, LENGTH]).T
    line = numpy.cumsum(breaks)  # a break shares its number with the line after it, and is no word
    words = (alpha == 1) & (length > 1)
    n_words = numpy.bincount(line, weights=words)
    n_upper = numpy.bincount(line, weights=words & (upper == 1))
    shouted = (n_words >= SHOUTED_LINE_MIN_WORDS) & (n_upper == n_words)
    return (shouted[line] & ~breaks).tolist()


def after_role(doc: Doc, i: int, j: int, label: str) -> int | None:
    """Where the name starts after a leading role phrase, or None if the span is all role.

    "Directeur général Khalid Safir" (PER) -> "Khalid Safir"; "Conseiller du Roi" -> None;
    "ministre de l'Industrie" (ORG) -> None: a role names no one by itself.
    """
    k = i
    while k < j and (doc[k].lower_ in P.ROLE_HEADS or doc[k].lower_ in P.ROLE_INNER or doc[k].is_lower
                     or doc[k].lower_.split("-")[0] in P.ROLE_HEADS):
        k += 1
    rest = doc[k:j]
    if not len(rest):
        return None
    if any(t.lower_ in P.GIVEN_NAMES for t in rest) or (label == "PER" and len(rest) >= 2):
        return k
    return None


def split_before_given_name(doc: Doc, spans: list[Span], gaz: list[Span]) -> list[Span]:
    """"CDG Khalid Safir" -> ORG "CDG" + PER "Khalid Safir": a known name or acronym, then a person."""
    gaz_at = {(g.start, g.end): g for g in gaz}
    out = []
    for s in spans:
        cut = None
        for k in range(s.start + 1, s.end - 1):
            t, nxt = doc[k], doc[k + 1]
            if t.lower_ in P.GIVEN_NAMES and t.is_title and is_capitalised(nxt.text):
                head = doc[s.start : k]
                after_stop = head[-1].text.endswith(".") and head[-1].text not in P.TITLES
                acronyms = all(x.is_upper and len(x) >= ACRONYM_MIN_LEN for x in head)
                if (s.start, k) in gaz_at or acronyms or after_stop:
                    cut = k
                break
        if cut is None:
            out.append(s)
            continue
        g = gaz_at.get((s.start, cut))
        head_label = g.label_ if g is not None else "ORG" if doc[s.start].is_upper else s.label_
        out.append(Span(doc, s.start, cut, label=head_label))
        out.append(Span(doc, cut, s.end, label="PER"))
    return out


def join_halves(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Caisse de Dépôt" + "et de" + "Gestion" -> one organisation, when the first half has an ORG head;
    a span ending on a filiation particle + the name right after it -> one name."""
    spans = sorted(spans, key=lambda s: s.start)
    texts = token_texts(doc)
    out: list[Span] = []
    for s in spans:
        if out and s.start == out[-1].end and texts[s.start - 1] in P.FILIATION_PARTICLES \
                and not out[-1].id_ and not s.id_:
            a = out[-1]  # "Hôpital Privé Ibn" + "Yassine Rabat": the particle's name; "Ibn" + "Khaldoun"
            out[-1] = Span(doc, a.start, s.end, label=a.label_ if len(a) > 1 else s.label_)
            continue
        if out and 2 <= s.start - out[-1].end <= JOIN_MAX_GAP:
            a = out[-1]
            gap = [w.lower() for w in texts[a.end : s.start]]
            if (gap[0] == "et" and gap[1] in P.JOIN_PREPOSITIONS
                    and all(w in P.JOIN_ARTICLES for w in gap[2:]) and not a.id_ and not s.id_
                    and doc[a.start].lower_ in P.ORG_HEADS):
                out[-1] = Span(doc, a.start, s.end, label="ORG")
                continue
        out.append(s)
    return out


def overlay(doc: Doc, spans: list[Span], gaz: list[Span], brands: frozenset[str] = frozenset()) -> list[Span]:
    """Gazetteer matches replace the model spans they overlap, unless one strictly contains them.

    A longer span that opens with a company's name is a company too ("CDG Capital"), unless the
    name is a brand's (``brands``, the canonical names flagged so), which heads its products' names
    as well ("Google Docs", "Microsoft Teams"), or a given name heading a person's ("Chelsea
    Clinton"): that span keeps the model's label."""
    owner = [-1] * len(doc)
    for n, s in enumerate(spans):
        for t in range(s.start, s.end):
            owner[t] = n
    dropped: set[int] = set()
    added = []
    for g in gaz:
        hits = {owner[t] for t in range(g.start, g.end) if owner[t] >= 0}
        outer = [n for n in hits if contains(spans[n], g)
                 and not (spans[n].start < g.start and after_place_noun(doc, g.start))
                 and not runs_on_into_prose(doc, spans[n], g)]
        if outer:
            n = outer[0]
            given = spans[n].label_ == "PER" and g.text in P.WORLD_GIVEN_NAMES  # "Chelsea Clinton"
            if (g.label_ == "ORG" and spans[n].start == g.start and spans[n].label_ != "ORG"
                    and g.id_ not in brands and not given):
                spans[n] = Span(doc, spans[n].start, spans[n].end, label="ORG")  # "CDG Capital", "OCP Africa"
            continue
        dropped |= hits
        added.append(Span(doc, g.start, g.end, label=g.label_, span_id=g.id_))
    return [s for n, s in enumerate(spans) if n not in dropped] + added


def with_university_head(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name right after a lower-case "université" (and "de"/"d'") takes the head in, as an
    organisation: "l'université de [Leicester]" -> "université de Leicester", ORG."""
    out = []
    for s in spans:
        k = s.start - 1
        if k >= 1 and doc[k].text in ("de", "d'", "d’"):
            k -= 1
        if k >= 0 and doc[k].text in P.UNIVERSITY_HEADS and s.label_ != "PER":
            s = Span(doc, k, s.end, label="ORG")
        out.append(s)
    return out


def with_capital_elision(doc: Doc, spans: list[Span]) -> list[Span]:
    """A span right after a capital "M'" takes it in: "M'Diq", "M'Dez", "M'hamed" are Maghreb names
    the tokenizer splits as an elided "me" (which is written in lower case inside a sentence)."""
    out = []
    for s in spans:
        before = doc[s.start - 1].text if s.start > 0 else ""
        if before in P.CAPITAL_ELISIONS and not sentence_start(doc, s.start - 1):
            s = Span(doc, s.start - 1, s.end, label=s.label_, span_id=s.id_)
        out.append(s)
    return out


def trimmed_to_gazetteer(doc: Doc, spans: list[Span], gaz: list[Span]) -> list[Span]:
    """A model span that held a gazetteer name and was trimmed down to it ("Visualiser Ciments du
    Maroc" in a table of listed companies -> "Ciments du Maroc") takes the gazetteer's label and
    canonical name, as if the gazetteer had matched it alone."""
    exact = {(g.start, g.end): g for g in gaz}
    out = []
    for s in spans:
        g = exact.get((s.start, s.end))
        keep = g is None or (s.id_ == g.id_ and s.label_ == g.label_)
        out.append(s if keep else Span(doc, g.start, g.end, label=g.label_, span_id=g.id_))
    return out


def runs_on_into_prose(doc: Doc, span: Span, g: Span) -> bool:
    """Whether a model span opens with a company of the gazetteer and runs on into prose: "Vicenne
    sous le seuil", "Mutandis s'élève à 995 millions", "Mutandis, TUC". A company's name goes on
    only with a capitalised word or a connector ("CDG Capital", "Crédit Agricole du Maroc")."""
    if g.label_ != "ORG" or span.start != g.start or g.end >= span.end:
        return False
    nxt = doc[g.end]
    return nxt.text == "," or (nxt.is_lower and nxt.lower_ not in P.COMPANY_NAME_CONNECTORS)


def contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and outer.end >= inner.end and len(outer) > len(inner)


def relabel(doc: Doc, s: Span) -> Span:
    """A model span that starts with an institution word is an organisation ("Ville de Casablanca")."""
    if s.id_ or s.label_ == "ORG" or len(s) < 2 or doc[s.start].lower_ not in P.ORG_HEADS:
        return s
    return Span(doc, s.start, s.end, label="ORG")
