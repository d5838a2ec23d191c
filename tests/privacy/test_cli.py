"""`insightbot policy`: generation to stdout or a file, checking, and one-line errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.commands import policy
from bot.commands.policy import policy_app
from bot.config import Settings
from bot.privacy.crypto import FieldCipher
from tests.privacy.conftest import EXAMPLE_ORG

runner = CliRunner()
ORG = str(EXAMPLE_ORG)


@pytest.fixture(autouse=True)
def offline_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Settings:
    settings = Settings(home=tmp_path / "home")
    monkeypatch.setattr(policy, "_settings", lambda: settings)
    return settings


def test_generate_markdown_to_stdout() -> None:
    result = runner.invoke(policy_app, ["--org", ORG, "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# 星联通信 用户画像与服务体验调研 隐私说明")
    assert "删除我的数据" in result.stdout


def test_generate_html_to_file_and_check_it(tmp_path: Path) -> None:
    out = tmp_path / "notice.html"
    args = ["--survey", "customer_profile", "--org", ORG, "--lang", "en", "--format", "html"]
    result = runner.invoke(policy_app, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert hashlib.sha256(text.encode()).hexdigest() in result.stdout
    assert "version 2025.1" in result.stdout

    checked = runner.invoke(policy_app, ["check", str(out), "--org", ORG, "--lang", "en"])
    assert checked.exit_code == 0, checked.output
    assert "every required item and fact is present" in checked.stdout


def test_check_guesses_the_language(tmp_path: Path) -> None:
    out = tmp_path / "notice.md"
    runner.invoke(policy_app, ["--org", ORG, "--lang", "zh", "--out", str(out)])
    result = runner.invoke(policy_app, ["check", str(out), "--org", ORG])
    assert result.exit_code == 0, result.output
    assert "(zh)" in result.stdout


def test_check_lists_what_is_missing_and_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "notice.md"
    runner.invoke(policy_app, ["--org", ORG, "--lang", "en", "--out", str(out)])
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace("delete my data", "remove it").replace("5 years", "ages"))
    result = runner.invoke(policy_app, ["check", str(out), "--org", ORG, "--lang", "en"])
    assert result.exit_code == 1
    assert "2 missing" in result.stdout
    assert "section.bot_delete" in result.stdout
    assert "fact.retention: 5 years" in result.stdout


def test_hosted_model_warning_goes_to_stderr(offline_settings: Settings) -> None:
    offline_settings.llm_provider = "openai"
    result = runner.invoke(policy_app, ["--org", ORG, "--lang", "en"])
    assert result.exit_code == 0
    assert "AI model service at api.openai.com" in result.stdout
    assert "warning:" in result.stderr and "cross_border" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--org", "missing.yaml"], "missing.yaml: no such file"),
        (["--survey", "nope", "--org", ORG], "unknown survey 'nope'"),
        (["--org", ORG, "--lang", "fr"], "--lang must be zh or en"),
        (["--org", ORG, "--format", "pdf"], "--format must be md or html"),
    ],
)
def test_errors_are_one_line_without_traceback(args: list[str], message: str) -> None:
    result = runner.invoke(policy_app, args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_incomplete_org_names_every_missing_key(tmp_path: Path) -> None:
    org = tmp_path / "org.yaml"
    org.write_text("controller:\n  name: ACME\npolicy_version: '1'\n", encoding="utf-8")
    result = runner.invoke(policy_app, ["--org", str(org)])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line
    for key in ("controller.address", "controller.contact_email", "retention", "effective_date"):
        assert key in line


def test_bad_yaml_is_one_line(tmp_path: Path) -> None:
    org = tmp_path / "org.yaml"
    org.write_text("controller: {name: [\n", encoding="utf-8")
    result = runner.invoke(policy_app, ["--org", str(org)])
    assert result.exit_code == 1
    assert "not valid YAML" in result.stderr
    assert result.stderr.count("\n") == 1


def test_check_of_a_missing_file_is_one_line() -> None:
    result = runner.invoke(policy_app, ["check", "nowhere.md", "--org", ORG])
    assert result.exit_code == 1
    assert "nowhere.md" in result.stderr
    assert "Traceback" not in result.output


def test_keygen_prints_a_usable_key() -> None:
    import typer

    app = typer.Typer()
    policy.register(app)
    app.command("noop")(lambda: None)  # a second command keeps `keygen` a named sub-command
    result = runner.invoke(app, ["keygen"])
    assert result.exit_code == 0
    key = result.stdout.strip()
    cipher = FieldCipher([key])
    assert cipher.decrypt(cipher.encrypt("ok")) == "ok"
