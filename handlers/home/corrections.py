"""The App Home's corrections section: corrections applied per week (the newsroom's error
rate), the latest ones, and for admins how many wait for their approval."""

from __future__ import annotations

from handlers.render.answers import Block, context, section
from handlers.render.limits import SECTION_CHUNK
from handlers.render.mrkdwn import escape, truncate
from storage.corrections import (
    APPLIED,
    PENDING,
    count_corrections,
    latest_corrections,
    weekly_counts,
)
from storage.db import Store
from work.settings import Settings

WEEKS = 8
LATEST = 3


def corrections(store: Store, user_id: str, settings: Settings) -> list[Block]:
    """Corrections per ISO week over the last WEEKS weeks, newest last, and the latest."""
    from work.permissions import HOME, Actor, is_admin

    weeks = weekly_counts(store, WEEKS)
    total = sum(n for _, n in weeks)
    this_week = weeks[-1][1]
    lines = [
        f"*{this_week}* correction{'s' if this_week != 1 else ''} this week, *{total}* in the "
        f"last {WEEKS} weeks (the newsroom's error rate).",
        "Per week: " + " \u00b7 ".join(f"{escape(week)}: *{n}*" for week, n in weeks),
    ]
    for c in latest_corrections(store, APPLIED, LATEST):
        lines.append(f"\u2022 #{c.id} {escape(c.describe())} \u00b7 {escape(c.created_at[:10])}")
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Corrections"}},
        section(truncate("\n".join(lines), SECTION_CHUNK)),
    ]
    pending = count_corrections(store, PENDING)
    if pending and is_admin(settings, Actor.slack(HOME, user_id, None)):
        blocks.append(context(f"*{pending}* waiting for your approval (see your DMs)."))
    blocks.append(
        context("Fix a quote with its menu (\u22ee) in any answer: Wrong speaker / Not a quote.")
    )
    return blocks
