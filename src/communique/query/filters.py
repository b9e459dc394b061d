"""Which events a query reads: actors, type, status and a period, as SQL conditions.

Event dates are as precise as the articles made them (YYYY, YYYY-MM or YYYY-MM-DD): an event
is in a period when the days it may cover overlap it, so "2024-06" is within
`--since 2024-06-15`. Undated events are left out as soon as a period is asked for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypedDict

from ..errors import QueryError
from .names import actor_names

DATE_FORM = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")


class Conditions(TypedDict, total=False):
    """The fields of EventFilter, as keyword arguments of the Python API."""

    source: str
    target: str
    dyad: tuple[str, str]
    type: str
    since: str
    until: str
    status: str


@dataclass(frozen=True)
class EventFilter:
    """Conditions on events; None means any. `dyad` matches either direction."""

    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = None

    def where(self, table: str = "e") -> tuple[str, list]:
        """`(SQL condition, parameters)` on an events table aliased `table`."""
        conditions, params = ["TRUE"], []
        for condition, values in self._clauses(table):
            conditions.append(condition)
            params += values
        return " AND ".join(conditions), params

    def _clauses(self, t: str) -> list[tuple[str, list]]:
        clauses = []
        if self.source:
            clauses.append((f"({t}.source = ? OR (NOT {t}.directed AND {t}.target = ?))",
                            [_code(self.source)] * 2))
        if self.target:
            clauses.append((f"({t}.target = ? OR (NOT {t}.directed AND {t}.source = ?))",
                            [_code(self.target)] * 2))
        if self.dyad:
            a, b = (_code(code) for code in self.dyad)
            clauses.append((f"(({t}.source = ? AND {t}.target = ?) OR ({t}.source = ? AND {t}.target = ?))",
                            [a, b, b, a]))
        if self.type:
            clauses.append((f"{t}.type = ?", [self.type.upper()]))
        if self.status:
            clauses.append((f"{t}.status = ?", [self.status]))
        if self.since:
            clauses.append((f"{last_day(t + '.date')} >= ?", [first_day_of(self.since)]))
        if self.until:
            clauses.append((f"{first_day(t + '.date')} <= ?", [last_day_of(self.until)]))
        return clauses


def first_day(column: str) -> str:
    """SQL: the first day a date of any precision may be ("2024" → "2024-01-01")."""
    return f"({column} || substr('-01-01', length({column}) - 3))"


def last_day(column: str) -> str:
    """SQL: the last day a date of any precision may be ("2024-06" → "2024-06-31", as text)."""
    return f"({column} || substr('-12-31', length({column}) - 3))"


def first_day_of(date: str) -> str:
    return _checked(date) + "-01-01"[len(date) - 4:]


def last_day_of(date: str) -> str:
    return _checked(date) + "-12-31"[len(date) - 4:]


def _checked(date: str) -> str:
    if not DATE_FORM.match(date):
        raise QueryError(f"date '{date}': expected YYYY, YYYY-MM or YYYY-MM-DD")
    return date


def _code(code: str) -> str:
    known = {name.upper(): name for name in actor_names()}
    found = known.get(code.strip().upper())
    if found is None:
        raise QueryError(f"actor code '{code}': not a known code (ISO 3166 alpha-3 like FRA, "
                         "or IGO-<NAME> like IGO-UN)")
    return found
