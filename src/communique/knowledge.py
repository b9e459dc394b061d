"""Reading the bundled knowledge files under `communique/data/`."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from .errors import DataFileError

DATA_DIR = Path(str(resources.files("communique") / "data"))


def read_tsv(relative_path: str) -> list[dict[str, str]]:
    """Rows of a TSV data file with a header line; `#` lines and blank lines are skipped."""
    path = DATA_DIR / relative_path
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read the bundled data file ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise DataFileError(f"{path}:{number}: {len(cells)} columns, expected {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    if header is None:
        raise DataFileError(f"{path}: no header line")
    return rows


def read_tsv_folder(relative_dir: str) -> list[dict[str, str]]:
    """Rows of every TSV file in a data folder, in file-name order."""
    folder = DATA_DIR / relative_dir
    rows: list[dict[str, str]] = []
    for path in sorted(folder.glob("*.tsv")):
        rows.extend(read_tsv(f"{relative_dir}/{path.name}"))
    return rows


def alternation(words: list[str]) -> str:
    """A regex matching any of `words`, built as a trie so that large lists stay fast.

    Longer continuations are tried first, so the longest word wins at a position.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _char_pattern(char: str) -> str:
    """A hyphen or a space in a name matches either ("Etats Unis", "États-Unis")."""
    return "[- ]" if char in "- " else re.escape(char)


def _trie_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [_char_pattern(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body

