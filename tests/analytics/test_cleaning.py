"""Cleaning flags and imputes for modelling, reports every decision, and never touches raw data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.cleaning import (
    MISSING,
    REFUSED,
    clean,
    default_features,
    encode,
    find_duplicates,
    flag_outliers,
    prepare_inputs,
)
from analytics.errors import AnalyticsError


def _survey_like() -> pd.DataFrame:
    index = pd.Index([f"r{i}" for i in range(8)], name="respondent_id")
    return pd.DataFrame(
        {
            "age": [25.0, 31.0, np.nan, 40.0, 38.0, np.nan, 29.0, 33.0],
            "age__status": pd.Categorical(
                ["filled", "filled", "refused", "filled", "filled", None, "filled", "filled"]
            ),
            "contract": pd.Categorical(
                ["a", "b", "a", None, "b", "a", None, "b"], categories=["a", "b"]
            ),
            "contract__status": pd.Categorical(
                ["filled", "filled", "filled", "refused", "filled", "filled", None, "filled"]
            ),
            "partner": pd.array([True, False, None, True, False, True, True, False], "boolean"),
            "source": pd.Categorical(["survey"] * 8),
        },
        index=index,
    )


def test_refused_and_missing_get_their_own_categories_and_indicators() -> None:
    frame = _survey_like()
    inputs, continuous, flags, categorical = prepare_inputs(frame, ["age", "contract", "partner"])
    assert continuous == ["age"] and categorical == ["contract"]
    assert flags == ["age__refused", "partner"]
    assert inputs.loc["r3", "contract"] == REFUSED and inputs.loc["r6", "contract"] == MISSING
    assert inputs.loc["r2", "age__refused"] == 1.0 and inputs.loc["r5", "age__refused"] == 0.0


def test_encoding_imputes_with_indicators_and_leaves_the_frame_untouched() -> None:
    frame = _survey_like()
    before = frame.copy()
    cleaned = clean(frame, ["age", "contract", "partner"])
    matrix, _encoder, names = encode(cleaned)
    pd.testing.assert_frame_equal(frame, before)
    assert not np.isnan(matrix).any()
    assert "age (missing)" in names and "partner (missing)" in names
    assert {"contract=a", "contract=b", f"contract={REFUSED}", f"contract={MISSING}"} <= set(names)
    age = matrix[:, names.index("age")]
    assert age.mean() == pytest.approx(0.0, abs=1e-6)  # standardised
    flags = matrix[:, names.index("partner")]
    assert set(np.unique(flags)) <= {0.0, 1.0}  # flags stay 0/1, unscaled
    missing = cleaned.report.missing
    assert {"column": "age", "missing": 1, "refused": 1, "share": 0.25} in missing


def test_duplicates_are_later_copies_with_real_content() -> None:
    frame = pd.DataFrame({"a": [1, 1, 2, np.nan, np.nan], "b": ["x", "x", "y", None, None]})
    assert find_duplicates(frame, ["a", "b"]).tolist() == [False, True, False, False, False]


def test_outliers_by_iqr_and_robust_z_are_flagged_not_removed(telco_frame: pd.DataFrame) -> None:
    frame = telco_frame[["monthly_charges", "tenure"]].copy()
    frame.iloc[:5, 0] = 5000.0  # five absurd bills
    for method in ("iqr", "robust_z"):
        flags = flag_outliers(frame, ["monthly_charges", "tenure"], method)
        assert flags["monthly_charges"].sum() == 5 and flags["monthly_charges"].iloc[:5].all()
        assert not flags["tenure"].any()
    cleaned = clean(frame, ["monthly_charges", "tenure"])
    assert cleaned.report.outlier_rows == 5 and len(cleaned.inputs) == len(frame)
    assert not cleaned.fit_mask[:5].any()
    expected = ~(cleaned.outlier | cleaned.duplicate).to_numpy()
    assert (cleaned.fit_mask == expected).all()
    with pytest.raises(AnalyticsError, match="unknown outlier method"):
        flag_outliers(frame, ["tenure"], "zscore")


def test_the_real_telco_table_is_clean_except_known_gaps(telco_frame: pd.DataFrame) -> None:
    features = default_features(telco_frame, exclude={"churn"})
    assert "churn" not in features and "contract" in features
    cleaned = clean(telco_frame, features)
    report = cleaned.report
    assert report.outlier_rows == 0  # nothing beyond 3 IQR in the real table
    assert report.missing == [
        {"column": "total_charges", "missing": 11, "refused": 0, "share": 0.0016}
    ]
    # 40 customers repeat an earlier one on every feature (22 if churn is counted too): mostly
    # new phone-only customers with identical charges. Flagged, kept out of fitting, not deleted.
    assert report.duplicates == 40 and report.excluded_from_fit == 40
    assert len(cleaned.inputs) == 7043


def test_unknown_features_are_rejected_with_what_exists() -> None:
    with pytest.raises(AnalyticsError, match="unknown feature 'spend'.*age"):
        prepare_inputs(_survey_like(), ["spend"])
