"""Line breaks stored as the escape backslash-n are read as line breaks, every offset kept
(:mod:`pipeline.escapes`). Examples written for these tests."""

from __future__ import annotations

import pytest

from pipeline.blocks import split_blocks
from pipeline.escapes import describe, read_escaped_breaks
from pipeline.reader import read_article

BS = "\\"  # one backslash, so that the examples read as the file holds them

# (text as the file holds it, the lines it is read as)
CONVERTED = [
    # a byline and its outlet, the only escape of the article
    (f"Par Awa Diop{BS}nEnvoyée spéciale à Kaolack Le port a rouvert.",
     ["Par Awa Diop", "Envoyée spéciale à Kaolack Le port a rouvert."]),
    # paragraphs joined by two escapes
    (f"La récolte a doublé.{BS}n{BS}nLes prix ont baissé de 4 %.",
     ["La récolte a doublé.", "Les prix ont baissé de 4 %."]),
    # a quotation opening the next paragraph
    (f"Il a répondu.{BS}n{BS}n\"Nous tiendrons les délais\", dit-il.",
     ["Il a répondu.", "\"Nous tiendrons les délais\", dit-il."]),
    # a list of nutrients, a bullet or a number at each line's start
    (f"Une portion apporte :{BS}n• 12 g de protéines{BS}n4,5 mg de fer",
     ["Une portion apporte :", "• 12 g de protéines", "4,5 mg de fer"]),
    # a Windows line break written as two escapes, and a lone carriage return
    (f"Titre du jour{BS}r{BS}nLe marché ouvre à 9 h.{BS}rIl ferme à 18 h.",
     ["Titre du jour", "Le marché ouvre à 9 h.", "Il ferme à 18 h."]),
    # a French colon, then a bullet: the escape's word holds no letter
    (f"Trois mesures :{BS}n• le gel des prix", ["Trois mesures :", "• le gel des prix"]),
    # a no-break space between two escapes
    (f"Fin du premier paragraphe.{BS}n\u00a0{BS}nÀ Dakar, la pluie.",
     ["Fin du premier paragraphe.", "À Dakar, la pluie."]),
    # the escapes' word holds an apostrophe and a closing quote: prose, not code
    (f"« C'est fini ».{BS}n{BS}nL'usine ferme.",
     ["« C'est fini ».", "L'usine ferme."]),
]

# Texts that hold a backslash and "n" (or "t") that is not a line break: left as they are.
KEPT = [
    f"Ouvrez le dossier C:{BS}Users{BS}nadia{BS}Documents pour trouver le rapport.",  # a path
    f"Le fichier est dans C:{BS}N2024 et D:{BS}n2025.",  # a drive, then a name in digits
    f"Le partage {BS}{BS}serveur{BS}n2024 est fermé.",  # a network share
    f"En LaTeX, {BS}newline coupe la ligne et {BS}textbf met en gras.",  # LaTeX commands
    f"Le code print(\"Total{BS}n\") affiche le total.",  # code quoted in prose
    f"Le caractère '{BS}n' marque la fin de la ligne.",  # the character named, quoted
    f"Le caractère {BS}n marque la fin de la ligne.",  # the character named, alone
    f"Les paragraphes sont séparés par {BS}n{BS}n.",  # named, with its punctuation
    f"On écrit \"Bonjour{BS}n\" + nom dans ce langage.",  # a string's end, then "+"
    f"Dans une chaîne, {BS}{BS}n est une barre oblique inverse suivie de n.",  # an escaped backslash
    f"Le motif {BS}d+{BS}n reconnaît un nombre en fin de ligne.",  # a regular expression
    f"Le motif [^{BS}n]+ prend la ligne, [ {BS}t{BS}n]+ les blancs.",  # character classes
    f"Elle écrit print(\"Total des ventes : %d{BS}n\", n) à la fin.",  # a string's end in code
    f"Puis message = (\"{BS}nAttention : stock bas\") avant la boucle.",  # a string's start
    f"Le gabarit f\"{BS}n{{total}} ventes\" affiche le total.",  # a template's braces
    "Aucune barre oblique inverse ici, ni de n isolé.",
]


