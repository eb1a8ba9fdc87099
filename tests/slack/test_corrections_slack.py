"""Corrections in Slack, through signed requests to the real `newsbrief serve --http` (its own
process) and the loopback mock of the Web API: each quote of an answer has a menu ("Wrong
speaker" / "Not a quote"); an admin's choice applies at once, a reporter's goes to the
admins (a DM with Approve / Reject) and applies when one approves; the reporter is told."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from spacy.language import Language

from handlers.render.corrections import (
    APPROVE_ACTION,
    CORRECT_ACTION,
    SPEAKER_BLOCK,
    SPEAKER_INPUT,
    SPEAKER_VIEW,
)
from sources.files import iter_paths
from storage.db import Store, open_store
from tests.conftest import DATA
from tests.slack.conftest import copy_store, start_serve
from tests.slack_mock import MockSlack, everything_posted, texts_of
from tests.slack_requests import (
    FORM,
    JSON,
    command_body,
    event_body,
    post,
    signed_headers,
    trigger_id,
)
from work.ingest.pipeline import Ingestor

ADMIN, REPORTER = "U0ADMIN", "U0REPORTER"
SIGN = "No swimming near the dredger"
DAYTIME = "Daytime traffic comes first"


@dataclass
class Bot:
    url: str
    db: Path

    def speaker_of(self, words: str) -> list[str | None]:
        with sqlite3.connect(self.db) as conn:
            rows = conn.execute("SELECT speaker FROM quotes WHERE text LIKE ?", [f"%{words}%"])
            return [r[0] for r in rows.fetchall()]

    def corrections(self) -> list[tuple[str, str, str, str | None]]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(
                "SELECT action, status, actor, decided_by FROM corrections ORDER BY id"
            ).fetchall()


@pytest.fixture(scope="module")
def bot(
    tmp_path_factory: pytest.TempPathFactory,
    slack_store: Store,
    mock_server: MockSlack,
    nlp: Language,
) -> Iterator[Bot]:
    """`newsbrief serve --http` on a store with the Tessaly Bay articles; NEWSBRIEF_ADMINS
    names only U0ADMIN."""
    workdir = tmp_path_factory.mktemp("corrections")
    db = copy_store(slack_store, workdir / "bot.db")
    store = open_store(db)
    report = Ingestor(store, "unused", nlp=nlp).run(iter_paths([str(DATA / "corrections")]))
    assert report.ingested == 2, report.failures
    store.close()
    served = start_serve(db, workdir, mock_server, NEWSBRIEF_ADMINS=ADMIN)
    yield Bot(served.url, db)
    served.stop()
    assert "Traceback" not in served.stderr.read_text()


def _send(bot: Bot, payload: dict[str, Any]) -> tuple[int, str]:
    body = urlencode({"payload": json.dumps(payload)})
    status, text, _ = post(bot.url + "/slack/events", body, signed_headers(body), FORM)
    return status, text


def _base(slack: MockSlack, user: str, channel: str, kind: str) -> dict[str, Any]:
    return {
        "type": kind,
        "team": {"id": "T0NEWS"},
        "user": {"id": user, "team_id": "T0NEWS"},
        "api_app_id": "A0NEWS",
        "trigger_id": trigger_id(),
        "container": {"type": "message", "channel_id": channel, "is_ephemeral": True},
        "channel": {"id": channel, "name": channel.lower()},
        "response_url": slack.response_url(f"{kind}-{user}"),
    }


def choose(bot: Bot, slack: MockSlack, user: str, value: str) -> None:
    """`user` picks an option of a quote's overflow menu."""
    payload = _base(slack, user, "C0NEWSDESK", "block_actions")
    option = {"text": {"type": "plain_text", "text": "x"}, "value": value}
    payload["actions"] = [
        {
            "type": "overflow",
            "action_id": CORRECT_ACTION,
            "block_id": "q",
            "selected_option": option,
        }
    ]
    assert _send(bot, payload)[0] == 200


def click(bot: Bot, slack: MockSlack, user: str, action_id: str, value: str) -> None:
    """`user` clicks a button in their DM with the bot."""
    payload = _base(slack, user, f"D0{user[2:]}", "block_actions")
    payload["actions"] = [{"type": "button", "action_id": action_id, "value": value}]
    assert _send(bot, payload)[0] == 200


def _responses(slack: MockSlack, user: str) -> list[str]:
    return [
        texts_of(c) for c in slack.calls if c.path.startswith(f"/response_url/block_actions-{user}")
    ]


def menu_values(bot: Bot, slack: MockSlack, topic: str) -> dict[str, str]:
    """/whosaid TOPIC as the reporter: each quote's words -> its menu's "Not a quote"."""
    body = command_body(slack, "/whosaid", topic)
    assert post(bot.url + "/slack/events", body, signed_headers(body), FORM)[0] == 200
    [answer] = slack.wait_for(lambda m: m.answers())
    menus: dict[str, str] = {}
    for block in answer.body["blocks"]:
        accessory = block.get("accessory") or {}
        if accessory.get("action_id") == CORRECT_ACTION:
            labels = [o["text"]["text"] for o in accessory["options"]]
            assert labels == ["Wrong speaker", "Not a quote"]
            menus[block["text"]["text"]] = accessory["options"][1]["value"]
    return menus


