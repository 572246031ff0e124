"""Stage 2, the title: the article's headline among the blocks above its body.

The headline just above the body, passing over bylines, dates, furniture, section labels, names
alone (a photo's or author's credit) and bullet points (the story's key points, which stay in the
body), told apart from a subtitle, a caption, a site's tagline and a list of other stories. Called
by :mod:`pipeline.boilerplate` once the body is found; the evidence is :mod:`pipeline.blocks`'.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import ALL_CAPS_MIN_LETTERS, Info, block_words, norm
from .boilerplate_glue import glued_card, split_glued_title
from .model import Block
from .patterns import boilerplate as P

MAX_LEAD_BLOCKS = 1  # a lead paragraph may sit between the title and the byline
SUBTITLE_MIN_WORDS = 12  # a line this long under the headline is its subtitle, not a competing title
MIN_TITLE_WORDS = 3  # "ÉCONOMIE" or "Actualités" above the title is a section label, not a headline
ALL_CAPS_LABEL_WORDS = 3  # "ÉCONOMIE ET FINANCES" in capitals is a section label too
MAX_TITLE_WORDS = 30  # headlines are short; longer lines are prose
NAME_MAX_WORDS = 6  # a line of capitalised words this short is a name (twice, when a credit doubles it)
CREDIT_LINE_WORDS = 4  # "Le Journal du Sud : BENALI": an outlet and an author, a short line
MAX_HEADLINES_ABOVE = 4  # headlines searched above the body: a title, a subtitle, two key points
MIN_LISTED_STORIES = 3  # this many headlines under the same separator are a list of stories
COMPLETION_WORDS = 3  # the last words of a headline cut short, found again in the whole one
ELLIPSES = ("…", "...")  # a teaser or a headline cut short by the page
PATH_LABEL_WORDS = 3  # "Économie", "Afrique de l'Ouest": a breadcrumb's labels are a menu's items
KICKER_MAX_WORDS = 5  # "Guerre Russie-Ukraine :", "Prix du loyer :": a rubric or a name, a few words


def headline(info: Info) -> bool:
    """Could this block be a headline: short, no full stop or colon at the end, not furniture."""
    return (
        info.shape in ("heading", "sentence", "prose")
        and MIN_TITLE_WORDS <= info.words <= MAX_TITLE_WORDS
        and _wordy(info) >= MIN_TITLE_WORDS  # not "À 01:00"
        and not info.period_end
        and not info.text.endswith(":")
        and not info.specific
        and not (info.all_caps and info.words <= ALL_CAPS_LABEL_WORDS)
    )


def _wordy(info: Info) -> int:
    """The block's words that are not numbers."""
    return sum(not w.isdigit() for w in block_words(info.text)[0])


def skippable(info: Info) -> bool:
    """Blocks the title search passes over: bylines, dates, furniture, author names, labels, list
    items (a story's key points under its headline) and names alone (a photo's or author's credit)."""
    # "ÉCONOMIE", "1 245 vues", "Lu 312 fois": under three words besides numbers, a label or a counter
    short_label = info.shape == "heading" and _wordy(info) < MIN_TITLE_WORDS
    return (
        bool(info.specific)
        or info.shape in ("byline", "date")
        or short_label
        or bool(P.BULLET.match(info.text))
        or names_only(info)
        or _credit_line(info)
    )


def _credit_line(info: Info) -> bool:
    """A short "Outlet : AUTHOR" line: a label, a colon and a name in capitals, no function word
    ("Le Journal du Sud : BENALI", "Rédaction : MAP"): a credit, never the headline."""
    if info.words > CREDIT_LINE_WORDS or ":" not in info.text or info.shape == "prose":
        return False
    label, _, name = info.text.rpartition(":")
    words, heads = block_words(info.text)
    caps = block_words(name)[0]
    named = len(caps) == 1 and len(caps[0]) >= ALL_CAPS_MIN_LETTERS and caps[0].isupper()
    return named and bool(label.strip()) and not any(h in P.PROSE_STOP_WORDS and len(h) > 1 for h in heads)


