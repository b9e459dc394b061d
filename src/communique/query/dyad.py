"""How the relation between two actors evolved: events per period, evidence, facts, a summary."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..errors import QueryError
from ..store import Store
from ..store.scores import quad_names
from .events import list_events, list_facts
from .filters import EventFilter

PERIOD_LENGTH = {"month": 7, "year": 4}
TOP_EVIDENCE = 3  # sentences kept per period: the events most reported, then the most intense
COOPERATION = (1, 2)  # quad classes of cooperation; 3 and 4 are conflict


@dataclass(frozen=True)
class DyadReport:
    """The timeline of one dyad (both directions)."""

    pair: tuple[str, str]
    by: str
    periods: pd.DataFrame  # period, events, per quad class, per type, mean_intensity
    evidence: pd.DataFrame  # up to TOP_EVIDENCE events per period with their sentence
    facts: pd.DataFrame
    undated: int  # events of the dyad no article dated
    summary: str


def dyad_report(store: Store, first: str, second: str, by: str = "month",
                where: EventFilter | None = None) -> DyadReport:
    """The timeline of `first`–`second`, per month or year."""
    if by not in PERIOD_LENGTH:
        raise QueryError(f"period '{by}': expected one of {', '.join(PERIOD_LENGTH)}")
    base = where or EventFilter()
    scope = EventFilter(dyad=(first, second), type=base.type, status=base.status,
                        since=base.since, until=base.until)
    events = list_events(store, scope)
    dated = events[events["date"].notna()].copy()
    dated["period"] = dated["date"].str[: PERIOD_LENGTH[by]]
    periods = _periods(dated)
    facts = list_facts(store, scope)
    pair = (first.upper(), second.upper())
    return DyadReport(pair, by, periods, _evidence(dated), facts,
                      int(events["date"].isna().sum()), summarize(pair, periods, facts, len(events)))


def _periods(dated: pd.DataFrame) -> pd.DataFrame:
    if dated.empty:
        return pd.DataFrame(columns=["period", "events", "mean_intensity"])
    grouped = dated.groupby("period")
    table = pd.DataFrame({"events": grouped.size(), "mean_intensity": grouped["intensity"].mean().round(2)})
    quads = dated.pivot_table(index="period", columns="quad", values="event_id", aggfunc="count",
                              fill_value=0)
    types = dated.pivot_table(index="period", columns="type", values="event_id", aggfunc="count",
                              fill_value=0)
    return table.join(quads).join(types).reset_index()


def _evidence(dated: pd.DataFrame) -> pd.DataFrame:
    columns = ["period", "date", "type", "source", "target", "num_articles", "intensity", "evidence"]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    ranked = dated.assign(weight=dated["intensity"].abs()).sort_values(
        ["period", "num_articles", "weight"], ascending=[True, False, False])
    return ranked.groupby("period").head(TOP_EVIDENCE)[columns].reset_index(drop=True)


def summarize(pair: tuple[str, str], periods: pd.DataFrame, facts: pd.DataFrame, total: int) -> str:
    """A few lines telling how the relation evolved."""
    name = f"{pair[0]}–{pair[1]}"
    if periods.empty:
        return f"{name}: no dated event ({total} undated)." if total else f"{name}: no event stored."
    dated = int(periods["events"].sum())
    lines = [f"{name}: {dated} dated events from {periods['period'].iloc[0]} to "
             f"{periods['period'].iloc[-1]} in {len(periods)} periods"
             + (f" ({total - dated} undated)." if total > dated else ".")]
    lines.append(_balance(periods, dated))
    lines.append(_trend(periods))
    busiest = periods.loc[periods["events"].idxmax()]
    lines.append(f"Busiest period: {busiest['period']} ({int(busiest['events'])} events: "
                 f"{_type_counts(busiest)}).")
    if not facts.empty:
        lines.append(f"Facts: {len(facts)} figures stated ({', '.join(sorted(set(facts['kind'])))}).")
    return "\n".join(lines)


def _balance(periods: pd.DataFrame, dated: int) -> str:
    quads = [c for c in periods.columns if c in _quad_labels()]
    cooperation = sum(int(periods[c].sum()) for c in quads if c in _quad_labels(COOPERATION))
    mean = (periods["mean_intensity"] * periods["events"]).sum() / dated
    return (f"Cooperation {cooperation} ({100 * cooperation / dated:.0f} %), conflict "
            f"{dated - cooperation} ({100 * (dated - cooperation) / dated:.0f} %); "
            f"mean intensity {mean:+.1f} on the −10…+10 scale.")


def _trend(periods: pd.DataFrame) -> str:
    if len(periods) < 2:
        return "One period only: no trend to tell."
    half = len(periods) // 2
    early, late = periods.iloc[:half], periods.iloc[half:]
    before = (early["mean_intensity"] * early["events"]).sum() / early["events"].sum()
    after = (late["mean_intensity"] * late["events"]).sum() / late["events"].sum()
    verdict = "warmed" if after > before + 0.5 else "cooled" if after < before - 0.5 else "held steady"
    return (f"Mean intensity {before:+.1f} up to {early['period'].iloc[-1]}, then {after:+.1f}: "
            f"the relation {verdict}.")


def _type_counts(row: pd.Series) -> str:
    counts = {k: int(v) for k, v in row.items() if isinstance(k, str) and k.isupper() and v}
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))


def _quad_labels(classes: tuple[int, ...] = (1, 2, 3, 4)) -> set[str]:
    return {quad_names()[c] for c in classes}