def _value(menus: dict[str, str], words: str, kind: str) -> str:
    [value] = [v for text, v in menus.items() if words in text.replace("\u200b", "")]
    return value.replace("hide:", f"{kind}:")


def test_an_admins_not_a_quote_applies_at_once(bot: Bot, slack: MockSlack) -> None:
    menus = menu_values(bot, slack, "swimming")
    slack.reset()
    assert bot.speaker_of(SIGN)  # stored, and in the answer
    choose(bot, slack, ADMIN, _value(menus, SIGN, "hide"))
    slack.wait_for(lambda m: _responses(m, ADMIN))
    assert "applied" in _responses(slack, ADMIN)[0]
    assert bot.speaker_of(SIGN) == []
    assert ("hide", "applied", f"slack:{ADMIN}", f"slack:{ADMIN}") in bot.corrections()
    assert not slack.of("chat.postMessage")  # nobody to ask
    slack.reset()
    assert SIGN not in json.dumps(menu_values(bot, slack, "swimming"))


def test_a_reporters_wrong_speaker_waits_for_an_admin(bot: Bot, slack: MockSlack) -> None:
    menus = menu_values(bot, slack, "dredging")
    slack.reset()
    choose(bot, slack, REPORTER, _value(menus, DAYTIME, "speaker"))
    [opened] = slack.wait_for(lambda m: m.of("views.open"))
    view = (
        json.loads(opened.body["view"])
        if isinstance(opened.body["view"], str)
        else opened.body["view"]
    )
    assert view["callback_id"] == SPEAKER_VIEW and "Ingrid Vosk" in json.dumps(view)

    submission = _base(slack, REPORTER, "C0NEWSDESK", "view_submission")
    for key in ("container", "channel", "response_url"):
        submission.pop(key)
    state = {SPEAKER_BLOCK: {SPEAKER_INPUT: {"type": "plain_text_input", "value": "Marta Lind"}}}
    submission["view"] = {**view, "id": "V0CORR", "state": {"values": state}}
    status, reply = _send(bot, submission)
    assert status == 200 and json.loads(reply)["response_action"] == "update"
    assert "sent to the newsbrief admins for approval" in reply
    [asked] = slack.wait_for(lambda m: m.posted_to(ADMIN))
    assert "Marta Lind" in texts_of(asked) and f"<@{REPORTER}>" in texts_of(asked)
    blocks = asked.body["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    [approve] = [e for e in blocks[-1]["elements"] if e["action_id"] == APPROVE_ACTION]
    assert bot.speaker_of(DAYTIME) == ["Ingrid Vosk"]  # not yet

    click(bot, slack, REPORTER, APPROVE_ACTION, approve["value"])  # not theirs to approve
    slack.wait_for(lambda m: _responses(m, REPORTER))
    assert "only newsbrief admins" in _responses(slack, REPORTER)[0]
    assert bot.speaker_of(DAYTIME) == ["Ingrid Vosk"]

    click(bot, slack, ADMIN, APPROVE_ACTION, approve["value"])
    [told] = slack.wait_for(lambda m: m.posted_to(REPORTER))
    assert "approved and applied" in texts_of(told) and f"<@{ADMIN}>" in texts_of(told)
    assert "approved" in _responses(slack, ADMIN)[0]
    assert bot.speaker_of(DAYTIME) == ["Marta Lind"]
    assert ("reassign", "applied", f"slack:{REPORTER}", f"slack:{ADMIN}") in bot.corrections()


def test_a_rejected_correction_changes_nothing_and_reaches_slack_escaped(
    bot: Bot, slack: MockSlack
) -> None:
    menus = menu_values(bot, slack, "vote")  # the hostile article: <!channel>, <!everyone>
    slack.reset()
    choose(bot, slack, REPORTER, _value(menus, "rigged", "hide"))
    [asked] = slack.wait_for(lambda m: m.posted_to(ADMIN))
    [reply] = slack.wait_for(lambda m: _responses(m, REPORTER))
    assert "sent to the newsbrief admins" in reply
    blocks = asked.body["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    [reject] = [e for e in blocks[-1]["elements"] if e["action_id"] != APPROVE_ACTION]
    home = {"type": "app_home_opened", "user": ADMIN, "channel": "D0ADMIN", "tab": "home"}
    body = event_body(home, f"Ev{time.time_ns()}")
    assert post(bot.url + "/slack/events", body, signed_headers(body), JSON)[0] == 200
    [published] = slack.wait_for(lambda m: m.of("views.publish"))
    assert "*1* waiting for your approval" in json.dumps(published.body, ensure_ascii=False)
    assert "corrections this week" in json.dumps(published.body, ensure_ascii=False)
    click(bot, slack, ADMIN, reject["action_id"], reject["value"])
    [told] = slack.wait_for(lambda m: m.posted_to(REPORTER))
    assert "rejected by" in texts_of(told)
    assert bot.speaker_of("rigged") == ["Maria Jensen"]
    assert ("hide", "rejected", f"slack:{REPORTER}", f"slack:{ADMIN}") in bot.corrections()
    posted = everything_posted(slack)
    for raw in ("<!channel>", "<!everyone>", "<https://evil"):
        assert raw not in posted