def names_only(info: Info) -> bool:
    """A short line of capitalised words and no function word: a name ("Awa Diop Awa Diop"); a
    name's lower-case particle between two of them is part of it ("Evanildo da Silveira")."""
    if info.words > NAME_MAX_WORDS or info.shape == "prose":
        return False
    words, heads = block_words(info.text)
    particles = _name_particles(words)
    if not all(w[:1].isupper() or i in particles for i, w in enumerate(words)):
        return False
    # "T.B.": an initial is no function word (heads are the words' own, lower-cased, in order)
    return not any(h in P.PROSE_STOP_WORDS and len(h) > 1 and i not in particles for i, h in enumerate(heads))


def _name_particles(words: tuple[str, ...]) -> set[int]:
    """The indices of the name particles that sit between two capitalised words ("da", "von der")."""
    out: set[int] = set()
    run: list[int] = []
    for i, w in enumerate(words):
        if w in P.NAME_LINE_PARTICLES and i > 0 and (run or words[i - 1][:1].isupper()):
            run.append(i)
            continue
        if run and w[:1].isupper():
            out.update(run)
        run = []
    return out


def clean_title(text: str) -> str:
    """The headline without the separators, arrows and hashtags a page puts around it."""
    return P.TITLE_EDGES.sub("", text)


def title_blocks(text: str, start: int, end: int) -> list[Block]:
    """The title line as blocks: the headline (kind ``title``) and what the page or the copy put
    around it: separators, arrows and hashtags ("title_edge"), a section label glued to it
    ("navigation"), a byline glued to it (kind ``byline``). Offsets stay exact; only the headline
    is read as the title (and by the entity stage)."""
    seg = text[start:end]
    clean = clean_title(seg)
    if not clean.strip():
        return [Block(start, end, "title", "")]
    a = seg.find(clean)
    g0, g1, glued = split_glued_title(clean)
    if not glued:
        g0 = section_path(clean)
        glued = "section" if g0 else ""
    g1 = g0 + site_name_start(clean[g0:g1])
    head = (start + a + g0, start + a + g1)
    before = "navigation" if glued == "section" else "title_edge"
    after = ("byline", "") if glued == "byline" else ("boilerplate", "title_edge")
    out = []
    for (s, e), (kind, reason) in (
        ((start, head[0]), ("boilerplate", before)),
        (head, ("title", "")),
        ((head[1], end), after),
    ):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Block(s, e, kind, reason))
    return out


def site_name_start(title: str) -> int:
    """Where the site's name after the headline starts ("Le port s'agrandit | Le Quotidien du Sud",
    "... - Jeune Afrique"): a short capitalised name with a masthead word after a spaced separator,
    the headline before it long enough to stand alone; else the title's length."""
    m = P.SITE_SUFFIX.search(title)
    if m is None or len(block_words(m["site"])[0]) > P.SITE_SUFFIX_MAX_WORDS \
            or not P.MASTHEAD_WORD.search(m["site"]):
        return len(title)
    return m.start() if len(block_words(title[: m.start()])[0]) >= MIN_TITLE_WORDS else len(title)


