"""The publication date a sentence's date expressions are resolved against, and its clause tenses."""
from __future__ import annotations

import bisect
import re
from calendar import monthrange
from datetime import date, timedelta
from typing import NamedTuple

from ..normalize import fold
from .date_words import WRITTEN, alternation, compile_pattern

# A yearless date up to this many months after publication stays in the publication year:
# announced events ("le 17 juillet" in a June article) are rarely further ahead without a year.
FUTURE_WINDOW = 2
# In a future clause, a yearless date down to this many months before publication keeps the
# publication year (a step just taken, recalled next to the one announced).
FUTURE_LOOKBACK = 1
DAY, MONTH, YEAR = 3, 2, 1  # precisions, as the number of ISO fields


class Pub(NamedTuple):
    """The publication date, with its month and day when the article gives them."""

    year: int
    month: int | None
    day: int | None

    @property
    def precision(self) -> int:
        return DAY if self.day else MONTH if self.month else YEAR

    def pivot(self) -> date:
        """The publication day, or a day inside the known month or year to count from."""
        return date(self.year, self.month or 7, self.day or (15 if self.month else 1))


_PUBLISHED = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_published(published: str | None) -> Pub | None:
    """"YYYY", "YYYY-MM" or "YYYY-MM-DD" (a month or day out of range is dropped)."""
    if not published:
        return None
    found = _PUBLISHED.match(published)
    if not found:
        raise ValueError(f"publication date {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    y, m, d = int(found[1]), int(found[2] or 0), int(found[3] or 0)
    if not 1 <= m <= 12:
        return Pub(y, None, None)
    return Pub(y, m, d if 1 <= d <= monthrange(y, m)[1] else None)


def iso_date(y: int | None, m: int | None = None, d: int | None = None,
             precision: int = DAY) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, no finer than `precision` nor than a day the month has."""
    if y is None:
        return None
    if m is None or precision == YEAR:
        return f"{y:04d}"
    if d is None or precision == MONTH or d > monthrange(y, m)[1]:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
# Matched on the text as written, where participles are told from nouns by accents ("signé").
_LOWER = "a-zàâçéèêëîïôûùüÿœ"
_PARTICIPLE = rf"(?!{alternation(WRITTEN['not_participle'])})[{_LOWER}]+" \
    r"(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|int|ert|erte)(?!\w)"
_ADVERB = rf"(?:{alternation(WRITTEN['aux_adverb'])}\s+)?"
_PAST_MARK = re.compile(
    rf"(?<![\w'’])(?<!\by ){alternation(WRITTEN['past_aux'])}\s+{_ADVERB}"
    rf"(?!{alternation(WRITTEN['saying'])}){_PARTICIPLE}|(?<![\w'’]){alternation(WRITTEN['past_word'])}")
# "aurait lieu" looks ahead; "aurait tué" (an alleged past) does not.
_CONDITIONAL = re.compile(rf"(?<![\w'’])(?!{alternation(WRITTEN['not_future'])})[{_LOWER}]+ra(?:it|ient)"
                          rf"(?!\w)(?!\s+{_ADVERB}{_PARTICIPLE})")
_FUTURE_WORD = compile_pattern(r"(?<![\w'])%FUTURE_WORD%")
_FUTURE_VERB = compile_pattern(r"(?<![\w'-])(?!%NOT_FUTURE%)[a-z]+(?:ra|ront)(?![\w'-])")  # folded text


class DateContext:
    """The text being searched, its folded copy, the publication date and clause tenses."""

    def __init__(self, text: str, pub: Pub | None):
        self.text, self.folded, self.pub = text, fold(text), pub
        self._cuts: list[int] | None = None
        self._marks: dict[int, list[tuple[int, str]]] = {}

    def clause_tense(self, pos: int) -> str:
        """past / future as marked by the verb nearest before `pos` in its clause (or, when
        none precedes, the first after it): "a annoncé qu'il se rendra en octobre" is future."""
        if self._cuts is None:
            self._cuts = [m.end() for m in _CLAUSE_END.finditer(self.folded)]
        i = bisect.bisect_right(self._cuts, pos)
        start = self._cuts[i - 1] if i else 0
        if start not in self._marks:
            end = self._cuts[i] if i < len(self._cuts) else len(self.text)
            self._marks[start] = self._find_marks(start, end)
        marks = self._marks[start]
        j = bisect.bisect_left(marks, (pos, ""))
        return marks[j - 1][1] if j else marks[0][1] if marks else "any"

    def _find_marks(self, start: int, end: int) -> list[tuple[int, str]]:
        marks = [(m.start(), "future") for m in _FUTURE_WORD.finditer(self.folded, start, end)]
        marks += [(m.start(), "future") for m in _FUTURE_VERB.finditer(self.folded, start, end)
                  if self.text[m.start()].islower()]
        marks += [(m.start(), "future") for m in _CONDITIONAL.finditer(self.text, start, end)]
        marks += [(m.start(), "past") for m in _PAST_MARK.finditer(self.text, start, end)]
        return sorted(marks)

    def year_for(self, pos: int, month: int, day: int | None, mode: str) -> int | None:
        """The year of a yearless month (and day) in this context; see the rules in dates.py."""
        pub = self.pub
        if pub is None or pub.month is None:
            return pub.year if pub else None
        if mode == "any":
            mode = {"past": "past", "future": "future"}.get(self.clause_tense(pos), "any")
        order = _cmp((month, day), (pub.month, pub.day)) if day and pub.day else \
            _cmp((month,), (pub.month,))
        day_in_month = order == 0 and day is not None and pub.day is None
        y, ahead = pub.year, month - pub.month
        if mode == "before":
            return y if order < 0 or day_in_month else y - 1
        if mode == "after":
            return y if order > 0 or day_in_month else y + 1
        if mode == "past":
            return y if order <= 0 else y - 1
        if mode == "upcoming":
            return y if order >= 0 else y + 1
        if mode == "future":
            return y if ahead >= -FUTURE_LOOKBACK else y + 1
        return y if ahead <= FUTURE_WINDOW else y - 1

    def shifted(self, precision: int, days: int = 0, months: int = 0) -> str | None:
        """The publication date moved by `months` then `days`, at the coarser precision."""
        if self.pub is None:
            return None
        pivot = self.pub.pivot()
        index = pivot.year * 12 + pivot.month - 1 + months
        y, m = divmod(index, 12)
        moved = date(y, m + 1, min(pivot.day, monthrange(y, m + 1)[1])) + timedelta(days=days)
        return iso_date(moved.year, moved.month, moved.day, min(precision, self.pub.precision))

    def weekday(self, weekday: int, mode: str) -> str | None:
        if self.pub is None:
            return None
        today = self.pub.pivot().weekday()
        if mode in ("after", "upcoming"):
            return self.shifted(DAY, days=(weekday - today) % 7 or 7)
        back = (today - weekday) % 7
        return self.shifted(DAY, days=-(back or 7 if mode == "before" else back))


def _cmp(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return (a > b) - (a < b)
