"""Regular expressions and word lists, kept apart from the logic that uses them."""

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"  # the word lists, each with its sources


def load_list(name: str) -> list[str]:
    """The entries of a word list of ``pipeline/data``, one a line; "#" starts a comment."""
    lines = (line.split("#", 1)[0].strip() for line in (DATA / name).read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]
