"""`newsbrief ask` and `newsbrief people`: questions answered from the store, at the terminal,
as JSON or as CSV."""

from __future__ import annotations

from datetime import datetime

import click
from rich.console import Console

from bot.cli_context import Context, pass_context, read_only


@click.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as one JSON object.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the quotes as CSV, one row each.")
@click.option("--limit", type=click.IntRange(min=0), help="At most N quotes (default 60; 0: all).")
@click.option(
    "--as-of",
    "as_of",
    metavar="WHEN",
    help="Read time words as if asked then: 2026-12-04 (noon) or 2026-12-04T08:00, in the "
    "newsroom's zone unless WHEN gives one.",
)
@pass_context
@read_only
def ask(
    ctx: Context, question: str, as_json: bool, as_csv: bool, limit: int | None, as_of: str | None
) -> None:
    """Answer a question from the store, e.g. "who said what about the ceasefire"."""
    from ask.answer import answer_question
    from ask.intents import parse_question
    from ask.render import render_terminal, to_json

    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    now = asked_at(as_of, ctx.settings.tz) if as_of else None
    query = parse_question(question, tz=ctx.settings.tz, now=now)
    answer = answer_question(ctx.store, query, limit=limit)
    if as_csv:
        from ask.export import to_csv

        click.echo(to_csv(answer), nl=False)
    elif as_json:
        click.echo(to_json(answer))
    else:
        render_terminal(answer, Console(highlight=False, soft_wrap=True))


@click.command()
@click.argument("topic", required=False, default="")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as one JSON object.")
@click.option("--limit", type=click.IntRange(min=0), help="At most N people (default 10; 0: all).")
@pass_context
def people(ctx: Context, topic: str, as_json: bool, limit: int | None) -> None:
    """Who is in the news: the people quoted most (about TOPIC, if given; time words work:
    "taxes this week"), with their roles, statement counts and one quote each. Without a
    topic or a time: the week up to the latest article."""
    from ask.answer import answer_question
    from ask.intents import parse_command
    from ask.render import render_terminal, to_json

    query = parse_command("/newsbrief", f"people {topic}".strip(), tz=ctx.settings.tz)
    answer = answer_question(ctx.store, query, limit=limit)
    if as_json:
        click.echo(to_json(answer))
    else:
        render_terminal(answer, Console(highlight=False, soft_wrap=True))


def asked_at(when: str, tz: str) -> datetime:
    """The moment `--as-of WHEN` names: an ISO date (its noon) or date-time, in the newsroom's
    zone `tz` unless it carries an offset. A malformed WHEN is a usage error."""
    from ask.when import zone

    text = when.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(
            f"{when!r} is not a date (2026-12-04) or a date-time", param_hint="--as-of"
        ) from None
    if "T" not in text and " " not in text:
        moment = moment.replace(hour=12)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone(tz))
