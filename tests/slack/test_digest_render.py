"""A digest as Slack messages: a big digest stays within Block Kit's limits (checked by
slack_sdk.models) over a bounded number of thread replies, and hostile text is escaped."""

from __future__ import annotations

import json

from ask.digest import Digest
from ask.views import ArticleRef, QuoteView
from handlers.render.digest import MAX_THREAD_MESSAGES, digest_messages, preview_message
from tests.slack.test_blocks import FORBIDDEN, validate_message

HOSTILE = "<!channel> <!everyone> <@U0ADMIN> read <https://evil.example|this> & more"


def big_digest() -> Digest:
    articles = [
        ArticleRef(n, f"Article {n} {HOSTILE}", f"https://news.example/{n}?a=1&b=<x>", None, "Wire")
        for n in range(80)
    ]
    quotes = []
    for n in range(200):
        size = 7000 if n % 25 == 0 else 300
        text = f"quote {n} {HOSTILE} " + "words " * (size // 6)
        speaker = f"Speaker {n % 30} {HOSTILE}" if n % 17 else None
        quotes.append(
            QuoteView(
                n,
                speaker,
                "Minister",
                "Ministry",
                "officials",
                "direct",
                "said",
                text,
                0,
                1,
                n,
                articles[n % 80],
            )  # fmt: skip
        )
    people = [{"name": f"Speaker {n} {HOSTILE}", "title": "Envoy", "org": None} for n in range(10)]
    return Digest(
        topic=f"harbour {HOSTILE}",
        searched="quotes about harbour",
        after=0,
        through=80,
        article_count=80,
        articles=articles[:30],
        quotes=quotes[:40],
        quote_count=200,
        new_people=people,
    )


def test_a_big_digest_stays_within_slack_limits_and_is_escaped() -> None:
    digest = big_digest()
    messages = digest_messages(digest, f"Digest #1 {HOSTILE}")
    payloads = [messages.headline.payload()] + [m.payload() for m in messages.thread]
    assert 2 <= len(messages.thread) <= MAX_THREAD_MESSAGES
    for payload in payloads:
        validate_message(payload)
    posted = json.dumps(payloads, ensure_ascii=False)
    for forbidden in FORBIDDEN:
        assert forbidden not in posted
    assert "&lt;!channel&gt;" in posted
    headline = json.dumps(messages.headline.payload())
    assert "80 new articles" in headline and "200 new quotes" in headline
    thread = json.dumps([m.payload() for m in messages.thread])
    assert "more quotes" in thread and "and 50 more articles" in thread
    assert "Newly in the news" in thread and "https://news.example/3?a=1&amp;b=%3Cx%3E" in thread
    preview = preview_message(digest, "Digest #1").payload()
    validate_message(preview)
    assert "nothing was posted" in json.dumps(preview)


def test_an_empty_digest_is_one_short_message() -> None:
    empty = Digest(topic=None, searched="everything new", after=5, through=5, article_count=0)
    messages = digest_messages(empty, "Digest #2")
    assert messages.thread == []
    validate_message(messages.headline.payload())
    assert "Nothing new since the last digest" in json.dumps(messages.headline.payload())
