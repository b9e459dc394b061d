"""Lines of text that remember where each of their characters came from.

Every cleaning step works on `Line` values: slicing, inserting a space or joining
lines keeps, for each character, the offset of its source character in
`RawDocument.content` (`src`) and whether the character is that source character
verbatim (`exact`). `segments` turns the final lines into `model.Segment` runs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Segment

# Characters trimmed from both ends of a line: whitespace plus invisible marks that
# scrapers leave behind (zero-width spaces and joiners, byte-order marks).
EDGE_CHARS = " \t\r\n\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"

PARAGRAPH_BREAK = "\n\n"
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")


@dataclass(frozen=True)
class Line:
    """A piece of clean text; `src[i]` is the source offset of `text[i]` (nearest one
    when the character was inserted or decoded) and `exact[i]` says whether
    `text[i]` is the source character itself."""

    text: str
    src: tuple[int, ...]
    exact: tuple[bool, ...]

    @classmethod
    def from_source(cls, content: str, start: int, end: int) -> Line:
        """The verbatim slice `content[start:end]`."""
        return cls(content[start:end], tuple(range(start, end)), (True,) * (end - start))

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int | None = None) -> Line:
        """Characters `start:end`, with their provenance."""
        return Line(self.text[start:end], self.src[start:end], self.exact[start:end])

    def strip(self, chars: str = EDGE_CHARS) -> Line:
        """The line without leading and trailing `chars`."""
        start, end = 0, len(self.text)
        while start < end and self.text[start] in chars:
            start += 1
        while end > start and self.text[end - 1] in chars:
            end -= 1
        return self if (start, end) == (0, len(self.text)) else self.slice(start, end)

    def insert(self, pos: int, chars: str) -> Line:
        """The line with `chars` inserted before position `pos` (inserted characters
        map to the source offset of the character they precede)."""
        anchor = self.src[pos] if pos < len(self.src) else (self.src[-1] + 1 if self.src else 0)
        return Line(self.text[:pos] + chars + self.text[pos:],
                    self.src[:pos] + (anchor,) * len(chars) + self.src[pos:],
                    self.exact[:pos] + (False,) * len(chars) + self.exact[pos:])

    @property
    def start(self) -> int:
        """Source offset of the first character (0 for an empty line)."""
        return self.src[0] if self.src else 0


def join(lines: Sequence[Line], sep: str) -> Line:
    """One line made of `lines` with the inserted separator `sep` between them."""
    if not lines:
        return Line("", (), ())
    text, src, exact = [lines[0].text], list(lines[0].src), list(lines[0].exact)
    for line in lines[1:]:
        anchor = src[-1] + 1 if src else line.start
        text += [sep, line.text]
        src += [anchor] * len(sep) + list(line.src)
        exact += [False] * len(sep) + list(line.exact)
    return Line("".join(text), tuple(src), tuple(exact))


def segments(line: Line) -> tuple[Segment, ...]:
    """Compress per-character provenance into `Segment` runs.

    A run of verbatim characters with consecutive source offsets is one segment; a
    run of inserted or decoded characters is one zero-length segment at the source
    offset of its first character (so `Article.source_offset` maps them there).
    """
    runs: list[Segment] = []
    run_start = 0
    for i in range(1, len(line.text) + 1):
        if i < len(line.text) and _continues(line, i):
            continue
        length = i - run_start if line.exact[run_start] else 0
        runs.append(Segment(run_start, line.src[run_start], length))
        run_start = i
    return tuple(runs)


def _continues(line: Line, i: int) -> bool:
    if line.exact[i] != line.exact[i - 1]:
        return False
    if not line.exact[i]:
        return True
    return line.src[i] == line.src[i - 1] + 1


def split_source_lines(content: str) -> list[Line | None]:
    """`content` cut at line breaks (LF, CRLF, CR, U+2028/9) and stripped; `None`
    stands for a blank line."""
    lines: list[Line | None] = []
    pos = 0
    for brk in _LINE_BREAK.finditer(content):
        lines.append(_source_line(content, pos, brk.start()))
        pos = brk.end()
    lines.append(_source_line(content, pos, len(content)))
    return lines


def _source_line(content: str, start: int, end: int) -> Line | None:
    line = Line.from_source(content, start, end).strip()
    return line if line.text else None


def covered_offsets(segs: Iterable[Segment]) -> set[int]:
    """Source offsets that some verbatim segment maps to (used by the bench)."""
    return {seg.source_start + k for seg in segs for k in range(seg.length)}


@dataclass(frozen=True)
class Entry:
    """One line of a page during cleaning: `line` is None for a blank line, `label`
    says why a line left the text (None while it is kept)."""

    line: Line | None
    label: str | None = None

    @property
    def kept(self) -> bool:
        return self.line is not None and self.label is None


def kept_indices(entries: Sequence[Entry]) -> list[int]:
    """Positions of the lines still kept, in order."""
    return [i for i, entry in enumerate(entries) if entry.kept]


def relabel(entries: Sequence[Entry], labels: dict[int, str]) -> tuple[Entry, ...]:
    """`entries` with the lines at the given positions removed for the given reasons."""
    return tuple(Entry(e.line, labels[i]) if i in labels else e for i, e in enumerate(entries))
