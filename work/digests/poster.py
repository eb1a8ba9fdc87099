"""Where a digest goes: the interface the runs post through. The Slack edge implements it
(handlers/digest/poster.py: Block Kit messages through the Web API); the runs never see
Slack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ask.digest import Digest


class Poster(Protocol):
    """Posts digests: a headline message, then the details in its thread."""

    def post(
        self,
        channel: str,
        digest: Digest,
        meta: str,
        on_headline: Callable[[str, int], None] | None = None,
        on_reply: Callable[[int], None] | None = None,
    ) -> str:
        """Post the headline, then its thread; returns the headline's id (ts). A failed
        headline raises; once it is out, `on_headline(ts, n)` is called with the number of
        thread replies to come and `on_reply(k)` after the k-th reply; a failed reply is only
        logged (posting again would repeat the digest)."""
        ...

    def post_thread(
        self,
        channel: str,
        ts: str,
        digest: Digest,
        meta: str,
        start: int,
        on_reply: Callable[[int], None] | None = None,
    ) -> tuple[int, int]:
        """Post the thread's replies from `start` under the headline `ts`; stops at the first
        failure. Returns (replies taken in all, replies the thread has)."""
        ...

    def find_headline(self, channel: str, digest: Digest, meta: str, after: float) -> str | None:
        """The id (ts) of this digest's headline if the channel shows it was posted after
        `after` (a POSIX time), else None; raises when the channel cannot be read."""
        ...

    def error_code(self, error: Exception) -> str:
        """A short, safe name for a failure (never a token or a response body)."""
        ...
