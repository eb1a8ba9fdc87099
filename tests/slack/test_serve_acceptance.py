"""Issue 5's acceptance, as the outside harness runs it: the real `newsbrief --db DB serve
--http --port P` in its own process, SLACK_API_URL pointing at a mock Web API on loopback,
signed requests over HTTP."""

from __future__ import annotations

import json
import sqlite3
import time

from tests.slack.conftest import Bot, healthy
from tests.slack_mock import MockSlack, everything_posted, texts_of
from tests.slack_requests import FORM, JSON, command_body, event_body, post, signed_headers


def _command(bot: Bot, mock: MockSlack, command: str, text: str) -> tuple[int, float]:
    body = command_body(mock, command, text)
    status, _, took = post(bot.events, body, signed_headers(body), FORM)
    return status, took


def test_forged_and_stale_requests_get_401(bot: Bot, slack: MockSlack) -> None:
    body = command_body(slack, "/whosaid", "ceasefire")
    assert post(bot.events, body, {}, FORM)[0] == 401
    wrong = signed_headers(body, secret="not-the-signing-secret")
    assert post(bot.events, body, wrong, FORM)[0] == 401
    stale = signed_headers(body, timestamp=int(time.time()) - 600)
    assert post(bot.events, body, stale, FORM)[0] == 401
    tampered = signed_headers(body)
    assert post(bot.events, body.replace("ceasefire", "vote"), tampered, FORM)[0] == 401
    time.sleep(0.5)
    assert slack.answers() == []


def test_whosaid_ceasefire_is_acked_at_once_then_answered_in_blocks(
    bot: Bot, slack: MockSlack
) -> None:
    status, took = _command(bot, slack, "/whosaid", "ceasefire")
    assert status == 200
    assert took < 3.0
    answer = slack.wait_for(lambda m: m.of("/response_url/whosaid"))[0]
    assert answer.body["response_type"] == "ephemeral"
    blocks = json.dumps(answer.body["blocks"], ensure_ascii=False)
    for name in ("Najib Mikati", "Naim Qassem", "Taher al-Nunu"):
        assert name in blocks
    for words in ("in the coming hours or days", "temporary pause", "appropriate and suitable"):
        assert words in blocks
    assert "Amos Hochstein" not in blocks and "Brett McGurk" not in blocks
    assert answer.body["text"]


def test_dm_is_answered_once_even_when_slack_retries(bot: Bot, slack: MockSlack) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": "D0REPORTER",
        "user": "U0REPORTER",
        "text": "who said what about the ceasefire?",
        "ts": "1700000100.000100",
    }
    body = event_body(event, "Ev0DMCEASEFIRE")
    assert post(bot.events, body, signed_headers(body), JSON)[0] == 200
    posted = slack.wait_for(lambda m: m.of("chat.postMessage"))
    assert posted[0].body["channel"] == "D0REPORTER"
    assert "Taher al-Nunu" in texts_of(posted[0])
    retry = {**signed_headers(body), "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "timeout"}
    assert post(bot.events, body, retry, JSON)[0] == 200
    time.sleep(1.5)
    assert len(slack.of("chat.postMessage")) == 1


def test_mention_is_answered_in_its_thread(bot: Bot, slack: MockSlack) -> None:
    event = {
        "type": "app_mention",
        "channel": "C0NEWSDESK",
        "user": "U0REPORTER",
        "text": "<@U0BOT> what did Qassem say?",
        "ts": "1700000200.000200",
    }
    body = event_body(event, "Ev0MENTION")
    assert post(bot.events, body, signed_headers(body), JSON)[0] == 200
    posted = slack.wait_for(lambda m: m.of("chat.postMessage"))[0]
    assert posted.body["channel"] == "C0NEWSDESK"
    assert posted.body["thread_ts"] == "1700000200.000200"
    assert "appropriate and suitable" in texts_of(posted)


def test_hostile_quote_is_escaped(bot: Bot, slack: MockSlack) -> None:
    assert _command(bot, slack, "/whosaid", "vote")[0] == 200
    answer = slack.wait_for(lambda m: m.of("/response_url/whosaid"))[0]
    shown = texts_of(answer)
    assert "Maria Jensen" in shown
    assert "&lt;!channel&gt;" in shown and "&lt;https://evil.example|link&gt;" in shown
    posted = everything_posted(slack)
    for forbidden in ("<!channel>", "<!everyone>", "<!here>", "<https://evil", "<@U0ADMIN>"):
        assert forbidden not in posted


HOSTILE_QUERIES = [
    '"ceasefire',
    "ceasefire AND OR NOT",
    "NEAR(a b",
    "*",
    "' OR 1=1 --",
    "truce\x00; DROP TABLE articles",
    "<!channel> <@U0ADMIN> &amp; <https://evil.example|x>",
    "\U0001f525" * 50,
    "x" * 5000,
]


def test_hostile_search_syntax_is_answered_and_the_bot_stays_up(bot: Bot, slack: MockSlack) -> None:
    for index, text in enumerate(HOSTILE_QUERIES):
        assert _command(bot, slack, "/whosaid", text)[0] == 200, text
        slack.wait_for(lambda m, n=index + 1: len(m.of("/response_url/whosaid")) >= n)
    assert healthy(bot.url)
    assert bot.process.poll() is None
    posted = everything_posted(slack)
    assert "<!channel>" not in posted and "<https://evil" not in posted
    with sqlite3.connect(bot.db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    # Still answering properly afterwards.
    assert _command(bot, slack, "/whosaid", "ceasefire")[0] == 200
    slack.wait_for(lambda m: len(m.of("/response_url/whosaid")) > len(HOSTILE_QUERIES))
