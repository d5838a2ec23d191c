"""Settings: one object read from the environment (prefix INSIGHTBOT_), injected where needed.

Tests and commands build their own `Settings(...)` and pass it down instead of patching globals;
`get_settings()` is the cached default for the running process.
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INSIGHTBOT_", extra="ignore")

    home: Path = Field(default=Path(".insightbot"), description="data directory")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default SQLite")
    surveys_dir: Path | None = Field(default=None, description="extra folder of survey YAML files")
    admin_token: SecretStr | None = None
    secret_key: SecretStr | None = Field(
        default=None, description="signs respondent links; generated into the data dir if unset"
    )

    # The model behind the conversation and the planner.
    llm_provider: Literal["offline", "openai"] = "offline"
    llm_model: str = "gpt-4o-mini"
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    # How the model is asked for JSON: json_schema (OpenAI, vLLM, Ollama), function_calling,
    # or json_mode (DeepSeek and most Qwen models).
    llm_structured_output: Literal["json_schema", "function_calling", "json_mode"] = "json_schema"
    llm_deadline_web: float = 15.0
    llm_deadline_wechat: float = 4.0
    redact_pii: bool = True

    # Retrieval.
    embedder: Literal["hashing", "openai", "sentence-transformers"] = "hashing"
    embedding_model: str | None = None
    chroma_url: str | None = None
    index_interval: float = Field(
        default=5.0, ge=0, description="seconds between background indexing runs; 0 = off"
    )
    index_quiet_seconds: float = Field(
        default=30.0,
        ge=0,
        description="background indexing waits until a respondent has paused this long "
        "(or finished) and then writes their answers and profile once",
    )

    # Privacy.
    org_file: Path | None = Field(
        default=None, description="organization facts for notices; default <home>/org.yaml"
    )
    field_key: SecretStr | None = Field(
        default=None, description="Fernet key(s), comma-separated, newest first"
    )

    # Abuse limits for the public endpoints.
    rate_limit_per_minute: int = 60
    worker_threads: int = Field(default=4, ge=1, le=64, description="threads running turns")
    max_message_chars: int = 4000
    rate_limit_ip_per_minute: int = Field(
        default=600, description="writes per client IP per minute on public endpoints; 0 = off"
    )
    rate_limit_exempt: list[str] = Field(
        default=["127.0.0.1", "::1"],
        description="addresses without a per-IP budget (a reverse proxy without --proxy-headers)",
    )
    max_body_bytes: int = Field(default=64 * 1024, description="larger request bodies get 413")

    # WeChat Official Account (the /wechat webhook is off until wechat_token is set).
    wechat_token: SecretStr | None = None
    wechat_aes_key: SecretStr | None = Field(
        default=None, description="EncodingAESKey (43 characters); enables safe (AES) mode"
    )
    wechat_app_id: str | None = None
    wechat_app_secret: SecretStr | None = None
    wechat_api_base: str = Field(
        default="https://api.weixin.qq.com", description="customer-service and token API base"
    )
    wechat_survey: str = "customer_profile"
    wechat_lang: Literal["zh", "en"] = "zh"
    wechat_reply_deadline: float = Field(
        default=4.0, description="seconds before a slow turn answers 'success' and sends later"
    )
    wechat_max_clock_skew: int = Field(
        default=300, description="seconds a signed WeChat request may be old (replay window)"
    )

    @model_validator(mode="after")
    def _openai_fallbacks(self) -> Settings:
        """Honour the OpenAI SDK's own variables when ours are not set."""
        if self.llm_api_key is None and os.environ.get("OPENAI_API_KEY"):
            self.llm_api_key = SecretStr(os.environ["OPENAI_API_KEY"])
        if self.llm_base_url is None and os.environ.get("OPENAI_BASE_URL"):
            self.llm_base_url = os.environ["OPENAI_BASE_URL"]
        return self

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'insightbot.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"

    def ensure_home(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home

    def signing_key(self) -> bytes:
        """The key that signs respondent links: configured, or created once in the data dir."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode()
        path = self.ensure_home() / "secret.key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(32))
            path.chmod(0o600)
        return path.read_text().strip().encode()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
