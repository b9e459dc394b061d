"""Share of gold event actors (source and target codes) that the actors stage finds somewhere
in the same article, over every set of ../shared/corpus. Goal: >= 98%.

Usage: python bench/actor_recall.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from communique.pipeline import clean_inputs, code_articles

GOAL = 0.98


def main(corpus: Path) -> int:
    found = total = 0
    missing: list[str] = []
    for articles in sorted(corpus.glob("*/articles")):
        cleaned = [a for a in clean_inputs([articles]) if not isinstance(a, Exception)]
        for coded in code_articles(cleaned):
            gold_path = articles.parent / "gold" / f"{coded.article.id}.json"
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))["events"]
            codes = {m.code for m in coded.mentions}
            wanted = {e[side] for e in gold for side in ("source", "target")}
            found += len(wanted & codes)
            total += len(wanted)
            missing += [f"{coded.article.id}:{code}" for code in sorted(wanted - codes)]
    share = found / total if total else 0.0
    print(f"gold actors found in their article: {found}/{total} = {share:.1%} (goal {GOAL:.0%})")
    if missing:
        print("missing:", " ".join(missing))
    return 0 if share >= GOAL else 1


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
