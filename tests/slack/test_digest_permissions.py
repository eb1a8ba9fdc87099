"""Who may see and change digest subscriptions (work.permissions), through signed requests to
the real `newsbrief serve --http` in its own process, Slack being the loopback mock: a user
sees and changes the subscriptions of the channel they are in, only admins all of them, and
a DM is in no channel."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage.db import Store, open_store
from storage.digests import NewSubscription, create_subscription
from tests.slack.conftest import copy_store, in_channel, start_serve
from tests.slack_mock import MockSlack, texts_of
from tests.slack_requests import FORM, JSON, command_body, event_body, post, signed_headers
from work.digests.commands import run_digest
from work.digests.parse import parse_digest
from work.permissions import BUTTON, CONSOLE, DM, MENTION, Actor
from work.settings import Settings

ADMIN, REPORTER, EDITOR = "U0ADMIN", "U0REPORTER", "U0EDITOR"
PRIVATE = "G0PRIVATEDESK"  # a private channel the reporter is not in
TOPIC = "secret-merger"


def _subscribe(store: Store, channel: str, topic: str) -> int:
    # due twelve hours from now: the served bot's scheduler posts no digest during the tests
    # (a fixed "08:00" made it post one, beside the reply, when the suite ran just after 08:00)
    at = (datetime.now(UTC) + timedelta(hours=12)).strftime("%H:%M")
    new = NewSubscription(channel, "daily", at, None, "UTC", topic, False, EDITOR)
    return create_subscription(store, new, "2025-06-01T00:00:00+00:00", "2025-06-01").id


@dataclass
class Bot:
    url: str
    db: Path
    private_id: int
    desk_id: int

    def exists(self, subscription_id: int) -> bool:
        with sqlite3.connect(self.db) as conn:
            row = conn.execute(
                "SELECT 1 FROM digest_subscriptions WHERE id = ?", [subscription_id]
            ).fetchone()
        return row is not None


@pytest.fixture(scope="module")
def bot(
    tmp_path_factory: pytest.TempPathFactory, slack_store: Store, mock_server: MockSlack
) -> Iterator[Bot]:
    """`newsbrief serve --http` on a store with a digest in a private channel and one in
    #newsdesk; NEWSBRIEF_ADMINS names only U0ADMIN."""
    workdir = tmp_path_factory.mktemp("perm")
    db = copy_store(slack_store, workdir / "bot.db")
    store = open_store(db)
    private_id = _subscribe(store, PRIVATE, TOPIC)
    desk_id = _subscribe(store, "C0NEWSDESK", "harbour")
    store.close()
    served = start_serve(db, workdir, mock_server, NEWSBRIEF_ADMINS=ADMIN)
    yield Bot(served.url, db, private_id, desk_id)
    served.stop()


def _dm(bot: Bot, slack: MockSlack, user: str, text: str) -> str:
    """Send a DM from `user`; the bot's reply in the DM."""
    channel = f"D0{user[2:]}"
    event = {"type": "message", "channel_type": "im", "channel": channel, "user": user}
    event |= {"text": text, "ts": f"{time.time():.6f}"}
    body = event_body(event, f"Ev{time.time_ns()}")
    assert post(bot.url + "/slack/events", body, signed_headers(body), JSON)[0] == 200
    [reply] = slack.wait_for(lambda m: m.of("chat.postMessage"))
    assert reply.body["channel"] == channel
    return texts_of(reply)


def test_a_dm_unsubscribe_of_another_channels_digest_is_refused(bot: Bot, slack: MockSlack) -> None:
    reply = _dm(bot, slack, REPORTER, f"/digest unsubscribe {bot.private_id}")
    assert "in the channel whose digests you mean" in reply
    assert "Unsubscribed" not in reply and PRIVATE not in reply
    assert bot.exists(bot.private_id)


def test_a_dm_list_reveals_no_channel(bot: Bot, slack: MockSlack) -> None:
    reply = _dm(bot, slack, REPORTER, "/digest list")
    assert "/digest list" in reply and "in the channel" in reply
    for secret in (PRIVATE, TOPIC, "harbour", f"#{bot.private_id}"):
        assert secret not in reply


