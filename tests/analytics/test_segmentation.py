"""Segments on the real Telco table: stable, ordered by size, with profiles that say something."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.errors import AnalyticsError
from analytics.pipeline import Segmentation, segment_frame
from analytics.segmentation import choose_k, fit_segments


@pytest.fixture(scope="module")
def telco_segments(telco_frame: pd.DataFrame) -> Segmentation:
    return segment_frame(telco_frame)


def test_k_is_chosen_by_silhouette_and_ids_are_ordered_by_size(
    telco_segments: Segmentation,
) -> None:
    result = telco_segments.result
    assert set(result.silhouette) == set(range(3, 9))
    assert result.k == max(result.silhouette, key=lambda k: result.silhouette[k])
    sizes = result.labels.value_counts().sort_index().tolist()
    assert sizes == sorted(sizes, reverse=True)
    assert [p["size"] for p in telco_segments.profiles] == sizes
    assert sum(p["share"] for p in telco_segments.profiles) == pytest.approx(1.0, abs=1e-3)


def test_same_data_gives_the_same_segments_whatever_the_row_order(
    telco_frame: pd.DataFrame, telco_segments: Segmentation
) -> None:
    shuffled = telco_frame.sample(frac=1.0, random_state=11).sort_index()
    again = segment_frame(shuffled)
    pd.testing.assert_series_equal(again.labels, telco_segments.labels)
    assert [p["persona"] for p in again.profiles] == [p["persona"] for p in telco_segments.profiles]


def test_churn_differs_between_segments_and_matches_the_raw_table(
    telco: pd.DataFrame, telco_segments: Segmentation
) -> None:
    assert telco_segments.churn_column == "churn"
    assert "churn" not in telco_segments.features  # an outcome, not an input
    raw = telco.set_index("customer_id")["churn"].eq("Yes")
    for profile in telco_segments.profiles:
        members = telco_segments.labels.index[telco_segments.labels == profile["id"]]
        assert profile["churn"]["rate"] == pytest.approx(raw.loc[members].mean(), abs=1e-4)
        assert profile["churn"]["pop_rate"] == pytest.approx(raw.mean(), abs=1e-4)
    rates = sorted(p["churn"]["rate"] for p in telco_segments.profiles)
    assert rates[-1] - rates[0] > 0.2  # segments separate churners from loyal customers


def test_profiles_index_categories_against_the_population(
    telco: pd.DataFrame, telco_segments: Segmentation
) -> None:
    raw = telco.set_index("customer_id")
    profile = telco_segments.profiles[0]
    members = telco_segments.labels.index[telco_segments.labels == 0]
    item = next(
        c
        for c in profile["categories"]
        if c["column"] == "contract" and c["value"] == "Month-to-month"
    )
    rate = (raw.loc[members, "contract"] == "Month-to-month").mean()
    population = (raw["contract"] == "Month-to-month").mean()
    assert item["rate"] == pytest.approx(rate, abs=1e-4)
    assert item["index"] == pytest.approx(100 * rate / population, abs=0.1)
    tenure = next(n for n in profile["numeric"] if n["column"] == "tenure")
    assert tenure["mean"] == pytest.approx(raw.loc[members, "tenure"].mean(), abs=1e-3)
    assert tenure["pop_median"] == pytest.approx(raw["tenure"].median())
    assert len(profile["top_categories"]["payment_method"]) == 3


def test_personas_name_the_distinguishing_features(telco_segments: Segmentation) -> None:
    names = {p["persona"]["en"]["name"] for p in telco_segments.profiles}
    assert len(names) == len(telco_segments.profiles)
    no_internet = [p for p in telco_segments.profiles if "无宽带" in p["persona"]["zh"]["name"]]
    assert no_internet, [p["persona"]["zh"]["name"] for p in telco_segments.profiles]
    persona = no_internet[0]["persona"]
    assert "No internet" in persona["en"]["name"] or "no internet" in persona["en"]["name"]
    assert "流失率" in persona["zh"]["description"] and "Churn" in persona["en"]["description"]
    churny = max(telco_segments.profiles, key=lambda p: p["churn"]["rate"])
    assert "月付" in churny["persona"]["zh"]["name"] or "新用户" in churny["persona"]["zh"]["name"]


def test_outliers_are_assigned_but_not_fitted(telco_frame: pd.DataFrame) -> None:
    frame = telco_frame.copy()
    frame.iloc[:3, frame.columns.get_loc("monthly_charges")] = 9000.0
    run = segment_frame(frame, k=3)
    assert run.cleaning.outlier_rows == 3
    assert run.result.fitted_rows == len(frame) - run.cleaning.excluded_from_fit
    assert run.labels.iloc[:3].notna().all() and len(run.labels) == len(frame)


def test_explicit_k_features_and_minibatch(
    telco_frame: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    import analytics.segmentation as segmentation

    monkeypatch.setattr(segmentation, "MINIBATCH_ABOVE", 1000)
    run = segment_frame(telco_frame, k=4, features=["tenure", "monthly_charges", "contract"])
    assert run.result.k == 4 and run.result.algorithm == "minibatch_kmeans"
    assert run.result.silhouette == {}
    assert run.features == ["tenure", "monthly_charges", "contract"]
    assert {n["column"] for n in run.profiles[0]["numeric"]} == {"tenure", "monthly_charges"}


def test_small_or_flat_data_fails_clearly() -> None:
    rng = np.random.default_rng(0)
    matrix = rng.normal(size=(3, 2))
    with pytest.raises(AnalyticsError, match="too few rows"):
        choose_k(matrix, (3, 8))
    with pytest.raises(AnalyticsError, match="cannot make 9 segments"):
        fit_segments(matrix, pd.RangeIndex(3), k=9)
    with pytest.warns(UserWarning), pytest.raises(AnalyticsError, match="no spread"):
        choose_k(np.zeros((30, 2)), (3, 4))
