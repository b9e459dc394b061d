"""Reading events back: filters by actor, dyad, type, status and period."""
from __future__ import annotations


def test_events_carry_scores_counts_and_evidence(bulletins_db):
    events = bulletins_db.events()
    assert {"event_id", "date", "type", "intensity", "quad", "num_articles", "num_sources",
            "evidence", "url"} <= set(events.columns)
    assert events["evidence"].notna().all()
    assert set(events["quad"]) <= {"verbal cooperation", "material cooperation", "verbal conflict",
                                   "material conflict"}


def test_source_and_target_follow_the_direction_of_directed_events(bulletins_db):
    accusations = bulletins_db.events(type="accuse")
    assert set(zip(accusations["source"], accusations["target"], strict=True)) == {("PER", "CHL")}
    assert bulletins_db.events(type="ACCUSE", source="CHL").empty
    assert len(bulletins_db.events(type="ACCUSE", target="CHL")) == len(accusations)


def test_a_mutual_event_is_found_from_either_side(bulletins_db):
    agreements = bulletins_db.events(type="AGREE")
    assert not agreements["directed"].any()
    assert len(bulletins_db.events(type="AGREE", source="VNM")) == len(agreements) > 0
    assert len(bulletins_db.events(type="AGREE", source="JPN")) == len(agreements)


def test_a_period_keeps_events_whose_dates_overlap_it(bulletins_db):
    march = bulletins_db.events(since="2025-03", until="2025-03")
    assert set(march["date"].str[:7]) == {"2025-03"}
    assert len(bulletins_db.events(since="2025-03-03", until="2025-03-03")) == len(march)
    assert set(bulletins_db.events(since="2025-04")["date"].str[:7]) == {"2025-05"}
    assert bulletins_db.events(until="2024").empty
