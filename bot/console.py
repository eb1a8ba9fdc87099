"""The local console: the bot's commands and questions at a terminal, or over a pipe."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console

from ask.render import render_terminal
from storage.db import Store, StoreCorrupt, StoreFull, store_error
from work.commands import run_line
from work.permissions import Actor
from work.settings import Settings

PROMPT = "newsbrief> "
GREETING = (
    'newsbrief console: ask "who said what about the ceasefire?", or type /whosaid truce, '
    "/brief <name>, /newsbrief status, /digest list, help. Ctrl-D to leave."
)


def answer_line(store: Store, line: str, console: Console, settings: Settings) -> None:
    """Answer one line and print the result. The console is the local operator: an admin
    (work.permissions); `settings` are the CLI's."""
    try:
        reply = run_line(store, line, actor=Actor.console(), settings=settings)
    except Exception as exc:
        typed = store_error(exc, store.path)
        if not isinstance(typed, (StoreFull, StoreCorrupt)):
            raise
        console.print(f"Error: {typed}", markup=False, highlight=False)
        return
    if reply.answer is not None:
        render_terminal(reply.answer, console)
    elif reply.text:
        console.print(reply.text, markup=False, highlight=False)


def run_console(
    store: Store, stdin: TextIO, console: Console, interactive: bool, settings: Settings
) -> None:
    """Read lines until the end of input, answering each (`settings`: the CLI's). Piped
    input is echoed after the prompt before its answer, so a transcript pairs them."""
    if interactive:
        console.print(GREETING, markup=False, highlight=False)
    while True:
        if interactive:
            try:
                line = console.input(PROMPT)
            except (EOFError, KeyboardInterrupt):
                console.print()
                return
        else:
            line = stdin.readline()
            if not line:
                return
        if line.strip().lower() in ("quit", "exit", "/quit", "/exit"):
            return
        if line.strip():
            if not interactive:
                console.print(PROMPT + line.strip(), markup=False, highlight=False)
            answer_line(store, line, console, settings)
