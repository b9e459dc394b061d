"""Cross-article events: which reports are one event, and how it is counted and scored."""
from __future__ import annotations

from communique.knowledge import read_tsv
from communique.store.merge import Report, group_key, merge
from communique.store.scores import quad_names, score

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")


def report(report_id: int, date: str | None, article_id: int | None = None, site: str = "a.fr",
           mode: str | None = "visit") -> Report:
    return Report(report_id, article_id or report_id, site, "2024-06-20", "CONSULT", mode, "RUS",
                  "PRK", True, date, "occurred", 0.8)


KEY = group_key("CONSULT", "RUS", "PRK", True, "occurred")


def test_reports_with_prefix_dates_are_one_event_named_by_the_most_precise_date():
    events = merge(KEY, [report(1, "2024-06"), report(2, "2024-06-19", site="b.fr"), report(3, "2024")])
    assert [(e.date, e.num_mentions, e.num_articles, e.num_sources) for e in events] == [
        ("2024-06-19", 3, 3, 2)]


def test_reports_of_different_days_are_different_events():
    events = merge(KEY, [report(1, "2024-06-19"), report(2, "2024-06-25"), report(3, "2024-06")])
    assert sorted((e.date, e.report_ids) for e in events) == [("2024-06-19", (1, 3)), ("2024-06-25", (2,))]


def test_an_undated_report_joins_only_undated_ones():
    events = merge(KEY, [report(1, None), report(2, "2024-06-19"), report(3, None)])
    assert sorted((e.date or "-", e.report_ids) for e in events) == [("-", (1, 3)), ("2024-06-19", (2,))]


def test_two_reports_in_one_article_count_one_article_two_mentions():
    (event,) = merge(KEY, [report(1, "2024-06-19", article_id=7), report(2, "2024-06", article_id=7)])
    assert (event.num_mentions, event.num_articles) == (2, 1)


def test_a_mutual_act_is_one_group_whichever_side_comes_first():
    assert group_key("AGREE", "PRK", "RUS", False, "occurred") == group_key(
        "AGREE", "RUS", "PRK", False, "occurred")
    assert group_key("CONSULT", "PRK", "RUS", True, "occurred") != KEY


def test_event_ids_are_stable_and_distinct():
    first = merge(KEY, [report(1, "2024-06-19"), report(2, "2024-06-25")])
    again = merge(KEY, [report(5, "2024-06-25"), report(9, "2024-06-19")])
    assert sorted(e.event_id for e in first) == sorted(e.event_id for e in again)
    assert len({e.event_id for e in first}) == 2


def test_the_event_takes_the_most_reported_mode_and_its_intensity():
    (event,) = merge(KEY, [report(1, "2024-06-19", mode="visit"), report(2, "2024-06-19", mode="visit"),
                           report(3, "2024-06-19", mode="talks")])
    assert (event.mode, event.intensity, event.quad_class) == ("visit", 4.0, 1)


def test_every_plover_type_has_a_base_intensity_and_quad_class():
    base = {row["type"]: row for row in read_tsv("intensity.tsv") if not row["mode"]}
    assert sorted(base) == sorted(PLOVER_TYPES)
    assert score("AID", None) == (10.0, 2)
    assert score("ASSAULT", "strike") == (-9.0, 4)
    assert score("CONSULT", "visit") == (4.0, 1)
    assert quad_names()[3] == "verbal conflict"
