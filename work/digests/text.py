"""A digest for the terminal (`newsbrief digest --channel C`)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ask.digest import Digest
from ask.render import render_terminal
from storage.digests import SubscriptionRow
from work.digests.schedules import meta_line


def render_digest(digest: Digest, sub: SubscriptionRow, console: Console) -> None:
    """Print what the subscription's next digest would post."""
    console.print(Text(f"{meta_line(sub)} \u00b7 channel {sub.channel}", style="bold"))
    if digest.topic:
        console.print(Text(f"About: {digest.topic}"))
    if digest.empty:
        console.print(Text("Nothing new since the last digest: it would not be posted."))
        return
    line = f"{digest.article_count} new article(s), {digest.quote_count} new quote(s)"
    if digest.speakers:
        line += " from " + ", ".join(digest.speakers)
    console.print(Text(line))
    if digest.quotes:
        console.print()
        render_terminal(digest.answer(), console)
    if digest.new_people:
        console.print()
        console.print(Text("Newly in the news", style="bold"))
        for person in digest.new_people:
            role = ", ".join(p for p in (person.get("title"), person.get("org")) if p)
            console.print(Text(f"  \u2022 {person['name']}" + (f" ({role})" if role else "")))
    if digest.articles:
        console.print()
        console.print(Text("New articles", style="bold"))
        for article in digest.articles:
            console.print(
                Text(f"  \u2022 {article.title}" + (f" {article.url}" if article.url else ""))
            )
