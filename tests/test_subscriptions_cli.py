"""`newsbrief subscriptions add|remove|list`: digests subscribed without Slack's UI, read and
answered as /digest is, seen by /digest list in the channel and by the bot's digest jobs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.db import open_store
from tests.conftest import invoke
from work.commands import run_command
from work.digests.parse import USAGE
from work.permissions import SLASH, Actor
from work.settings import Settings


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "subs.db"


def _subs(db: Path) -> list[dict[str, object]]:
    result = invoke("--db", str(db), "subscriptions", "list", "--json")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.output))


def test_add_list_remove(db: Path) -> None:
    added = invoke(
        "--db", str(db), "subscriptions", "add", "--channel", "C0123", "daily", "08:00",
        "Europe/London", "water", "rationing",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert added.output.startswith("Subscribed channel C0123 to digest #1 about water rationing:")
    assert "daily at 08:00 (Europe/London)" in added.output
    assert "invite me to that channel (/invite @newsbrief)" in added.output
    every = invoke("--db", str(db), "subscriptions", "add", "--channel", "#CDESK", "every", "6h",
                   "--empty")  # fmt: skip
    assert every.exit_code == 0 and "digest #2" in every.output
    subs = _subs(db)
    assert [(s["channel"], s["kind"], s["zone"], s["topic"], s["post_empty"]) for s in subs] == [
        ("C0123", "daily", "Europe/London", "water rationing", False),
        ("CDESK", "every", "UTC", None, True),
    ]
    # The channel sees it in Slack, as if made there.
    store = open_store(db)
    settings = Settings.from_env({}, dotenv_path=None)
    there = run_command(
        store, "/digest", "list", actor=Actor.slack(SLASH, "U1", "C0123"), settings=settings
    )
    store.close()
    assert "#1" in there.text and "about water rationing" in there.text and "#2" not in there.text
    # The same one again is not made twice.
    again = invoke("--db", str(db), "subscriptions", "add", "--channel", "C0123", "daily",
                   "08:00", "Europe/London", "water rationing")  # fmt: skip
    assert "Channel C0123 already has that digest (#1" in again.output and len(_subs(db)) == 2
    text = invoke("--db", str(db), "subscriptions", "list", "--channel", "CDESK").output
    assert "#2" in text and "#1 " not in text
    removed = invoke("--db", str(db), "subscriptions", "remove", "1")
    assert removed.exit_code == 0
    assert removed.output.startswith("Unsubscribed: digest #1 (daily at 08:00 (Europe/London))")
    assert [s["id"] for s in _subs(db)] == [2]
    gone = invoke("--db", str(db), "subscriptions", "remove", "1")
    assert gone.exit_code == 1 and "There is no digest #1" in gone.output
    # The bare group still lists, as before.
    assert "channel CDESK" in invoke("--db", str(db), "subscriptions").output


def test_add_refuses_what_digest_refuses(db: Path) -> None:
    bad = invoke("--db", str(db), "subscriptions", "add", "--channel", "C0123", "daily", "25:99",
                 "Mars/Olympus")  # fmt: skip
    assert bad.exit_code == 2
    assert "25:99 is not a time of day" in bad.output
    assert "Mars/Olympus is not a time zone I know" in bad.output
    assert USAGE in bad.output
    for words, reason in (
        (["weekly", "08:00"], "weekly is not a schedule"),
        (["daily", "08:00", "EST"], "EST is an abbreviation"),
        (["every", "0h"], "every"),
    ):
        refused = invoke("--db", str(db), "subscriptions", "add", "--channel", "C0123", *words)
        assert refused.exit_code == 2 and reason in refused.output, refused.output
    not_id = invoke("--db", str(db), "subscriptions", "add", "--channel", "general", "daily",
                    "08:00")  # fmt: skip
    assert not_id.exit_code == 2 and "is not a Slack channel id" in not_id.output
    assert "Traceback" not in bad.output + not_id.output
    assert not db.exists()  # refused before anything was stored
