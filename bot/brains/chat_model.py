"""The chat model, created in one place, and one structured-output request over it.

Every supported server (OpenAI, DeepSeek, Qwen/DashScope, Ollama, vLLM) speaks the OpenAI chat
protocol, so one `ChatOpenAI` serves them all; another LangChain chat model can be passed to
`LlmBrain` instead. Retries are ours, not the SDK's (`max_retries=0`): the brain counts every
attempt, bounds them by a per-turn deadline and records them, which the SDK's hidden retries
would defeat.

The output schema is given to LangChain as a JSON-schema dict, not a pydantic class, so the raw
message (and its token usage) always comes back, even when the JSON is malformed; validation is
then ours too, and its error text feeds the re-ask.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage

from bot.config import Settings

StructuredMethod = Literal["json_schema", "function_calling", "json_mode"]
METHODS: tuple[str, ...] = ("json_schema", "function_calling", "json_mode")


class ModelUnavailable(RuntimeError):
    """The LLM provider is chosen but cannot be used as configured (e.g. no API key)."""


def build_chat_model(settings: Settings) -> BaseChatModel:
    """A ChatOpenAI for the configured model and server, with the SDK's own retries off."""
    from langchain_openai import ChatOpenAI

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    if key is None:
        if settings.llm_base_url is None:
            raise ModelUnavailable(
                "INSIGHTBOT_LLM_PROVIDER=openai needs INSIGHTBOT_LLM_API_KEY (or OPENAI_API_KEY); "
                "a local server without keys needs only INSIGHTBOT_LLM_BASE_URL"
            )
        key = "unused"  # local servers (Ollama, vLLM) ignore it, the SDK insists on one
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=key,  # type: ignore[arg-type]
        max_retries=0,
        timeout=max(settings.llm_deadline_web, settings.llm_deadline_wechat),
        temperature=0.3,
    )


@dataclass
class CallResult:
    """One request's answer: the parsed JSON (or None), the raw text, and what it cost."""

    data: Any
    raw: str
    parse_error: str | None
    prompt_tokens: int
    completion_tokens: int


def structured_call(
    model: BaseChatModel,
    messages: list[BaseMessage],
    schema: dict[str, Any],
    method: StructuredMethod,
    timeout: float,
) -> CallResult:
    """Send one request asking for `schema`; transport errors propagate to the caller."""
    kwargs: dict[str, Any] = {"method": method, "include_raw": True, "timeout": timeout}
    if method == "json_schema":
        kwargs["strict"] = True  # constrained decoding where the server supports it
    runnable = model.with_structured_output(schema, **kwargs)
    result = runnable.invoke(messages)
    raw_message = result.get("raw") if isinstance(result, dict) else None
    prompt_tokens = completion_tokens = 0
    raw_text = ""
    if isinstance(raw_message, AIMessage):
        usage = raw_message.usage_metadata
        if usage is not None:
            prompt_tokens = int(usage.get("input_tokens", 0))
            completion_tokens = int(usage.get("output_tokens", 0))
        raw_text = _raw_text(raw_message)
    parsed = result.get("parsed") if isinstance(result, dict) else None
    error = result.get("parsing_error") if isinstance(result, dict) else None
    parse_error = None
    if parsed is None:
        parse_error = _short(str(error)) if error else "the reply was not valid JSON"
    return CallResult(parsed, raw_text, parse_error, prompt_tokens, completion_tokens)


def _raw_text(message: AIMessage) -> str:
    if message.content:
        return message.content if isinstance(message.content, str) else json.dumps(message.content)
    calls = list(message.tool_calls) + list(message.invalid_tool_calls)
    if calls:
        args = calls[0].get("args")
        return args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)
    return ""


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def is_retryable(exc: BaseException) -> bool:
    """Timeouts, connection failures, 429 and 5xx are worth another try; 4xx errors are not."""
    if isinstance(exc, openai.APITimeoutError | openai.APIConnectionError):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    return isinstance(exc, httpx.TimeoutException | httpx.TransportError)


def retry_after(exc: BaseException) -> float | None:
    """The server's Retry-After hint in seconds, when it sent one."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return float(value) / 1000
        except ValueError:
            return None
    value = headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def describe(exc: BaseException) -> str:
    """A short label for the call log: status code or error class, never a request body."""
    if isinstance(exc, openai.APIStatusError):
        return f"http {exc.status_code}"
    return type(exc).__name__
