"""Privacy in the running bot: consent citing the notice, sensitive slots, minors, rights."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from bot import rights
from bot.app import create_app
from bot.brains.offline import OfflineBrain
from bot.cli import app
from bot.config import Settings, get_settings
from bot.engine import Engine
from bot.privacy.crypto import MissingKeyError, generate_key
from bot.privacy.notice import build_notice
from bot.privacy.org import load_org
from bot.storage.db import Database
from bot.storage.models import AttributeValue, AuditEvent, Consent, Message
from bot.survey import load_survey
from tests.conftest import ADMIN_TOKEN
from tests.engine.chat import ZH_ANSWERS, Chat

ROOT = Path(__file__).resolve().parents[2]


def _settings(tmp_path: Path, **extra: object) -> Settings:
    home = tmp_path / "home"
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "examples" / "org.yaml", home / "org.yaml")
    return Settings(home=home, admin_token=ADMIN_TOKEN, **extra)  # type: ignore[arg-type]


def _engine(settings: Settings) -> Engine:
    return Engine(Database.from_settings(settings), settings, OfflineBrain())


def _sensitive_survey_dir(tmp_path: Path) -> Path:
    """The bundled survey plus a sensitive slot asked right after gender."""
    data = yaml.safe_load((ROOT / "bot" / "surveys" / "customer_profile.yaml").read_text("utf-8"))
    data["id"] = "health_profile"
    data["slots"].insert(
        3,
        {
            "name": "chronic_illness",
            "type": "boolean",
            "sensitivity": "sensitive",
            "label": {"zh": "慢性病情况", "en": "chronic illness"},
            "purpose": {
                "zh": "为需要的用户提供关怀套餐",
                "en": "to offer care plans to those who need them",
            },
            "questions": {
                "zh": ["你有需要长期治疗的慢性病吗？"],
                "en": ["Do you have a chronic illness?"],
            },
        },
    )
    folder = tmp_path / "surveys"
    folder.mkdir()
    (folder / "health_profile.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return folder


def test_consent_cites_the_served_notice_and_a_new_version_asks_again(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    engine = _engine(settings)
    Chat(engine, respondent_id="r-1")
    org = load_org(settings.home / "org.yaml")
    notice = build_notice(load_survey("customer_profile"), org, "zh", "html", settings)
    with engine.db.transaction() as db:
        consent = db.scalar(select(Consent).where(Consent.respondent_id == "r-1"))
        assert consent is not None
        assert (consent.notice_version, consent.notice_hash) == (notice.version, notice.sha256)
    assert Chat(engine, respondent_id="r-1", consent=False).last.kind == "question"
    changed = yaml.safe_load((settings.home / "org.yaml").read_text("utf-8"))
    changed["policy_version"] = "2026.2"
    (settings.home / "org.yaml").write_text(yaml.safe_dump(changed, allow_unicode=True), "utf-8")
    again = Chat(_engine(settings), respondent_id="r-1", consent=False)
    assert again.last.kind == "consent"


def test_minimum_age_comes_from_the_org_facts(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    data = yaml.safe_load((settings.home / "org.yaml").read_text("utf-8"))
    data["minimum_age"] = 16
    (settings.home / "org.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    chat = Chat(_engine(settings))
    chat.answer_until("age", ZH_ANSWERS)
    reply = chat.say("15岁")
    assert reply.done and "16" in reply.text and chat.values() == {}


def test_sensitive_slots_need_a_key(tmp_path: Path) -> None:
    settings = _settings(tmp_path, surveys_dir=_sensitive_survey_dir(tmp_path))
    engine = _engine(settings)
    with pytest.raises(MissingKeyError, match="INSIGHTBOT_FIELD_KEY"):
        engine.start("health_profile", lang="zh")
    client = TestClient(create_app(settings, engine))
    response = client.post("/api/sessions", json={"survey": "health_profile"})
    assert response.status_code == 503 and "INSIGHTBOT_FIELD_KEY" in response.json()["detail"]


def test_sensitive_slot_asks_separate_consent_and_is_encrypted(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path, surveys_dir=_sensitive_survey_dir(tmp_path), field_key=generate_key()
    )
    engine = _engine(settings)
    started = engine.start("health_profile", lang="zh")
    say = lambda text: engine.handle(started.session_id, started.token, text)  # noqa: E731
    for text in ("好的", "叫我小王", "28岁"):
        say(text)
    ask = say("男")
    assert ask.kind == "consent" and "敏感个人信息" in ask.text and "慢性病" in ask.text
    assert say("同意").slot == "chronic_illness"
    say("有的，高血压")
    with engine.db.transaction() as db:
        row = db.scalar(select(AttributeValue).where(AttributeValue.slot == "chronic_illness"))
        assert row is not None and row.value is None and row.encrypted_value
        assert "高血压" not in row.encrypted_value
        stored = db.scalar(
            select(Message.text).where(Message.slot == "chronic_illness", Message.direction == "in")
        )
        assert stored is not None and "高血压" not in stored
        scopes = {c.scope: c.answer for c in db.scalars(select(Consent))}
    assert scopes == {"survey": True, "sensitive": True}
    data = rights.export_respondent(engine, started.respondent_id)
    assert data["attributes"]["chronic_illness"] is True
    assert any(m["text"] == "有的，高血压" for m in data["messages"])


def test_declining_sensitive_consent_skips_those_slots(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path, surveys_dir=_sensitive_survey_dir(tmp_path), field_key=generate_key()
    )
    engine = _engine(settings)
    started = engine.start("health_profile", lang="en")
    for text in ("yes", "Call me Tom", "I'm 30", "male"):
        reply = engine.handle(started.session_id, started.token, text)
    reply = engine.handle(started.session_id, started.token, "no")
    assert reply.slot == "city"
    with engine.db.transaction() as db:
        rows = {a.slot: a.status for a in db.scalars(select(AttributeValue))}
    assert rows["chronic_illness"] == "refused"


def test_admin_export_and_delete_cover_everything(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    engine = _engine(settings)
    deleted: list[str] = []
    engine.deletion_hooks.append(deleted.append)
    chat = Chat(engine, respondent_id="crm-9")
    chat.answer_until("gender", ZH_ANSWERS)
    client = TestClient(create_app(settings, engine))
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    exported = client.get("/api/respondents/crm-9/export", headers=admin).json()
    assert exported["attributes"]["age"] == 28
    assert {m["text"] for m in exported["messages"]} >= {"28岁", "叫我小王"}
    assert exported["consents"][0]["answer"] is True
    assert len(exported["attribute_history"]) >= 2
    assert client.delete("/api/respondents/crm-9").status_code == 401
    response = client.delete("/api/respondents/crm-9", headers=admin)
    assert response.status_code == 200 and response.json()["deleted"]["messages"] > 0
    assert deleted == ["crm-9"]
    assert client.get("/api/respondents/crm-9/export", headers=admin).status_code == 404
    with engine.db.transaction() as db:
        event = db.scalar(select(AuditEvent).where(AuditEvent.event == "delete"))
        assert event is not None and "crm-9" not in str(event.detail) and event.subject != "crm-9"


def test_cli_delete_and_retention(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(tmp_path)
    monkeypatch.setenv("INSIGHTBOT_HOME", str(settings.home))
    get_settings.cache_clear()
    engine = _engine(settings)
    Chat(engine, respondent_id="keep-me")
    Chat(engine, respondent_id="old-one")
    runner = CliRunner()
    result = runner.invoke(app, ["retention"])
    assert result.exit_code == 0 and "730 days: 0" in " ".join(result.output.split())
    result = runner.invoke(app, ["delete", "--respondent", "old-one", "--yes"])
    assert result.exit_code == 0 and "deleted respondent old-one" in result.output
    result = runner.invoke(app, ["delete", "--respondent", "nobody", "--yes"])
    assert result.exit_code == 1 and "no respondent 'nobody'" in result.output
    result = runner.invoke(app, ["retention", "--days", "1", "--apply"])
    assert result.exit_code == 0 and "deleted 0" in result.output
    get_settings.cache_clear()


def test_key_rotation_re_encrypts_stored_answers(tmp_path: Path) -> None:
    from cryptography.fernet import Fernet

    old = generate_key()
    surveys = _sensitive_survey_dir(tmp_path)
    engine = _engine(_settings(tmp_path, surveys_dir=surveys, field_key=old))
    started = engine.start("health_profile", lang="zh")
    for text in ("好的", "叫我小王", "28岁", "男", "同意", "没有"):
        engine.handle(started.session_id, started.token, text)
    new = generate_key()
    rotated_engine = _engine(_settings(tmp_path, surveys_dir=surveys, field_key=f"{new},{old}"))
    # the value, the raw answer, and the consent reply sent while that question was pending
    assert rights.rotate_field_keys(rotated_engine) == 3
    with rotated_engine.db.transaction() as db:
        row = db.scalar(select(AttributeValue).where(AttributeValue.slot == "chronic_illness"))
        assert row is not None and row.encrypted_value is not None
        assert Fernet(new.encode()).decrypt(row.encrypted_value.encode()) == b"false"
    only_new = _engine(_settings(tmp_path, surveys_dir=surveys, field_key=new))
    assert (
        rights.export_respondent(only_new, started.respondent_id)["attributes"]["chronic_illness"]
        is False
    )
