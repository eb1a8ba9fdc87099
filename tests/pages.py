"""Pages and feeds served to source tests: a wire story, a syndicated copy of it under
another headline with a dateline and a credit line, another story, and an RSS feed."""

from __future__ import annotations

from html import escape

FOOTER_QUOTE = "\u201cBest local news site ever,\u201d said Reader Review."

WIRE_PARAGRAPHS = [
    "Engineers will begin replacing the corroded cables of the Harlow Suspension Bridge "
    "next month, the regional transport authority said on Wednesday, closing the crossing "
    "to heavy lorries until the spring.",
    "\u201cThe cables have done their job for ninety years, and now it is our turn to do "
    "ours,\u201d said Ingrid Solberg, the authority\u2019s chief engineer. \u201cNobody will "
    "cross an unsafe bridge on my watch.\u201d",
    "Solberg said inspections in the autumn had found broken wires in three of the main "
    "cables, and that traffic had been limited to cars since November as a precaution.",
    "The work is expected to cost 42 million euros and will be paid for from the regional "
    "infrastructure fund, which was set up after the floods of 2019.",
    "Local hauliers warned that the closure would add an hour to many journeys. Piotr "
    "Nowak, who runs a removals firm in the town, said his drivers would have to take the "
    "ring road through the industrial estate.",
    "The authority said pedestrians and cyclists would be able to use the bridge "
    "throughout the work, except on four weekends when the new cables are lifted into "
    "place.",
]

OTHER_PARAGRAPHS = [
    "The city library will open on Sundays from next month after the council agreed to "
    "fund extra staff, ending a campaign by parents and students that lasted two years.",
    "\u201cA library that is shut when families are free is not doing its job,\u201d said "
    "Maria Duarte, who chairs the council\u2019s culture committee.",
    "The change will cost about 300,000 euros a year. Opening hours on weekdays will not "
    "change, the council said, and the children\u2019s reading room will stay open late "
    "on Thursdays.",
]


def article_page(title: str, paragraphs: list[str], site: str = "Harlow Herald") -> bytes:
    """An article page with navigation, a promo box and a footer holding a quotation."""
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {site}</title>
<meta property="article:published_time" content="2025-03-05T09:00:00Z">
<meta name="author" content="Staff reporter">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="promo">Subscribe today! {escape(FOOTER_QUOTE, quote=False)}</div>
<article>
<h1>{escape(title)}</h1>
{body}
</article>
<footer><p>{escape(FOOTER_QUOTE, quote=False)}</p><p>&copy; 2025 {site}</p></footer>
</body></html>"""
    return page.encode("utf-8")


def original_page() -> bytes:
    """The wire story as its first outlet ran it."""
    return article_page("Harlow bridge cables to be replaced", WIRE_PARAGRAPHS)


def copy_page() -> bytes:
    """The same wire story elsewhere: another headline, a dateline, a credit line."""
    paragraphs = list(WIRE_PARAGRAPHS)
    paragraphs[0] = "HARLOW (Reuters) - " + paragraphs[0]
    paragraphs.append("Reporting by Anna Kowalski; Editing by Mark Heinrich")
    return article_page(
        "Lorries banned from Harlow crossing as cable work looms", paragraphs, "Daily Courier"
    )


def other_page() -> bytes:
    """An unrelated story."""
    return article_page("Library to open on Sundays", OTHER_PARAGRAPHS)


def rss_feed(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, link, summary) items."""
    entries = "\n".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><description>{escape(summary)}</description>"
        "<pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate></item>"
        for t, link, summary in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>"
        f"<description>Test feed</description>{entries}</channel></rss>"
    ).encode()