def _lines(text: str) -> list[str]:
    return [text[s:e] for s, e in split_blocks(text)]


@pytest.mark.parametrize(("raw", "lines"), CONVERTED)
def test_escaped_breaks_are_read_as_line_breaks(raw, lines):
    text, counts = read_escaped_breaks(raw)
    assert counts.get("\\n", 0) >= 1
    assert [x.strip() for x in text.splitlines() if x.strip()] == lines


@pytest.mark.parametrize(("raw", "lines"), CONVERTED)
def test_every_offset_stays_an_offset_into_the_file(raw, lines):
    text, _ = read_escaped_breaks(raw)
    assert len(text) == len(raw)
    # every block the next stage finds is the file's text at the same offsets
    for s, e in split_blocks(text):
        assert text[s:e] == raw[s:e]
    # only the escapes' characters changed, each into a space or a line break
    changed = {(a, b) for a, b in zip(raw, text, strict=True) if a != b}
    assert changed <= {("\\", " "), ("n", "\n"), ("r", " "), ("r", "\n")}


@pytest.mark.parametrize("raw", KEPT)
def test_what_is_not_a_line_break_is_kept(raw):
    assert read_escaped_breaks(raw) == (raw, {})


def test_an_escaped_tab_is_a_tab():
    text, counts = read_escaped_breaks(f"Prix{BS}t12 MDH")
    assert (text, counts) == ("Prix \t12 MDH", {"\\t": 1})
    assert read_escaped_breaks(f"Mot {BS}tableau en LaTeX")[1] == {}  # a LaTeX command


@pytest.mark.parametrize(
    ("counts", "note"),
    [
        ({"\\n": 1}, "1 \\n read as line break"),
        ({"\\n": 16}, "16 \\n read as line breaks"),
        ({"\\n": 2, "\\t": 1}, "2 \\n read as line breaks, 1 \\t as a tab"),
        ({"\\t": 3}, "3 \\t read as tabs"),
    ],
)
def test_the_note_says_how_many(counts, note):
    assert describe(counts) == note


def test_the_reader_reads_the_escapes_and_says_so(tmp_path):
    raw = f"Le port rouvre\n\nPar Awa Diop{BS}nEnvoyée spéciale{BS}n{BS}nLe port a rouvert lundi."
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    art = read_article(tmp_path / "a.txt", tmp_path)
    assert art.encoding == "utf-8 (3 \\n read as line breaks)"
    assert len(art.text) == len(raw)
    assert _lines(art.text)[1:] == ["Par Awa Diop", "Envoyée spéciale", "Le port a rouvert lundi."]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == raw  # the user's file is untouched


def test_the_note_joins_the_bad_bytes_note(tmp_path):
    raw = f"Par Awa Diop{BS}nEnvoyée spéciale à Thiès, où l'été est long".encode() + b"\xff"
    (tmp_path / "a.txt").write_bytes(raw)
    art = read_article(tmp_path / "a.txt", tmp_path)
    assert art.encoding == "utf-8 (1 bad byte replaced, 1 \\n read as line break)"


def test_a_file_without_escapes_is_read_as_before(tmp_path):
    raw = "Titre\r\n\r\nCorps du texte, sans barre oblique.\r\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8", newline="")
    art = read_article(tmp_path / "a.txt", tmp_path)
    assert (art.text, art.encoding) == (raw, "utf-8")


@pytest.mark.xfail(strict=True, reason="a line starting in lower case reads as a word (LaTeX \\newline)")
def test_known_limit_an_escaped_break_before_a_lower_case_line():
    assert read_escaped_breaks(f"La ligne coupée au milieu et{BS}nde la phrase.")[1] == {"\\n": 1}


@pytest.mark.xfail(strict=True, reason="an escape alone between spaces reads as the character named")
def test_known_limit_an_escaped_break_between_spaces():
    assert read_escaped_breaks(f"Fin du paragraphe. {BS}n Début du suivant.")[1] == {"\\n": 1}
