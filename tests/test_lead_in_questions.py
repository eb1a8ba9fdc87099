"""Reporters put the subject first and the question after a dash or a colon ("calderbrook
fire - what did the neighbours say?", "bin strike: who said what?"): the question is about
that subject unless it names its own topic (ask/intents.py `_led_question`)."""

from __future__ import annotations

import pytest

from ask.intents import WHAT_DID_X_SAY, WHO_SAID_WHAT, parse_question


@pytest.mark.parametrize(
    "question, intent, topic, speaker",
    [
        (
            "calderbrook fire - what did the neighbours say?",
            WHAT_DID_X_SAY,
            "calderbrook fire",
            "the neighbours",
        ),
        ("bin strike: who said what?", WHO_SAID_WHAT, "bin strike", None),
        ("Bin strike \u2014 who criticised it?", WHO_SAID_WHAT, "bin strike", None),
        # its own topic wins: the detour, in the story of the closure
        (
            "bridge closure: what did Halden say about the detour?",
            WHAT_DID_X_SAY,
            "the detour",
            "halden",
        ),
        # "who's spoken out?" names no topic of its own: "out" is the verb's
        ("touchline abuse - who's spoken out?", WHO_SAID_WHAT, "touchline abuse", None),
        # whoever was told, with or without an article: the teller's words
        ("what did the Brackley head tell parents?", WHAT_DID_X_SAY, None, "the brackley head"),
        ("what did the mayor tell MPs about the cuts", WHAT_DID_X_SAY, "the cuts", "the mayor"),
        # a hyphen inside a word is no dash
        ("who said what about the state-owned bank", WHO_SAID_WHAT, "the state-owned bank", None),
    ],
)
def test_a_subject_set_before_the_question(
    question: str, intent: str, topic: str, speaker: str | None
) -> None:
    query = parse_question(question, tz="UTC")
    assert (query.intent, query.topic, query.speaker) == (intent, topic, speaker)


def test_the_time_words_of_a_led_question_still_count() -> None:
    query = parse_question("ceasefire - who said what this week?", tz="UTC")
    assert query.topic == "ceasefire" and query.period is not None
