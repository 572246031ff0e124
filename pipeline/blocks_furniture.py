"""Stage 2, block evidence: what the page-furniture vocabulary says about one line.

The vocabulary (:data:`pipeline.patterns.boilerplate.FURNITURE`: share bars, comment forms,
newsletter prompts, "read also" links... each reason with its phrases and single words) is one
signal among the block's evidence (:func:`pipeline.blocks.describe`): a phrase decides in a short
line that is no sentence of prose or that asks the reader something (a call to action), single
words only in very short or all-caps lines, and a line that talks about a brand it names ("Les
employés de Facebook ...") is not its button. The vocabulary is indexed once, each phrase under
its first word, so a line is searched only for the phrases whose first word it holds
(:data:`PHRASES_BY_FIRST`, also used by :mod:`pipeline.blocks_cut`).
"""

from __future__ import annotations

from .patterns import boilerplate as P

FURNITURE_MAX_WORDS = 25  # one furniture phrase inside a longer block is the article talking about it
WEAK_MAX_WORDS = 6  # a single furniture word decides only in a block this short ...
WEAK_MAX_STOP_SHARE = 0.2  # ... with few function words ("WhatsApp infomagazine", not "Facebook au Maroc")
MULTI_HIT_MAX_WORDS = 16  # two furniture words decide in a sentence this short ("Cette image sera bloquée")
EDGE_MAX_WORDS = 16  # at the body's edges, one furniture word condemns a block up to this long
TALK_MIN_CONTENT_WORDS = 3  # "influenceur", "escroc", "international": a line about a brand, not its button


def furniture_evidence(
    seg: str, words: list[str], stop: float, all_caps: bool, prose: bool
) -> tuple[str, str, str, bool]:
    """(reason the vocabulary decides, reason of a weaker hint, reason of a lone furniture word,
    whether a furniture phrase or a call-to-action word is there at all).

    Each is "" when there is none. The hint is a furniture phrase in a short line that is not a
    sentence of prose, or a call-to-action word in any short line ("Recevez l'essentiel dans votre
    newsletter."): evidence used only at the edges of the body. The lone word decides only beside a
    block of the same furniture ("Merci d'avoir signalé !" above an image-report notice).
    """
    toks = P.TOKEN.findall(seg.lower().replace("’", "'").replace("©", " © "))
    low = " " + " ".join(toks) + " "
    tokset = firsts = set(toks)
    if "'" in low:  # "l'espace commentaires" also as "l' espace commentaires"
        elided = P.ELISION.sub(P.ELIDED, low)
        low += elided
        firsts = tokset.union(elided.split())
    n = len(words)
    best, best_hits, hint, lone = "", 0, "", ""
    cta = not tokset.isdisjoint(P.CALL_TO_ACTION)  # a sentence of prose uses a furniture phrase only to ask
    if cta and P.QUOTATION.search(seg):  # "« Signalez tout cas suspect », a demandé le ministère": quoted
        cta = not set(P.TOKEN.findall(P.QUOTATION.sub(" ", seg).lower())).isdisjoint(P.CALL_TO_ACTION)
    strong: dict[str, int] = {}  # reason -> its phrases in the line
    for first in PHRASES_BY_FIRST.keys() & firsts:  # a phrase can be there only if its first word is
        for reason, phrase in PHRASES_BY_FIRST[first]:
            if f" {phrase} " in low:
                strong[reason] = strong.get(reason, 0) + 1
    singles: dict[str, int] = {}  # reason -> its single words in the line
    for word in _REASONS_OF_WORD.keys() & tokset:
        if word in P.INTERROGATIVE_HOMOGRAPHS and _asks(toks, word):
            continue  # "comment rédiger un CV ?": French "how", not a comment button
        for reason in _REASONS_OF_WORD[word]:
            singles[reason] = singles.get(reason, 0) + 1
    # "Les employés de Facebook écoutaient ...": a sentence about the firm, not a share bar (single
    # words decide nothing in longer lines, which need not be read)
    named = n <= MULTI_HIT_MAX_WORDS and not singles.keys().isdisjoint(P.NAMES_IN_THE_NEWS)
    if named and _talks_about(words):
        for reason in P.NAMES_IN_THE_NEWS:
            singles.pop(reason, None)
    for reason in P.FURNITURE:  # in the table's order: the first reason found wins
        found, hits = strong.get(reason, 0), singles.get(reason, 0)
        if not found and not hits:
            continue
        asking = cta or not prose or reason in P.PHRASES_NEVER_IN_PROSE
        if found and (n <= FURNITURE_MAX_WORDS and asking or cta) or found >= 2:
            return reason, reason, reason, True
        hint = hint or (reason if found and not prose else "")  # a sentence may use the phrase
        lone = lone or (reason if hits and not prose else "")
        if hits and (n <= 2 or all_caps or (n <= WEAK_MAX_WORDS and stop < WEAK_MAX_STOP_SHARE)):
            if hits > best_hits:
                best, best_hits = reason, hits
        elif hits >= 2 and n <= MULTI_HIT_MAX_WORDS and hits > best_hits:
            best, best_hits = reason, hits
    hint = best or hint or ("call_to_action" if cta else "")
    phrases = cta or bool(strong)
    return best, hint if n <= EDGE_MAX_WORDS else best, lone if n <= WEAK_MAX_WORDS else "", phrases


def _asks(toks: list[str], word: str) -> bool:
    """Whether ``word`` (an English furniture word that is a French interrogative, "comment")
    opens a question here: another word follows it, as "comment" = "how" always has one."""
    return any(t == word and k + 1 < len(toks) and toks[k + 1][:1].isalpha() for k, t in enumerate(toks))


def _talks_about(words: tuple[str, ...] | list[str]) -> bool:
    """A line that says something about the brands it names: lower-case content words (neither
    function words nor furniture words) and a function word, as a headline has and a button bar
    ("Facebook Twitter WhatsApp", "partager Facebook e-mail") has not."""
    low = [w.lower() for w in words if w[:1].islower()]
    stops = sum(w in P.PROSE_STOP_WORDS for w in low)
    content = sum(w not in P.PROSE_STOP_WORDS and w not in _REASONS_OF_WORD for w in low)
    return stops >= 1 and content >= TALK_MIN_CONTENT_WORDS


def _index_furniture() -> tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[str, ...]]]:
    """The furniture vocabulary indexed for set intersections with a line's words: each phrase
    (with its reason) under its first word, and each single word with its reasons.

    A phrase can be in a line only if its first word is, so only those phrases are searched.
    The single words of a reason are all different (a word counts once)."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    of_word: dict[str, list[str]] = {}
    for reason, (phrases, singles) in P.FURNITURE.items():
        for p in phrases:
            by_first.setdefault(p.split(" ", 1)[0], []).append((reason, p))
        assert len(set(singles)) == len(singles), f"a furniture word is listed twice under {reason}"
        for w in singles:
            of_word.setdefault(w, []).append(reason)
    return {k: tuple(v) for k, v in by_first.items()}, {k: tuple(v) for k, v in of_word.items()}


PHRASES_BY_FIRST, _REASONS_OF_WORD = _index_furniture()
