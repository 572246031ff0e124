"""spaCy's French ``TOKEN_MATCH`` regex, compiled once at install time instead of at every start.

``import spacy.lang.fr`` compiles a regex of 1.45 million characters (French words with a hyphen
after a known prefix: "anti-", "auto-", "sous-"...): 2.5 s of the ~4 s a run spends before its
first article, paid by every run that processes at least one article (measured on 2026-11-29;
a known cost of spaCy's French data, explosion/spaCy#2679 and #3046). Python's regex compiler is
pure Python (``re._parser`` then ``re._compiler``); the list of codes it makes is turned into
the pattern by ``_sre.compile`` in 6 ms.

:func:`build` (run by ``make install``) compiles spaCy's pattern once and stores those codes in
the virtual environment (:func:`cache_file`). :func:`preload`, called before the model is
loaded, rebuilds the pattern from them and puts it in the ``re`` module's cache, so spaCy's own
``re.compile`` call returns it at once. The result is the same object Python would compile:
``re.Pattern`` equality compares the flags, the pattern and every code, and :func:`build`
checks it before writing. The file is keyed by the Python version, the regex engine's version
and spaCy's; anything missing, stale or damaged and spaCy compiles its regex as usual.
"""

from __future__ import annotations

import logging
import marshal
import re
import sys
from pathlib import Path

from .output import atomic_write

log = logging.getLogger(__name__)

FRENCH = "spacy.lang.fr.tokenizer_exceptions"  # the module that compiles TOKEN_MATCH on import
FLAGS = 0  # spaCy calls re.compile(pattern) without flags (they are inline: "(?iu)")


def cache_file() -> Path:
    """Where :func:`build` stores the codes: the environment's share/ folder, one file per versions."""
    import _sre
    from importlib.metadata import version

    name = f"fr_token_match-{sys.implementation.cache_tag}-sre{_sre.MAGIC}-spacy{version('spacy')}.marshal"
    return Path(sys.prefix) / "share" / "newsfacts" / name


def _compile_parts(pattern: str, flags: int) -> tuple:
    """The arguments of ``_sre.compile`` for the pattern, as Python's ``re`` compiler makes them."""
    from re import _compiler, _parser  # Python 3.11+; private, hence the equality check in build()

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # plain ints, for marshal
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def build(path: Path | None = None) -> Path:
    """Compile spaCy's French TOKEN_MATCH once and store its codes at ``path``; returns the path."""
    import _sre
    import importlib

    path = path or cache_file()
    expected = importlib.import_module(FRENCH).TOKEN_MATCH.__self__
    parts = _compile_parts(expected.pattern, FLAGS)
    if _sre.compile(*parts) != expected:
        raise RuntimeError("the codes rebuilt differ from Python's own compilation; nothing stored")
    atomic_write(path, marshal.dumps(parts))
    return path


def preload(path: Path | None = None) -> bool:
    """Put spaCy's French TOKEN_MATCH, rebuilt from the stored codes, in ``re``'s cache; whether done.

    Does nothing once spaCy's French data are imported, or when the file is missing or unusable."""
    import _sre

    if FRENCH in sys.modules:
        return False
    try:
        path = path or cache_file()
        parts = marshal.loads(path.read_bytes())
        pattern = _sre.compile(*parts)  # checks the codes: bad ones raise
        re._cache[type(pattern.pattern), pattern.pattern, FLAGS] = pattern  # what re.compile looks up
    except Exception as exc:  # missing, stale, damaged or another Python: spaCy compiles as usual
        log.info("spaCy's French tokenizer regex is compiled at this start (2.5 s; %s: %s); "
                 "`python -m pipeline.regex_cache` (run by make install) stores it once",
                 type(exc).__name__, exc)
        return False
    return True


def main() -> int:
    """``python -m pipeline.regex_cache``: store the codes (``make install`` runs it)."""
    try:
        print(f"spaCy's French TOKEN_MATCH compiled once, stored in {build()}")
    except Exception as exc:  # an optional speed-up: the install goes on without it
        print(f"warning: spaCy's French TOKEN_MATCH not stored ({type(exc).__name__}: {exc}); "
              "each run will compile it (2.5 s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
