"""Line classification: which lines of a scraped page are chrome, not article.

Phrase knowledge (share buttons, credits, cookie banners, "Lire aussi"...) comes
from `data/boilerplate.tsv`; this module adds the structural tests that no single
phrase can express: navigation menus, decoration lines, logo text repeated twice,
lists that follow a chrome heading, and "►" lines that are either section
headings (kept) or related-article links (dropped).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import Entry, kept_indices, relabel
from .rules import Rules

# A related-article headline or a list item: short and without a closing period.
# Limits chosen on the bench pages: real headlines stay under ~150 characters.
HEADLINE_MAX_CHARS = 160
HEADLINE_MAX_WORDS = 25
# A chrome heading ("Catégories", "Sur le même sujet") swallows at most this many items.
MAX_BLOCK_ITEMS = 15
# Menus: at least this many items, each this short.
NAV_MIN_ITEMS = 3
NAV_ITEM_MAX_WORDS = 4
NAV_ITEM_MAX_CHARS = 32
# A column of menu entries, one per line: at least this many lines in a row.
MENU_RUN_MIN_LINES = 4
MENU_ITEM_MAX_WORDS = 3
MENU_ITEM_MAX_CHARS = 25

_NAV_SEPARATOR = re.compile(r"\s*[|•·›»¦]\s*|\s+[>/–]\s+|\s{3,}|\t")
_REPEATED = re.compile(r"^(.{4,80}?)\s+\1$", re.IGNORECASE)
_END_PUNCT = (".", "!", "?", ",", ";", ":")


def mark_boilerplate(entries: Sequence[Entry], rules: Rules) -> tuple[Entry, ...]:
    """Label every chrome line; article lines keep `label=None`."""
    labels: dict[int, str] = {}
    for i, entry in enumerate(entries):
        if entry.kept and entry.line is not None:
            label = line_label(entry.line.text, rules)
            if label:
                labels[i] = label
    entries = relabel(entries, labels)
    entries = _mark_blocks(entries, rules)
    entries = _mark_menu_runs(entries)
    return _mark_arrows(entries, rules)


def line_label(text: str, rules: Rules) -> str | None:
    """Why this line alone is chrome, or None when it may be article text."""
    if not any(char.isalnum() for char in text):
        return "drop:decoration"
    for rule in rules.of("drop"):
        if rule.match(text):
            return f"drop:{rule.arg}"
    if any(rule.match(text) for rule in rules.of("related")) and is_headline_like(text):
        return "drop:related"
    if _REPEATED.match(text):
        return "drop:logo"
    if is_nav_line(text):
        return "drop:nav"
    return None


def is_headline_like(text: str) -> bool:
    """Short, one line, no closing period: a headline, a heading or a list item."""
    text = text.rstrip()
    return (len(text) <= HEADLINE_MAX_CHARS and len(text.split()) <= HEADLINE_MAX_WORDS
            and not text.endswith((".", ":", ";", ",")))


def is_nav_line(text: str) -> bool:
    """Several short capitalised items separated by bars, bullets or wide spaces."""
    items = [item.strip() for item in _NAV_SEPARATOR.split(text) if item.strip()]
    if len(items) < NAV_MIN_ITEMS:
        return False
    return all(_is_menu_item(item, NAV_ITEM_MAX_WORDS, NAV_ITEM_MAX_CHARS) for item in items)


def _is_menu_item(item: str, max_words: int, max_chars: int) -> bool:
    return (len(item) <= max_chars and len(item.split()) <= max_words
            and (item[0].isupper() or item[0].isdigit()) and not item.endswith(_END_PUNCT))


def _mark_blocks(entries: tuple[Entry, ...], rules: Rules) -> tuple[Entry, ...]:
    """Drop the short items that follow a chrome heading such as "Catégories".

    A list written right under its heading ends at the first blank line; a list
    whose first item comes after a blank line goes on across blank lines. Either
    way it ends at the first line that is not headline-like.
    """
    labels: dict[int, str] = {}
    block_rules = rules.of("block")
    for i, entry in enumerate(entries):
        if entry.line is None or not any(r.match(entry.line.text) for r in block_rules):
            continue
        if entry.kept:
            labels[i] = "block:heading"
        compact = i + 1 < len(entries) and entries[i + 1].line is not None
        taken = 0
        for j in range(i + 1, len(entries)):
            nxt = entries[j]
            if nxt.line is None:
                if compact and taken:
                    break
                continue
            if taken >= MAX_BLOCK_ITEMS or not is_headline_like(nxt.line.text):
                break
            if any(r.match(nxt.line.text) for r in block_rules):
                break
            if nxt.kept:
                labels[j] = "block:item"
            taken += 1
    return relabel(entries, labels)


def _mark_menu_runs(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Drop columns of one-word menu entries (Accueil / Monde / Afrique / ...)."""
    labels: dict[int, str] = {}
    run: list[int] = []
    for i, entry in enumerate([*entries, Entry(None)]):
        text = entry.line.text if entry.kept and entry.line is not None else None
        if text is not None and text[0].isalpha() and _is_menu_item(
                text, MENU_ITEM_MAX_WORDS, MENU_ITEM_MAX_CHARS):
            run.append(i)
            continue
        if len(run) >= MENU_RUN_MIN_LINES:
            labels.update({j: "drop:menu" for j in run})
        run = []
    return relabel(entries, labels)


def _mark_arrows(entries: tuple[Entry, ...], rules: Rules) -> tuple[Entry, ...]:
    """A short "►" line is a section heading when body text follows it; in a run
    of such lines, or with nothing after it, it is a related-article link."""
    arrow_rules = rules.of("arrow")
    kept = kept_indices(entries)
    short_arrow = {}
    for i in kept:
        text = entries[i].line.text  # type: ignore[union-attr]
        short_arrow[i] = is_headline_like(text) and any(r.match(text) for r in arrow_rules)
    labels: dict[int, str] = {}
    for pos, i in enumerate(kept):
        if not short_arrow[i]:
            continue  # long "►" lines are headings glued to their paragraph (repair.py)
        prev_arrow = pos > 0 and short_arrow[kept[pos - 1]]
        next_arrow = pos + 1 < len(kept) and short_arrow[kept[pos + 1]]
        if prev_arrow or next_arrow or pos + 1 == len(kept):
            labels[i] = "drop:related"
    return relabel(entries, labels)
