"""How the report writes values: numbers the French way, figures with their unit and qualifier,
and why an article was skipped, in words."""

from __future__ import annotations

THIN = "\u202f"  # narrow no-break space: the French thousands separator

QUALIFIERS = {
    "more_than": "more than",
    "about": "about",
    "at_least": "at least",
    "less_than": "less than",
    "up_to": "up to",
}
QUALIFIER_SIGNS = {"more_than": ">", "about": "≈", "at_least": "≥", "less_than": "<", "up_to": "≤"}

# articles.csv's reasons (the part before ":"), in words; see the README's "What comes out"
REASONS = {
    "empty": "The file is empty or holds only white space.",
    "not_text": "The file is not text (binary content).",
    "too_short": "Under 20 words of body once the page furniture is removed: not an article.",
    "language": "The body is not in French (detected language: {detail}).",
    "decode_error": "No character encoding fits the file's bytes.",
    "unreadable": "The file could not be read ({detail}).",
    "internal_error": "A stage of the pipeline failed on this file ({detail}): a bug, please report it "
    "with the file.",
}


def number(text: str) -> str:
    """'20000000' -> '20 000 000', '6.5' -> '6,5'; anything that is not a number is returned as is."""
    try:
        value = float(text)
    except (TypeError, ValueError):
        return text or ""
    if value != value or value in (float("inf"), float("-inf")):
        return text
    whole, _, decimals = (str(int(value)) if value.is_integer() else repr(value)).partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = []
    while len(digits) > 3:
        digits, tail = digits[:-3], digits[-3:]
        groups.insert(0, tail)
    grouped = THIN.join([digits, *groups])
    return sign + grouped + ("," + decimals if decimals else "")


def amount(value: str, unit: str = "", qualifier: str = "") -> str:
    """'≥ 20 000 jobs', '6,5 ha', '500 000 000 MAD'."""
    sign = QUALIFIER_SIGNS.get(qualifier, "")
    return " ".join(x for x in (sign, number(value), unit) if x)


def reason_text(reason: str) -> str:
    head, _, detail = reason.partition(":")
    template = REASONS.get(head)
    if template is None:
        return f"Reason: {reason}" if reason else ""
    return template.format(detail=detail or "unknown")
