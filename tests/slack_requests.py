"""Requests as Slack signs and sends them, for the bot under test: slash-command, Events API
and button-click bodies, their signature headers, and a plain HTTP POST to the bot
(the fake Slack server the bot talks back to: tests/slack_mock.py)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import socket
import time
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

if TYPE_CHECKING:
    from tests.slack_mock import MockSlack

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
_TRIGGERS = itertools.count(1)


def trigger_id() -> str:
    """A fresh trigger_id (Slack gives each request its own: a repeated body is a replay)."""
    return f"{next(_TRIGGERS)}.{time.time_ns()}"


def signed_headers(
    body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None
) -> dict[str, str]:
    """X-Slack-Signature and X-Slack-Request-Timestamp for `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = f"v0:{ts}:{body}".encode()
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


def command_body(
    mock: MockSlack, command: str, text: str, user: str = "U0REPORTER", channel: str = "C0NEWSDESK"
) -> str:
    """A slash command's form body (typed in `channel`), with a response_url on the mock."""
    return urlencode(
        {
            "token": "legacy",
            "team_id": "T0NEWS",
            "team_domain": "newsroom",
            "channel_id": channel,
            "channel_name": channel.lower(),
            "user_id": user,
            "user_name": "reporter",
            "command": command,
            "text": text,
            "api_app_id": "A0NEWS",
            "response_url": mock.response_url(command.strip("/")),
            "trigger_id": trigger_id(),
        }
    )


def event_body(event: dict[str, Any], event_id: str) -> str:
    """An Events API callback's JSON body."""
    return json.dumps(
        {
            "token": "legacy",
            "team_id": "T0NEWS",
            "api_app_id": "A0NEWS",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": "T0NEWS", "user_id": "U0BOT", "is_bot": True}],
            "event": event,
        }
    )


def action_body(mock: MockSlack, action_id: str, value: str, ephemeral: bool = True) -> str:
    """A block_actions payload (form-encoded, as Slack sends it) for a button click."""
    payload = {
        "type": "block_actions",
        "team": {"id": "T0NEWS"},
        "user": {"id": "U0REPORTER", "team_id": "T0NEWS"},
        "api_app_id": "A0NEWS",
        "container": {"type": "message", "channel_id": "C0NEWSDESK", "is_ephemeral": ephemeral},
        "channel": {"id": "C0NEWSDESK", "name": "newsdesk"},
        "response_url": mock.response_url("action"),
        "trigger_id": trigger_id(),
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b1",
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    if not ephemeral:
        payload["message"] = {"ts": "1700000000.000100", "thread_ts": "1700000000.000001"}
    return urlencode({"payload": json.dumps(payload)})


def post(url: str, body: str, headers: dict[str, str], content_type: str) -> tuple[int, str, float]:
    """POST to the bot over HTTP: status, body and seconds taken."""
    request = urllib.request.Request(
        url, data=body.encode(), headers={**headers, "Content-Type": content_type}, method="POST"
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode(), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.monotonic() - started


def free_port() -> int:
    """A free port on 127.0.0.1 (closed again, for a server started right after)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
