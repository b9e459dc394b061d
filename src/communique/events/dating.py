"""When an event happened: the date expression nearest its trigger, the date that set the scene
earlier in the paragraph, or the publication month for current news."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import DateMention
from .arguments import CLAUSE_DEPS

# How far (in characters) a date may stand from a trigger in the same sentence and still be its date.
MAX_DATE_DISTANCE = 200


def date_of(trigger: Token, sent: Span, dates: list[DateMention], scene: str | None,
            published: str | None, tense: str) -> tuple[str | None, DateMention | None]:
    """(date, the expression it came from) for one trigger."""
    own = _nearest(trigger, sent, dates)
    if own is not None and own.value:
        return own.value, own
    if scene:
        return scene, None
    if published and tense == "news":
        return published[:7], None
    return None, None


def _nearest(trigger: Token, sent: Span, dates: list[DateMention]) -> DateMention | None:
    position = trigger.idx - sent.start_char
    resolved = [d for d in dates if d.value]
    if not resolved:
        return None
    clause = {t.idx - sent.start_char for t in _clause_tokens(trigger)}
    attached = [d for d in resolved if d.start in clause]
    if attached:
        return min(attached, key=lambda d: abs(d.start - position))
    nearest = min(resolved, key=lambda d: min(abs(d.start - position), abs(d.end - position)))
    distance = min(abs(nearest.start - position), abs(nearest.end - position))
    return nearest if distance <= MAX_DATE_DISTANCE else None


def _clause_tokens(trigger: Token) -> list[Token]:
    """Tokens that depend on the trigger without crossing into another clause."""
    tokens, stack = [], [trigger]
    while stack:
        node = stack.pop()
        tokens.append(node)
        stack += [c for c in node.children if c.dep_ not in CLAUSE_DEPS]
    return tokens


def is_after(date: str | None, published: str | None) -> bool:
    """Whether `date` lies after the publication date, compared at their common precision."""
    if not date or not published:
        return False
    size = min(len(date), len(published))
    return date[:size] > published[:size]
