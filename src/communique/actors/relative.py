"""Relative mentions resolved against the article so far: "les deux pays", "celle-ci",
"le royaume"."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..knowledge import alternation, read_tsv
from ..model import Mention
from .gazetteer import Gazetteer

STATE_KINDS = frozenset({"country", "place", "body", "person"})


@cache
def _phrases() -> tuple[dict[str, str], re.Pattern[str]]:
    resolves = {row["phrase"]: row["resolves"] for row in read_tsv("relative.tsv")}
    return resolves, re.compile(r"(?<![\w])(" + alternation(sorted(resolves)) + r")(?![\w])")


def resolve_relative(folded: str, text: str, gazetteer: Gazetteer,
                     mentions: list[Mention]) -> list[Mention]:
    """Mentions for relative phrases whose referents the text allows to tell."""
    resolves, pattern = _phrases()
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span(1)
        before = [m for m in mentions if m.end <= start and m.kind in STATE_KINDS
                  and not m.code.startswith("IGO-")]
        codes = _referents(resolves[match.group(1)], match.group(1), before, mentions, gazetteer)
        found += [Mention(text[start:end], start, end, code, "country", "coreference")
                  for code in codes]
    return found


def _referents(how: str, phrase: str, before: list[Mention], everything: list[Mention],
               gazetteer: Gazetteer) -> list[str]:
    if how.startswith("codes:"):
        return how.removeprefix("codes:").split("|")
    if how == "pair":
        ranked = Counter(m.code for m in before).most_common()
        return sorted(code for code, _ in ranked[:2]) if len(ranked) >= 2 else []
    if how == "last_country":
        named = [m for m in before if m.kind != "place" and m.via != "coreference"]
        return [max(named, key=lambda m: m.end).code] if named else []
    kingdoms = gazetteer.regimes.get(phrase.split()[-1].split("'")[-1], set())
    ranked = Counter(m.code for m in everything if m.code in kingdoms).most_common(1)
    return [ranked[0][0]] if ranked else []
