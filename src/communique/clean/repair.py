"""Repairs of text damaged by scraping, each a pure `Line -> Line(s)` step.

- `unglue`: "à Pyongyang.Cette visite" -> "à Pyongyang. Cette visite" (a space is
  inserted; it maps to no source character). Not inside URLs, e-mail addresses,
  acronyms ("U.S.A."), decimals ("3.5") or protected tokens of the data file.
- `space_abbreviations`: "M.Dupont" -> "M. Dupont" for title abbreviations.
- `split_at_arrows`: a line is cut before a "►" heading that follows a sentence end.
- `split_heading`: a "►" heading that ran into its paragraph is cut in two.
- `strip_marker`: leading "►", ">>" or bullet markers leave the text.
- `join_wrapped`: a line hard-wrapped in the middle of a sentence is rejoined.
"""
from __future__ import annotations

import functools
import re

from .lines import Line, join
from .rules import Rules

CLOSERS = "»”’)]\""
FRENCH_SPACES = " \u00a0\u202f"
# Sentence punctuation run, optional closing quotes, then a capital with no space.
_GLUE = re.compile(r"([.!?…]+)([»”’)\]\"]*)(?=[A-ZÀ-ÖØ-ÞŒÆ])")
_URLISH = re.compile(r"://|^www\.|@|\.(?:com|org|net|fr|be|ch|ca|info|asia|ma|dz|tn|sn|vn)\b")
# A heading glued to its paragraph: lowercase letter (or closing mark) then a
# capitalised word, inside the first HEADING_MAX_CHARS characters.
_HEADING_GLUE = re.compile(r"[a-zà-öø-ÿœ)»”’\"](?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ])")
HEADING_MAX_CHARS = 150
_MARKER = re.compile(r"^(?:[►▶▸➤➔→•▪■◦‣]|>>>?|»»)\s*")
_ARROW = re.compile(r"^[►▶▸➤➔→]\s*")
_WRAP_END = tuple(".!?:;»”\"…)")


def unglue(line: Line, rules: Rules) -> Line:
    """Insert the missing space after sentence punctuation glued to a capital."""
    inserts = []
    text = line.text
    for match in _GLUE.finditer(text):
        start = match.start()
        before = start - 1
        if match.group(1)[0] in "!?" and before > 0 and text[before] in FRENCH_SPACES:
            before -= 1  # French typography: "Vraiment ?Oui" has a space before "?"
        if before < 0 or not _ends_word(text[before]):
            continue
        if _protected(text, start, rules):
            continue
        inserts.append(_insert_position(text, match))
    for pos in reversed(inserts):
        line = line.insert(pos, " ")
    return line


def _ends_word(char: str) -> bool:
    return char.islower() or char.isdigit() or char in CLOSERS


def _insert_position(text: str, match: re.Match[str]) -> int:
    """After closing quotes; before a straight quote that opens a new quotation."""
    closers = match.group(2)
    if closers.startswith('"') and text.count('"', 0, match.start(2)) % 2 == 0:
        return match.start(2)
    return match.end()


def _protected(text: str, pos: int, rules: Rules) -> bool:
    """True inside a URL, an e-mail address or a protected dotted token."""
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    token = text[start:end if end >= 0 else len(text)]
    if _URLISH.search(token):
        return True
    return bool(rules.keep and rules.keep.search(token))


def space_abbreviations(line: Line, rules: Rules) -> Line:
    """"M.Dupont" -> "M. Dupont" for the title abbreviations of the data file."""
    pattern = _abbrev_pattern(rules.abbrevs)
    if pattern is None:
        return line
    for match in reversed(list(pattern.finditer(line.text))):
        line = line.insert(match.end(), " ")
    return line


@functools.cache
def _abbrev_pattern(abbrevs: frozenset[str]) -> re.Pattern[str] | None:
    if not abbrevs:
        return None
    words = "|".join(sorted((re.escape(a) for a in abbrevs), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{words})\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


def strip_marker(line: Line) -> Line:
    """The line without a leading "►", ">>" or bullet marker."""
    match = _MARKER.match(line.text)
    return line.slice(match.end()) if match and match.end() < len(line) else line


_INNER_ARROW = re.compile(r"(?<=[.!?…»”\"])\s*(?=[►▶▸➤➔→])")


def split_at_arrows(line: Line) -> list[Line]:
    """A line cut before every "►" heading that follows a sentence end within it
    ("... en 1991.► Sergueï Choïgou, ex-ministre de la défenseSergueï ...")."""
    cuts = [m.end() for m in _INNER_ARROW.finditer(line.text) if m.end() > 0]
    bounds = [0, *cuts, len(line.text)]
    return [line.slice(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def split_heading(line: Line, rules: Rules) -> list[Line]:
    """["Titre", "Corps..."] for a "►" heading glued to its paragraph; other lines
    come back without their marker.

    The cut needs a heading of at least two words, no sentence end before it, and
    either a lowercase word glued to the capital ("historiqueAbiy") or a word that
    opens French sentences after it ("HanoïLe"), so that "TotalEnergies" or
    "McDonald" stay whole.
    """
    if not _ARROW.match(line.text):
        return [strip_marker(line)]
    body = strip_marker(line)
    for match in _HEADING_GLUE.finditer(body.text, 0, HEADING_MAX_CHARS):
        cut = match.end()
        head = body.text[:cut]
        if any(p in head for p in ".!?") or len(head.split()) < 2:
            continue
        token = head.split()[-1]
        opener = re.match(r"[\w'’]+", body.text[cut:])
        if token[0].islower() or (opener and opener.group().lower() in rules.openers):
            return [body.slice(0, cut), body.slice(cut)]
    return [body]


def join_wrapped(first: Line, second: Line) -> Line | None:
    """One line when `second` continues a sentence cut by a hard line break
    (no closing punctuation before, a lowercase letter after); else None."""
    if not first.text or not second.text or first.text.endswith(_WRAP_END):
        return None
    if not second.text[0].islower():
        return None
    return join([first, second], " ")
