"""One run at a time per output folder: ``<out>/.lock``, locked by the running process, holds its pid.

The lock is the operating system's (``flock``), so it ends with the process that holds it, however
that process ends: a run killed with ``kill -9`` leaves the file, but not the lock, and the next
run takes it over (and says so). A second run started while the first one holds it stops at once
with :class:`OutputLocked`, which names the holder. The file is removed when its holder releases it.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_NAME = ".lock"


class OutputLocked(Exception):
    """Another run is writing into the output folder."""


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold ``out``'s lock for the duration of the ``with`` block (the folder must exist)."""
    path = out / LOCK_NAME
    fd = _acquire(path, out)
    try:
        yield
    finally:
        try:
            path.unlink(missing_ok=True)  # while still locked: a waiting run then locks a new file
        finally:
            os.close(fd)


def _acquire(path: Path, out: Path) -> int:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _pid(fd)
            os.close(fd)
            raise OutputLocked(
                f"another run (pid {holder or 'unknown'}) is writing to {str(out)!r}; "
                "wait until it ends, or give another --out"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        try:  # the file we locked may have been removed by the run that just released it
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    stale = _pid(fd)
    if stale:
        log.warning("%s: the run with pid %s ended without releasing its lock; taking it over", out, stale)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def _pid(fd: int) -> str:
    return os.pread(fd, 32, 0).decode("ascii", "replace").strip()
