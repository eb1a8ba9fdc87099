"""A slash command is parsed once, from its name and its text (ask.intents.parse_command): the
name gives the intent, the text its topic or subject and its time window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ask.intents import BRIEF, HELP, WHO_SAID_WHAT, parse_command
from ask.people_news import PEOPLE

NOW = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(
    "command, text, intent, topic, speaker, period",
    [
        ("/whosaid", "Ceasefire talks?", WHO_SAID_WHAT, "ceasefire talks", None, None),
        ("/whosaid", "truce this week please", WHO_SAID_WHAT, "truce", None, "this week"),
        ("/whosaid", "please", WHO_SAID_WHAT, None, None, None),  # nothing to search: usage
        ("/whosaid", "today", WHO_SAID_WHAT, None, None, "today"),
        ("/BRIEF", "Naim Qassem", BRIEF, "naim qassem", "naim qassem", None),
        ("/newsbrief", "people about taxes yesterday", PEOPLE, "taxes", None, "yesterday"),
        ("/newsbrief", "people", PEOPLE, None, None, None),
        ("/newsbrief", "status", HELP, None, None, None),
    ],
)  # fmt: skip
def test_the_name_gives_the_intent_and_the_text_the_rest(
    command: str,
    text: str,
    intent: str,
    topic: str | None,
    speaker: str | None,
    period: str | None,
) -> None:
    query = parse_command(command, text, tz="UTC", now=NOW)
    assert (query.intent, query.topic, query.speaker) == (intent, topic, speaker)
    assert (query.period.label if query.period else None) == period
    assert query.question == f"{command.lower()} {text}"