def test_a_mention_cannot_touch_another_channels_digest(bot: Bot, slack: MockSlack) -> None:
    event = {"type": "app_mention", "channel": "C0NEWSDESK", "user": REPORTER}
    event |= {"text": f"<@U0BOT> /digest unsubscribe {bot.private_id}", "ts": "1700000300.1"}
    body = event_body(event, f"Ev{time.time_ns()}")
    assert post(bot.url + "/slack/events", body, signed_headers(body), JSON)[0] == 200
    [reply] = slack.wait_for(lambda m: m.of("chat.postMessage"))
    assert f"There is no digest #{bot.private_id} in this channel" in texts_of(reply)
    assert bot.exists(bot.private_id)
    slack.reset()
    event |= {"text": "<@U0BOT> /digest list", "ts": "1700000300.2"}
    body = event_body(event, f"Ev{time.time_ns()}")
    assert post(bot.url + "/slack/events", body, signed_headers(body), JSON)[0] == 200
    [listed] = slack.wait_for(lambda m: m.of("chat.postMessage"))
    text = texts_of(listed)
    assert f"#{bot.desk_id}" in text and "harbour" in text  # its own channel's
    assert PRIVATE not in text and TOPIC not in text


def test_the_slash_command_in_the_channel_still_works(bot: Bot, slack: MockSlack) -> None:
    body = command_body(slack, "/digest", "list", user=REPORTER, channel=PRIVATE)
    assert post(bot.url + "/slack/events", body, signed_headers(body), FORM)[0] == 200
    [answer] = slack.wait_for(lambda m: m.of("/response_url/digest"))
    assert f"#{bot.private_id}" in texts_of(answer) and TOPIC in texts_of(answer)


def test_an_admin_sees_and_changes_every_channels_digests(bot: Bot, slack: MockSlack) -> None:
    listed = _dm(bot, slack, ADMIN, "/digest list")
    assert PRIVATE in listed and "C0NEWSDESK" in listed
    slack.reset()
    done = _dm(bot, slack, ADMIN, f"/digest unsubscribe {bot.desk_id}")
    assert f"Unsubscribed: digest #{bot.desk_id}" in done
    assert not bot.exists(bot.desk_id) and bot.exists(bot.private_id)


# In process: the rule itself, on every surface.


def test_the_one_rule_on_every_surface(slack_store: Store, tmp_path: Path) -> None:
    store = open_store(copy_store(slack_store, tmp_path / "rule.db"))
    private = _subscribe(store, PRIVATE, TOPIC)
    settings = Settings(admins=frozenset({ADMIN}))

    def say(actor: Actor, line: str) -> str:
        return run_digest(store, settings, parse_digest(line), actor=actor).text

    unsubscribe = f"unsubscribe {private}"
    for actor in (
        Actor.slack(DM, REPORTER, "D0REPORTER"),
        Actor.slack(MENTION, REPORTER, "C0NEWSDESK"),
        Actor.slack(BUTTON, REPORTER, "C0NEWSDESK"),
        in_channel("C0NEWSDESK", REPORTER),
        in_channel(PRIVATE, None),  # no user id: nobody, not an admin
        Actor.slack(MENTION, REPORTER, "D0REPORTER"),  # a DM channel is no channel
    ):
        assert not say(actor, unsubscribe).startswith("Unsubscribed"), actor
        assert PRIVATE not in say(actor, "list") and TOPIC not in say(actor, "list"), actor
    assert store.db.execute("SELECT count(*) FROM digest_subscriptions").fetchone()[0] == 1
    console = Actor.console()
    assert console.surface == CONSOLE and PRIVATE in say(console, "list")
    assert say(in_channel(PRIVATE, REPORTER), unsubscribe).startswith("Unsubscribed")


def test_the_app_home_shows_a_non_admin_only_the_digests_they_made(
    slack_store: Store, tmp_path: Path
) -> None:
    import json

    from handlers.home.sections import home_blocks

    store = open_store(copy_store(slack_store, tmp_path / "home.db"))
    _subscribe(store, PRIVATE, TOPIC)  # made by the editor
    settings = Settings(admins=frozenset({ADMIN}))
    reporter = json.dumps(home_blocks(store, REPORTER, settings))
    assert PRIVATE not in reporter and TOPIC not in reporter
    editor = json.dumps(home_blocks(store, EDITOR, settings))
    assert PRIVATE in editor and "(yours)" in editor
    assert PRIVATE in json.dumps(home_blocks(store, ADMIN, settings))
