"""Numbers as French news writes them: separators, decimal comma, words (text2num)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.figures import extract_figures
from pipeline.patterns.numbers import THOUSANDS_SEPARATORS, parse_number

WRITTEN = [
    ("20 000", 20000),
    ("20\u00a0000", 20000),
    ("20\u202f000", 20000),
    ("20.000", 20000),
    ("1.500", 1500),
    ("1 300", 1300),
    ("1 234 567", 1234567),
    ("1.234.567", 1234567),
    ("6,5", 6.5),
    ("1,2", 1.2),
    ("1 300,75", 1300.75),
    ("1.500,5", 1500.5),
    ("2.5", 2.5),  # a dot before other than three digits is a decimal point
    ("18.8", 18.8),
    ("0,25", 0.25),
    ("sept", 7),
    ("dix", 10),
    ("vingt mille", 20000),
    ("quatre-vingt-dix", 90),
    ("deux cent cinquante", 250),
    ("trois cents", 300),
    ("vingt et un", 21),
    ("soixante-dix", 70),
    ("mille", 1000),
    ("Sept", 7),
    ("une centaine", 100),
    ("un millier", 1000),
    ("une vingtaine", 20),
]


@pytest.mark.parametrize("raw,value", WRITTEN, ids=[r for r, _ in WRITTEN])
def test_parse_number(raw, value):
    assert math.isclose(parse_number(raw), value)


@pytest.mark.parametrize("raw", ["deux trois", "1 2", "20 00", "abc", "", "5ème", "1.2.3"])
def test_not_a_number(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


def group(n: int, sep: str) -> str:
    """``n`` written with ``sep`` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


separators = st.sampled_from(list(THOUSANDS_SEPARATORS))


@given(st.integers(min_value=0, max_value=10**12), separators)
def test_grouped_integer_parses_back(n, sep):
    assert parse_number(group(n, sep)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99), separators)
def test_grouped_decimal_with_comma_parses_back(n, cents, sep):
    written = f"{group(n, sep)},{cents:02d}"
    assert math.isclose(parse_number(written), n + cents / 100)


@given(st.integers(min_value=1, max_value=10**9), separators)
def test_job_figure_keeps_the_value_whatever_the_separator(n, sep):
    (f,) = extract_figures(f"Le projet créera {group(n, sep)} emplois directs.")
    assert (f.kind, f.value, f.unit) == ("jobs", n, "jobs")
    assert f.detail == "direct"


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=9), separators)
def test_money_figure_scales_the_decimal(n, tenth, sep):
    (f,) = extract_figures(f"un budget de {group(n, sep)},{tenth} MDH")
    assert (f.kind, f.unit) == ("money", "MAD")
    assert math.isclose(f.value, (n + tenth / 10) * 1e6)
