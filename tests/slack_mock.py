"""Slack, faked only at its HTTP edge, on loopback: a Web API (and response_url) server that
records every call (file uploads: tests/slack_files.py; the signed requests Slack sends the
bot: tests/slack_requests.py). After bolt-python's tests/mock_web_api_server: a real HTTP
server, so slack_sdk's real client, retry handlers and Bolt's respond() are exercised end
to end."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.slack_files import file_reply

BOT_TOKEN = "xoxb-1234-5678-newsbrieftest"
APP_TOKEN = "xapp-1-A111-2222-newsbrieftest"


@dataclass
class Call:
    """One request the mock received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: str
    received: float = field(default_factory=time.perf_counter)  # when it arrived

    @property
    def method(self) -> str:
        """The Web API method (`chat.postMessage`), or the path for response_url calls."""
        return self.path.rsplit("/", 1)[-1] if self.path.startswith("/api/") else self.path


@dataclass
class MockSlack:
    """The recorded calls and what the mock should answer."""

    calls: list[Call] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)
    rate_limits: dict[str, list[int]] = field(default_factory=dict)
    channel_failures: dict[str, str] = field(default_factory=dict)
    channel_pages: dict[str, tuple[int, str]] = field(default_factory=dict)
    channel_rate_limits: dict[str, list[int]] = field(default_factory=dict)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    thread_failure: str | None = None
    minimal: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    @property
    def api_url(self) -> str:
        """SLACK_API_URL for this mock (without a trailing slash, as a user may write it)."""
        return f"http://127.0.0.1:{self.port}/api"

    def response_url(self, name: str = "cmd") -> str:
        """A response_url that lands on this mock."""
        return f"http://127.0.0.1:{self.port}/response_url/{name}"

    def reset(self) -> None:
        """Forget calls and programmed failures."""
        with self.lock:
            self.calls.clear()
            self.failures.clear()
            self.rate_limits.clear()
            self.channel_failures.clear()
            self.channel_pages.clear()
            self.channel_rate_limits.clear()
            self.users.clear()
            self.thread_failure = None
            self.minimal = False

    def fail(self, method: str, error: str) -> None:
        """Answer `method` with {"ok": false, "error": error}."""
        self.failures[method] = error

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """Answer `method` with HTTP 429 and Retry-After the next `times` calls."""
        self.rate_limits[method] = [retry_after] * times

    def fail_channel_with_page(self, channel: str, status: int, page: str) -> None:
        """Answer chat.postMessage to `channel` with HTTP `status` and an HTML page (a proxy's
        or load balancer's error page), not JSON."""
        self.channel_pages[channel] = (status, page)

    def fail_channel(self, channel: str, error: str) -> None:
        """Answer chat.postMessage to `channel` with {"ok": false, "error": error}."""
        self.channel_failures[channel] = error

    def rate_limit_channel(self, channel: str, times: int = 1, retry_after: int = 1) -> None:
        """Answer the next `times` chat.postMessage calls to `channel` with HTTP 429."""
        self.channel_rate_limits[channel] = [retry_after] * times

    def posted_to(self, channel: str) -> list[Call]:
        """chat.postMessage calls to a channel that Slack accepted (not 429, not refused)."""
        with self.lock:
            return [
                c
                for c in self.calls
                if c.method == "chat.postMessage"
                and c.body.get("channel") == channel
                and c.headers.get("x-mock-status") == "ok"
            ]

    def of(self, method: str) -> list[Call]:
        """Calls of one method (or response_url path)."""
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def answers(self) -> list[Call]:
        """Every call that posts a message: chat.postMessage and response_url posts."""
        with self.lock:
            return [
                c
                for c in self.calls
                if c.method == "chat.postMessage" or c.path.startswith("/response_url/")
            ]

    def wait_for(self, predicate: Callable[[MockSlack], Any], timeout: float = 30.0) -> Any:
        """Poll until `predicate(self)` is truthy; return its value (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate(self)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out; calls so far: {[c.path for c in self.calls]}")


def _reply(mock: MockSlack, call: Call) -> tuple[int, dict[str, str], dict[str, Any] | str]:
    if call.path.startswith("/response_url/"):
        return 200, {}, "ok"
    if (files := file_reply(mock, call)) is not None:  # files_upload_v2, conversations.open
        return files
    method = call.method
    channel = call.body.get("channel") if method == "chat.postMessage" else None
    pending_channel = mock.channel_rate_limits.get(channel) if channel else None
    if pending_channel:
        retry_after = pending_channel.pop(0)
        return 429, {"Retry-After": str(retry_after)}, {"ok": False, "error": "ratelimited"}
    if channel and channel in mock.channel_pages:
        status, page = mock.channel_pages[channel]
        return status, {}, page
    if channel and channel in mock.channel_failures:
        return 200, {}, {"ok": False, "error": mock.channel_failures[channel]}
    if channel and mock.thread_failure and call.body.get("thread_ts"):
        return 200, {}, {"ok": False, "error": mock.thread_failure}
    pending = mock.rate_limits.get(method)
    if pending:
        retry_after = pending.pop(0)
        return 429, {"Retry-After": str(retry_after)}, {"ok": False, "error": "ratelimited"}
    if method in mock.failures:
        return 200, {}, {"ok": False, "error": mock.failures[method]}
    if mock.minimal:
        return 200, {}, {"ok": True}
    if method == "auth.test":
        return (
            200,
            {},
            {
                "ok": True,
                "url": "https://newsroom.example/",
                "team": "Newsroom",
                "user": "newsbrief",
                "team_id": "T0NEWS",
                "user_id": "U0BOT",
                "bot_id": "B0BOT",
            },
        )
    if method == "chat.postMessage":
        channel = call.body.get("channel", "C0")
        call.headers["x-mock-status"] = "ok"
        call.headers["x-mock-ts"] = f"{time.time():.6f}"
        return 200, {}, {"ok": True, "channel": channel, "ts": call.headers["x-mock-ts"]}
    if method == "conversations.history":
        return 200, {}, {"ok": True, "messages": _history(mock, call.body)}
    if method == "users.info":
        user = mock.users.get(str(call.body.get("user")))
        if user is None:
            return 200, {}, {"ok": False, "error": "user_not_found"}
        return 200, {}, {"ok": True, "user": user}
    if method == "apps.connections.open":
        return 200, {}, {"ok": False, "error": "invalid_auth"}
    return 200, {}, {"ok": True}


def _history(mock: MockSlack, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The bot's messages in a channel since `oldest`, newest first, as Slack lists them
    (called with the mock's lock held)."""
    oldest = float(body.get("oldest") or 0)
    messages = []
    for call in mock.calls:
        ts = call.headers.get("x-mock-ts")
        if ts and call.body.get("channel") == body.get("channel") and float(ts) >= oldest:
            blocks = call.body.get("blocks")
            if isinstance(blocks, str):
                blocks = json.loads(blocks)
            message = {"type": "message", "bot_id": "B0BOT", "ts": ts, "blocks": blocks}
            message["text"] = call.body.get("text", "")
            if call.body.get("thread_ts"):
                message["thread_ts"] = call.body["thread_ts"]
            messages.append(message)
    return messages[::-1]


