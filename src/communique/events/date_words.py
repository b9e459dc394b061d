"""The French calendar words of data/calendar.tsv, and patterns written with them as %NAME%."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import DataFileError
from ..knowledge import read_tsv
from ..normalize import fold

DATA_FILE = "calendar.tsv"
_KINDS = ("month", "weekday", "season", "number", "approx", "few", "modifier", "unit", "past",
          "future", "this", "part", "dayword", "anchored", "anchored_adj", "after_anchor", "vague",
          "prefix", "month_cue", "year_cue", "year_follow", "year_subject", "quantity",
          "reference", "future_word", "not_future", "past_aux", "past_word", "aux_adverb",
          "not_participle", "saying")


def _load() -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """Folded form → value per kind, and the forms as written (for accent-aware patterns)."""
    words: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    written: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for row in read_tsv(DATA_FILE):
        kind, form = row["kind"], row["form"]
        if kind not in words or not form:
            raise DataFileError(f"{DATA_FILE}: bad row {kind!r} {form!r}")
        words[kind][" ".join(fold(form).split())] = row["value"]
        written[kind].append(form)
    if empty := [kind for kind in _KINDS if not words[kind]]:
        raise DataFileError(f"{DATA_FILE}: no rows of kind {', '.join(empty)}")
    return words, written


WORDS, WRITTEN = _load()


def alternation(forms: Iterable[str]) -> str:
    """Alternation of forms, longest first; a form ending in a letter must end a word."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’]")
                            + ("" if f.endswith("'") else r"(?![\w])") for f in ordered) + ")"


def _cues(strength: str) -> list[str]:
    return [f for f, v in WORDS["year_cue"].items() if v == strength]


# Pattern pieces, used as %NAME% in the patterns: one per kind of word (%MONTH%, %PART%...)
# and a few built here.
_FRAGMENTS = {kind.upper(): alternation(forms) for kind, forms in WORDS.items()} | {
    "RELUNIT": alternation(f for f, u in WORDS["unit"].items()
                           if u in ("day", "week", "month", "year")),
    "REL": alternation([*WORDS["past"], *WORDS["future"]]),
    "NODATE": alternation([*WORDS["anchored"], *WORDS["vague"]]),
    "STRONG": alternation(_cues("strong")), "WEAK": alternation(_cues("weak")),
    "DAY": r"(?:(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:\s?(?:er|ᵉʳ)(?!\w))?|premier)",
    "YEAR": r"(?:19\d\d|20\d\d|2100)(?!\d)",
    "COUNT": r"(?:(?P<digits>\d{1,3})(?!\d)|(?P<num>%NUMBER%)|(?P<few>%FEW%)"
             r"|(?P<approx>%APPROX%)\s+d(?:e\s+|'))",
}


def compile_pattern(template: str) -> re.Pattern[str]:
    """`template` with its %NAME% fragments filled in, compiled."""
    for _ in range(2):  # fragments may use fragments
        for name, fragment in _FRAGMENTS.items():
            template = template.replace(f"%{name}%", fragment)
    return re.compile(template)
