"""Cleaner quality bench: how much page chrome is removed and how much article is kept.

Pages live in `bench/clean_pages/`:

- `NAME.marked`: a scraped text page with its labels inline. Each line is
  `<code><TAB><raw line>` where the code says what the raw line is: `B` article
  body, `T` the title, `M` a metadata line (byline, date, source link), `C` chrome;
  a blank raw line has an empty code. `@field<TAB>value` lines give the expected
  metadata (title, published, author, url, language; language defaults to "fr").
  `#` lines are comments. The bench strips the codes before cleaning, so the
  cleaner sees only the raw page.
- `NAME.html` with `NAME.labels.tsv`: an HTML page; the labels file lists `body`
  snippets that must be in the text and `chrome` snippets that must not be, plus
  `@field` rows.

A text line counts as kept when at least 90% of its non-space characters are
mapped by `Article.segments`, and as removed when none is. T, M and C lines must
be removed (the title is metadata, never body text). An HTML snippet counts as
kept when it occurs in the text (spaces normalised).

Floors (trafilatura-style evaluation gate): chrome removed >= 95%, article kept
>= 99%, metadata fields right >= 90%. Exit status 1 below a floor.

Usage: python bench/clean_quality.py [--verbose] [--precision on|off|both]
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from communique.clean import clean_document
from communique.clean import html as clean_html
from communique.clean.lines import covered_offsets
from communique.errors import InputError
from communique.model import Article, RawDocument

PAGES = Path(__file__).resolve().parent / "clean_pages"
FLOOR_REMOVED = 0.95
FLOOR_KEPT = 0.99
FLOOR_METADATA = 0.90
KEPT_COVERAGE = 0.9  # share of a body line's characters that must reach the text
FIELDS = ("title", "published", "author", "url", "language")
TO_REMOVE = {"C", "M", "T"}


@dataclass
class Score:
    """Counts over all pages, and what was missed."""

    chrome: int = 0
    removed: int = 0
    body: int = 0
    kept: int = 0
    fields: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0


def parse_marked(path: Path) -> tuple[str, list[tuple[str, str]], dict[str, str]]:
    """The raw page, its (code, raw line) pairs and the expected metadata."""
    lines, expected = [], {}
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("#") or raw == "":
            continue
        if raw.startswith("@"):
            key, _, value = raw[1:].partition("\t")
            expected[key] = value
            continue
        code, tab, text = raw.partition("\t")
        if not tab or code not in ("", "B", "C", "M", "T"):
            raise SystemExit(f"{path}: bad line {raw!r}")
        lines.append((code, text))
    content = "\n".join(text for _, text in lines) + "\n"
    return content, lines, expected


def parse_labels(path: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(label, snippet) pairs and the expected metadata of an HTML page."""
    snippets, expected = [], {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#") or raw == "label\tsnippet":
            continue
        label, _, value = raw.partition("\t")
        if label.startswith("@"):
            expected[label[1:]] = value
        elif label in ("body", "chrome"):
            snippets.append((label, value))
        else:
            raise SystemExit(f"{path}: bad label {label!r}")
    return snippets, expected


def score_text_page(path: Path, score: Score) -> None:
    content, lines, expected = parse_marked(path)
    article = _clean(RawDocument(path.stem, str(path), content, "text"), score)
    covered = covered_offsets(article.segments) if article else set()
    start = 0
    for number, (code, text) in enumerate(lines, 1):
        offsets = [start + i for i, char in enumerate(text) if not char.isspace()]
        start += len(text) + 1
        if not code:
            continue
        share = sum(o in covered for o in offsets) / len(offsets) if offsets else 0.0
        if code == "B":
            score.body += 1
            ok = share >= KEPT_COVERAGE
            score.kept += ok
        else:
            score.chrome += 1
            ok = share == 0
            score.removed += ok
        if not ok:
            verdict = "dropped" if code == "B" else "kept"
            score.misses.append(f"{path.name}:{number}: {code} line {verdict}: {text[:70]!r}")
    _score_fields(path, article, expected, score)


def score_html_page(path: Path, score: Score) -> None:
    snippets, expected = parse_labels(path.with_suffix(".labels.tsv"))
    content = path.read_text(encoding="utf-8")
    article = _clean(RawDocument(path.stem, str(path), content, "html"), score)
    text = " ".join(article.text.split()) if article else ""
    for label, snippet in snippets:
        present = " ".join(snippet.split()) in text
        if label == "body":
            score.body += 1
            score.kept += present
        else:
            score.chrome += 1
            score.removed += not present
        if present != (label == "body"):
            verdict = "dropped" if label == "body" else "kept"
            score.misses.append(f"{path.name}: {label} snippet {verdict}: {snippet[:70]!r}")
    _score_fields(path, article, expected, score)


def _clean(doc: RawDocument, score: Score) -> Article | None:
    try:
        return clean_document(doc)
    except InputError as exc:
        score.misses.append(f"{doc.origin}: cleaner error: {exc.reason}")
        return None


def _score_fields(path: Path, article: Article | None, expected: dict[str, str],
                  score: Score) -> None:
    for name in FIELDS:
        want = expected.get(name, "fr" if name == "language" else None)
        got = getattr(article, name) if article else None
        score.fields += 1
        score.right += got == want
        if got != want:
            score.misses.append(f"{path.name}: {name} is {got!r}, expected {want!r}")


def run() -> Score:
    score = Score()
    for path in sorted(PAGES.glob("*.marked")):
        score_text_page(path, score)
    for path in sorted(PAGES.glob("*.html")):
        score_html_page(path, score)
    return score


def report(score: Score, verbose: bool) -> bool:
    removed = score.share(score.removed, score.chrome)
    kept = score.share(score.kept, score.body)
    right = score.share(score.right, score.fields)
    rows = (("chrome removed", removed, score.removed, score.chrome, FLOOR_REMOVED),
            ("article kept", kept, score.kept, score.body, FLOOR_KEPT),
            ("metadata right", right, score.right, score.fields, FLOOR_METADATA))
    for name, share, part, whole, floor in rows:
        print(f"{name:<16}{share:7.2%}  ({part}/{whole})  floor {floor:.0%}")
    if verbose:
        for miss in score.misses:
            print("  " + miss)
    return removed >= FLOOR_REMOVED and kept >= FLOOR_KEPT and right >= FLOOR_METADATA


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--precision", choices=("on", "off", "both"), default=None,
                        help="trafilatura favor_precision (default: the cleaner's setting)")
    args = parser.parse_args(argv)
    choices = {"on": [True], "off": [False], "both": [True, False]}
    settings = choices.get(args.precision or "", [None])
    ok = True
    for setting in settings:
        if setting is not None:
            clean_html.FAVOR_PRECISION = setting
            print(f"-- favor_precision={setting}")
        ok = report(run(), args.verbose) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
