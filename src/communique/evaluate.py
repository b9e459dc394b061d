"""Scoring predicted events against gold files, with the matching of ../shared/eval/score.py:
greedy one-to-one matching inside each article, in three views (dyad, core, full)."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

VIEWS = ("dyad", "core", "full")


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 4) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def load_gold(gold_dir: Path) -> dict[str, list[dict]]:
    """Gold events by article id, from one JSON file per article."""
    gold = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            gold[document.get("article", path.stem)] = document["events"]
        except (json.JSONDecodeError, KeyError) as exc:
            raise InputError(str(path), f"not a gold file: {exc}") from exc
    if not gold:
        raise InputError(str(gold_dir), "no gold files (*.json)")
    return gold


def _same_actors(gold: dict, pred: dict, ordered: bool) -> bool:
    if ordered:
        return (gold["source"], gold["target"]) == (pred.get("source"), pred.get("target"))
    return {gold["source"], gold["target"]} == {pred.get("source"), pred.get("target")}


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    return str(a).startswith(str(b)) or str(b).startswith(str(a))


def matches(view: str, gold: dict, pred: dict) -> bool:
    if view == "dyad":
        return _same_actors(gold, pred, ordered=False)
    same = gold["type"] == pred.get("type") and _same_actors(gold, pred, gold.get("directed", True))
    if view == "full":
        same = same and _dates_compatible(gold.get("date"), pred.get("date")) \
            and gold.get("status", "occurred") == pred.get("status", "occurred")
    return same


def _dedupe(events: list[dict], view: str) -> list[dict]:
    kept: list[dict] = []
    for event in events:
        if not any(matches(view, k, event) and matches(view, event, k) for k in kept):
            kept.append(event)
    return kept


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]], view: str,
          by_type: dict[str, dict[str, int]] | None = None) -> Score:
    """True and false positives and negatives of `pred` against `gold` in one view."""
    tp = fp = fn = 0
    for article, gold_events in gold.items():
        golds, preds = list(gold_events), list(pred.get(article, []))
        if view == "dyad":
            golds, preds = _dedupe(golds, view), _dedupe(preds, view)
        used: set[int] = set()
        for p in preds:
            hit = next((i for i, g in enumerate(golds) if i not in used and matches(view, g, p)), None)
            if hit is None:
                fp += 1
                if by_type is not None:
                    by_type[str(p.get("type"))]["fp"] += 1
            else:
                used.add(hit)
                tp += 1
                if by_type is not None:
                    by_type[golds[hit]["type"]]["tp"] += 1
        fn += len(golds) - len(used)
        if by_type is not None:
            for i, g in enumerate(golds):
                if i not in used:
                    by_type[g["type"]]["fn"] += 1
    return Score(tp, fp, fn)


def evaluate(gold: dict[str, list[dict]], predictions: Iterable[dict]) -> dict:
    """The scorer's report: article and event counts, the three views, core scores by type."""
    pred: dict[str, list[dict]] = defaultdict(list)
    for event in predictions:
        article = Path(str(event.get("article", ""))).stem
        if article in gold:
            pred[article].append(event)
    by_type: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    report: dict = {"articles": len(gold), "gold_events": sum(len(v) for v in gold.values()),
              "pred_events": sum(len(v) for v in pred.values())}
    for view in VIEWS:
        report[view] = score(gold, pred, view, by_type if view == "core" else None).as_dict()
    report["by_type"] = {t: dict(c) for t, c in sorted(by_type.items())}
    return report
