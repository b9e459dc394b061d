"""The cleaner's knowledge, read once from `data/boilerplate.tsv`.

Each row is a regex with a kind (see the header of the data file). List kinds
(`agency`, `weekday`, `social`, `month:N`) and `macro:NAME` rows become macros that
other patterns insert as `{NAME}`; every other row compiles to a `Rule` matched,
case-insensitively, against one stripped line.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..errors import DataFileError
from ..knowledge import read_tsv

DATA_FILE = "boilerplate.tsv"
LIST_KINDS = ("agency", "weekday", "social", "month")
LINE_KINDS = ("banner", "meta", "head", "byline", "dateline", "drop", "block", "related",
              "arrow")
_MACRO_REF = re.compile(r"\{([A-Z][A-Z_]*)\}")


@dataclass(frozen=True)
class Rule:
    """One line pattern: `kind` says what a match means, `arg` refines it
    (the field of a `meta` rule, the reason of a `drop` rule)."""

    kind: str
    arg: str
    regex: re.Pattern[str]
    note: str

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)


@dataclass(frozen=True)
class Rules:
    """Compiled contents of the data file."""

    line_rules: tuple[Rule, ...]
    months: tuple[tuple[re.Pattern[str], int], ...]
    macros: dict[str, str]
    abbrevs: frozenset[str]
    keep: re.Pattern[str] | None
    prune: tuple[str, ...] = ()
    openers: frozenset[str] = frozenset()

    def of(self, kind: str) -> tuple[Rule, ...]:
        """The rules of one kind, in file order."""
        return tuple(rule for rule in self.line_rules if rule.kind == kind)

    def compile(self, pattern: str) -> re.Pattern[str]:
        """A regex with the data file's macros expanded (for patterns built in code)."""
        return _compile(_expand(pattern, self.macros, ()), pattern)


@functools.cache
def load_rules() -> Rules:
    """Read and compile the data file (once per process)."""
    rows = read_tsv(DATA_FILE)
    macros = _macros(rows)
    rules, months, abbrevs, keep, prune, openers = [], [], set(), [], [], set()
    for row in rows:
        kind, _, arg = row["kind"].partition(":")
        pattern = row["pattern"]
        if kind == "month":
            months.append((_compile(rf"^(?:{pattern})$", pattern), int(arg)))
        elif kind == "abbrev":
            abbrevs.add(pattern)
        elif kind == "keep":
            keep.append(pattern)
        elif kind == "prune":
            prune.append(pattern)
        elif kind == "opener":
            openers.add(pattern.lower())
        elif kind in LINE_KINDS:
            regex = _compile(_expand(pattern, macros, ()), pattern)
            rules.append(Rule(kind, arg, regex, row.get("note", "")))
        elif kind not in LIST_KINDS and kind != "macro":
            raise DataFileError(f"{DATA_FILE}: unknown kind {row['kind']!r} for {pattern!r}")
    keep_re = _compile("|".join(f"(?:{p})" for p in keep), "keep") if keep else None
    return Rules(tuple(rules), tuple(months), macros, frozenset(abbrevs), keep_re, tuple(prune),
                 frozenset(openers))


def _macros(rows: list[dict[str, str]]) -> dict[str, str]:
    lists: dict[str, list[str]] = {}
    raw: dict[str, str] = {}
    for row in rows:
        kind, _, arg = row["kind"].partition(":")
        if kind in LIST_KINDS:
            lists.setdefault(kind.upper(), []).append(row["pattern"])
        elif kind == "macro":
            raw[arg] = row["pattern"]
    macros = {name: "|".join(f"(?:{item})" for item in sorted(items, key=len, reverse=True))
              for name, items in lists.items()}
    for name, pattern in raw.items():
        macros[name] = _expand(pattern, {**macros, **raw}, (name,))
    return macros


def _expand(pattern: str, macros: dict[str, str], seen: tuple[str, ...]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in seen:
            raise DataFileError(f"{DATA_FILE}: macro {name} refers to itself")
        if name not in macros:
            raise DataFileError(f"{DATA_FILE}: unknown macro {{{name}}} in {pattern!r}")
        return "(?:" + _expand(macros[name], macros, (*seen, name)) + ")"

    return _MACRO_REF.sub(substitute, pattern)


def _compile(pattern: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{DATA_FILE}: bad pattern {source!r}: {exc}") from exc