def section_path(title: str) -> int:
    """Where the headline starts in a title line opened by the site's section path, else 0.

    A rubric label in capitals before the headline ("ÉCONOMIE Le port s'agrandit"), a rubric
    label then breadcrumb separators ("Accueil > Économie > Le port ...", "Sport | ..."), or a rubric
    path and a colon before the headline's own kicker ("Actualité Dakar et région: Pêche : les
    prises reculent"): headlines have one kicker, the second one is the headline's. A single
    kicker ("Économie : le port s'agrandit") is the headline's own and stays."""
    if not P.SECTION_START.match(title):
        return 0
    caps = P.CAPS_RUBRIC.match(title)
    if caps and P.SECTION_LABEL.fullmatch(caps["rubric"]):
        return caps.end() if len(block_words(title[caps.end() :])[0]) >= MIN_TITLE_WORDS else 0
    # "»" closes a quotation opened by "«" ('... veut « alléger » le travail'); path parts are labels
    seps = [m for m in P.BREADCRUMB_SEPARATOR.finditer(title) if "»" not in m.group() or "«" not in title]
    ends = [0, *(m.end() for m in seps)]
    parts = [title[a : m.start()] for a, m in zip(ends, seps, strict=False)]  # the path's labels
    labels = all(len(block_words(part)[0]) <= PATH_LABEL_WORDS and ":" not in part for part in parts)
    if seps and labels:
        start = seps[-1].end()
        return start if len(block_words(title[start:])[0]) >= MIN_TITLE_WORDS else 0
    path = P.KICKER.match(title)
    if path is None or len(block_words(path["label"])[0]) > KICKER_MAX_WORDS or P.PLACE_RUBRIC.match(title):
        return 0
    start = path.start(0) + path.group(0).rindex(":") + 1
    start += len(title[start:]) - len(title[start:].lstrip())
    kicker = P.KICKER.match(title[start:])
    if kicker is None or len(block_words(kicker["label"])[0]) > KICKER_MAX_WORDS:
        return 0
    return start if len(block_words(title[start:])[0]) >= MIN_TITLE_WORDS else 0


def find_title(infos: list[Info], body_start: int) -> tuple[int | None, list[int]]:
    """The headline just above the body, passing over bylines, dates, furniture and a lead.

    Returns the title's index and the blocks between it and the body that belong to the body: a
    lead paragraph ("chapeau") cut off by the byline, or a subtitle. Of two headlines one above the
    other, the upper one is the title when the lower one is a longer subtitle, or when a byline
    follows the upper one and not the lower one (a caption); otherwise the upper one is page
    furniture (a widget title, a breadcrumb, a doubled title).
    """
    lead: list[int] = []
    found: list[int] = []  # headlines, lower first
    bylines_below: list[bool] = []  # whether a byline lies between each headline and the next one down
    furniture_below: list[bool] = []  # whether other skipped blocks (menus, breadcrumbs) lie there
    byline_seen = furniture_seen = False
    for k in range(body_start - 1, -1, -1):
        info = infos[k]
        if skippable(info):
            point = info.words >= MIN_TITLE_WORDS and not info.specific and not names_only(info)
            if not found and P.BULLET.match(info.text) and point:  # not "- 15 mai" nor "- Ali Diop"
                lead.append(k)  # the story's key points under its headline
            byline_seen = byline_seen or info.shape == "byline"
            furniture_seen = furniture_seen or info.shape != "byline"
            continue
        if headline(info):
            found.append(k)
            bylines_below.append(byline_seen)
            furniture_below.append(furniture_seen)
            byline_seen = furniture_seen = False
            if len(found) == MAX_HEADLINES_ABOVE:
                break
            continue
        if not found and k < body_start - 1 and _stated_headline(infos, k):
            return k, lead  # "Le port s'agrandit." over its credits, at the top of the page
        if not found and info.shape == "prose" and not info.weak and len(lead) < MAX_LEAD_BLOCKS:
            lead.append(k)
            continue
        if not found and info.shape == "prose" and any(norm(infos[j].text) == norm(info.text) for j in lead):
            continue  # the lead stated twice (under the headline, then over the article): passed over
        break
    if _listed_stories(infos, found):
        return None, lead
    over_byline = [i for i in range(1, len(found)) if bylines_below[i]]
    if over_byline and not bylines_below[0]:  # headline, byline, then its subtitles or key points
        i = over_byline[0]
        return found[i], [*lead, *found[:i]]
    found, bylines_below, furniture_below = found[:3], bylines_below[:3], furniture_below[:3]
    repeated = [k for k in found if _repeated(infos, k, body_start)]
    if repeated and repeated[0] != found[0]:  # the page states its headline twice; under it, a kicker
        i = found.index(repeated[0])
        return repeated[0], [*lead, *found[:i]]
    if len(found) >= 2:
        lower, upper = infos[found[0]], infos[found[1]]
        # A title and its subtitle sit together: page furniture between two headlines (a menu, a
        # breadcrumb) means the upper one is the site's tagline or a widget's; three headlines in
        # a row are a list of other stories, whose last one, next to the body, is the article's.
        apart = furniture_below[1] or len(found) == 3 and not furniture_below[2]
        subtitle = lower.words >= SUBTITLE_MIN_WORDS and lower.words > upper.words and not apart
        caption = bylines_below[1] and not bylines_below[0]
        return (found[1], [*lead, found[0]]) if subtitle or caption else (found[0], lead)
    if found:
        return found[0], lead
    first = infos[0]
    if body_start <= 1 and len(infos) > 2 and first.text.endswith(ELLIPSES) and headline(infos[1]):
        if _completes(first.text, infos[1].text):  # a teaser cut short, then the whole headline
            return 1, []
    # no headline above: the body's first block, over the rest of it, may be the headline (the
    # text's first line, or under a menu, a section label or a date line)
    if not lead and body_start + 1 < len(infos) and opening_headline(infos[body_start]):
        return body_start, []
    return None, []


