"""French news fact extraction: entities, figures and dates from economic news.

The stages are listed, in the order the data flows, in :mod:`pipeline.core`.
"""

__version__ = "0.1.0"
