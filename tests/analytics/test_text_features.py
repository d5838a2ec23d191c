"""Text features for k-means: SVD of embedded open answers, with an indicator for silence."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.dataset import build_dataset
from analytics.pipeline import segment_frame
from analytics.text_features import text_block
from bot.storage.db import Database
from bot.survey import load_survey
from retrieval.embedders import HashingEmbedder

EMBED = HashingEmbedder().embed_array


def test_respondents_without_text_get_zeros_and_the_indicator() -> None:
    texts = pd.Series(
        ["网速太慢", "价格太贵", None, "晚上网速很慢", "  ", "套餐太贵了", "信号差", pd.NA],
        dtype="string",
    )
    block, info = text_block(texts, EMBED, dims=3)
    assert block.shape == (8, 4) and block.dtype == np.float32
    assert info.names == ["text_1", "text_2", "text_3", "text (missing)"]
    assert info.respondents_with_text == 5 and 0 < (info.explained_variance or 0) <= 1
    silent = np.array([False, False, True, False, True, False, False, True])
    assert (block[silent, :3] == 0).all() and (block[silent, 3] == 1).all()
    assert (block[~silent, 3] == 0).all()
    written = block[~silent, :3]  # standardised like any continuous feature
    assert np.allclose(written.mean(axis=0), 0, atol=1e-5)
    assert np.allclose(written.std(axis=0), 1, atol=1e-4)


def test_the_svd_is_fitted_only_on_rows_kmeans_fits_on() -> None:
    texts = pd.Series(["网速太慢", "价格太贵", "晚上网速很慢", "套餐太贵了", "客服态度差"])
    everyone, _ = text_block(texts, EMBED, dims=2)
    mask = np.array([True, True, True, True, False])
    fitted, _ = text_block(texts, EMBED, dims=2, fit_mask=mask)
    assert np.allclose(fitted[mask].mean(axis=0)[:2], 0, atol=1e-5)
    assert not np.allclose(everyone, fitted)


def test_too_little_text_adds_nothing_and_says_why() -> None:
    block, info = text_block(pd.Series(["网速太慢", None, None]), EMBED)
    assert block.shape == (3, 0) and info.dims == 0
    assert info.note == "too few open answers (1) for text features"


@pytest.fixture(scope="module")
def frame(survey_db: Database) -> pd.DataFrame:
    return build_dataset(survey_db, load_survey("customer_profile"))


def test_text_features_widen_the_matrix_and_segments_stay_stable(frame: pd.DataFrame) -> None:
    survey = load_survey("customer_profile")
    plain = segment_frame(frame, k=3, survey=survey)
    with_text = segment_frame(frame, k=3, survey=survey, text_embed=EMBED, text_dims=4)
    assert with_text.text is not None and with_text.text.dims == 4
    width = len(plain.cleaning.encoded_features)
    assert len(with_text.cleaning.encoded_features) == width + 5
    assert with_text.cleaning.encoded_features[width:][-1] == "text (missing)"
    again = segment_frame(frame, k=3, survey=survey, text_embed=EMBED, text_dims=4)
    pd.testing.assert_series_equal(again.labels, with_text.labels)
    shuffled = frame.sample(frac=1.0, random_state=3).sort_index()
    reordered = segment_frame(shuffled, k=3, survey=survey, text_embed=EMBED, text_dims=4)
    pd.testing.assert_series_equal(reordered.labels, with_text.labels)
    assert [p["persona"] for p in reordered.profiles] == [p["persona"] for p in with_text.profiles]
    assert with_text.to_dict()["text_features"]["dims"] == 4
    assert plain.to_dict()["text_features"] is None


def test_without_open_questions_the_run_says_so(frame: pd.DataFrame) -> None:
    run = segment_frame(frame, k=3, text_embed=EMBED)  # no survey: no open questions known
    assert run.text is not None and run.text.dims == 0
    assert run.text.note == "the survey has no open questions"
