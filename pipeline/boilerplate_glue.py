"""Stage 2, page parts the copy glued together: a lower-case letter followed by a capital, no space.

A reader who copies a page gets its elements one after the other; where the page set them side by
side (a link's headline and its teaser, a section label and the headline, a headline and its
byline), the copy often joins them without a space: "... dans une station de métroUn homme ...",
"ÉconomieGabon : ...", "... à MirleftDe notre correspondante, ...". Brand names join words the
same way ("TotalEnergies", "ArcelorMittal"), so a join alone proves nothing: each rule here asks for
a second piece of evidence on one side of it.
"""

from __future__ import annotations

from .blocks import Info, block_words
from .patterns import boilerplate as P

CARD_MAX_WORDS = 60  # a story's card: a headline (up to 30 words) and a teaser of a sentence or two
CARD_HEADLINE_WORDS = (3, 30)  # the part before the join is a headline
CARD_MIN_SHARED = 2  # the teaser repeats this many of the headline's words (content words only)
CONTENT_WORD_MIN_CHARS = 4  # shorter words ("à", "une", "sud") say little about the topic
CARDS_WINDOW = 2  # cards come in lists: another one within this many blocks


def _content_words(text: str) -> set[str]:
    return {
        w.lower()
        for w in P.WORD.findall(text)
        if len(w) >= CONTENT_WORD_MIN_CHARS and w.lower() not in P.PROSE_STOP_WORDS
    }


def glued_card(seg: str, n_words: int) -> bool:
    """A story's card copied as one line: its headline glued to its teaser, which restates it.

    "Un pont inauguré à NantesLe nouveau pont de Nantes a été inauguré ..." Two of the headline's
    content words come back in the teaser; a paragraph naming a brand ("Le groupe TotalEnergies
    ...") has no headline before the join that its next words restate.
    """
    if n_words > CARD_MAX_WORDS or not P.GLUE_QUICK.search(seg):
        return False
    m = P.GLUE.search(seg)
    if m is None:
        return False
    head, rest = seg[: m.start()], seg[m.start() :]
    low, high = CARD_HEADLINE_WORDS
    if not low <= len(block_words(head)[0]) <= high or P.SENTENCE_INSIDE.search(head):
        return False
    return len(_content_words(head) & _content_words(rest)) >= CARD_MIN_SHARED


def mark_cards(infos: list[Info]) -> None:
    """Cards of other stories, glued headline and teaser, listed together: furniture ("teaser").

    One glued card alone may be the article's own headline and lead: only cards with another card
    near them are a list of stories."""
    cards = [not info.furniture and glued_card(info.text, info.words) for info in infos]
    for k, info in enumerate(infos):
        near = cards[max(k - CARDS_WINDOW, 0) : k] + cards[k + 1 : k + 1 + CARDS_WINDOW]
        if cards[k] and any(near):
            info.furniture = "teaser"


def split_glued_title(title: str) -> tuple[int, int, str]:
    """(start, end) of the headline in a line the copy glued to a section label or a byline, and
    what was glued: "section", "byline" or "" (nothing: the whole line).

    "ÉconomieGabon : la zone ..." is the section "Économie" and the headline; "Un hôtel ouvre à
    MirleftDe notre correspondante, X" is the headline and its byline. Other joins (brand names,
    "TotalEnergies") stay."""
    if not P.GLUE_QUICK.search(title):
        return 0, len(title), ""
    for m in P.GLUE.finditer(title):
        head, rest = title[: m.start()], title[m.start() :]
        if P.SECTION_LABEL.fullmatch(head.strip()) and len(block_words(rest)[0]) >= CARD_HEADLINE_WORDS[0]:
            return m.start(), len(title), "section"
        if P.BYLINE.match(rest) and len(block_words(head)[0]) >= CARD_HEADLINE_WORDS[0]:
            return 0, m.start(), "byline"
    return 0, len(title), ""
