"""Actor mentions of a parsed article, looked up by the tokens that head them."""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from ..model import Mention
from ..normalize import fold
from .lexicon import load_lexicon

# Edges that stay inside one actor phrase at no cost ("la Russie et le Cambodge").
FREE_DEPS = frozenset({"conj", "appos", "flat:name", "flat", "fixed", "cc"})
# Edges that lead out of the phrase into another clause.
CLAUSE_DEPS = frozenset({"acl:relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
LOCATIVE_CASES = frozenset({"a", "au", "aux", "dans", "en", "chez", "pres"})
PARTNER_CASES = frozenset({"avec"})
MAX_DEPTH = 2
# Types whose listed agents without a target act together ("la Russie et le Cambodge ont
# signé"); listed accusers, donors or attackers act on someone not named here.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# Between two actors of a list: "aux États-Unis et en Australie", "la France, l'Allemagne".
LIST_GAP = re.compile(r"\s*(?:,|et|,\s*et)\s*(?:(?:à|au|aux|en|le|la|les|l['’])\s*)?", re.IGNORECASE)
LIST_END = re.compile(r"\bet\b", re.IGNORECASE)


class ActorIndex:
    """Actor mentions of one parsed article, looked up by the tokens that head them."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.by_root: dict[int, list[Mention]] = defaultdict(list)
        self.root_of: dict[tuple[int, int, str], int] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                self.by_root[span.root.i].append(mention)
                self.root_of[(mention.start, mention.end, mention.code)] = span.root.i

    def is_partner(self, mention: Mention, top: Token) -> bool:
        """Whether the mention is the partner of a joint act named on the way to `top`
        ("après consultation avec le Japon", "en coopération avec les États-Unis"), not the
        one a threat or an accusation is aimed at ("a rompu ses relations avec le Maroc")."""
        node = self.doc[self.root_of.get((mention.start, mention.end, mention.code), top.i)]
        joint = load_lexicon().triggers
        while node.i != top.i and node.head.i != node.i:
            if case_of(node) in PARTNER_CASES and any(
                    t.type in JOINT_TYPES for t in joint.get((fold(node.head.lemma_), "NOUN"), ())):
                return True
            node = node.head
        return False

    def under(self, token: Token | None, places: bool = False,
              located: bool = False) -> list[Mention]:
        """The actors of `token`'s phrase, closest to its head first.

        Conjoined phrases count as the head ("la Russie et le Cambodge"). Places inside the
        phrase ("l'ambassadeur de Russie au Cambodge") are not its actors unless `located`
        (the country a strike lands in), nor is a capital after "à" heading it, unless `places`
        (the destination of a visit), nor a country after "en" heading it unless `located` or
        `places` (not the venue of a joint act).
        """
        if token is None:
            return []
        found: list[tuple[int, Mention]] = []
        stack = [(token, 0)]
        while stack:
            node, depth = stack.pop()
            locative = case_of(node) in LOCATIVE_CASES
            for mention in self.by_root.get(node.i, []):
                inside = located and mention.kind == "country"
                if not locative or inside or (depth == 0 and (places or mention.kind != "place" and located)):
                    found.append((depth, mention))
            for child in node.children:
                if child.dep_ in CLAUSE_DEPS or child.dep_ == "punct" or _is_clause_conjunct(child):
                    continue
                cost = 0 if child.dep_ in FREE_DEPS else 1
                if depth + cost <= MAX_DEPTH:
                    stack.append((child, depth + cost))
        return distinct([m for _, m in sorted(found, key=lambda pair: (pair[0], pair[1].start))])

    def in_tokens(self, tokens: set[int], places: bool = False, located: bool = True) -> list[Mention]:
        """Mentions headed by any of `tokens`, in text order; places after "à" only if `places`,
        countries after "en" only if `located` (not the venue of a joint act)."""
        found = []
        for i in sorted(tokens):
            locative = case_of(self.doc[i]) in LOCATIVE_CASES
            for mention in self.by_root.get(i, []):
                if locative and not (places if mention.kind == "place" else located):
                    continue
                found.append(mention)
        return found

    def is_destination(self, mention: Mention) -> bool:
        """Whether the mention is introduced by "à", "en", "au", "aux" (where someone goes)."""
        return any(case_of(self.doc[i]) in LOCATIVE_CASES
                   for i, found in self.by_root.items() if mention in found)

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for ms in self.by_root.values() for m in ms if start <= m.start < end]

    def listed(self, first: Mention, second: Mention) -> bool:
        """Whether two mentions stand side by side in a list ("la France et l'Allemagne")."""
        a, b = sorted((first, second), key=lambda m: m.start)
        return bool(LIST_GAP.fullmatch(self.doc.text[a.end:b.start]))

    def listed_after(self, mention: Mention, end: int) -> list[Mention]:
        """The actors that go on a list after `mention`, up to `end`, when the parser broke it
        ("menés par Washington, Le Caire, Doha et Ankara"); only a list closed by "et" counts,
        so that a comma before the next clause's subject does not."""
        chain: list[Mention] = []
        closed, last = 0, mention
        for following in sorted(self.in_span(mention.end, end), key=lambda m: m.start):
            if following.start < last.end:
                continue
            gap = self.doc.text[last.end:following.start]
            if not LIST_GAP.fullmatch(gap):
                break
            chain.append(following)
            last = following
            if LIST_END.search(gap):
                closed = len(chain)
        return chain[:closed]


def case_of(token: Token) -> str:
    """The folded preposition introducing `token` ("" when none)."""
    for child in token.children:
        if child.dep_ == "case":
            return fold(child.text)
    return ""


def distinct(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each code, in the given order."""
    seen: dict[str, Mention] = {}
    for mention in mentions:
        seen.setdefault(mention.code, mention)
    return list(seen.values())


def _is_clause_conjunct(token: Token) -> bool:
    """A verb conjoined to a noun starts a clause of its own, outside the noun's phrase."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")
