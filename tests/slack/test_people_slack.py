"""`/newsbrief people [topic]` (issue 13) through signed requests to the real
`newsbrief serve --http`: the most-quoted people, with roles and quote counts, in blocks."""

from __future__ import annotations

import json
import re

from tests.slack.conftest import Bot
from tests.slack_mock import MockSlack
from tests.slack_requests import FORM, command_body, post, signed_headers


def _people(bot: Bot, mock: MockSlack, text: str) -> str:
    body = command_body(mock, "/newsbrief", text)
    assert post(bot.events, body, signed_headers(body), FORM)[0] == 200
    answer = mock.wait_for(lambda m: m.of("/response_url/newsbrief"))[0]
    return json.dumps(answer.body["blocks"], ensure_ascii=False)


_LINE = re.compile(
    r"\u2022 \*(?P<name>[^*]+)\*(?: \u2014 (?P<role>[^\u00b7]+))? \u00b7 (?P<n>\d+) quotes?"
)


def test_newsbrief_people_lists_the_most_quoted_with_roles(bot: Bot, slack: MockSlack) -> None:
    blocks = _people(bot, slack, "people")
    assert "Most quoted" in blocks and "Searched the people quoted most in the week to" in blocks
    listed = [m.groupdict() for m in _LINE.finditer(blocks)]
    assert "Naim Qassem" in [p["name"] for p in listed]
    counts = [int(p["n"]) for p in listed]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2
    assert any(p["role"] for p in listed)


def test_newsbrief_people_on_a_topic(bot: Bot, slack: MockSlack) -> None:
    blocks = _people(bot, slack, "people ceasefire")
    assert "the people quoted most about ceasefire" in blocks
    assert "Najib Mikati" in blocks and "Prime Minister" in blocks
    assert "Maria Jensen" not in blocks  # the hostile article's speaker spoke about a vote
