"""Publication dates as ISO 8601 strings."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime


def normalise_date(value: object) -> str | None:
    """An ISO 8601 timestamp for a date as sources give it, or None when it cannot be read.

    ISO strings are taken as they are (Python parses them without help); RFC 2822 dates (RSS
    `pubDate`, e-mail and front matter: "Thu, 05 Jun 2025 16:30:00 +0100") keep their offset;
    anything else ("5 June 2025") goes to dateparser.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only for dates that are not ISO

    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.isoformat() if parsed else None
