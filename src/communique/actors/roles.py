"""Offices and bodies ("le ministre russe de la Défense", "l'ambassadeur de Russie",
"l'armée thaïlandaise") attached to the country that a neighbouring word names."""
from __future__ import annotations

import re

from ..model import Mention
from .gazetteer import Gazetteer

# Between a role and the country it belongs to: a few lowercase complement words
# ("du renseignement extérieur"), and "de"/"du"/"d'" before a country name.
COMPLEMENT_GAP = re.compile(r"(?:\s+(?:[a-zà-ÿ'’-]+|d[’'])){0,4}\s*", re.IGNORECASE)
GAP_STOP_WORDS = frozenset("à au aux en et ou qui que a est sont ont avec contre pour par sur "
                           "dans vers chez entre fut furent été était étaient avait avaient sera "
                           "seront serait aura".split())
OF_BEFORE_NAME = re.compile(r"(?:\b(?:de|du|des|de la|de l)\s*[’']?\s*|\bd[’']\s*)$", re.IGNORECASE)
BODY_PLACE_GAP = re.compile(r"\s+(?:(?:au pouvoir|en place)\s+)?(?:au|aux|en|à)\s+", re.IGNORECASE)
APPOSITION_GAP = re.compile(r"[\s,:]*(?:(?:M|Mme|Dr|Pr)\.?\s+)?")
COUNTRY_KINDS = frozenset({"country", "igo", "place", "body"})
DEFINITE_BEFORE = re.compile(r"(?:\b(?:le|la|les|du|au|ce|cette)\s+|\bl[’'])$", re.IGNORECASE)
LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "leader", "monarch"})


def attach_roles(text: str, folded: str, gazetteer: Gazetteer,
                 mentions: list[Mention]) -> list[Mention]:
    """One mention per role phrase that can be tied to a country."""
    found: list[Mention] = []
    for head in gazetteer.role_pattern.finditer(folded):
        start = head.start()
        if any(m.start <= start < m.end and m.kind != "country" for m in mentions):
            continue
        located = gazetteer.role_at(folded, start)
        if located is None:
            continue
        phrase, end = located
        role = gazetteer.roles[phrase]
        mention = _owner(text, start, end, mentions, found, role.role, role.kind == "body")
        if mention is not None:
            code, via, owner_end = mention
            found.append(Mention(text[start:owner_end], start, owner_end, code, role.kind, via,
                                 role.role))
    return found


def _owner(text: str, start: int, end: int, mentions: list[Mention], earlier: list[Mention],
           role: str, body: bool) -> tuple[str, str, int] | None:
    """(code, via, end of the span) of the country a role phrase at [start, end) belongs to.

    A body may be placed in its country ("la junte au pouvoir au Niger", "le régime en place à
    Damas"); a person so placed is posted abroad ("l'ambassadeur français à Moscou")."""
    for m in mentions:
        if start <= m.start < end and m.kind in COUNTRY_KINDS:
            return m.code, m.via, max(end, m.end)
    following = sorted((m for m in mentions if m.start >= end), key=lambda m: m.start)
    for m in following[:3]:
        gap = text[end:m.start]
        if body and m.kind in COUNTRY_KINDS and BODY_PLACE_GAP.fullmatch(gap):
            return m.code, m.via, m.end
        if not COMPLEMENT_GAP.fullmatch(gap) or _has_stop_word(gap):
            break
        if m.kind in COUNTRY_KINDS and (m.via == "adjective" or OF_BEFORE_NAME.search(gap)):
            return m.code, m.via, m.end
        if m.kind == "person" and APPOSITION_GAP.fullmatch(gap):
            return m.code, "apposition", end
    if not DEFINITE_BEFORE.search(text[max(0, start - 12):start]):
        return None
    return _antecedent(start, end, mentions + earlier, role)


def _has_stop_word(gap: str) -> bool:
    return any(word.lower() in GAP_STOP_WORDS for word in re.findall(r"[\w’']+", gap))


def _antecedent(start: int, end: int, mentions: list[Mention], role: str) -> tuple[str, str, int] | None:
    """The nearest earlier person holding the same role ("le ministre" → the minister named before)."""
    same = {role} if role not in LEADER_ROLES else LEADER_ROLES
    before = [m for m in mentions if m.end <= start and m.kind == "person" and m.role in same
              and m.via != "coreference"]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end)
    return nearest.code, "coreference", end
