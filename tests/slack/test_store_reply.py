"""A damaged store in Slack: a short reply to the user, one line in the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from slack_bolt import BoltRequest

from bot.slack_app import build_app
from storage.db import Store, StoreCorrupt, open_store
from tests.slack.conftest import copy_store, slack_settings
from tests.slack_mock import MockSlack
from tests.slack_requests import command_body, signed_headers
from tests.test_store_errors import corrupt_pages


def test_slack_gets_a_short_reply_from_a_damaged_store(
    seeded_store: Store, tmp_path: Path, slack: MockSlack, caplog: pytest.LogCaptureFixture
) -> None:
    db = copy_store(seeded_store, tmp_path / "bot.db")
    corrupt_pages(db, ("articles", "quotes"), 0)
    app = build_app(slack_settings(slack), open_store(db))
    body = command_body(slack, "/whosaid", "water")
    with caplog.at_level(logging.ERROR, logger="handlers.errors"):
        assert app.dispatch(BoltRequest(body=body, headers=signed_headers(body))).status == 200
        told = slack.wait_for(lambda m: m.of("/response_url/whosaid"))[0]
    assert told.body["text"] == StoreCorrupt.reply
    assert "is damaged" in caplog.text and "Traceback" not in caplog.text
