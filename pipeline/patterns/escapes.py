"""Patterns for line breaks a scraper stored as escapes: the two characters backslash and "n".

Written from how text escapes are written (C, Python and JSON string escapes: ``\\n`` a line
break, ``\\r\\n`` a Windows one, ``\\t`` a tab, ``\\\\`` a backslash) and from where a backslash
followed by "n" or "t" is *not* an escape in what a news reader may hold: LaTeX commands
(``\\newline``, ``\\noindent``, ``\\textbf``), Windows paths (``C:\\Users\\nadia``,
``\\\\serveur\\partage``), and code quoted in an article about programming (``print("Total\\n")``,
the character ``'\\n'``). Checked against no corpus; the logic is in :mod:`pipeline.escapes`.
"""

from __future__ import annotations

import re

# An escape: a backslash not itself escaped ("\\n" is a backslash then the letter n), then n, t,
# r, or r then n (a Windows line break, written as two escapes).
ESCAPE = re.compile(r"(?<!\\)\\(?:r\\n|[nrt])")

# What each escape is read as: the same number of characters, so that every offset into the
# text stays an offset into the file. A line break (or a tab) after a space: the space ends the
# line before it, which every stage strips.
REPLACEMENT = {"\\n": " \n", "\\r": " \n", "\\t": " \t", "\\r\\n": "   \n"}

# A Windows path around the escape: a drive ("C:\"), or a network share ("\\serveur").
WINDOWS_PATH = re.compile(r"(?:^|[^\w])[A-Za-z]:\\|^\\\\")

# A backslash that starts no escape ("\U" in C:\Users, "\d" in a regex, "\\" in a share): the
# word it is in is a path or code, and so are its escapes.
OTHER_BACKSLASH = re.compile(r"\\(?![nrt])|(?<=\\)\\")

# The end of a string in code: escapes, then a closing quote, then what follows a string in code
# (a bracket, a comma, a semicolon, "+", ".", the line's end): print("Total : %d\n", n), "ab\n" + x.
# In prose a
# quote after a line break opens the next paragraph's quotation, followed by its first letter.
STRING_END = re.compile(r"""(?:\\[nrt])+["'`](?:[)\]},;+.]|\s+\+|$)""", re.MULTILINE)

# The start of a string in code: a bracket, "=" or a comma, then a quote (perhaps after a Python string
# prefix, f"..."), then escapes: error = ("\n[*] Note", print(f"\n{total}"). In prose a quote
# before a line break closes a quotation, after its last word.
STRING_START = re.compile(r"""[(\[{=,]\s*[fFbBrRuU]{0,2}["'`](?:\\[nrt])+""")

# A regular expression's character class: escapes right after "[" or "[^", or right before "]"
# ("[^\n]", "[ \t\n]+"). Prose puts no bracket against a line break.
CHARACTER_CLASS = re.compile(r"\[\^?(?:\\[nrt])+|(?:\\[nrt])+\]")

# A word that is only escapes, perhaps quoted or followed by punctuation, names them ("\n",
# "\n\n.", "(\t)"), as prose about code does; a scraper's break sits between words, or between a
# word and a bullet (": \n• 12 g").
NAMED = re.compile(r"""^[("'«`]*(?:\\[nrt])+[.,;:!?)"'»`]*$""")

# Braces around an escape's word are code's or a template's ("\n{total}", "}\n"), never French prose's.
BRACES = re.compile(r"[{}]")

# Code quoted in prose: a quote opened after a space, a bracket, "=" or ",", then no space, one or
# more escapes, and the same quote closed, not followed by a letter ('\n', "%d\n", "Total\n").
# A quotation opening a paragraph ('« ».\n\n"Mon père ...') is not closed before a letter.
CODE_LITERAL = re.compile(
    r"""(?:^|(?<=[\s(\[{=,]))(["'`])[^\s"'`\\]*(?:\\[nrt][^\s"'`\\]*)+\1(?![^\W\d_])"""
)

# The spans of code in a text: its escapes are left as they are.
CODE_SPANS = (CODE_LITERAL, STRING_START, STRING_END, CHARACTER_CLASS)
