"""Event filters: dates of any precision overlap a period; codes and dates are checked."""
from __future__ import annotations

import pytest

from communique.errors import QueryError
from communique.query.filters import EventFilter, first_day_of, last_day_of


@pytest.mark.parametrize(("date", "first", "last"), [
    ("2024", "2024-01-01", "2024-12-31"), ("2024-06", "2024-06-01", "2024-06-31"),
    ("2024-06-18", "2024-06-18", "2024-06-18")])
def test_a_date_covers_the_days_its_precision_allows(date, first, last):
    assert (first_day_of(date), last_day_of(date)) == (first, last)


@pytest.mark.parametrize("date", ["juin 2024", "2024-6", "24-06-18", "2024-06-18T10:00"])
def test_a_malformed_date_is_refused_with_the_expected_forms(date):
    with pytest.raises(QueryError, match=f"date '{date}': expected YYYY, YYYY-MM or YYYY-MM-DD"):
        EventFilter(since=date).where()


def test_codes_are_matched_case_insensitively_and_unknown_ones_refused():
    condition, params = EventFilter(source="fra", dyad=("igo-un", "Rus")).where()
    assert params == ["FRA", "FRA", "IGO-UN", "RUS", "RUS", "IGO-UN"]
    assert "e.source = ?" in condition
    with pytest.raises(QueryError, match="actor code 'XYZ': not a known code"):
        EventFilter(target="XYZ").where()


def test_mixed_case_organisation_codes_keep_their_spelling():
    assert EventFilter(source="igo-afdb").where()[1] == ["IGO-AfDB", "IGO-AfDB"]
