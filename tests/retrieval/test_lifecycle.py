"""The running bot indexes answers in the background and erases deleted respondents' vectors."""

from __future__ import annotations

import gc
import time

from fastapi.testclient import TestClient

from bot.app import create_app
from bot.config import Settings
from retrieval.store import AnswerStore
from tests.conftest import ADMIN_TOKEN


def test_served_app_indexes_answers_and_deletion_erases_vectors(settings: Settings) -> None:
    # The respondent stops mid-survey (after the complaint): indexed once quiet for 0.5 s.
    settings = settings.model_copy(update={"index_interval": 0.2, "index_quiet_seconds": 0.5})
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    gc.unfreeze()  # an app started earlier in this process may have frozen already
    with TestClient(create_app(settings)) as client:  # `with`: the lifespan (indexer) runs
        assert client.app.state.answers._store is not None  # type: ignore[attr-defined]  # warmed
        assert gc.get_freeze_count() > 0  # startup's objects are out of the collector's reach
        body = client.post("/api/sessions", json={"lang": "zh", "respondent_id": "r-42"}).json()
        auth = {"Authorization": f"Bearer {body['token']}"}
        url = f"/api/sessions/{body['session_id']}/messages"
        for text in [
            "好的",
            "叫我小王",
            "28岁",
            "男",
            "上海",
            "单身",
            "没有孩子",
            "两年",
            "按月付费",
            "光纤",
            "每月80块",
            "信用卡",
            "2分",
        ]:
            client.post(url, json={"text": text}, headers=auth)
        client.post(url, json={"text": "晚上网速特别慢，看视频老是卡"}, headers=auth)
        store = AnswerStore.from_settings(settings)
        deadline = time.monotonic() + 20
        while store.count() == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert store.count() == 1
        found = client.get(
            "/api/search", params={"q": "网速慢", "slot": "complaint"}, headers=admin
        ).json()
        assert "r-42" in str(found)
        assert client.delete("/api/respondents/r-42", headers=admin).status_code == 200
        assert store.count() == 0
