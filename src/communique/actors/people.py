"""People named in the article: known office holders, names in apposition to an office
("Sergueï Lavrov, ministre russe"), and later mentions of the same name ("Lavrov")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..knowledge import alternation
from ..model import Mention
from .gazetteer import canonical

LEFT_GAP = re.compile(r"[\s,:]*(?:(?:M|Mme|Dr|Pr)\.?\s+)?")
RIGHT_GAP = re.compile(r"\s*,\s*(?:(?:le|la|l[’'])\s*)?", re.IGNORECASE)
MIN_SURNAME = 4


def resolve_people(text: str, folded: str, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of people found by the parser's entities and tied to a country."""
    names: dict[str, str | None] = {}
    for m in mentions:
        if m.kind == "person" and m.via == "office table":
            _remember(names, m.text, m.code)
    found: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        start, end = ent.start_char, ent.end_char
        if any(m.start < end and start < m.end and m.kind != "country" for m in mentions):
            continue
        owner = _apposed_role(text, start, end, mentions)
        if owner is not None:
            found.append(Mention(ent.text, start, end, owner.code, "person", "apposition", owner.role))
            _remember(names, ent.text, owner.code)
    found += _repeated_names(text, folded, names, mentions + found)
    return found


def _apposed_role(text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.kind != "person" or m.role is None:
            continue
        if m.end <= start and LEFT_GAP.fullmatch(text[m.end:start]):
            return m
        if m.start >= end and RIGHT_GAP.fullmatch(text[end:m.start]):
            return m
    return None


def _remember(names: dict[str, str | None], name: str, code: str) -> None:
    """Keep the full name and the surname; a surname shared by two countries is dropped."""
    keys = {canonical(name)}
    surname = name.split()[-1] if name.split() else ""
    if len(surname) >= MIN_SURNAME and surname[0].isupper():
        keys.add(canonical(surname))
    for key in keys:
        names[key] = code if names.get(key, code) == code else None


def _repeated_names(text: str, folded: str, names: dict[str, str | None],
                    taken: list[Mention]) -> list[Mention]:
    known = {key: code for key, code in names.items() if code}
    if not known:
        return []
    pattern = re.compile(r"(?<![\w])(" + alternation(sorted(known)) + r")(?![\w])")
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span(1)
        if not text[start].isupper() or any(m.start < end and start < m.end for m in taken):
            continue
        found.append(Mention(text[start:end], start, end, known[canonical(match.group(1))], "person",
                             "coreference"))
    return found
