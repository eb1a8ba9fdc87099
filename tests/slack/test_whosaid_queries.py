"""/whosaid then "More": the answer is built once and "More" pages through it (the answer
cache, work/answers.py), so the search runs once. SQL counted with sqlite3's trace callback
on every connection the store opens."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from slack_bolt import BoltRequest

import storage.db
from bot.slack_app import build_app
from handlers.render.answers import MORE_ACTION
from storage.db import Store, open_store
from tests.slack.conftest import copy_store, slack_settings
from tests.slack.test_conversations import buttons
from tests.slack_mock import MockSlack, texts_of
from tests.slack_requests import action_body, command_body, signed_headers


def _searches(statements: list[str]) -> int:
    """Full-text searches among the statements (quotes_fts or articles_fts MATCH)."""
    return sum(" MATCH " in s.upper() for s in statements)


def test_more_pages_through_the_answer_without_searching_again(
    slack_store: Store, tmp_path: Path, slack: MockSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("handlers.render.answers.PAGE_QUOTES", 1)
    statements: list[str] = []
    connect = storage.db._connect

    def traced(path: Path) -> sqlite3.Connection:
        conn = connect(path)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(storage.db, "_connect", traced)
    app = build_app(slack_settings(slack), open_store(copy_store(slack_store, tmp_path / "q.db")))
    del statements[:]  # opening and migrating the store

    body = command_body(slack, "/whosaid", "ceasefire")
    assert app.dispatch(BoltRequest(body=body, headers=signed_headers(body))).status == 200
    first = slack.wait_for(lambda m: m.of("/response_url/whosaid"))[0]
    assert "Page 1 of 4" in texts_of(first)
    answered = len(statements)
    searched = _searches(statements)
    assert searched >= 1

    body = action_body(slack, MORE_ACTION, buttons(first)[MORE_ACTION])
    assert app.dispatch(BoltRequest(body=body, headers=signed_headers(body))).status == 200
    second = slack.wait_for(lambda m: m.of("/response_url/action"))[0]
    assert "Page 2 of 4" in texts_of(second)
    more = statements[answered:]
    assert _searches(more) == 0, more
    assert _searches(statements) == searched  # the search ran once, for the command
    print(
        f"/whosaid ceasefire: {answered} SQL statements ({searched} full-text searches); "
        f"More: {len(more)} statements ({_searches(more)} searches)"
    )


def test_more_builds_the_answer_again_once_its_cursor_is_unknown(
    slack_store: Store, tmp_path: Path, slack: MockSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A button from before a restart (or after the cache let the answer go) still works."""
    monkeypatch.setattr("handlers.render.answers.PAGE_QUOTES", 1)
    app = build_app(slack_settings(slack), open_store(copy_store(slack_store, tmp_path / "q.db")))
    body = command_body(slack, "/whosaid", "ceasefire")
    assert app.dispatch(BoltRequest(body=body, headers=signed_headers(body))).status == 200
    first = slack.wait_for(lambda m: m.of("/response_url/whosaid"))[0]
    value = json.loads(buttons(first)[MORE_ACTION])
    assert value["a"], "the button carries the answer's cursor"
    body = action_body(slack, MORE_ACTION, json.dumps({**value, "a": "expired"}))
    assert app.dispatch(BoltRequest(body=body, headers=signed_headers(body))).status == 200
    second = slack.wait_for(lambda m: m.of("/response_url/action"))[0]
    assert "Page 2 of 4" in texts_of(second)
