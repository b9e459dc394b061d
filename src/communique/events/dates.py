"""French date expressions in a sentence, resolved against the article's publication date.

`find_dates` returns every expression in order with its offsets, its value (YYYY-MM-DD,
YYYY-MM, YYYY, or None when the text gives no way to tell) and the tense the expression
itself implies. The words come from data/calendar.tsv (date_words.py); the patterns are
compiled once at import and matched on folded text (lowercase, no accents), whose offsets are
the input's. The publication date and the tense of each clause are read in date_context.py,
which holds FUTURE_WINDOW and FUTURE_LOOKBACK.

Rules decided here and pinned by tests/events/test_dates.py:
- A date without a year ("le 17 juillet", "en octobre", "début mars", "au printemps") takes
  the publication year, or the year before when that would put it more than FUTURE_WINDOW
  months after publication. Its clause may say otherwise, through the nearest tense marker
  before the date (or the first after it when none precedes): a future one (future tense,
  conditional "aurait lieu", "doit", "prévu") gives the first such date from
  FUTURE_LOOKBACK month before publication on; a past one ("a signé", "s'est rendu",
  "était") the last one not after publication. Verbs of saying ("a annoncé") are no marker:
  what is announced is often ahead. "dernier"/"prochain" and "depuis"/"d'ici" decide by
  themselves: "en mars dernier" is the last March strictly before the publication month.
- A weekday alone is the closest such day on or before publication (press usage; only the
  caller knows whether its verb points to the next one instead), "lundi dernier" the one
  strictly before, "mardi prochain" the one strictly after.
- Precision: days and weekdays give YYYY-MM-DD; weeks YYYY-MM of the day reached; months
  YYYY-MM; years, seasons and decades YYYY; relative expressions are never more precise
  than the publication date ("mardi" in an article of 2020-12 is 2020-12). Approximate
  counts ("il y a quelques jours") keep only the month; vaguer ones ("il y a quelques mois",
  "depuis plus d'un an") give None.
- Ranges ("entre 2005 et 2014", "du 20 au 22 mars", "dans la nuit de mardi à mercredi")
  give their start.
- A number 1900-2100 standing alone is a year only after a cue: a strong one ("en", "depuis",
  "l'année") unless a count noun follows ("en 2000 exemplaires"); a weak one ("de", "à",
  "pour") when what follows fits a year ("de 1989 à", "de 2015,") and not a count ("de 2000
  soldats"); or when it opens a sentence before a verb or a comma ("1989 a vu ..."). Never
  after a reference noun or a capitalised word ("résolution 1973", "Vision 2030").
- Centuries, "la veille", "au lendemain de", "à l'époque", "récemment", "bientôt" are
  returned with value None, so that the caller knows the date is deliberately unknown.
- A span starts at the first word that carries the date: "le" and "en" stay out ("17
  juillet", "octobre 2023"); "ce", "depuis", "d'ici", "il y a", "dans", range words and the
  article of a relative phrase ("l'an dernier", "la semaine prochaine") are in.
"""
from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from ..model import DateMention
from ..normalize import fold
from .date_context import DAY, MONTH, YEAR, DateContext, iso_date, parse_published
from .date_words import WORDS, compile_pattern

_REL_MODE = {"past": "before", "future": "after"}  # "dernier" / "prochain": strictly
_PREFIX_MODE = {"past": "past", "future": "upcoming", "any": "any"}  # "depuis" / "d'ici"


# ---------------------------------------------------------------- handlers

class _Hit(NamedTuple):
    value: str | None
    tense: str = "any"
    start: int | None = None  # when the span does not start where the match does


_Handler = Callable[[re.Match[str], DateContext, str], "_Hit | None"]


def _word(kind: str, text: str | None) -> str:
    return WORDS[kind][" ".join(text.split())] if text else ""


def _rel(text: str | None) -> str | None:
    return None if not text else "past" if " ".join(text.split()) in WORDS["past"] else "future"


