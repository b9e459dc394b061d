"""Cooperation/conflict intensity and quad class of an event, from data/intensity.tsv."""
from __future__ import annotations

from functools import cache

from ..errors import DataFileError
from ..knowledge import read_tsv


@cache
def _table() -> dict[tuple[str, str], tuple[float, int]]:
    table = {}
    for row in read_tsv("intensity.tsv"):
        try:
            table[row["type"], row["mode"]] = (float(row["intensity"]), int(row["quad_class"]))
        except ValueError as exc:
            raise DataFileError(f"intensity.tsv: bad number in row {row}") from exc
    return table


@cache
def quad_names() -> dict[int, str]:
    """Quad class number → name (1 verbal cooperation … 4 material conflict)."""
    return {int(row["quad_class"]): row["name"] for row in read_tsv("quad_classes.tsv")}


def score(event_type: str, mode: str | None) -> tuple[float, int]:
    """`(intensity, quad_class)`: the mode's refinement when the table has one, else the type's."""
    table = _table()
    found = table.get((event_type, mode or "")) or table.get((event_type, ""))
    if found is None:
        raise DataFileError(f"intensity.tsv: no row for event type {event_type}")
    return found
