"""Conversations with the bot as a reporter has them: signed requests over loopback into the
real App behind the real threaded server (and in-process `app.dispatch`), Slack's Web API
answered by the mock."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import pytest
from slack_bolt import App, BoltRequest

from handlers.render.answers import CSV_ACTION, MORE_ACTION, SHARE_ACTION
from storage.db import Store, open_store
from storage.slack_events import EVENT_TTL_SECONDS, first_sighting, seen_event_count
from tests.slack_mock import Call, MockSlack, texts_of
from tests.slack_requests import (
    FORM,
    JSON,
    action_body,
    command_body,
    event_body,
    post,
    signed_headers,
)

_counter = iter(range(1_000_000))


def send_command(bot_url: str, mock: MockSlack, command: str, text: str) -> tuple[int, str]:
    body = command_body(mock, command, text)
    status, reply, _ = post(bot_url + "/slack/events", body, signed_headers(body), FORM)
    return status, reply


def send_event(bot_url: str, event: dict[str, Any], event_id: str | None = None) -> int:
    body = event_body(event, event_id or f"Ev{time.time_ns()}{next(_counter)}")
    return post(bot_url + "/slack/events", body, signed_headers(body), JSON)[0]


def dm(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel_type": "im",
        "channel": "D0REPORTER",
        "user": "U0REPORTER",
        "text": text,
        "ts": f"{time.time():.6f}",
        **extra,
    }


def buttons(call: Call) -> dict[str, str]:
    return {
        e["action_id"]: e["value"]
        for b in call.body["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    }


def test_empty_command_gets_its_usage_hint_at_once(bot_url: str, slack: MockSlack) -> None:
    status, reply = send_command(bot_url, slack, "/whosaid", "   ")
    assert status == 200
    assert "Usage: /whosaid &lt;topic&gt;" in json.loads(reply)["text"]
    status, reply = send_command(bot_url, slack, "/brief", "")
    assert "Usage: /brief" in json.loads(reply)["text"]
    time.sleep(1)
    assert slack.answers() == []


def test_newsbrief_status_and_help(bot_url: str, slack: MockSlack) -> None:
    assert send_command(bot_url, slack, "/newsbrief", "status")[0] == 200
    status = slack.wait_for(lambda m: m.of("/response_url/newsbrief"))[0]
    assert "2 articles" in texts_of(status)
    assert send_command(bot_url, slack, "/newsbrief", "")[0] == 200
    help_call = slack.wait_for(lambda m: m.of("/response_url/newsbrief")[1:])[0]
    assert "who said what about the ceasefire" in texts_of(help_call)


def test_answers_page_with_more_and_share_in_channel(
    bot_url: str, slack: MockSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("handlers.render.answers.PAGE_QUOTES", 1)
    send_command(bot_url, slack, "/whosaid", "ceasefire")
    first = slack.wait_for(lambda m: m.of("/response_url/whosaid"))[0]
    assert first.body["response_type"] == "ephemeral"
    assert "Page 1 of 4" in texts_of(first)
    values = buttons(first)
    assert set(values) == {MORE_ACTION, SHARE_ACTION, CSV_ACTION}

    body = action_body(slack, MORE_ACTION, values[MORE_ACTION])
    assert post(bot_url + "/slack/events", body, signed_headers(body), FORM)[0] == 200
    second = slack.wait_for(lambda m: m.of("/response_url/action"))[0]
    assert second.body["response_type"] == "ephemeral"
    assert "Page 2 of 4" in texts_of(second)

    body = action_body(slack, SHARE_ACTION, buttons(second)[SHARE_ACTION])
    assert post(bot_url + "/slack/events", body, signed_headers(body), FORM)[0] == 200
    shared = slack.wait_for(lambda m: m.of("/response_url/action")[1:])[0]
    assert shared.body["response_type"] == "in_channel"
    assert "Shared by <@U0REPORTER>" in texts_of(shared)
    assert "Page 2 of 4" in texts_of(shared)
    assert all(b["type"] != "actions" for b in shared.body["blocks"])


def test_more_in_a_thread_answers_in_that_thread(
    bot_url: str, slack: MockSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("handlers.render.answers.PAGE_QUOTES", 1)
    send_event(
        bot_url,
        {
            "type": "app_mention",
            "channel": "C0NEWSDESK",
            "user": "U0REPORTER",
            "text": "<@U0BOT> /whosaid ceasefire",
            "ts": "1700000000.000001",
        },
    )
    first = slack.wait_for(lambda m: m.of("chat.postMessage"))[0]
    assert first.body["thread_ts"] == "1700000000.000001"
    values = buttons(first)
    assert SHARE_ACTION not in values  # already in the channel
    body = action_body(slack, MORE_ACTION, values[MORE_ACTION], ephemeral=False)
    post(bot_url + "/slack/events", body, signed_headers(body), FORM)
    more = slack.wait_for(lambda m: m.of("chat.postMessage")[1:])[0]
    assert more.body["thread_ts"] == "1700000000.000001"
    assert "Page 2 of 4" in texts_of(more)


def test_bots_edits_and_channel_messages_are_not_answered(bot_url: str, slack: MockSlack) -> None:
    send_event(bot_url, dm("who said what about the ceasefire?", bot_id="B0OTHER"))
    send_event(bot_url, dm("who said what about the ceasefire?", subtype="message_changed"))
    send_event(
        bot_url,
        dm("who said what about the ceasefire?", channel_type="channel", channel="C0NEWSDESK"),
    )
    send_event(bot_url, dm("what did Mikati say?", thread_ts="1700000000.000009"))
    answer = slack.wait_for(lambda m: m.of("chat.postMessage"))[0]
    time.sleep(1)
    assert len(slack.of("chat.postMessage")) == 1
    assert answer.body["thread_ts"] == "1700000000.000009"
    assert "in the coming hours or days" in texts_of(answer)


def test_app_home_shows_what_the_bot_knows(bot_url: str, slack: MockSlack) -> None:
    send_event(
        bot_url,
        {"type": "app_home_opened", "user": "U0REPORTER", "tab": "home", "channel": "D0REPORTER"},
    )
    published = slack.wait_for(lambda m: m.of("views.publish"))[0]
    assert published.body["user_id"] == "U0REPORTER"
    view = json.dumps(published.body["view"], ensure_ascii=False)
    assert published.body["view"]["type"] == "home"
    assert "*2* articles" in view and "Most quoted" in view and "Ask me" in view
    send_event(bot_url, {"type": "app_home_opened", "user": "U0REPORTER", "tab": "messages"})
    time.sleep(0.5)
    assert len(slack.of("views.publish")) == 1


def test_rate_limited_calls_are_retried_after_retry_after(bot_url: str, slack: MockSlack) -> None:
    slack.rate_limit("chat.postMessage", times=1, retry_after=1)
    send_event(bot_url, dm("who said what about the ceasefire?"))
    calls = slack.wait_for(lambda m: m.of("chat.postMessage")[1:] and m.of("chat.postMessage"))
    assert len(calls) == 2
    assert calls[0].body == calls[1].body
    assert slack.of("chat.postEphemeral") == []


def test_web_api_errors_are_logged_and_reported_briefly(
    bot_url: str, slack: MockSlack, caplog: pytest.LogCaptureFixture
) -> None:
    slack.fail("chat.postMessage", "channel_not_found")
    with caplog.at_level(logging.ERROR, logger="handlers.errors"):
        send_event(bot_url, dm("who said what about the ceasefire?"))
        told = slack.wait_for(lambda m: m.of("chat.postEphemeral"))[0]
    assert told.body["user"] == "U0REPORTER"
    assert "chat.postMessage: channel_not_found" in told.body["text"]
    assert "chat.postMessage: channel_not_found" in caplog.text
    assert "xoxb-" not in caplog.text


def test_lazy_command_errors_reach_the_same_handler(
    slack_app: App,
    slack: MockSlack,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("store is on fire")

    monkeypatch.setattr("handlers.commands.run_command", broken)
    body = command_body(slack, "/brief", "Qassem")
    with caplog.at_level(logging.ERROR, logger="handlers.errors"):
        response = slack_app.dispatch(BoltRequest(body=body, headers=signed_headers(body)))
        assert response.status == 200
        told = slack.wait_for(lambda m: m.of("/response_url/brief"))[0]
    assert "something went wrong" in told.body["text"]
    assert "RuntimeError" in caplog.text and "/brief" in caplog.text


def test_seen_events_persist_across_stores_and_expire(tmp_path: Any) -> None:
    first: Store = open_store(tmp_path / "events.db")
    second: Store = open_store(tmp_path / "events.db")  # another process, same file
    assert first_sighting(first, "Ev1", now=1000.0)
    assert not first_sighting(second, "Ev1", now=1001.0)
    later = 1000.0 + EVENT_TTL_SECONDS + 1
    assert first_sighting(second, "Ev2", now=later)
    assert seen_event_count(first) == 1  # Ev1 expired
    assert first_sighting(first, "Ev1", now=later)
