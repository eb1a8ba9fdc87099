"""Answers already built, kept a short while so "More" and "Share in channel" page through
the answer the user is looking at instead of running its queries again. Keyed by a random
cursor the buttons carry; an expired or unknown cursor means the answer is built again."""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from work.commands import Reply

ANSWER_TTL_SECONDS = 15 * 60
MAX_ANSWERS = 256


class AnswerCache:
    """At most `size` replies, each for `ttl` seconds; safe across listener threads."""

    def __init__(
        self,
        size: int = MAX_ANSWERS,
        ttl: float = ANSWER_TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.size, self.ttl, self.clock = size, ttl, clock
        self._replies: OrderedDict[str, tuple[float, Reply]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, reply: Reply) -> str:
        """Keep `reply`; returns its cursor (a short random key)."""
        key = secrets.token_urlsafe(9)
        with self._lock:
            self._replies[key] = (self.clock() + self.ttl, reply)
            while len(self._replies) > self.size:
                self._replies.popitem(last=False)
        return key

    def get(self, key: str) -> Reply | None:
        """The reply kept under `key`, or None when it is unknown or expired."""
        if not key:
            return None
        with self._lock:
            found = self._replies.get(key)
            if found is None:
                return None
            expires, reply = found
            if expires < self.clock():
                del self._replies[key]
                return None
            return reply
