"""Patterns for French date expressions (candidates; dateparser normalises them)."""

from __future__ import annotations

import re

MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

DATE = re.compile(
    rf"""
    (?P<target>(?:d[’']ici|à\s+l[’']horizon)\s+)?       # d'ici 2030, à l'horizon 2035
    (?:
        (?:(?P<weekday>{DAYS})\s+)?                      # mercredi
        (?P<day>1er|\d{{1,2}})\s+(?P<month>{MONTHS})      # 30 avril
        (?:\s+(?P<year>(?:19|20)\d{{2}}))?               # 2025
      | (?P<nday>\d{{1,2}})\s*[-/.]\s*(?P<nmonth>\d{{1,2}})\s*[-/.]\s*(?P<nyear>(?:19|20)\d{{2}})  # 23 - 07 - 2025
      | (?P<mmonth>{MONTHS})\s+(?P<myear>(?:19|20)\d{{2}})  # avril 2025
      | (?<=\s)(?P<ayear>(?:19|20)\d{{2}})(?![\d\w])      # 2030 (only after d'ici / en, see below)
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
