"""Atomic file writes: a temporary file beside the target, renamed over it once whole.

Used for the output tables and json/ files (:mod:`pipeline.output`), the cache and the report.
A process that is interrupted leaves either the old file or the new one, never half of one;
:func:`remove_temporaries` removes the temporary files a killed run left behind.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def _file_mode() -> int:
    """Mode for a new file under the current umask (mkstemp alone would give 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, data: str | bytes, sync: bool = True) -> None:
    """Write ``data`` (text as UTF-8) to a temporary file beside ``path``, then rename it over ``path``.

    The rename alone makes the write atomic for a process that is interrupted (Ctrl-C, kill).
    ``sync`` also flushes the data to the disk first, against a power cut: worth it for the
    tables, not for the per-article files (a JSON file or cache entry damaged by a power cut is
    found out by its size or its parse and rewritten by the next run), where it cost ~1 ms each.
    """
    if sync:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = table_temporary(path)
    else:  # per-article files, thousands per run: a cheaper temporary name, see open_temporary
        fd, tmp = open_temporary(path)
    fill(fd, tmp, data, sync)
    os.replace(tmp, path)


def holds(path: Path, data: str) -> bool:
    """True when ``path`` already holds exactly this text (a no-change re-run writes nothing)."""
    try:
        return path.read_text(encoding="utf-8") == data
    except (OSError, UnicodeDecodeError):
        return False


def write_if_changed(path: Path, data: str) -> None:
    """Atomic write, skipped when the file already holds exactly this text (no-change re-runs)."""
    if not holds(path, data):
        atomic_write(path, data, sync=False)


def fill(fd: int, tmp: str, data: str | bytes, sync: bool) -> None:
    """Write ``data`` into the new temporary file ``tmp`` (open as ``fd``); on any failure (a full
    disk, Ctrl-C) the temporary file is removed before the error goes on."""
    try:
        binary = isinstance(data, bytes)
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        remove(tmp)
        raise


def remove(path: str | Path) -> None:
    """Remove a file; one that is already gone is no error."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def remove_temporaries(out: Path) -> int:
    """Remove the temporary files (``.<name>.<id>.tmp``) a killed run left in the output folder,
    json/ and the cache; returns how many. Call it only while holding the folder's lock."""
    folders = [out, out / "json", out / ".cache"]
    if (out / ".cache").is_dir():
        folders += [p for p in (out / ".cache").iterdir() if p.is_dir()]
    n = 0
    for folder in folders:
        for p in folder.glob(".*.tmp"):
            remove(p)
            n += 1
    if n:
        log.info("%s: removed %d temporary files of an interrupted run", out, n)
    return n


def table_temporary(path: Path) -> tuple[int, str]:
    """A new temporary file ``.<name>.<random>.tmp`` beside a table, with the umask's mode (mkstemp
    alone would give 0600): a table is written once per run, so mkstemp's cost does not matter."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.chmod(tmp, _FILE_MODE)
    return fd, tmp


def open_temporary(path: Path) -> tuple[int, str]:
    """A new temporary file ``.<name>.<pid>.tmp`` beside ``path``, its folder made if missing.

    One process writes a given path at a time, so the process id makes the name unique without
    mkstemp's random names and chmod (a third of the cost of writing a small file). A file left
    by a killed process whose id came back is removed first.
    """
    tmp = str(path.parent / f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    for _ in range(2):
        try:
            return os.open(tmp, flags, 0o666), tmp  # 0o666 under the umask, as open() gives
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            os.unlink(tmp)
    return os.open(tmp, flags, 0o666), tmp


_FILE_MODE = _file_mode()
