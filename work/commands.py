"""The commands every surface speaks (Slack, the local console): slash commands and plain
questions, turned into answers or short texts."""

from __future__ import annotations

from dataclasses import dataclass

from ask.answer import HELP_TEXT, Answer, answer_question
from ask.intents import BRIEF, WHO_SAID_WHAT, clean_question, parse_command, parse_question
from storage.articles import store_summary
from storage.db import Store
from work.digests.commands import run_digest
from work.digests.parse import parse_digest
from work.ingest.commands import run_source_command
from work.permissions import Actor
from work.settings import Settings

USAGE = {
    "/whosaid": "Usage: /whosaid <topic>, e.g. /whosaid ceasefire",
    "/brief": "Usage: /brief <topic or name>, e.g. /brief Naim Qassem",
    "/newsbrief": "Usage: /newsbrief help | status | people [topic] | ingest <URL> | "
    "feed add <URL> | feed list | feed remove <ID>  (ingest and feed: admins only)",
    "/digest": "Usage: /digest subscribe daily HH:MM [zone] [topic] | subscribe weekdays "
    "HH:MM [zone] [topic] | subscribe every Nh [zone] [topic] | list | unsubscribe ID | now",
}


@dataclass(frozen=True)
class Reply:
    """A command's result: an answer to render, or plain text."""

    answer: Answer | None = None
    text: str | None = None


def run_command(
    store: Store,
    command: str,
    text: str,
    *,
    actor: Actor,
    settings: Settings,
    limit: int | None = None,
) -> Reply:
    """Run a slash command (`/whosaid`, `/brief`, `/newsbrief`, `/digest`) with its text.

    `actor` is who sent it, from where (work.permissions decides what they may do: the
    source commands `/newsbrief ingest` and `/newsbrief feed` are for admins only, digest
    subscriptions for their channel). `settings` come from the composition root (bot/), never
    from the environment mid-request; their `tz` is the newsroom's zone for "today", "this
    week". `/digest` here
    has its usage, the list of subscriptions and unsubscribe (Slack's /digest handler,
    handlers/digest, adds subscribe and preview in the channel). `limit` caps an answer's
    quotes (None: the default; 0: all, for a CSV file).
    """
    command = command.strip().lower()
    text = clean_question(text)
    tz = settings.tz
    if command in ("/whosaid", "/brief"):
        if not text:
            return Reply(text=USAGE[command])
        query = parse_command(command, text, tz=tz)
        if query.intent not in (WHO_SAID_WHAT, BRIEF) or not (query.topic or query.speaker):
            return Reply(text=USAGE[command])
        return Reply(answer_question(store, query, limit=limit))
    if command == "/newsbrief":
        word = text.split()[0].lower() if text else "help"
        if word == "status":
            return Reply(text=status_text(store))
        if word == "help":
            return Reply(text=HELP_TEXT + "\n" + "\n".join(USAGE.values()))
        if word == "people":  # the most-quoted people (on a topic): ask/people_news.py
            return Reply(answer_question(store, parse_command(command, text, tz=tz)))
        if word in ("ingest", "feed", "feeds"):
            rest = text.split(None, 1)[1] if " " in text else ""
            word = "feed" if word == "feeds" else word
            return Reply(text=run_source_command(store, settings, word, rest, actor))
        return Reply(text=USAGE[command])
    if command == "/digest":
        request = parse_digest(text, settings.digest_min_interval_hours)
        reply = run_digest(store, settings, request, actor=actor)
        return Reply(text=reply.text)
    return Reply(text=f"Unknown command {command}. " + USAGE["/newsbrief"])


def run_line(
    store: Store,
    line: str,
    *,
    actor: Actor,
    settings: Settings,
    limit: int | None = None,
) -> Reply:
    """A line typed in the console, a DM or a mention: a slash command or a question.
    `actor`, `settings` and `limit` as for `run_command`."""
    stripped = line.strip()
    if stripped.startswith("/"):
        command, _, rest = stripped.partition(" ")
        if command.lower() in USAGE:
            return run_command(store, command, rest, actor=actor, settings=settings, limit=limit)
    if not clean_question(stripped):
        return Reply(text=HELP_TEXT)
    query = parse_question(stripped, tz=settings.tz)
    return Reply(answer_question(store, query, limit=limit))


def status_text(store: Store) -> str:
    """What the store holds."""
    summary = store_summary(store)
    latest = summary["latest_ingest"] or "never"
    copies = f" ({summary['copies']} syndicated copies)" if summary.get("copies") else ""
    return (
        f"{summary['articles']} articles{copies}, {summary['quotes']} quotes from "
        f"{summary['speakers']} speakers; last ingest {latest}."
    )
