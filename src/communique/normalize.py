"""Length-preserving text folding, so matches on folded text keep their offsets."""
from __future__ import annotations

import unicodedata

_EXTRA = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-",
          "œ": "o", "Œ": "o", "æ": "a", "Æ": "a", "ß": "s", "\u00a0": " ", "\u202f": " "}


def _fold_char(char: str) -> str:
    if char in _EXTRA:
        return _EXTRA[char]
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x250)}
_FOLD_TABLE.update({ord(k): v for k, v in _EXTRA.items()})


def fold(text: str) -> str:
    """Lowercase and strip accents without changing the length of `text`."""
    return text.translate(_FOLD_TABLE)
