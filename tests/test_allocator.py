"""Issue 7: glibc keeps the memory freed between two NER batches, and processes keep one thread
(pipeline.allocator)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import allocator

ROOT = Path(__file__).resolve().parent.parent
GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"

# A batch as spaCy's NER makes one: 200 MiB in 1 MiB arrays, every page written, then all freed.
# Prints the page faults of three batches after a first one has grown the heap.
BATCHES = """
import resource, sys
from pipeline.allocator import keep_freed_memory
if sys.argv[1] == "keep":
    assert keep_freed_memory()
def batch():
    blocks = [b"x" * (1 << 20) for _ in range(200)]
    del blocks
batch()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(3):
    batch()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def fresh(code: str, arg: str, unset: tuple[str, ...], **settings: str) -> str:
    """What ``code`` prints in a fresh process, without the ``unset`` variables, with ``settings``."""
    env = {k: v for k, v in os.environ.items() if k not in unset} | settings
    done = subprocess.run([sys.executable, "-c", code, arg], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True)
    return done.stdout


def page_faults(mode: str) -> int:
    """Page faults of the batches in a fresh process, glibc's own defaults unless mode is "keep"."""
    return int(fresh(BATCHES, mode, allocator.USER_SETTINGS))


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_freed_batches_are_not_faulted_in_again():
    default, kept = page_faults("default"), page_faults("keep")
    assert default > 100_000  # 600 MiB written to pages the kernel had taken back: ~150,000 faults
    assert kept < default / 100


@pytest.mark.parametrize("variable", allocator.USER_SETTINGS)
def test_the_users_own_allocator_settings_win(monkeypatch, variable):
    monkeypatch.setattr(allocator, "_done", False)
    monkeypatch.setenv(variable, "glibc.malloc.trim_threshold=0" if variable == "GLIBC_TUNABLES" else "0")
    assert allocator.keep_freed_memory() is False


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_the_thresholds_are_set_once_per_process(monkeypatch):
    for variable in allocator.USER_SETTINGS:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(allocator, "_done", False)
    assert allocator.keep_freed_memory() is True

    def no_second_call(*args):
        raise AssertionError("mallopt looked up again")

    monkeypatch.setattr(allocator.ctypes, "CDLL", no_second_call)
    assert allocator.keep_freed_memory() is True


# The threads of a fresh process once numpy is imported, the package first or not, and whether
# the variable the package sets for numpy's import is left in the environment.
THREADS = """
import os, sys
if sys.argv[1] == "package":
    import pipeline
import numpy
print(len(os.listdir("/proc/self/task")), "OPENBLAS_NUM_THREADS" in os.environ)
"""
MULTI_CORE_LINUX = Path("/proc/self/task").is_dir() and (os.cpu_count() or 1) >= 2


def threads(first: str, **settings: str) -> tuple[int, bool]:
    count, leaked = fresh(THREADS, first, allocator.BLAS_THREAD_SETTINGS, **settings).split()
    return int(count), leaked == "True"


@pytest.mark.skipif(not MULTI_CORE_LINUX, reason="OpenBLAS starts no thread on one core; /proc is Linux's")
def test_the_package_keeps_numpy_from_starting_a_thread():
    assert threads("numpy")[0] > 1  # numpy alone: OpenBLAS's pool, one thread per extra core
    assert threads("package") == (1, False)  # and the user's environment is left as it was


@pytest.mark.skipif(not MULTI_CORE_LINUX, reason="OpenBLAS starts no thread on one core; /proc is Linux's")
@pytest.mark.parametrize("variable", allocator.BLAS_THREAD_SETTINGS)
def test_the_users_own_thread_count_wins(variable):
    assert threads("package", **{variable: "2"})[0] == 2


def test_nothing_is_done_once_numpy_is_imported():
    import numpy  # noqa: F401

    assert allocator.one_blas_thread() is False


WARM_UP = """
import gc
from pipeline.engines import warm_up
from pipeline.ner import lexicon
warm_up()
frozen = gc.get_freeze_count()
from pipeline import allocator
print(frozen > 100_000, lexicon.tables.cache_info().currsize, allocator.freeze_loaded())
"""


def test_warm_up_loads_the_lexicon_then_freezes_the_loaded_objects_once():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", WARM_UP], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["True", "1", "False"]
