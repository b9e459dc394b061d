"""The actor gazetteer: names, adjectives, capitals, seats, bodies, roles and office holders,
loaded once from the data files and compiled into folded-text regexes."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..knowledge import alternation, read_tsv, read_tsv_folder
from ..normalize import fold


@dataclass(frozen=True)
class Entry:
    """One surface form of an actor, as listed in aliases.tsv or an office table."""

    alias: str
    code: str
    via: str
    kind: str

    @property
    def is_acronym(self) -> bool:
        letters = [char for char in self.alias if char.isalpha()]
        return len(letters) >= 2 and all(char.isupper() for char in letters)

    def accepts(self, surface: str) -> bool:
        """Whether `surface` (the text as written) has the case this form demands."""
        if self.is_acronym:
            return surface.upper() == surface
        if self.via == "adjective" or not self.alias[0].isupper():
            return True
        capitals, written = _capitals(self.alias), _capitals(surface)
        if any(capitals[1:]) and len(written) == len(capitals):
            return written == capitals  # "les Vingt-Sept", not "Vingt-sept diplomates"
        if any(word[:1].isupper() for word in self.alias.split()[1:]):
            return True  # "palais de Carthage": the proper name is enough
        return surface[0].isupper()


def _capitals(text: str) -> list[bool]:
    """Which hyphen-joined parts of `text` start with a capital."""
    return [part[:1].isupper() for part in text.split("-")]


@dataclass(frozen=True)
class Term:
    """A person's term in an office, with ISO dates (end empty while in office)."""

    code: str
    role: str
    name: str
    start: str
    end: str

    def covers(self, date: str | None) -> bool:
        if not date:
            return False
        return self.start[: len(date)] <= date and (not self.end or date <= self.end)


@dataclass(frozen=True)
class Role:
    role: str
    kind: str


def canonical(name: str) -> str:
    """The lookup key of a name: folded, with hyphens read as spaces ("Etats Unis")."""
    return fold(name).replace("-", " ")


WORD_BOUNDARY_BEFORE = r"(?<![\w])"
WORD_BOUNDARY_AFTER = r"(?![\w])"


class Gazetteer:
    """Every actor form communique knows, with compiled patterns over folded text."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = defaultdict(list)
        self.prefixes: dict[str, str] = {}
        self.adjectives: dict[str, str] = {}
        self.regimes: dict[str, set[str]] = defaultdict(set)
        self.roles: dict[str, Role] = {}
        self.role_tails: dict[str, list[str]] = defaultdict(list)
        self.terms: dict[str, list[Term]] = defaultdict(list)
        self._load_aliases()
        self._load_countries()
        self._load_roles()
        self._load_offices()
        self.pattern = re.compile(
            WORD_BOUNDARY_BEFORE + "(" + alternation(sorted(self.entries)) + ")" + WORD_BOUNDARY_AFTER
        )
        self.compound_pattern = re.compile(
            WORD_BOUNDARY_BEFORE
            + "((?:(?:" + alternation(sorted(self.prefixes)) + ")-)+)"
            + "(" + alternation(sorted(self.adjectives)) + ")"
            + WORD_BOUNDARY_AFTER
        )
        self.prefix_pattern = re.compile("(" + alternation(sorted(self.prefixes)) + ")-")
        contexts = read_tsv("not_actors.tsv")
        self.not_before = re.compile("(?:" + "|".join(
            r"\b" + re.escape(fold(c["phrase"])) for c in contexts if c["side"] == "before") + r")[\s-]*$")
        self.not_after = re.compile("(?:" + "|".join(
            re.escape(fold(c["phrase"])) + r"\b" for c in contexts if c["side"] == "after") + ")")
        self.role_pattern = re.compile(
            WORD_BOUNDARY_BEFORE + "(" + alternation(sorted(self._role_heads())) + ")[sx]?"
            + WORD_BOUNDARY_AFTER
        )

    def _load_aliases(self) -> None:
        for row in read_tsv("aliases.tsv"):
            entry = Entry(row["alias"], row["code"], row["via"], row["kind"])
            key = canonical(entry.alias)
            if entry.via == "prefix":
                self.prefixes.setdefault(key, entry.code)
                continue
            if entry.via == "adjective":
                self.adjectives.setdefault(key, entry.code)
            self.entries[key].append(entry)

    def _load_countries(self) -> None:
        for row in read_tsv("countries.tsv"):
            for regime in row.get("regime", "").split("|"):
                if regime:
                    self.regimes[fold(regime)].add(row["code"])

    def _load_roles(self) -> None:
        for row in read_tsv("roles.tsv"):
            phrase = fold(row["phrase"])
            self.roles[phrase] = Role(row["role"], row["kind"])
            head, _, tail = phrase.partition(" ")
            if tail:
                self.role_tails[head].append(" " + tail)

    def _load_offices(self) -> None:
        for row in read_tsv_folder("offices"):
            term = Term(row["code"], row["role"], row["name"], row["start"], row["end"])
            for name in [row["name"], *row["aliases"].split("|")]:
                if not name:
                    continue
                key = canonical(name)
                self.terms[key].append(term)
                if not any(e.code == term.code for e in self.entries[key]):
                    self.entries[key].append(Entry(name, term.code, "office table", "person"))

    def names_something_else(self, text: str, folded: str, start: int, end: int) -> bool:
        """Whether the name at [start, end) sits in a context that makes it a sea, a street,
        a region, a company or part of a longer proper name ("mer de Chine", "Amérique latine",
        "Air France", "Colombie-Britannique", "Marie-France")."""
        window = folded[max(0, start - 20):start]
        if self.not_before.search(window):
            return True
        if self.not_after.match(folded, end + 1) and folded[end:end + 1] in " -":
            return True
        hyphen_after = text[end:end + 1] == "-" and text[end + 1:end + 2].isupper()
        hyphen_before = start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
        return hyphen_after or (hyphen_before and text[start].isupper())

    def _role_heads(self) -> set[str]:
        return {phrase.partition(" ")[0] for phrase in self.roles}

    def role_at(self, folded: str, start: int) -> tuple[str, int] | None:
        """The longest role phrase starting at `start` of folded text, and where it ends.

        A plural -s/-x on the first word is allowed, and so is one word (a country adjective)
        between the first word and the rest: "ministre russe de la defense".
        """
        head_match = self.role_pattern.match(folded, start)
        if not head_match:
            return None
        head = head_match.group(1)
        best: tuple[str, int] | None = (head, head_match.end()) if head in self.roles else None
        after_head = head_match.end()
        inserted = re.match(r" [\w-]+", folded[after_head:])
        skips = [after_head] + ([after_head + inserted.end()] if inserted else [])
        for tail in self.role_tails.get(head, ()):
            for position in skips:
                end = position + len(tail)
                if folded.startswith(tail, position) and not folded[end:end + 1].isalnum():
                    if best is None or end > best[1]:
                        best = (head + tail, end)
        return best


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer()