def _day(text: str) -> int:
    return 1 if text.startswith("p") else int(text[:2].rstrip(" eᵉ"))  # "premier", "1er", "17"


def _valid(month: int, day: int) -> bool:
    return day <= monthrange(2000, month)[1]  # 2000 is a leap year: 29 February is a date


def _mode(rel: str | None, tense: str) -> str:
    return _REL_MODE[rel] if rel else _PREFIX_MODE[tense]


def _numeric(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    """"18/06/2024" (day first, unless the first number cannot be a month) or "2024-06-18"."""
    d, mo, y = int(m["d"]), int(m["mo"]), int(m["y"])
    if mo > 12 >= d and "sep" in m.re.groupindex:
        d, mo = mo, d
    return _Hit(iso_date(y, mo, d)) if 1 <= mo <= 12 and 1 <= d <= monthrange(y, mo)[1] else None


def _textual(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    day, month, rel = _day(m["day"]), int(_word("month", m["mon"])), _rel(m["rel"])
    if not _valid(month, day):
        return None
    year = int(m["year"]) if m["year"] else ctx.year_for(m.start(), month, day, _mode(rel, tense))
    if year and m["wd"] and not m["year"]:
        weekday = int(_word("weekday", m["wd"]))
        year = next((y for y in (year, year - 1, year + 1) if _valid_on(y, month, day, weekday)),
                    year)
    return _Hit(iso_date(year, month, day), rel or "any")


def _valid_on(year: int, month: int, day: int, weekday: int) -> bool:
    return day <= monthrange(year, month)[1] and date(year, month, day).weekday() == weekday


def _day_range(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    day, month = _day(m["d1"]), int(_word("month", m["m1"] or m["m2"]))
    if not _valid(month, day) or (not m["m1"] and day >= _day(m["d2"])):
        return None
    if m["y1"] or m["y2"]:
        late = m["m1"] and not m["y1"] and month > int(_word("month", m["m2"]))
        year: int | None = int(m["y1"] or m["y2"]) - bool(late)
    else:
        year = ctx.year_for(m.start(), month, day, _mode(None, tense))
    return _Hit(iso_date(year, month, day))


_MONTH_CUE = compile_pattern(r"(?:(?<![\w'])%MONTH_CUE%|%MONTH%\s*(?:,|et|ou))\s*$")


def _month(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    month, rel = int(_word("month", m["mon"])), _rel(m["rel"])
    if not (m["lead"] or m["year"] or rel):
        if not _MONTH_CUE.search(ctx.folded, max(0, m.start() - 24), m.start()):
            return None
        if ctx.text[m.start()].isupper() and not _sentence_start(ctx.folded, m.start()):
            return None  # "vers Mars", "de Mai": a planet or a name
    year = int(m["year"]) if m["year"] else ctx.year_for(m.start(), month, None, _mode(rel, tense))
    return _Hit(iso_date(year, month), rel or "any")


def _month_range(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    first, last = int(_word("month", m["m1"])), int(_word("month", m["m2"]))
    if m["y1"] or m["y2"]:
        year: int | None = int(m["y1"] or m["y2"]) - (not m["y1"] and first > last)
    else:
        year = ctx.year_for(m.start(), first, None, _mode(None, tense))
    return _Hit(iso_date(year, first))


def _season(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    art, rel = " ".join((m["art"] or "").split()), _rel(m["rel"])
    if not (art or m["lead"] or (m["year"] and m["season"] != "ete")):
        return None  # "a été" is not summer
    start = m.start() if art in ("ce", "cet") or (rel and art == "l'") else \
        m.start("lead") if m["lead"] else m.start("season")
    central = int(_word("season", m["season"]))
    if m["year"]:
        return _Hit(m["year"], start=start)
    pub = ctx.pub
    if pub is None or pub.month is None or not (rel or art in ("ce", "cet")):
        year = ctx.year_for(m.start(), central, None, _mode(None, tense))
        return _Hit(iso_date(year), start=start)
    now = pub.year * 12 + pub.month - 1
    years = range(pub.year - 2, pub.year + 3)
    centre = {y: y * 12 + central - 1 for y in years}  # the season's middle month, as an index
    if rel == "past":
        year = max(y for y in years if centre[y] + 1 < now)
    elif rel == "future":
        year = min(y for y in years if centre[y] - 1 > now)
    else:
        year = min(years, key=lambda y: abs(centre[y] - now))
    return _Hit(iso_date(year), rel or "any", start)


def _part_year(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    return _Hit(m["y"])


def _decade(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    decade = int(m["dec"])
    return _Hit(str(decade if decade >= 100 else 1900 + decade if decade >= 20 else 2000 + decade))


def _no_date(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    """Centuries, anchored and vague expressions: no value, but a tense when they carry one."""
    key = " ".join(m.group().split())
    kind = WORDS["vague"].get(key, "")
    if kind == "recent":
        return _Hit(ctx.shifted(MONTH), "past")
    if m.groupdict().get("rel"):
        kind = _rel(m["rel"]) or ""
    return _Hit(None, kind if kind in ("past", "future") else "any")


def _span_to_now(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    """"les cinq dernières années", "ces derniers jours": a span up to now, no one date."""
    return _Hit(None, "past")


def _weekday(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    if m["anch"]:
        return _Hit(None)  # "le mardi suivant"
    rel = _rel(m["rel"])
    return _Hit(ctx.weekday(int(_word("weekday", m["wd"])), _mode(rel, tense)), rel or "any")


def _night(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    return _Hit(ctx.weekday(int(_word("weekday", m["wd"])), "any"))


def _dayword(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    days = int(_word("dayword", m.group()))
    return _Hit(ctx.shifted(DAY, days=days), "past" if days < 0 else "future" if days else "any")


_UNIT_MOVE = {"day": (DAY, 1, 0), "week": (MONTH, 7, 0), "month": (MONTH, 0, 1),
              "year": (YEAR, 0, 12), "decade": (YEAR, 0, 120), "hour": (DAY, 1, 0)}


def _relative_unit(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    """"cette semaine", "le mois dernier", "l'an prochain", "fin de l'année", "ce mois-ci"."""
    rel, unit = _rel(m["rel"]), _word("unit", m["unit"])
    if not (m["this"] or rel or m["part"] or m["ci"] or m["cours"]) or \
            (unit == "day" and not m["this"]):
        return None
    precision, days, months = _UNIT_MOVE[unit]
    sign = -1 if rel == "past" else 1 if rel == "future" else 0
    return _Hit(ctx.shifted(precision, sign * days, sign * months), rel or "any")


def _offset(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    """"il y a trois ans", "depuis deux semaines", "dans un mois", "d'ici quelques jours"."""
    tense = "future" if m["kw"].startswith(("dans", "d'", "d’")) else "past"
    unit, modifier = _word("unit", m["unit"]), _word("modifier", m["mod"])
    vague = bool(m["few"] or m["approx"])
    if modifier == "bound" or (vague and unit in ("month", "year", "decade")):
        return _Hit(None, tense)
    count = int(m["digits"] or _word("number", m["num"]) or _word("few", m["few"])
                or _word("approx", m["approx"])) + (0.5 if m["half"] else 0)
    precision, days, months = _UNIT_MOVE[unit]
    if unit == "hour":
        count = round(count / 24)
    if vague and unit in ("day", "week"):
        precision = MONTH
    sign = -1 if tense == "past" else 1
    return _Hit(ctx.shifted(precision, round(sign * count * days), round(sign * count * months)),
                tense)


def _sentence_start(folded: str, pos: int) -> bool:
    head = folded[max(0, pos - 10):pos].rstrip(" \t\"«(")
    return (not head and pos <= 10) or head.endswith((".", "!", "?", ":", "\n"))


_REFERENCE_BEFORE = compile_pattern(r"(?<![\w'])%REFERENCE%\s*$")
_STRONG_BEFORE = compile_pattern(r"(?<![\w'])%STRONG%\s*$")
_WEAK_BEFORE = compile_pattern(r"(?:(?<![\w'])%WEAK%|(?:19|20)\d\d\s*(?:,|et|ou|puis))\s*$")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’])([A-ZÀ-Þ][\w'’-]*)\s+$")
_CUE_WORDS = frozenset(WORDS["year_cue"])
_PAIR_AFTER = compile_pattern(r"\s*(?:a|au|et|ou|-)\s*(?:(?P<year>%YEAR%)|\d)")
_QUANTITY_AFTER = compile_pattern(r"\s+%QUANTITY%")
_FOLLOW_AFTER = compile_pattern(r"\s*(?:$|[,.;:!?)»\"\]]|%YEAR_FOLLOW%|[a-z]+ee?(?!\w))")
_SUBJECT_AFTER = compile_pattern(r"\s*,|\s+%YEAR_SUBJECT%")
_PARENTHESES = (re.compile(r"\(\s*$"), re.compile(r"\s*\)"))  # "le traité de Versailles (1919)"


def _fits_year(ctx: DateContext, end: int, strong: bool) -> bool:
    """Whether the words after a number at `end` read as after a year, not after a count."""
    if strong:
        return not _QUANTITY_AFTER.match(ctx.folded, end)
    return bool(_FOLLOW_AFTER.match(ctx.folded, end)) or ctx.text[end + 1:end + 2].isupper()


def _year(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    start, end, folded = m.start(), m.end(), ctx.folded
    window = max(0, start - 40)
    capital = _CAPITAL_BEFORE.search(ctx.text, window, start)
    if _REFERENCE_BEFORE.search(folded, window, start) or \
            (capital and fold(capital[1]) not in _CUE_WORDS):
        return None
    pair = _PAIR_AFTER.match(folded, end)
    if pair and not pair["year"]:
        return None  # "de 2000 à 3000 soldats"
    after = pair.end() if pair else end
    if _STRONG_BEFORE.search(folded, window, start):
        ok = _fits_year(ctx, after, strong=True)
    elif _WEAK_BEFORE.search(folded, window, start):
        ok = _fits_year(ctx, after, strong=False)
    elif _PARENTHESES[0].search(folded, window, start):
        ok = bool(_PARENTHESES[1].match(folded, end))
    else:
        ok = _sentence_start(folded, start) and bool(_SUBJECT_AFTER.match(folded, end))
    return _Hit(m["y"]) if ok else None


def _year_range(m: re.Match[str], ctx: DateContext, tense: str) -> _Hit | None:
    if int(m["y2"]) < int(m["y1"]) or not _fits_year(ctx, m.end(), m["pre"] == "depuis"):
        return None
    return _Hit(m["y1"], "past" if m["pre"] == "depuis" else "any")


# ---------------------------------------------------------------- rules

_RULES: tuple[tuple[re.Pattern[str], _Handler, bool], ...] = tuple(
    (compile_pattern(pattern), handler, prefixable) for pattern, handler, prefixable in (
        (r"(?<![\w/.-])(?P<y>%YEAR%)-(?P<mo>\d\d)-(?P<d>\d\d)(?!\d)", _numeric, True),
        (r"(?<![\w/.,-])(?:(?P<wd>%WEEKDAY%)\s*,?\s+)?(?P<d>\d{1,2})(?P<sep>[/.])(?P<mo>\d{1,2})"
         r"(?P=sep)(?P<y>%YEAR%)(?![.,/]?\d)", _numeric, True),
        (r"(?<![\w,.])(?:(?:du|des|entre\s+le|les)\s+)?(?:%WEEKDAY%\s+)?(?P<d1>%DAY%)"
         r"(?:\s*(?P<m1>%MONTH%)(?:\s+(?P<y1>%YEAR%))?)?\s*(?:au|et\s+le|et|ou\s+le|ou|-)\s*"
         r"(?:%WEEKDAY%\s+)?(?P<d2>%DAY%)\s*"
         r"(?P<m2>%MONTH%)(?:\s+(?P<y2>%YEAR%))?", _day_range, True),
        (r"(?<![\w,.])(?:(?P<this>ce)\s+)?(?:(?P<wd>%WEEKDAY%)\s*,?\s+)?(?P<day>%DAY%)\s*"
         r"(?P<mon>%MONTH%)(?:\s+(?P<year>%YEAR%)|\s+(?P<rel>%REL%))?", _textual, True),
        (r"(?<![\w'])(?P<pre>de\s+|d'|entre\s+)(?P<m1>%MONTH%)(?:\s+(?P<y1>%YEAR%))?\s+"
         r"(?:a|au|et|jusqu'en|jusqu'a)\s+(?P<m2>%MONTH%)(?:\s+(?P<y2>%YEAR%))?",
         _month_range, True),
        (r"(?<![\w'])(?P<lead>%PART%(?:\s*-\s*|\s+)(?:du\s+mois\s+d(?:e\s+|')|de\s+|d')?"
         r"|(?:ce\s+)?mois\s+d(?:e\s+|'))?(?P<mon>%MONTH%)(?:\s+(?P<year>%YEAR%)"
         r"|\s+(?P<rel>%REL%))?", _month, True),
        (r"(?<![\w'])(?:(?P<art>l'|cet\s|ce\s|au\s|en\s|a\s+l'|a\s+la\s|la\s)\s*)?"
         r"(?P<lead>%PART%\s*(?:de\s+l'|du\s+|de\s+|d'))?(?P<season>%SEASON%)"
         r"(?:\s+(?P<year>%YEAR%)(?:\s*[-/]\s*(?:%YEAR%|\d\d(?!\d)))?|\s+(?P<rel>%REL%))?",
         _season, True),
        (r"(?<![\w'])%PART%(?:\s*-\s*|\s+)(?:(?:de\s+l'|d'|l')(?:annee|an)\s+)?(?P<y>%YEAR%)",
         _part_year, True),
        (r"(?<![\w'])(?:%PART%\s+des\s+)?annees\s+(?P<dec>(?:19|20)\d0|\d0)(?!\d)"
         r"(?:\s*-\s*(?:(?:19|20)\d0|\d0)(?!\d))?", _decade, True),
        (r"(?<![\w'])(?:(?:[ivxl]+|\d{1,2})\s?(?:eme|e|er|ᵉ|ᵉʳ)\s+siecle|siecle\s+(?P<rel>%REL%))"
         r"(?!\w)", _no_date, True),
        (r"(?<![\w'])(?P<pre>entre|de|d'|du|depuis)\s*(?:l'an\s+|l'annee\s+)?(?P<y1>%YEAR%)\s*"
         r"(?:et|a|au|jusqu'en|jusqu'a|-)\s*(?:l'an\s+)?(?P<y2>%YEAR%)", _year_range, False),
        (r"(?<![\w.,/'-])(?P<y>%YEAR%)(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d)(?![\w/-]))?"
         r"(?![\w%€$£]|[.,]\d|\s?[%€$£]|\s?:\d)", _year, True),
        (r"(?<![\w'])nuit\s+d(?:e|u)\s+(?P<wd>%WEEKDAY%)\s+(?:a|au)\s+%WEEKDAY%", _night, False),
        (r"(?<![\w'])(?<!chaque )(?:(?P<this>ce)\s+)?(?P<wd>%WEEKDAY%)(?:\s+(?P<rel>%REL%)"
         r"|\s+(?P<anch>%ANCHORED_ADJ%))?(?![\w-])", _weekday, True),
        (r"(?<![\w-])%DAYWORD%", _dayword, True),
        (r"(?<![\w'])(?:(?P<part>%PART%)\s*(?:de\s+l'|du\s+|de\s+la\s+|de\s+|d'))?"
         r"(?:(?P<this>%THIS%)\s+|(?:l'|la\s+|le\s+))?(?P<unit>%RELUNIT%)(?:(?P<ci>-ci)"
         r"|\s+(?P<rel>%REL%)|\s+(?P<cours>en\s+cours))?(?![\w-])", _relative_unit, True),
        (r"(?<![\w'])(?P<kw>il\s+y\s+a|depuis|dans|d'ici(?:\s+a)?)\s+(?P<mod>%MODIFIER%\s*)?"
         r"%COUNT%\s*(?P<unit>%UNIT%)(?P<half>\s+et\s+demie?)?(?![\w-])", _offset, False),
        (r"(?<![\w'])(?:%MODIFIER%\s*)?%COUNT%\s*%UNIT%\s+%AFTER_ANCHOR%", _no_date, False),
        (r"(?<![\w'])%NODATE%", _no_date, False),
        (r"(?<![\w'])(?:premiere|derniere) fois depuis\s+(?:(?:%MODIFIER%\s*)?%COUNT%\s*%UNIT%|%YEAR%)",
         _no_date, False),  # "pour la première fois depuis douze ans": when it was last done
        (r"(?<![\w'])(?:les|ces|des)\s+(?:%COUNT%\s*)?dernier(?:e|s|es)?\s+%UNIT%", _span_to_now, False),
    ))
_PREFIX = compile_pattern(r"(?<![\w'])(?P<word>%PREFIX%)\s+(?:(?:le|la|les|l'|au|aux|a\s+la|a\s+l'|l'an"
              r"|l'annee)\s*)?$")


_ANCHOR_OFFSET = compile_pattern(r"(?:%MODIFIER%\s*)?%COUNT%\s*(?P<unit>%UNIT%)\s+(?P<dir>apres|avant)$")


def is_offset_from_event(expression: DateMention) -> bool:
    """Whether the expression counts from an event named right after it ("un mois après")."""
    return _ANCHOR_OFFSET.search(fold(expression.text)) is not None


def anchor_date(expression: DateMention, date: str | None) -> str | None:
    """When the event another one is dated from took place: "quatre mois après la conclusion
    du contrat", told of a delivery in 2022-12, puts the contract in 2022-08."""
    m = _ANCHOR_OFFSET.search(fold(expression.text))
    pub = parse_published(date)
    if m is None or pub is None:
        return None
    count = int(m["digits"] or _word("number", m["num"]) or _word("few", m["few"])
                or _word("approx", m["approx"]))
    precision, days, months = _UNIT_MOVE[_word("unit", m["unit"])]
    sign = -1 if m["dir"] == "apres" else 1
    return DateContext("", pub).shifted(precision, sign * count * days, sign * count * months)


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against the publication date."""
    ctx = DateContext(text, parse_published(published))
    found: list[_Found] = []
    for regex, handler, prefixable in _RULES:
        for m in regex.finditer(ctx.folded):
            prefix = _PREFIX.search(ctx.folded, max(0, m.start() - 24), m.start()) \
                if prefixable else None
            tense = _word("prefix", prefix["word"]) if prefix else "any"
            hit = handler(m, ctx, tense)
            if hit is None:
                continue
            start = prefix.start() if prefix else m.start() if hit.start is None else hit.start
            found.append((start, m.end(), hit.value, tense if hit.tense == "any" else hit.tense))
    return [DateMention(text[s:e], s, e, value, tense) for s, e, value, tense in _longest(found)]


_Found = tuple[int, int, str | None, str]  # start, end, value, tense


def _longest(found: list[_Found]) -> list[_Found]:
    """Non-overlapping expressions, the longest first; ties go to the earlier rule."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda k: k[0])
