"""What listeners need from the rest of newsbrief (the store), reached through Bolt's
`context`: listeners stay plain module-level functions, importable without an App."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storage.db import Store
from work.answers import AnswerCache
from work.settings import Settings

KEY = "newsbrief"


class Services:
    """The store, the settings and the background jobs' hook for listeners. Bolt deep-copies
    the context for lazy listeners; this object is shared instead (the store opens one
    connection per thread)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        # Answers already built, for "More" and "Share in channel" (work/answers.py).
        self.answers = AnswerCache()
        # Set by the running bot once its background jobs start: rebuilds the digest jobs
        # from the store after /digest subscribe or unsubscribe.
        self.on_subscriptions_changed: Callable[[], None] | None = None

    def subscriptions_changed(self) -> None:
        """Tell the background jobs that digest subscriptions changed (if they run here)."""
        if self.on_subscriptions_changed is not None:
            self.on_subscriptions_changed()

    @property
    def tz(self) -> str:
        """The newsroom's time zone for "today", "this week"."""
        return self.settings.tz

    def __deepcopy__(self, memo: dict[int, Any]) -> Services:
        return self

    def attach(self, context: dict[str, Any], next: Callable[[], None]) -> None:
        """Global middleware: put the services into every request's context."""
        context[KEY] = self
        next()


def services(context: dict[str, Any]) -> Services:
    """The services attached to this request's context."""
    found = context.get(KEY)
    if not isinstance(found, Services):
        raise RuntimeError("newsbrief services are not attached to this Bolt app")
    return found
