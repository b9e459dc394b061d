"""French figures in a sentence: "plus de 10 milliards de dollars", "21 %", "3 000 soldats".

`find_figures` reads numbers in digits or words, scale words, currencies, percentages and
counted nouns (all from data/units.tsv), on folded text whose offsets are the input's. A
number counts only with a unit or a spelled-out scale ("5 milliards": money whose currency
the caller takes from an earlier figure); a bare number (a year, an age) is no figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..normalize import fold
from .lexicon import FactLexicon, form_key, load_fact_lexicon

MONEY, PERCENT, COUNT = "money", "percent", "count"
# Digits with thousands separated by a space or a dot ("3 000", "3.000"), or a decimal.
THOUSANDS = r"\d{1,3}(?:[ .]\d{3})+(?!\d)(?:,\d+)?"
NUMBER = rf"{THOUSANDS}|\d+(?:[.,]\d+)?"
OF = r"d(?:e\s+|')"
OF_SOMETHING = re.compile(rf"\s*{OF}\s*\w")


@dataclass(frozen=True)
class Figure:
    """A figure in a sentence: offsets in the text searched, value with its scale applied."""

    start: int
    end: int
    value: float
    unit: str | None  # None: money whose currency is not written
    comparison: str
    family: str  # money | percent | count
    kind: str | None  # the fact kind a counted noun states by itself ("soldats": troops)


@cache
def _figure_pattern() -> re.Pattern[str]:
    p = load_fact_lexicon().patterns
    units = "|".join(p[kind] for kind in ("currency", "percent", "counted", "measure"))
    return re.compile(
        rf"(?<![\w.,])(?:(?P<cmp>{p['comparison']})\s+(?:(?:{p['filler']})\s+)*)?"
        rf"(?P<figure>(?:(?P<approx>{p['approx']})\s*{OF}|(?P<num>{NUMBER})|(?P<word>{p['number']})(?!\w))"
        rf"(?:\s*(?P<scale>{p['scale']})(?!\w))?"
        rf"(?:\s*(?:{OF}\s*)?(?P<unit>{units})(?!\w))?)")


def find_figures(text: str) -> list[Figure]:
    """Every figure of `text`, in order."""
    lexicon = load_fact_lexicon()
    folded = fold(text)
    figures = []
    for m in _figure_pattern().finditer(folded):
        figure = _figure(m, folded, lexicon)
        if figure is not None:
            figures.append(figure)
    return figures


def _figure(m: re.Match[str], folded: str, lexicon: FactLexicon) -> Figure | None:
    unit, scale, cmp = (lexicon.units[form_key(m[g])] if m[g] else None for g in ("unit", "scale", "cmp"))
    if unit is None and (scale is None or scale.note == "symbol"
                         or OF_SOMETHING.match(folded, m.end())):
        return None
    value = _number(m, lexicon) * (float(scale.value) if scale else 1.0)
    comparison = cmp.value if cmp else "about" if m["approx"] else "exact"
    end = m.end("unit") if m["unit"] else m.end("scale")
    if unit is None or unit.kind == "currency":
        return Figure(m.start("figure"), end, value, unit.value if unit else None, comparison, MONEY,
                      None)
    family = PERCENT if unit.kind == "percent" else COUNT
    return Figure(m.start("figure"), end, value, unit.value, comparison, family, unit.note or None)


def _number(m: re.Match[str], lexicon: FactLexicon) -> float:
    if m["approx"]:
        return float(lexicon.units[form_key(m["approx"])].value)
    if m["word"]:
        return float(lexicon.units[form_key(m["word"])].value)
    digits = m["num"]
    if re.fullmatch(THOUSANDS, digits):
        digits = digits.replace(" ", "").replace(".", "")
    return float(digits.replace(",", "."))
