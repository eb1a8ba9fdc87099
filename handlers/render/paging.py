"""What a "More" or "Share in channel" button needs: the cursor of the answer already built
(work/answers.py), the command or question it answers (to build it again once the cursor has
expired) and the page to show, carried in the button's value."""

from __future__ import annotations

import json
from dataclasses import dataclass

from handlers.render.limits import MAX_BUTTON_VALUE

COMMAND = "command"
LINE = "line"


@dataclass(frozen=True)
class Origin:
    """Where an answer came from: a slash command with its text, or a typed line (a DM or
    a mention)."""

    kind: str
    text: str
    command: str = ""
    cursor: str = ""  # the answer's key in the answer cache ("": none)

    def value(self, page: int) -> str:
        """The button value that asks for `page` of this answer (at most 2,000 characters)."""
        text = self.text
        while True:
            value = json.dumps(
                {"k": self.kind, "c": self.command, "q": text, "p": page, "a": self.cursor},
                ensure_ascii=False,
            )
            if len(value) <= MAX_BUTTON_VALUE:
                return value
            text = text[: max(0, len(text) - (len(value) - MAX_BUTTON_VALUE) - 8)]


def parse_value(value: str) -> tuple[Origin, int] | None:
    """The origin and page a button value names, or None when it is not ours."""
    try:
        data = json.loads(value)
        kind, command, text, page = data["k"], data["c"], data["q"], int(data["p"])
        cursor = data.get("a") or ""
    except (ValueError, KeyError, TypeError):
        return None
    if kind not in (COMMAND, LINE) or not isinstance(text, str) or not isinstance(command, str):
        return None
    if not isinstance(cursor, str):
        cursor = ""
    return Origin(kind, text, command, cursor), max(1, page)
