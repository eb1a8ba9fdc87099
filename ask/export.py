"""Answers as CSV: one row per quote, for a spreadsheet (`newsbrief ask --csv`, Slack's
"Download CSV" button)."""

from __future__ import annotations

import csv
import io

from ask.views import Answer

COLUMNS = (
    "id",
    "speaker",
    "title",
    "organisation",
    "kind",
    "words",
    "headline",
    "source",
    "date",
    "url",
)


def to_csv(answer: Answer) -> str:
    """The answer's quotes as CSV text with a header row (COLUMNS), one row per quote in
    answer order; `date` is the article's published date (YYYY-MM-DD), `words` the
    article's words of the statement. Quoting follows RFC 4180 (Python's csv module)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for quote in answer.quotes:
        article = quote.article
        writer.writerow(
            [
                quote.id,
                _plain(quote.speaker_label),
                _plain(quote.speaker_title),
                _plain(quote.speaker_org),
                quote.kind,
                _plain(quote.text),
                _plain(article.title),
                _plain(article.source),
                (article.published or "")[:10],
                _plain(article.url),
            ]
        )
    return out.getvalue()


_FORMULA = ("=", "+", "-", "@")


def _plain(text: str | None) -> str:
    """One line of text (line breaks inside cells trip some importers), never read as a
    formula: a cell an article's words start with = + - or @ gets a leading apostrophe, as
    spreadsheets expect (OWASP's advice on CSV injection)."""
    line = " ".join((text or "").split())
    return "'" + line if line.startswith(_FORMULA) else line


def csv_filename(answer: Answer) -> str:
    """A file name for the answer's CSV: newsbrief- and the question's words."""
    words = "".join(c if c.isalnum() else "-" for c in answer.question.lower())
    slug = "-".join(w for w in words.split("-") if w)[:60].strip("-")
    return f"newsbrief-{slug or 'answer'}.csv"
