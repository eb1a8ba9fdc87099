"""Issue 11's findings at the HTTP edge, against the real `newsbrief serve --http` process
(the session's `bot`): nothing acts on a request before its signature and timestamp are
verified, a response_url off Slack's hosts is never contacted, every malformed signed body
gets an HTTP status, and a replayed signed request is acted on once."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from slack_bolt import App, BoltRequest

from bot.http_server import SlackHTTPServer, serve_in_thread
from bot.slack_app import LAZY_THREADS, AckFirstExecutor, build_app
from handlers.render.answers import SHARE_ACTION
from storage.db import open_store
from tests.slack.conftest import Bot, healthy, slack_settings
from tests.slack.test_conversations import buttons
from tests.slack_mock import MockSlack, mock_slack_server
from tests.slack_requests import (
    FORM,
    JSON,
    SIGNING_SECRET,
    action_body,
    command_body,
    event_body,
    post,
    signed_headers,
)


@pytest.fixture(scope="module")
def listener() -> Iterator[MockSlack]:
    """Another loopback server, standing for an internal address a forged body names."""
    with mock_slack_server() as internal:
        yield internal


def _post_bytes(url: str, body: bytes, headers: dict[str, str], content_type: str) -> int:
    request = urllib.request.Request(
        url, data=body, headers={**headers, "Content-Type": content_type}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def _declared_too_large(url: str, headers: dict[str, str]) -> int:
    """The status for a POST that declares a body over 1 MB: the server answers from the
    headers, before reading it (so the test sends none: a client still sending 1 MB when the
    server closes may see a reset instead of the status, depending on timing)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("POST", parts.path)
        for name, value in {**headers, "Content-Type": FORM}.items():
            connection.putheader(name, value)
        connection.putheader("Content-Length", "1000001")
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def _sign(body: bytes, timestamp: str) -> dict[str, str]:
    base = b"v0:" + timestamp.encode() + b":" + body
    digest = hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=" + digest}


def _forged_command(slack: MockSlack, listener: MockSlack) -> str:
    body = command_body(slack, "/whosaid", "x", user="U1")
    return body.replace(
        urlencode({"response_url": slack.response_url("whosaid")}),
        urlencode({"response_url": listener.response_url("internal")}),
    )


@pytest.mark.parametrize("timestamp", ["abc", "", "1e3"])
def test_malformed_timestamps_get_401_and_nothing_is_sent(
    bot: Bot, slack: MockSlack, listener: MockSlack, timestamp: str
) -> None:
    listener.reset()
    command = _forged_command(slack, listener)
    event = event_body(
        {"type": "app_mention", "channel": "C0NEWSDESK", "user": "U1", "text": "<@U0BOT> x"},
        f"Ev-forged-{timestamp}",
    )
    for body, content_type in ((command, FORM), (event, JSON)):
        for signature in ("v0=00", _sign(body.encode(), timestamp)["X-Slack-Signature"]):
            headers = {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature}
            status, text, _ = post(bot.events, body, headers, content_type)
            assert status == 401, (body, signature)
            assert "Traceback" not in text
    time.sleep(0.5)
    assert listener.calls == []
    assert slack.calls == []


def test_response_url_off_slacks_hosts_is_never_contacted(
    bot: Bot, slack: MockSlack, listener: MockSlack
) -> None:
    listener.reset()
    host = listener.response_url("internal").split("//", 1)[1]
    for url in (
        listener.response_url("internal"),
        f"https://hooks.slack.com@{host}",
        f"http://hooks.slack.com.{host}",
    ):
        body = command_body(slack, "/whosaid", "ceasefire").replace(
            urlencode({"response_url": slack.response_url("whosaid")}),
            urlencode({"response_url": url}),
        )
        assert post(bot.events, body, signed_headers(body), FORM)[0] == 400, url
    time.sleep(1.0)
    assert listener.calls == []
    assert slack.calls == []


MALFORMED = [
    ("payload=null", FORM),
    ("payload=%5B%5D", FORM),
    ("payload=not-json", FORM),
    ("[]", JSON),
    ("null", JSON),
    ("{}", JSON),
    ("", FORM),
    (json.dumps({"type": "event_callback", "event_id": "Ev-null", "event": None}), JSON),
    (json.dumps({"type": "event_callback", "event_id": "Ev-list", "event": []}), JSON),
    (json.dumps({"type": "block_actions", "actions": None, "user": {"id": "U1"}}), JSON),
    ("command=%2Fwhosaid&text=ceasefire&user_id=U1", JSON),  # a form sent as JSON
]


