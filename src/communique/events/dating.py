"""When an event happened: the date expression nearest its trigger, the date that set the scene
earlier in the paragraph, or the publication month for current news."""
from __future__ import annotations

import datetime

from spacy.tokens import Span, Token

from ..model import DateMention
from ..normalize import fold
from .arguments import clause_tokens, is_coordinated_clause
from .date_words import WORDS
from .dates import is_offset_from_event


def date_of(trigger: Token, sent: Span, dates: list[DateMention], scene: str | None,
            published: str | None, tense: str) -> tuple[str | None, DateMention | None]:
    """(date, the expression it came from) for one trigger."""
    own = _nearest(trigger, sent, dates)
    if own is not None:  # a vague expression ("depuis bientôt un an") leaves the date unknown
        return own.value, own if own.value else None
    if scene and tense != "present":
        return scene, None
    if published and tense == "news":
        return published[:7], None
    return None, None


# A noun trigger that is an argument of its verb takes the verb's dates ("le 24 février,
# la Russie a lancé une invasion").
NOUN_ARGUMENT_DEPS = frozenset({"obj", "nsubj", "nsubj:pass"})
MAX_GOVERNING_CLAUSES = 2
NOUN_MODIFIER_DEPS = frozenset({"det", "amod", "nummod"})
# A date right after its verb belongs to it whatever the parse says ("se rendra vendredi").
ADJACENT_CHARS = 4


def _nearest(trigger: Token, sent: Span, dates: list[DateMention]) -> DateMention | None:
    """The date expression of the trigger's clause, else of the clauses governing it ("En
    septembre dernier, Kim Jong-un avait traversé la frontière pour rencontrer ...")."""
    position = trigger.idx - sent.start_char
    resolved = [d for d in dates if d.value]
    after = position + len(trigger.text)
    adjacent = [d for d in resolved if 0 <= d.start - after <= ADJACENT_CHARS]
    if adjacent:
        return adjacent[0]
    told = [d for d in resolved if d.start in _participle_offsets(trigger, sent)]
    if told:
        return told[0]
    head = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in NOUN_ARGUMENT_DEPS else trigger
    clauses = 0
    while clauses <= MAX_GOVERNING_CLAUSES:
        clause = {t.idx - sent.start_char for t in clause_tokens(head)}
        attached = [d for d in dates if d.start in clause and (d.value or not _anchored(d))]
        if attached:
            return min(attached, key=lambda d: abs(d.start - position))
        if head.head.i == head.i:
            break
        clauses += head.pos_ in ("VERB", "AUX")  # nouns on the way ("un document exhortant") are no clause
        head = head.head
    return _said_on(sent, resolved)


def _anchored(expression: DateMention) -> bool:
    """Whether an unresolved expression counts from another event ("quatre mois après la
    conclusion", "le lendemain"): it tells nothing of when the trigger's own event was."""
    text = fold(expression.text)
    return any(fold(w) in text for w in (*WORDS["after_anchor"], *WORDS["anchored"]))


def _said_on(sent: Span, resolved: list[DateMention]) -> DateMention | None:
    """The date of the verb of saying after a quotation ("« ... », a déclaré mardi X"): what
    was said is dated by when it was said."""
    for child in sent.root.children:
        if child.dep_ == "parataxis":
            clause = {t.idx - sent.start_char for t in clause_tokens(child)}
            attached = [d for d in resolved if d.start in clause]
            if attached:
                return attached[0]
    return None


def _participle_offsets(noun: Token, sent: Span) -> set[int]:
    """Offsets in the clause of a past participle saying when the noun's event took place
    ("les accords signés entre 2005 et 2014", "la normalisation annoncée le 10 décembre")."""
    if noun.pos_ != "NOUN":
        return set()
    participles = [c for c in noun.children if c.dep_ == "acl" and not is_coordinated_clause(c)
                   and c.morph.get("VerbForm", []) == ["Part"] and "Past" in c.morph.get("Tense", [])]
    return {t.idx - sent.start_char for p in participles for t in clause_tokens(p)}


def time_anchor(noun: Token, sent: Span, dates: list[DateMention]) -> DateMention | None:
    """The expression a noun trigger is the anchor of ("un mois après la venue de Kim Jong-un",
    "quatre mois après la conclusion du contrat"): the noun's event is dated from the other."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    position = noun.idx - sent.start_char
    for expression in dates:
        between = [t for t in sent if expression.end <= t.idx - sent.start_char < position]
        if (not expression.value and expression.end <= position
                and is_offset_from_event(expression)
                and all(t.head.i == noun.i and t.dep_ in NOUN_MODIFIER_DEPS for t in between)):
            return expression
    return None


def planned_weekday(date: str | None, expression: DateMention | None,
                    published: str | None) -> str | None:
    """A bare weekday before a planned event means the coming one ("se rendra vendredi")."""
    if expression is None or not date or not published or len(date) != len("YYYY-MM-DD"):
        return date
    if fold(expression.text.strip()) not in WORDS["weekday"] or date > published:
        return date
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=7)).isoformat()


def is_after(date: str | None, published: str | None) -> bool:
    """Whether `date` lies after the publication date, compared at their common precision."""
    if not date or not published:
        return False
    size = min(len(date), len(published))
    return date[:size] > published[:size]