def opening_headline(info: Info) -> bool:
    """Whether the body's first block (often the text's first line) is the headline rather than a lead.

    A short line standing above the body with no final full stop is a headline, even when its
    closing quote or bracket gives it prose's ending ('Diop : « Nous tiendrons les délais »',
    'Les ventes reculent de 3 % (HCP)'). With its full stop it is one only as a headline is
    written (:func:`_written_as_headline`): a plain short sentence may be a lead, and stays in
    the body.
    """
    return headline(info) or _written_as_headline(info)


def _written_as_headline(info: Info) -> bool:
    """A line with its full stop written as a headline: one sentence, headline short, under a
    rubric or name kicker or closing on a quotation opened at its start or after the colon."""
    one_sentence = not P.SENTENCE_INSIDE.search(info.text)
    if not info.period_end or info.shape not in ("prose", "sentence") or not one_sentence:
        return False
    # a headline and its lead glued by the copy ("Tanger : un port ouvreUn port ouvrira ...") is not one
    if glued_card(info.text, info.words) or not headline(replace(info, period_end=False)):
        return False
    kicker = P.KICKER.match(info.text)
    return bool(P.QUOTED_HEADLINE.search(info.text)) or (
        kicker is not None and len(block_words(kicker["label"])[0]) <= KICKER_MAX_WORDS
    )


def _stated_headline(infos: list[Info], k: int) -> bool:
    """A headline written as a sentence, with its full stop, opening the page: nothing above it
    but furniture (the caller saw credits under it). A short sentence ("Le port s'agrandit."), or a
    longer one written as a headline ('Eau : "Les nappes baissent".'), not a lead."""
    info = infos[k]
    short = info.shape == "sentence" and info.period_end and headline(replace(info, period_end=False))
    if not short and not _written_as_headline(info):
        return False
    return all(skippable(infos[j]) for j in range(k))


def _listed_stories(infos: list[Info], found: list[int]) -> bool:
    """Headlines each under the same separator line ("-", "|"): a list of other stories."""
    if len(found) < MIN_LISTED_STORIES or found[-1] == 0:
        return False
    seps = {norm(infos[k - 1].text) if k and infos[k - 1].words == 0 else None for k in found}
    return len(seps) == 1 and None not in seps


def _repeated(infos: list[Info], k: int, body_start: int) -> bool:
    """Whether headline k is stated again above the body."""
    key = norm(infos[k].text)
    return any(norm(infos[j].text) == key for j in range(body_start) if j != k)


def _completes(cut: str, whole: str) -> bool:
    """Whether ``whole`` is the headline that ``cut`` (ending in an ellipsis) shortened."""
    words = norm(cut.rstrip(".…")).split()[-COMPLETION_WORDS:]
    return len(words) == COMPLETION_WORDS and " ".join(words) in norm(whole) and not whole.endswith(ELLIPSES)
