"""Everything said in a time window: "who said what on Tuesday", "what was said yesterday",
"any quotes from this morning", "who was quoted last week". A reporter who names a day and
no topic asks for the day's remarks: every statement the stories of the window report,
with the remarks the stories of the days after it date to it ("said on Tuesday", "said
yesterday" in Wednesday's paper; ask/said_days.py), less those their article dates to
another day: by their own sentence ("said last week"), else by the occasion its opening names
("The board voted on Monday night ..." in Tuesday's paper). With no topic to narrow it, the
day a remark was made is the answer's only filter. The words such a question may hold besides
its time words are data (ask/data/window_words.json)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ask.asking import Ask
from ask.data_files import ask_data
from ask.intents import WHO_SAID_WHAT
from ask.said_days import dated_outside
from ask.search import Found, FoundList
from ask.views import Answer
from ask.when import Period, find_period
from storage.newsmakers import quotes_in_sources, statements_in_sources

_WORDS = ask_data("window_words.json")
ASKING = frozenset(_WORDS["asking_words"])
SPEECH = frozenset(_WORDS["speech_words"])


def asks_everything(question: str, period: Period | None) -> bool:
    """Whether a question with a time window asks for everything said in it: besides its
    time words it holds only words of asking and at least one of speech."""
    if period is None:
        return False
    text = question.lower().replace("\u2019", "'")
    _, rest = find_period(text, datetime.now(UTC))
    words = re.findall(r"[\w']+", rest)
    return any(w in SPEECH for w in words) and all(w in ASKING or w in SPEECH for w in words)


def _read(ask: Ask, since: str | None, until: str | None, nearest: bool) -> list[Found]:
    """The quotes of the articles in [since, until), newest first; `nearest`: oldest first
    (the stories just after a window are the likeliest to report its remarks)."""
    rows = quotes_in_sources(
        ask.store, [], since=since, until=until, limit=ask.reach, oldest_first=nearest
    )
    return [Found(row, "quote") for row in rows]


def window_answer(ask: Ask) -> Answer:
    """Every statement made in the question's window, as its stories date it."""
    answer = ask.answer(WHO_SAID_WHAT, None, None, "everything said")
    since, until = ask.bounds
    found = FoundList(_read(ask, since, until, nearest=False))
    read = {(f.row.article_id, f.row.attribution) for f in found}
    found.unread = max(
        0, statements_in_sources(ask.store, [], since=since, until=until) - len(read)
    )
    found = ask.with_recalled(found, lambda s, u: _read(ask, s, u, nearest=True))
    if ask.period is not None:  # a Tuesday story of Monday's meeting: not Tuesday's words
        elsewhere = dated_outside(ask.store, [f.row for f in found], ask.period)
        kept = FoundList(f for f in found if f.row.id not in elsewhere)
        kept.unread, found = found.unread, kept
    ask.show(answer, found, ranked=False)
    if not answer.quotes:
        answer.message = f"No quotes found{ask.when()}."
    return answer
