"""The "Download CSV" button (issue 13): through signed requests to the real
`newsbrief serve --http`, the answer is uploaded as a file with files_upload_v2 to the mock
Web API on loopback (files.getUploadURLExternal, the upload URL, files.completeUploadExternal):
to the user's DM for an answer only they saw, in the thread for one in a conversation."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ask.export import COLUMNS
from handlers.render.answers import CSV_ACTION
from tests.slack.conftest import Bot
from tests.slack_files import uploaded
from tests.slack_mock import MockSlack
from tests.slack_requests import FORM, action_body, command_body, post, signed_headers


def _button(message: dict[str, Any], action_id: str) -> dict[str, Any] | None:
    for block in message.get("blocks") or []:
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if element.get("action_id") == action_id:
                return dict(element)
    return None


def _answer(bot: Bot, mock: MockSlack, text: str) -> dict[str, Any]:
    body = command_body(mock, "/whosaid", text)
    assert post(bot.events, body, signed_headers(body), FORM)[0] == 200
    return dict(mock.wait_for(lambda m: m.of("/response_url/whosaid"))[0].body)


def _click(bot: Bot, mock: MockSlack, value: str, ephemeral: bool) -> None:
    body = action_body(mock, CSV_ACTION, value, ephemeral=ephemeral)
    assert post(bot.events, body, signed_headers(body), FORM)[0] == 200


def test_download_csv_uploads_the_answer_to_the_users_dm(bot: Bot, slack: MockSlack) -> None:
    answer = _answer(bot, slack, "ceasefire")
    button = _button(answer, CSV_ACTION)
    assert button is not None and button["text"]["text"] == "Download CSV"
    _click(bot, slack, button["value"], ephemeral=True)
    content, shared = slack.wait_for(uploaded)[0]
    rows = list(csv.DictReader(io.StringIO(content, newline="")))
    assert list(rows[0]) == list(COLUMNS)
    assert {"Najib Mikati", "Naim Qassem", "Taher al-Nunu"} <= {r["speaker"] for r in rows}
    assert all(r["headline"] and r["id"].isdigit() for r in rows)
    # An ephemeral answer was for the user alone: the file goes to their DM, not the channel.
    assert slack.of("conversations.open")[0].body["users"] == "U0REPORTER"
    assert shared.body["channel_id"] == "D0REPORTER"
    assert "ceasefire" in json.dumps(shared.body)  # the file is titled with the question
    note = slack.wait_for(lambda m: [c for c in m.of("/response_url/action") if "CSV" in c.raw])
    assert "direct messages" in json.dumps(note[0].body)


def test_download_csv_from_a_thread_uploads_into_the_thread(bot: Bot, slack: MockSlack) -> None:
    button = _button(_answer(bot, slack, "ceasefire"), CSV_ACTION)
    assert button is not None
    slack.reset()
    _click(bot, slack, button["value"], ephemeral=False)
    _, shared = slack.wait_for(uploaded)[0]
    assert shared.body["channel_id"] == "C0NEWSDESK"
    assert shared.body["thread_ts"] == "1700000000.000001"
    assert not slack.of("conversations.open")


def test_no_csv_button_on_an_answer_without_quotes(bot: Bot, slack: MockSlack) -> None:
    answer = _answer(bot, slack, "zebra crossings on the moon")
    assert _button(answer, CSV_ACTION) is None
