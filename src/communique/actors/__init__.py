"""Actors stage: every mention of a state, organisation, official or body in a clean
article, resolved to a country code (ISO 3166-1 alpha-3) or an `IGO-<ACRONYM>` code."""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Article, Mention
from ..normalize import fold
from .gazetteer import Entry, Gazetteer, Term, canonical, load_gazetteer
from .people import resolve_people
from .relative import resolve_relative
from .roles import attach_roles


def find_actors(article: Article, doc: Doc) -> list[Mention]:
    """All actor mentions of `article`, in text order, with offsets into `article.text`."""
    gazetteer = load_gazetteer()
    folded = fold(article.text)
    mentions = scan_compounds(article.text, folded, gazetteer)
    mentions += scan_names(article.text, folded, gazetteer, article.published,
                           mentions + _person_spans(doc))
    mentions += attach_roles(article.text, folded, gazetteer, mentions)
    mentions += resolve_people(article.text, folded, doc, mentions)
    mentions += resolve_relative(folded, article.text, gazetteer, mentions)
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _person_spans(doc: Doc) -> list[Mention]:
    """The parser's person names, as placeholders that hide the countries inside them."""
    return [Mention(ent.text, ent.start_char, ent.end_char, "", "person", "entity")
            for ent in doc.ents if ent.label_ == "PER"]


def _inside_other_name(start: int, end: int, entry: Entry, taken: list[Mention]) -> bool:
    """A place name that is part of a longer person name ("Maurice Ravel", "Denzel Washington")."""
    return entry.kind != "person" and any(
        m.via == "entity" and m.start <= start and end <= m.end and (m.start, m.end) != (start, end)
        for m in taken)


def _namesake(text: str, folded: str, span: tuple[int, int], entry: Entry, taken: list[Mention],
              gazetteer: Gazetteer) -> bool:
    """A known office holder's surname after a given name that is not one of theirs ("Mohamed
    Abdeljalil", a Moroccan minister, is not the Libyan Moustafa Abdeljalil); titles before the
    surname ("président Bush", "M. Abdeljalil") are no given name."""
    start, end = span
    if entry.kind != "person":
        return False
    for name in taken:
        if name.via == "entity" and name.start < start and end <= name.end:
            given = text[name.start:start].split()
            if not all(w[0].isupper() and w.replace("-", "").isalpha() for w in given):
                return False
            known = gazetteer.entries.get(canonical(folded[name.start:name.end]), ())
            return not any(e.kind == "person" and e.code == entry.code for e in known)
    return False


def scan_compounds(text: str, folded: str, gazetteer: Gazetteer) -> list[Mention]:
    """Compound adjectives naming several actors in order: russo-cambodgienne, khméro-soviétique."""
    mentions = []
    for match in gazetteer.compound_pattern.finditer(folded):
        position = match.start(1)
        for prefix in gazetteer.prefix_pattern.finditer(match.group(1)):
            start, end = position + prefix.start(1), position + prefix.end(1)
            code = gazetteer.prefixes[canonical(prefix.group(1))]
            mentions.append(Mention(text[start:end], start, end, code, "country", "prefix"))
        start, end = match.span(2)
        mentions.append(Mention(text[start:end], start, end, gazetteer.adjectives[canonical(match.group(2))],
                                "country", "adjective"))
    return mentions


def scan_names(text: str, folded: str, gazetteer: Gazetteer, published: str | None,
               taken: list[Mention]) -> list[Mention]:
    """Names, adjectives, capitals, seats, bodies and known office holders."""
    mentions = []
    for match in gazetteer.pattern.finditer(folded):
        start, end = match.span(1)
        if any(m.start < end and start < m.end for m in taken if m.kind != "person") \
                or gazetteer.names_something_else(text, folded, start, end):
            continue
        surface = text[start:end]
        key = canonical(match.group(1))
        entry = next((e for e in gazetteer.entries.get(key, ()) if e.accepts(surface)), None)
        if entry is None or _inside_other_name(start, end, entry, taken) \
                or _namesake(text, folded, (start, end), entry, taken, gazetteer):
            continue
        code, role = entry.code, None
        if entry.kind == "person":
            code, role = _office_at(gazetteer.terms.get(key, []), published)
        mentions.append(Mention(surface, start, end, code, entry.kind, entry.via, role))
    return mentions


def _office_at(terms: list[Term], published: str | None) -> tuple[str, str | None]:
    """(code, role) of a known office holder at the article's date: the term that covers it,
    else the person's latest term, whose country (or organisation) they keep."""
    current = [t for t in terms if t.covers(published)]
    if current:
        return current[0].code, current[0].role
    latest = max(terms, key=lambda t: t.start)
    return latest.code, None
