"""Slack text: escaping what we send, and reading what users type.

Everything that comes from an article or a user passes through `escape` before it reaches
Slack: `&`, `<` and `>` become entities, so no text can mention @channel, @here, @everyone
or a user, or forge a link (Slack's control sequences all start with `<`). Bare `@channel`
words are broken with a zero-width space as well, for clients that still link names.

Text never formats itself either. Slack has no backslash escape; a `*`, `_` or `~` only opens
or closes bold, italic or strike at a word's edge, so each one at an edge is wrapped in
zero-width spaces (whether Slack reads them as spaces or as letters, the mark can neither
open nor close), while marks inside a word (`channel_not_found`) are left as they are.
Backticks (code) become the look-alike U+02CB. Bidirectional controls (U+202A-U+202E,
U+2066-U+2069, U+200E, U+200F, U+061C), which would reorder the rest of a line, are dropped.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from handlers.render.limits import SECTION_CHUNK

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)
_ZWSP = "\u200b"
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# A formatting mark not between two letters or digits: it could open or close a span.
_EDGE_MARK = re.compile(r"(?<![^\W_])[*_~]|[*_~](?![^\W_])")
_BACKTICK = "\u02cb"  # MODIFIER LETTER GRAVE ACCENT: looks like ` and never opens code


def escape(text: object) -> str:
    """Text made safe for mrkdwn and plain_text fields: control and bidirectional characters
    dropped, `&`, `<`, `>` escaped, broadcast words defused, formatting marks neutralised."""
    value = _BIDI.sub("", _CONTROL.sub("", str(text or "")))
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _EDGE_MARK.sub(lambda m: _ZWSP + m.group(0) + _ZWSP, value.replace("`", _BACKTICK))
    return _BROADCAST.sub("@" + _ZWSP, value)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for `<url|label>`, or None for anything else (javascript:, ftp:,
    relative paths). Characters that would end the link are percent-encoded."""
    if not url:
        return None
    url = _CONTROL.sub("", url).strip()
    if not re.match(r"^https?://[^\s/?#]+", url, re.IGNORECASE):
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._").replace("&", "&amp;")


def link(url: str | None, label: str) -> str:
    """A mrkdwn link with an escaped label, or just the label when the URL is unsafe."""
    text = escape(label).replace("|", "\u2223")
    target = safe_url(url)
    return f"<{target}|{text}>" if target else text


def truncate(text: str, limit: int) -> str:
    """Text cut to `limit` characters with an ellipsis, never inside an escape entity."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "\u2026"


def chunks(text: str, size: int = SECTION_CHUNK) -> list[str]:
    """Already-escaped text split into pieces of at most `size` characters, at a line
    break or space where possible, never inside an escape entity."""
    pieces: list[str] = []
    rest = text
    while len(rest) > size:
        cut = max(rest.rfind("\n", 0, size), rest.rfind(" ", 0, size))
        if cut < size // 2:
            cut = size
        amp = rest.rfind("&", 0, cut)
        if amp != -1 and ";" not in rest[amp:cut] and cut - amp < 6:
            cut = amp
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


_USER = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#[CG][A-Z0-9]+\|([^>]*)>")
_LINK = re.compile(r"<((?:https?|mailto):[^|>]*)(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<![^>]*>")


def from_slack(text: str) -> str:
    """What a user typed, from Slack's encoding: mentions of people dropped (the bot's own
    name in a mention), channels and links as their labels, entities decoded."""
    text = _USER.sub(" ", text or "")
    text = _CHANNEL.sub(lambda m: "#" + m.group(1), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _SPECIAL.sub(" ", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.strip()
