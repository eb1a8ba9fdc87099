"""Publication dates as ISO 8601 strings."""

from __future__ import annotations

from datetime import datetime


def normalise_date(value: object) -> str | None:
    """An ISO 8601 timestamp for a date as sources give it, or None when it cannot be read.

    ISO strings are taken as they are (Python parses them without help); anything else
    ("5 June 2025", "Thu, 05 Jun 2025 16:30:00 GMT") goes to dateparser.
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
    import dateparser  # slow to import; only for dates that are not ISO

    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.isoformat() if parsed else None
