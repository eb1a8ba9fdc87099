"""Block Kit rendering: within Slack's limits (checked by slack_sdk.models), long answers
split over pages, and article text that can neither ping nor forge a link."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from ask.answer import Answer, ArticleRef, QuoteView
from ask.intents import parse_question
from handlers.home.sections import home_blocks
from handlers.render.answers import MORE_ACTION, SHARE_ACTION, answer_message, answer_pages
from handlers.render.limits import MAX_BUTTON_VALUE
from handlers.render.mrkdwn import escape, from_slack, link, safe_url
from handlers.render.paging import COMMAND, LINE, Origin, parse_value
from handlers.replies import reply_message
from storage.db import Store
from work.commands import Reply, run_command, run_line
from work.permissions import Actor
from work.settings import Settings

SETTINGS = Settings()  # the newsroom's zone UTC, as the composition root would pass
FORBIDDEN = ("<!channel>", "<!everyone>", "<!here>", "<https://evil", "<@U0ADMIN>")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# A span Slack would format: a mark at a word's start, then the same mark at a word's end. A
# zero-width space counts as neither space nor letter (Slack may read it as either).
FORMATTED = re.compile(r"(?<![\w\u200b])([*_~])(?![\s\u200b]).*?(?<![\s\u200b])\1(?![\w\u200b])")


def assert_not_formatted(text: str, *readable: str) -> None:
    """No formatting span, code or bidirectional control in article text shown in Slack,
    and its words still there to read (the zero-width spaces aside)."""
    assert not FORMATTED.search(text), FORMATTED.search(text)
    assert "`" not in text and not BIDI.search(text)
    for words in readable:
        assert words in text.replace("\u200b", "")


def validate_message(payload: dict[str, Any]) -> None:
    """What Slack would check: fallback text, at most 50 blocks, each block valid."""
    assert payload["text"].strip()
    assert 1 <= len(payload["blocks"]) <= 50
    for block in payload["blocks"]:
        Block.parse(block).validate_json()  # section 3,000, header 150, context 10, buttons
        if block["type"] == "actions":
            for element in block["elements"]:
                assert len(element["value"]) <= MAX_BUTTON_VALUE


def quote(n: int, speaker: str | None, text: str, kind: str = "direct") -> QuoteView:
    article = ArticleRef(n % 7, f"Article {n % 7}", f"https://news.example/{n % 7}", None, None)
    return QuoteView(n, speaker, "Minister", "Ministry", None, kind, "said", text, 0, 1, n, article)


def long_answer() -> Answer:
    quotes = []
    for n in range(60):
        size = 8000 if n % 10 == 0 else 400
        quotes.append(quote(n, f"Speaker {n % 13}", f"word{n} " + "lorem ipsum " * (size // 12)))
    return Answer("/whosaid everything", "who_said_what", "everything", None, "quotes", quotes)


def test_a_long_answer_is_split_over_pages_within_slack_limits() -> None:
    answer = long_answer()
    origin = Origin(COMMAND, "everything", "/whosaid")
    total = len(answer_pages(answer))
    assert total >= 8
    seen = ""
    for page in range(1, total + 1):
        message = answer_message(answer, origin, page, shareable=True).payload()
        validate_message(message)
        seen += json.dumps(message["blocks"])
        buttons = [
            e["action_id"]
            for b in message["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
        ]
        assert (MORE_ACTION in buttons) == (page < total)
        assert SHARE_ACTION in buttons
        assert f"Page {page} of {total}" in seen
    for n in range(60):
        assert f"word{n} " in seen, f"quote {n} is on no page"
    # An 8,000-character quote is spread over sections of at most 3,000 characters.
    assert "_(shortened: see the article)_" not in seen


def test_a_huge_quote_is_shortened_not_rejected() -> None:
    answer = Answer("q", "keyword", "q", None, "quotes", [quote(1, "A", "x " * 60_000)])
    message = answer_message(answer, Origin(LINE, "q")).payload()
    validate_message(message)
    assert "shortened: see the article" in json.dumps(message)


def test_more_buttons_carry_the_next_page() -> None:
    answer = long_answer()
    message = answer_message(answer, Origin(COMMAND, "everything", "/whosaid"), 1)
    more = next(
        e
        for b in message.blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == MORE_ACTION
    )
    assert parse_value(more["value"]) == (Origin(COMMAND, "everything", "/whosaid"), 2)
    assert parse_value("not json") is None
    assert parse_value('{"k": "evil", "c": "", "q": "", "p": 1}') is None


def test_button_values_stay_under_2000_characters() -> None:
    origin = Origin(LINE, "\u00e9" * 5000)
    value = origin.value(3)
    assert len(value) <= MAX_BUTTON_VALUE
    assert parse_value(value) is not None


def test_shared_answer_is_credited_and_has_no_buttons() -> None:
    answer = long_answer()
    message = answer_message(answer, Origin(LINE, "x"), 2, shared_by="U0REPORTER").payload()
    validate_message(message)
    assert all(b["type"] != "actions" for b in message["blocks"])
    assert "Shared by <@U0REPORTER>" in json.dumps(message)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!channel> now", "&lt;!channel&gt; now"),
        ("<!everyone>", "&lt;!everyone&gt;"),
        ("<@U123> hi", "&lt;@U123&gt; hi"),
        ("<https://evil.example|link>", "&lt;https://evil.example|link&gt;"),
        ("AT&T & co", "AT&amp;T &amp; co"),
        ("tell @here and @channel", "tell @\u200bhere and @\u200bchannel"),
        ("nul\x00byte", "nulbyte"),
        ("a *bold* claim", "a \u200b*\u200bbold\u200b*\u200b claim"),
        ("_it_ ~gone~", "\u200b_\u200bit\u200b_\u200b \u200b~\u200bgone\u200b~\u200b"),
        ("channel_not_found", "channel_not_found"),
        ("run `rm`", "run \u02cbrm\u02cb"),
        ("abc \u202edef\u202c \u2066g\u2069\u200f", "abc def g"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_links_only_to_web_addresses_and_never_break_out() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("/relative") is None
    assert link(None, "Title <!here>") == "Title &lt;!here&gt;"
    forged = link("https://news.example/a?x=1&y=<!channel>|forged", "A|B")
    assert forged.startswith("<https://news.example/a?x=1&amp;y=%3C!channel%3E%7Cforged|")
    assert forged.count("|") == 1 and forged.count("<") == 1 and forged.count(">") == 1


def test_what_users_type_is_decoded() -> None:
    assert from_slack("<@U0BOT> who said what about AT&amp;T?") == "who said what about AT&T?"
    assert from_slack("news in <#C123|newsdesk> on <https://a.example|the bridge>") == (
        "news in #newsdesk on the bridge"
    )


def test_the_hostile_article_renders_escaped(slack_store: Store) -> None:
    reply = run_command(slack_store, "/whosaid", "vote", actor=Actor.console(), settings=SETTINGS)
    message = reply_message(reply, Origin(COMMAND, "vote", "/whosaid"), shareable=True).payload()
    validate_message(message)
    text = json.dumps(message, ensure_ascii=False)
    assert "Maria Jensen" in text and "&lt;!channel&gt;" in text
    for forbidden in FORBIDDEN:
        assert forbidden not in text
    quoted = [b["text"]["text"] for b in message["blocks"] if "rigged" in str(b.get("text"))]
    assert quoted
    for shown in quoted:
        assert_not_formatted(shown, "the *vote* is _rigged_ and ~over~", "\u02cbrm -rf\u02cb")
    assert "proof" in text and not BIDI.search(text)


def test_every_kind_of_reply_renders_valid_blocks(slack_store: Store) -> None:
    lines = [
        "who said what about the ceasefire?",
        "who is Naim Qassem?",
        "brief me on the ceasefire",
        "what did Qassem say about the truce?",
        "what did nobody say?",
        "help",
        "",
        "/newsbrief status",
        "/newsbrief",
    ]
    for line in lines:
        reply = run_line(slack_store, line, actor=Actor.console(), settings=SETTINGS)
        message = reply_message(reply, Origin(LINE, line)).payload()
        validate_message(message)
    help_text = json.dumps(
        reply_message(
            run_command(
                slack_store, "/newsbrief", "help", actor=Actor.console(), settings=SETTINGS
            ),
            Origin(LINE, ""),
        ).payload()
    )
    assert "&lt;topic&gt;" in help_text and "<topic>" not in help_text


def test_plain_text_reply() -> None:
    message = reply_message(Reply(text="a" * 7000), Origin(LINE, "")).payload()
    validate_message(message)
    assert len(message["blocks"]) == 3


def test_profile_answer_shows_who_and_where(slack_store: Store) -> None:
    reply = run_line(slack_store, "who is Naim Qassem?", actor=Actor.console(), settings=SETTINGS)
    assert (
        reply.answer is not None
        and parse_question("who is Naim Qassem?", tz="UTC").intent == "who_is"
    )
    text = json.dumps(reply_message(reply, Origin(LINE, "")).payload())
    assert "*Naim Qassem*" in text and "In 1 article" in text


def test_home_view_is_valid_and_escaped(slack_store: Store) -> None:
    blocks = home_blocks(slack_store, "U0REPORTER")
    View(type="home", blocks=blocks).validate_json()
    text = json.dumps(blocks, ensure_ascii=False)
    assert "*2* articles" in text
    assert "Maria Jensen" in text or "Naim Qassem" in text
    assert "Harbour council delays vote &lt;!here&gt;" in text
    assert "Digests" in text and "/whosaid" in text
    for forbidden in FORBIDDEN:
        assert forbidden not in text
    titles = next(b["text"]["text"] for b in blocks if "Latest articles" in str(b))
    assert_not_formatted(titles.replace("*Latest articles*", ""), "*live*")
