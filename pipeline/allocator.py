"""glibc's allocator on its fast paths: memory kept between NER batches, and one thread per process.

On a batch of 64 news articles the NER model allocates and frees a few hundred MiB of numpy
arrays. With glibc's defaults the large ones are ``mmap``-ed and unmapped one by one, and what is
freed at the top of the heap beyond 128 KiB is given back to the kernel after every batch, so the
next batch faults every page in again: about 350,000 page faults on 500 articles, 2.5 s of kernel
time next to 13 s of NER (measured on 2026-11-29, bare ``nlp.pipe`` of ``fr_core_news_md``, NER
only, 1 process: 15.3 s wall with the defaults, 12.8 s with the settings below, 4 page faults).

:func:`keep_freed_memory` raises both thresholds with ``mallopt``. The peak stays what a batch
needs; a process only keeps it between batches instead of returning and refetching it. It is
called when the model is loaded (:func:`pipeline.entities.load_nlp`), so worker processes forked
afterwards inherit it. It does nothing off glibc (macOS, musl), and nothing when the user set
the allocator's own environment variables, which then win.

glibc's ``malloc`` and ``free`` also skip their locks and atomic operations while a process has a
single thread, and spaCy's NER calls them millions of times. numpy's OpenBLAS (the PyPI wheels)
starts a thread per extra core as soon as numpy is imported, and again in every forked worker;
the thread only waits, since the NER's matrix products go through blis, single-threaded, but its
mere existence made the NER 8-10 % slower (2026-11-29, 500 articles, bare ``nlp.pipe``: 13.6 s
CPU with the thread, 12.1 s without; an idle Python thread brings the cost back).
:func:`one_blas_thread` asks OpenBLAS for no thread pool; it must run before numpy is imported,
so the package's ``__init__`` calls it. The user's own thread settings win.

Python's cyclic garbage collector walks, at each of its full collections, every container object
the process holds: once the model, langdetect's profiles and the entity lexicon are loaded, about
200,000 objects that live as long as the process. :func:`freeze_loaded` moves them out of its
reach with ``gc.freeze()`` (Python's own advice before forking workers, which then share those
pages instead of copying them as the collector touches them): on 500 real articles, 1 process,
the collector's time fell from 0.28 s to 0.10 s (2026-12-02).
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import sys

log = logging.getLogger(__name__)

# mallopt's parameter numbers, from glibc's <malloc.h>
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# Blocks from this size up are mmap-ed (and unmapped when freed). 32 MiB is the largest value
# glibc accepts on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX); the NER's arrays are below it.
MMAP_THRESHOLD = 32 * 1024 * 1024
# Free memory at the top of the heap beyond this is returned to the kernel. A batch frees more
# than 128 MiB at once (128 MiB still gave 340,000 faults on 500 articles; 256 MiB gave none).
TRIM_THRESHOLD = 256 * 1024 * 1024
# Set by the user, these tell glibc what to do; this module then leaves the allocator alone.
USER_SETTINGS = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "GLIBC_TUNABLES")

# Set by the user, these tell OpenBLAS how many threads to run; this module then leaves them.
BLAS_THREAD_SETTINGS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")

_done = False


def one_blas_thread() -> bool:
    """Import numpy with OpenBLAS told to start no thread; whether this call did so.

    OpenBLAS reads its thread count once, when numpy loads it (and keeps it in forked workers):
    nothing is done when numpy is already imported or the user set a thread count. The variable
    is set for the import only, so the user's environment and the processes they start are unchanged.
    """
    if "numpy" in sys.modules or any(name in os.environ for name in BLAS_THREAD_SETTINGS):
        return False
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        import numpy  # noqa: F401
    finally:
        del os.environ["OPENBLAS_NUM_THREADS"]
    return True


def keep_freed_memory() -> bool:
    """Raise glibc's mmap and trim thresholds once per process; whether they are now raised."""
    global _done
    if _done:
        return True
    if any(name in os.environ for name in USER_SETTINGS):
        log.debug("allocator left as the environment sets it")
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # not glibc (Windows: CDLL(None) is a TypeError)
        log.debug("no mallopt here: allocator left alone")
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    _done = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
    if not _done:
        log.debug("mallopt refused the thresholds: allocator left alone")
    return _done


_frozen = False


def freeze_loaded() -> bool:
    """``gc.freeze()`` once per process, after the loading (:func:`pipeline.engines.warm_up`); whether
    this call froze. The objects frozen are never collected: what was loaded, kept until the end."""
    global _frozen
    if _frozen:
        return False
    gc.freeze()
    _frozen = True
    return True
