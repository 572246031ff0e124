"""The HTML report of a run: ``python -m pipeline report OUT`` writes ``OUT/report/``.

A static site that opens from the file system, offline: the CSS and JavaScript
(``assets/report.css``, ``assets/report.js``) are copied into every page, a Content-Security-Policy
forbids any other load, and the charts are inline SVG.

- ``index.html``: articles by status, reason and language; the announcements (or, for a run
  without ``announcements.csv``, the jobs, area and money figures), sortable and filterable, each
  row linked to its article page; the main actors; jobs and money per month; the run's settings.
- ``articles/<file>.html``, one per row of ``articles.csv``: the decoded text block by block
  (boilerplate greyed, its reason on hover), facts highlighted with their normalised values, and a
  side table of the facts linked to their place in the text; a skipped or failed article's page
  says why.

Modules: :mod:`.data` reads the outputs, :mod:`.overview` computes the index's tables and series,
:mod:`.markup` marks up an article's text, :mod:`.chart` draws the SVG bars, :mod:`.pages` renders
the Jinja2 templates of ``assets/`` (autoescaped: the article text is hostile) and writes the files.
Two builds of the same outputs give the same bytes.
"""

from .pages import build

__all__ = ["build"]
