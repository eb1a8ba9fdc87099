"""The App Home's sections, in order. Each is a function of the store, the viewing user
and the settings that returns its blocks (or none to stay hidden). To add one (digest subscriptions,
feed status), write the function and put it in SECTIONS."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from handlers.home.corrections import corrections
from handlers.render.answers import Block, context, section
from handlers.render.limits import SECTION_CHUNK
from handlers.render.mrkdwn import escape, link, truncate
from storage.articles import store_summary
from storage.db import Store
from storage.overview import latest_articles, most_quoted_speakers
from work.digests.commands import status_text
from work.digests.schedules import schedule_of
from work.permissions import HOME, Actor, visible_subscriptions
from work.settings import Settings

HomeSection = Callable[[Store, str, Settings], list[Block]]


def header(text: str) -> Block:
    """A header block (plain text, at most 150 characters)."""
    return {"type": "header", "text": {"type": "plain_text", "text": truncate(text, 150)}}


def what_i_know(store: Store, user_id: str, settings: Settings) -> list[Block]:
    """Articles, quotes and speakers in the store; the latest ingest; who is quoted most."""
    summary = store_summary(store)
    latest = (summary["latest_ingest"] or "never").replace("T", " ")[:16]
    counts = (
        f"*{summary['articles']}* articles, *{summary['quotes']}* quotes from "
        f"*{summary['speakers']}* speakers. Last ingest: {escape(latest)}."
    )
    blocks = [header("What I know"), section(counts)]
    speakers = most_quoted_speakers(store)
    if speakers:
        names = []
        for s in speakers:
            role = ", ".join(p for p in (s["title"], s["org"]) if p)
            names.append(f"\u2022 *{escape(s['name'])}*" + (f" ({escape(role)})" if role else ""))
        blocks.append(section(truncate("*Most quoted*\n" + "\n".join(names), SECTION_CHUNK)))
    articles = latest_articles(store)
    if articles:
        items = [
            "\u2022 "
            + link(a["url"], a["title"])
            + (f" \u00b7 {escape(a['source'])}" if a["source"] else "")
            for a in articles
        ]
        blocks.append(section(truncate("*Latest articles*\n" + "\n".join(items), SECTION_CHUNK)))
    return blocks


def ask_me(store: Store, user_id: str, settings: Settings) -> list[Block]:
    """Example questions, one of them about someone the store actually quotes."""
    examples = [
        "`/whosaid ceasefire`: who said what about a topic",
        "`/brief Kingsferry Bridge`: the latest on a topic or a person",
        "`/newsbrief status`: what I hold; `/newsbrief help`: everything I understand",
        "Or send me a direct message: _who said what about the water shortage?_",
    ]
    top = most_quoted_speakers(store, limit=1)
    if top:
        examples.append(
            f"_what did {escape(top[0]['name'])} say?_ or _who is {escape(top[0]['name'])}?_"
        )
    return [
        header("Ask me"),
        section("\n".join("\u2022 " + e for e in examples)),
        context("Mention me in a channel and I answer in a thread."),
    ]


MAX_HOME_DIGESTS = 12
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,30}$")


def digests(store: Store, user_id: str, settings: Settings) -> list[Block]:
    """Digest subscriptions the user may see (work.permissions: an admin all, anyone else
    those they made), their own first: channel, schedule, topic and status (a failing one
    with Slack's error)."""

    actor = Actor.slack(HOME, user_id, None)
    subs = sorted(
        visible_subscriptions(store, settings, actor),
        key=lambda s: (s.created_by != user_id, s.id),
    )
    if not subs:
        return [
            header("Digests"),
            section(
                "No digests yet. In a channel, `/digest subscribe daily 08:00 Europe/London` "
                "posts what is new there every morning (add a topic to keep to it)."
            ),
        ]
    lines = []
    for sub in subs[:MAX_HOME_DIGESTS]:
        where = f"<#{sub.channel}>" if _CHANNEL_ID.match(sub.channel) else escape(sub.channel)
        line = f"\u2022 *#{sub.id}* {where} \u00b7 {escape(schedule_of(sub).describe())}"
        if sub.topic:
            line += f" \u00b7 about {escape(sub.topic)}"
        status = escape(status_text(sub))
        line += f" \u00b7 {'*' + status + '*' if sub.failing else status}"
        if sub.created_by == user_id:
            line += " _(yours)_"
        lines.append(line)
    blocks = [header("Digests"), section(truncate("\n".join(lines), SECTION_CHUNK))]
    if len(subs) > MAX_HOME_DIGESTS:
        blocks.append(
            context(f"and {len(subs) - MAX_HOME_DIGESTS} more: `newsbrief subscriptions`")
        )
    blocks.append(context("`/digest list` in a channel shows its digests; `/digest now` previews."))
    return blocks


def feeds(store: Store, user_id: str, settings: Settings) -> list[Block]:
    """Where articles come from (feed status is filled by the feeds issue)."""
    return [
        header("Sources"),
        section("Articles arrive with `newsbrief ingest`; followed feeds will be listed here."),
    ]


SECTIONS: list[HomeSection] = [what_i_know, ask_me, digests, feeds, corrections]


def home_blocks(store: Store, user_id: str, settings: Settings | None = None) -> list[Block]:
    """Every section's blocks for `user_id`, dividers between them, within the view's 100
    blocks (`settings` name the admins; without them nobody is one)."""
    settings = settings or Settings()
    blocks: list[Block] = []
    for build in SECTIONS:
        part: list[Any] = build(store, user_id, settings)
        if not part:
            continue
        if blocks:
            blocks.append({"type": "divider"})
        blocks.extend(part)
    return blocks[:100]
