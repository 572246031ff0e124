"""Issue 7: spaCy's French TOKEN_MATCH rebuilt from codes stored at install (pipeline.regex_cache)."""

from __future__ import annotations

import _sre
import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import regex_cache

ROOT = Path(__file__).resolve().parent.parent
# build() reads Python's own regex compiler, re._parser and re._compiler, new in Python 3.11
pytestmark = pytest.mark.skipif(not hasattr(re, "_compiler"), reason="needs Python 3.11+'s re._compiler")

# Words spaCy's French TOKEN_MATCH keeps whole (a hyphen after a known prefix), and words it does not
WORDS = ["anti-inflammatoire", "auto-entrepreneur", "sous-traitance", "porte-parole", "arrière-pays",
         "contre-attaque", "Casablanca", "e-commerce", "l'usine", "Sidi-Maarouf", "2025", "Tanger-Med"]

# In a fresh process: preload the stored codes (argv[1]), then import spaCy's French data while
# counting the large patterns Python compiles; print whether preloaded, that count, whether
# spaCy's TOKEN_MATCH is the cached pattern, and what it matches in WORDS (argv[2], JSON).
FRESH = """
import json, re, sys
from pathlib import Path
from re import _compiler
from pipeline.regex_cache import FLAGS, preload
compiled = []
real = _compiler.compile
def counting(p, flags=0):
    if isinstance(p, str) and len(p) > 100_000:
        compiled.append(len(p))
    return real(p, flags)
_compiler.compile = counting
done = preload(Path(sys.argv[1]))
from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH
cached = re._cache.get((str, TOKEN_MATCH.__self__.pattern, FLAGS)) is TOKEN_MATCH.__self__
print(json.dumps([done, len(compiled), cached, [bool(TOKEN_MATCH(w)) for w in json.loads(sys.argv[2])]]))
"""


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    return regex_cache.build(tmp_path_factory.mktemp("regex") / "token_match.marshal")


@pytest.fixture(scope="module")
def expected() -> list[bool]:
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    return [bool(TOKEN_MATCH(w)) for w in WORDS]


def fresh(path: Path) -> list:
    done = subprocess.run([sys.executable, "-c", FRESH, str(path), json.dumps(WORDS)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_stored_codes_are_pythons_own_compilation(stored):
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    # Pattern equality compares the flags, the pattern text and every code of the compiled program
    assert _sre.compile(*marshal.loads(stored.read_bytes())) == TOKEN_MATCH.__self__


def test_spacy_takes_the_preloaded_pattern_without_compiling(stored, expected):
    assert True in expected and False in expected  # the table tells matches from non-matches
    assert fresh(stored) == [True, 0, True, expected]


def test_a_damaged_file_leaves_spacy_to_compile_its_regex(tmp_path, expected):
    damaged = tmp_path / "token_match.marshal"
    damaged.write_bytes(marshal.dumps(("(?iu)a", 0, [1, 2, 3], 0, {}, (None,))))
    assert fresh(damaged) == [False, 1, True, expected]
    assert fresh(tmp_path / "missing.marshal") == [False, 1, True, expected]


def test_nothing_is_preloaded_once_spacys_french_data_are_imported(stored):
    import spacy.lang.fr.tokenizer_exceptions  # noqa: F401

    assert regex_cache.preload(stored) is False
