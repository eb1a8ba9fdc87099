"""The subject a stance verb shares with the verb before it in its sentence.

"X welcomed the refunds but criticised the cuts", "Y condemned the plan and rejected the
offer": a verb coordinated with an earlier one ("and", "but", "or" right before it, no subject
of its own) has that verb's subject, so its frame is the same speaker's (ask/stance.py).
"""

from __future__ import annotations

import re

_ADVERB = r"(?:also|then|later|again|[a-z]+ly)"
_COORDINATED = re.compile(rf"(?:^|[\s,])(?:and|but|or|yet)(?:\s+{_ADVERB})*$")
_ADVERBS_ONLY = re.compile(rf"{_ADVERB}(?:\s+{_ADVERB})*")


def shared_subject(before: str, subject: str, earlier: str) -> str:
    """The subject of a stance verb whose sentence reads `before` up to it: its own when it
    has one, else the earlier verb's when a conjunction joins the two, else none."""
    if not earlier or (subject and not _ADVERBS_ONLY.fullmatch(subject)):
        return subject
    return earlier if _COORDINATED.search(before.rstrip()) else subject
