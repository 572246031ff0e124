"""French news fact extraction: entities, figures and dates from economic news.

The stages are listed, in the order the data flows, in :mod:`pipeline.core`.
"""

from .allocator import one_blas_thread

__version__ = "0.1.0"

# before anything imports numpy: OpenBLAS's idle thread makes every malloc of the NER slower
one_blas_thread()
