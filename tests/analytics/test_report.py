"""The HTML report: self-contained, offline, and every piece of data escaped."""

from __future__ import annotations

import re

import pandas as pd

from analytics.pipeline import segment_frame
from analytics.report import render_report


def test_report_is_self_contained_and_escapes_respondent_text(telco_frame: pd.DataFrame) -> None:
    frame = telco_frame.copy()
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    frame["payment_method"] = frame["payment_method"].cat.add_categories([hostile])
    frame.iloc[: len(frame) // 2, frame.columns.get_loc("payment_method")] = hostile
    run = segment_frame(frame, k=3)
    run.profiles[0]["quotes"] = ["I said </blockquote><script>steal()</script>"]
    html = render_report(run, title="Segments <b>Q3</b>", lang="en")
    assert "<script" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html and "Segments &lt;b&gt;Q3&lt;/b&gt;" in html
    assert len(re.findall(r'src="data:image/png;base64,', html)) == 3  # sizes, churn, features
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing fetched from the network
    assert html.count('class="card"') == 3
    assert "Churn" in html and "S0" in html