def _parse(raw: str, content_type: str) -> dict[str, Any]:
    if "json" in content_type:
        try:
            parsed = json.loads(raw or "{}")
            return parsed if isinstance(parsed, dict) else {"_": parsed}
        except ValueError:
            return {}
    body: dict[str, Any] = dict(parse_qsl(raw))
    for key in ("blocks", "view", "attachments"):
        if isinstance(body.get(key), str):
            with suppress(ValueError):
                body[key] = json.loads(body[key])
    return body


@contextmanager
def mock_slack_server() -> Iterator[MockSlack]:
    """A running mock on 127.0.0.1 (an ephemeral port), stopped on exit."""
    mock = MockSlack()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:  # slack_sdk reads some methods (users.info) with GET
            path, _, query = self.path.partition("?")
            headers = {k.lower(): v for k, v in self.headers.items()}
            self._answer(Call(path, headers, dict(parse_qsl(query)), query))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8")
            call = Call(
                self.path.partition("?")[0],
                {k.lower(): v for k, v in self.headers.items()},
                _parse(raw, self.headers.get("Content-Type") or ""),
                raw,
            )
            self._answer(call)

        def _answer(self, call: Call) -> None:
            with mock.lock:
                mock.calls.append(call)
                status, headers, payload = _reply(mock, call)
            data = (payload if isinstance(payload, str) else json.dumps(payload)).encode()
            self.send_response(status)
            content_type = "text/plain" if isinstance(payload, str) else "application/json"
            self.send_header("Content-Type", content_type)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    mock.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield mock
    finally:
        server.shutdown()
        server.server_close()


def everything_posted(mock: MockSlack) -> str:
    """Every call the bot made, decoded (form and JSON alike): what reached Slack."""
    with mock.lock:
        return "\n".join(json.dumps(c.body, ensure_ascii=False) for c in mock.calls)


def texts_of(call: Call) -> str:
    """All text a posted message carries (fallback text and blocks), decoded."""
    return json.dumps({"text": call.body.get("text"), "blocks": call.body.get("blocks")})