def test_malformed_signed_bodies_get_an_http_status_and_nothing_is_done(
    bot: Bot, slack: MockSlack
) -> None:
    for body, content_type in MALFORMED:
        status, _, _ = post(bot.events, body, signed_headers(body), content_type)
        assert status in (200, 400), (body, status)
    latin1 = "command=/whosaid&text=caf\xe9".encode("latin-1")
    headers = _sign(latin1, str(int(time.time())))
    assert _post_bytes(bot.events, latin1, headers, FORM) == 400
    assert _declared_too_large(bot.events, headers) == 413
    time.sleep(0.5)
    assert slack.calls == []
    assert healthy(bot.url)


def test_a_replayed_command_is_acknowledged_and_answered_once(bot: Bot, slack: MockSlack) -> None:
    body = command_body(slack, "/whosaid", "ceasefire")
    headers = signed_headers(body)
    assert post(bot.events, body, headers, FORM)[0] == 200
    slack.wait_for(lambda m: m.of("/response_url/whosaid"))
    for _ in range(2):
        assert post(bot.events, body, headers, FORM)[0] == 200
    time.sleep(1.5)
    assert len(slack.of("/response_url/whosaid")) == 1


def test_a_replayed_share_in_channel_posts_once_across_processes(
    bot: Bot, slack: MockSlack
) -> None:
    body = command_body(slack, "/whosaid", "ceasefire")
    assert post(bot.events, body, signed_headers(body), FORM)[0] == 200
    answer = slack.wait_for(lambda m: m.of("/response_url/whosaid"))[0]
    share = action_body(slack, SHARE_ACTION, buttons(answer)[SHARE_ACTION])
    headers = signed_headers(share)
    assert post(bot.events, share, headers, FORM)[0] == 200
    shared = slack.wait_for(lambda m: m.of("/response_url/action"))
    assert shared[0].body["response_type"] == "in_channel"
    assert post(bot.events, share, headers, FORM)[0] == 200
    # Another process on the same store (an in-process App here) knows it too.
    store = open_store(bot.db)
    other = SlackHTTPServer(build_app(slack_settings(slack), store), "127.0.0.1", 0)
    stop = serve_in_thread(other)
    try:
        events = f"http://127.0.0.1:{other.port}/slack/events"
        assert post(events, share, headers, FORM)[0] == 200
        time.sleep(1.5)
    finally:
        stop()
    assert len(slack.of("/response_url/action")) == 1


def test_the_error_handler_never_answers_an_unverified_body(
    slack_app: App, slack: MockSlack, listener: MockSlack
) -> None:
    """Even handed straight to Bolt (no HTTP edge), a body with a malformed timestamp makes
    Bolt's own check raise; the error handler sends nothing anywhere."""
    listener.reset()
    command = _forged_command(slack, listener)
    event = event_body(
        {"type": "app_mention", "channel": "C0NEWSDESK", "user": "U1", "text": "<@U0BOT> x"},
        "Ev-unverified",
    )
    for body in (command, event):
        headers = {"x-slack-request-timestamp": "abc", "x-slack-signature": "v0=00"}
        response = slack_app.dispatch(BoltRequest(body=body, headers=headers))
        assert response.status in (401, 500)
    time.sleep(0.5)
    assert listener.calls == []
    assert slack.calls == []


def test_a_command_is_acknowledged_while_every_answer_thread_is_busy(
    slack_app: App, bot_url: str, slack: MockSlack
) -> None:
    """Answers run on their own threads: when all of them are taken (a burst), the next
    command is still acknowledged at once, and answered once one is free."""
    executor = slack_app.listener_runner.listener_executor
    assert isinstance(executor, AckFirstExecutor)
    release = threading.Event()
    busy = [executor.lazy.submit(release.wait, 30) for _ in range(LAZY_THREADS)]
    try:
        body = command_body(slack, "/whosaid", "ceasefire")
        status, _, took = post(bot_url + "/slack/events", body, signed_headers(body), FORM)
        assert status == 200 and took < 2.0
        time.sleep(0.3)
        assert slack.of("/response_url/whosaid") == []
    finally:
        release.set()
    slack.wait_for(lambda m: m.of("/response_url/whosaid"))
    assert all(future.result() for future in busy)
