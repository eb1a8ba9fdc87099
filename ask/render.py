"""Answers for the terminal (rich) and as JSON. Slack's Block Kit lives in handlers/; what both
show the same way (a statement's quoted runs, the "more" line) is in ask/present.py."""

from __future__ import annotations

import json

from rich.console import Console
from rich.text import Text

from ask.answer import Answer, QuoteView
from ask.present import more_line, segments


def to_json(answer: Answer) -> str:
    """The answer as one JSON object."""
    return json.dumps(answer.to_dict(), ensure_ascii=False)


def render_terminal(answer: Answer, console: Console) -> None:
    """Print an answer for a person at a terminal."""
    console.print(Text(f"Searched: {answer.searched}", style="dim"))
    if answer.profile:
        _render_profile(answer, console)
    if answer.message:
        console.print(Text(answer.message))
    if answer.people:
        _render_people(answer, console)
    for group in answer.groups:
        quotes = group.quotes
        parts = [p for p in (group.title, group.org) if p]
        role = ", ".join(p for p in dict.fromkeys(parts) if p.lower() not in group.speaker.lower())
        header = Text(group.speaker, style="bold")
        if role:
            header.append(f"  ({role})", style="italic")
        console.print()
        console.print(header)
        for quote in quotes:
            line = Text("  \u2022 ")
            for words, quoted in segments(quote):
                line.append(words, style="bold" if quoted and quote.marked != _whole(quote) else "")
            line.append(f"  [{quote.kind}]", style="dim")
            console.print(line)
            source = ", ".join(
                p for p in (quote.article.source, (quote.article.published or "")[:10]) if p
            )
            where = f"    \u2014 {quote.article.title}" + (f" ({source})" if source else "")
            if quote.article.url:
                where += f" {quote.article.url}"
            console.print(Text(where, style="dim"))
            if quote.article.also_in:
                also = "; ".join(
                    " ".join(p for p in (c["title"], c.get("url")) if p)
                    for c in quote.article.also_in
                )
                console.print(Text(f"      also in: {also}", style="dim"))
    more = more_line(answer, "ask with --limit 0")
    if more:
        console.print()
        console.print(Text(more, style="dim"))
    if answer.figures:
        console.print()
        console.print(Text("Key figures", style="bold"))
        for figure in answer.figures:
            line = Text(f"  \u2022 {figure.text}", style="bold")
            line.append(f"  ({figure.source}; {figure.article_title})", style="dim")
            console.print(line)
            console.print(Text(f"    {figure.sentence}", style="dim"))
    if answer.articles:
        console.print()
        console.print(Text("Latest articles", style="bold"))
        for article in answer.articles:
            when = (article.published or "")[:10]
            line = Text(f"  \u2022 {article.title}")
            if when:
                line.append(f" ({when})", style="dim")
            if article.url:
                line.append(f" {article.url}")
            console.print(line)


def _whole(quote: QuoteView) -> tuple[tuple[int, int], ...]:
    return ((0, len(quote.sentence or quote.text)),)


def _render_people(answer: Answer, console: Console) -> None:
    console.print(Text("Most quoted" if answer.intent == "people" else "Key people", style="bold"))
    for person in answer.people:
        name = str(person.get("name"))
        parts = [str(p) for p in (person.get("title"), person.get("org")) if p]
        role = ", ".join(p for p in dict.fromkeys(parts) if p.lower() not in name.lower())
        line = Text(f"  \u2022 {name}")
        if role:
            line.append(f" ({role})", style="italic")
        if person.get("quotes"):
            line.append(f", {person['quotes']} quote(s)", style="dim")
        console.print(line)


def _render_profile(answer: Answer, console: Console) -> None:
    profile = answer.profile or {}
    line = Text(str(profile.get("name")), style="bold")
    role = ", ".join(str(p) for p in (profile.get("title"), profile.get("org")) if p)
    if role:
        line.append(f" \u2014 {role}")
    console.print(line)
    titles = [t for t in profile.get("titles") or [] if t != profile.get("title")]
    if titles:
        console.print(Text("  also described as: " + ", ".join(titles)))
    articles = profile.get("articles") or []
    console.print(Text(f"  in {len(articles)} article(s)"))
    for article in articles[:5]:
        when = (article.get("published") or "")[:10]
        console.print(Text(f"    \u2022 {article.get('title')}" + (f" ({when})" if when else "")))
    if profile.get("mentioned_with"):
        console.print(Text("  mentioned with: " + ", ".join(profile["mentioned_with"])))
    for sentence in profile.get("described_in") or []:
        console.print(Text(f"  \u201c{sentence}\u201d", style="dim"))
