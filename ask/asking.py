"""A question being answered: its store, time window, size and publisher filter, and how
an answer's quotes are chosen and counted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ask.intents import Query
from ask.ordering import MAX_QUOTES, select, to_views
from ask.recalled import later, recalled_into, said_in_window
from ask.said_days import dated_into, days_later
from ask.search import Found, FoundList
from ask.speech import is_said
from ask.statements import as_statements
from ask.views import Answer
from ask.when import Period
from storage.db import Store


@dataclass(frozen=True)
class Ask:
    """A question with its time window resolved against the store."""

    store: Store
    query: Query
    period: Period | None
    limit: int = MAX_QUOTES
    sources: frozenset[str] | None = None  # a publisher filter (ask/publishers.py)

    @property
    def reach(self) -> int:
        """How many quotes to read to fill an answer of `limit` statements and count the
        rest (0: all there are, up to the ranking window; so too with a publisher filter)."""
        return max(SEARCH_QUOTES, 3 * self.limit) if self.limit and not self.sources else ALL_QUOTES

    def show(self, answer: Answer, found: list[Found], ranked: bool) -> None:
        """Set the answer's quotes (each statement once, at most `limit`) and total."""
        if self.sources is not None:  # only the publishers' articles (nothing left unread)
            found = [f for f in found if f.row.source in self.sources]
        chosen, total = select(found, ranked, self.limit)
        views = as_statements(self.store, to_views(chosen))
        shown = [view for view in views if is_said(view)]  # narration about them left out
        shown = said_in_window(self.store, shown, self.period)  # "had said in 2019": not then
        total += found.unread if isinstance(found, FoundList) else 0
        # Pieces joined into statements, repeats and narration left out: count what is shown.
        answer.total = total + len(shown) - len(chosen)
        answer.quotes = shown[: self.limit] if self.limit else shown

    def with_recalled(
        self, found: FoundList, search: Callable[[str | None, str | None], list[Found]]
    ) -> FoundList:
        """The quotes found in the window, then those the articles after it recall from a
        year the window holds whole ("what did Rundle say in 2019?": "In 2019 ... she had
        told a meeting that ...", in a story of 2026), found by the same search over the
        articles after it (ask/recalled.py); for a window of days, the remarks the stories of
        the week after it date to its days ("said on Tuesday", ask/said_days.py)."""
        if self.period is None:
            return found
        bounds, keep = later(self.period), set[int]()
        if bounds is not None:
            extra = search(*bounds)
            keep = recalled_into(self.store, [f.row for f in extra], self.period)
        else:  # "on Tuesday": the week after it, for remarks its stories date to it
            days = days_later(self.period)
            if days is None:
                return found
            extra = search(*days)
            keep = dated_into(self.store, [f.row for f in extra], self.period)
        have = {f.row.id for f in found}
        merged = FoundList([*found, *(f for f in extra if f.row.id in keep - have)])
        merged.unread = found.unread
        return merged

    @property
    def bounds(self) -> tuple[str | None, str | None]:
        return self.period.sql_bounds() if self.period else (None, None)

    def when(self) -> str:
        return f" {self.period.label}" if self.period else ""

    def answer(self, intent: str, topic: str | None, speaker: str | None, searched: str) -> Answer:
        return Answer(
            self.query.question, intent, topic, speaker, searched + self.when(), period=self.period
        )


# Quotes read for an answer of the default size, and for "all" (`limit` 0).
SEARCH_QUOTES = 200
ALL_QUOTES = 5_000
