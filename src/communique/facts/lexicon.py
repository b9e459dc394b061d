"""The fact lexicon: number words (data/units.tsv), cue words (data/facts.tsv) and the words
that give an actor its part in a fact (data/fact_roles.tsv), loaded once."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..errors import DataFileError
from ..knowledge import alternation, read_tsv
from ..normalize import fold

UNIT_KINDS = frozenset({"scale", "currency", "percent", "counted", "measure", "number", "approx",
                        "comparison", "filler"})
COMPARISONS = frozenset({"more_than", "less_than", "about", "up_to"})
DIRECTIONS = frozenset({"mutual", "forward"})
PSEUDO_KINDS = frozenset({"growth", "decline", "receive", "void", "pair"})
ROLES = frozenset({"by", "from", "to", "between", "aside"})


def form_key(form: str) -> str:
    """How a form is looked up: folded, a hyphen read as a space (as `alternation` matches)."""
    return fold(form).replace("-", " ")


@dataclass(frozen=True)
class Unit:
    """A number word of units.tsv: its kind, value and note (see the file's header)."""

    kind: str
    value: str
    note: str


@dataclass(frozen=True)
class Cue:
    """A word of facts.tsv: the lemmas it is made of, its kind and direction."""

    lemmas: tuple[str, ...]
    kind: str
    direction: str


@dataclass(frozen=True)
class FactLexicon:
    units: dict[str, Unit]  # by folded form
    cues: dict[str, tuple[Cue, ...]]  # by folded first lemma, longest first
    directions: dict[str, str]  # fact kind -> mutual | forward
    counted_kinds: frozenset[str]  # kinds only counted nouns state (agreements, troops)
    roles: dict[str, str]  # by folded phrase
    patterns: dict[str, str]  # unit kind -> regex alternation of its folded forms
    role_pattern: re.Pattern[str]  # a role phrase (and an article) ending where an actor starts


@cache
def load_fact_lexicon() -> FactLexicon:
    """The three fact data files, checked and indexed."""
    units = _load_units()
    by_kind: dict[str, list[str]] = defaultdict(list)
    for form, unit in units.items():
        by_kind[unit.kind].append(form)
    cues = _load_cues()
    directions = {c.kind: c.direction for found in cues.values() for c in found
                  if c.kind not in PSEUDO_KINDS}
    counted = {u.note for u in units.values() if u.kind == "counted"}
    if not counted <= set(directions):
        raise DataFileError(f"facts.tsv: no direction for the counted kinds {counted - set(directions)}")
    roles = _load_roles()
    role_pattern = re.compile(rf"(?<![\w'])(?P<role>{alternation(list(roles))})\s*"
                              r"(?:(?:le|la|les)\s+|l')?$")
    return FactLexicon(units, cues, directions, frozenset(counted), roles,
                       {kind: alternation(forms) for kind, forms in by_kind.items()}, role_pattern)


def _load_units() -> dict[str, Unit]:
    units = {}
    for row in read_tsv("units.tsv"):
        unit = Unit(row["kind"], row["value"], row["note"])
        if unit.kind not in UNIT_KINDS or not unit.value or (
                unit.kind == "comparison" and unit.value not in COMPARISONS):
            raise DataFileError(f"units.tsv: bad kind or value in {row}")
        units[form_key(row["form"])] = unit
    return units


def _load_cues() -> dict[str, tuple[Cue, ...]]:
    cues: dict[str, list[Cue]] = defaultdict(list)
    for row in read_tsv("facts.tsv"):
        cue = Cue(tuple(fold(row["cue"]).split()), row["kind"], row["direction"])
        pseudo = cue.kind in PSEUDO_KINDS
        expected = DIRECTIONS if not pseudo else {"reverse"} if cue.kind == "receive" else {""}
        if not cue.lemmas or cue.direction not in expected:
            raise DataFileError(f"facts.tsv: bad kind or direction in {row}")
        cues[cue.lemmas[0]].append(cue)
    return {first: tuple(sorted(found, key=lambda c: -len(c.lemmas))) for first, found in cues.items()}


def _load_roles() -> dict[str, str]:
    roles = {form_key(row["phrase"]): row["role"] for row in read_tsv("fact_roles.tsv")}
    if not set(roles.values()) <= ROLES:
        raise DataFileError(f"fact_roles.tsv: roles must be among {sorted(ROLES)}")
    return roles
