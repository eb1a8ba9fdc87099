"""Admin commands for sources, spoken in Slack and the console: `/newsbrief ingest URL...`
and `/newsbrief feed add URL | list | remove ID`.

Only admins may run them (work.permissions: the Slack users in NEWSBRIEF_ADMINS, and the
local console). From Slack only http(s) URLs are read, never paths on the bot's machine.
"""

from __future__ import annotations

import logging
import re

from sources.pages import is_url
from storage.db import Store, StoreError
from work.ingest.feeds import FeedCommandError, add_feed_url, feed_list_text, remove_feed_id
from work.ingest.inputs import ingest_inputs
from work.permissions import Actor, admin_refusal
from work.settings import Settings

logger = logging.getLogger(__name__)

USAGE_INGEST = "Usage: /newsbrief ingest <URL> [URL...]"
USAGE_FEED = "Usage: /newsbrief feed add <URL> | feed list | feed remove <ID>"
# Slack sends links in command text as <https://...> or <https://...|label>.
_SLACK_LINK = re.compile(r"<((?:https?|[a-z][a-z0-9+.-]*)://[^>|]+)(?:\|[^>]*)?>", re.I)


def unwrap_links(text: str) -> str:
    """Command text with Slack's link markup removed: `<https://a.b/c|a.b/c>` -> the URL (with
    the `&amp;`, `&lt;`, `&gt;` Slack writes for `&`, `<`, `>` turned back)."""
    text = _SLACK_LINK.sub(lambda m: m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def run_source_command(store: Store, settings: Settings, word: str, rest: str, actor: Actor) -> str:
    """Run `ingest` or `feed` (word) with its arguments (rest) for `actor`, an admin;
    returns the reply text (a refusal for anyone else)."""
    refusal = admin_refusal(settings, actor, f"/newsbrief {word}")
    if refusal is not None:
        return refusal
    args = unwrap_links(rest).split()
    if word == "ingest":
        return _ingest(store, settings, args)
    return _feed(store, settings, args, actor.user_id)


def _ingest(store: Store, settings: Settings, args: list[str]) -> str:

    if not args:
        return USAGE_INGEST
    not_urls = [a for a in args if not is_url(a)]
    if not_urls:
        return f"Only http(s) URLs can be ingested here, not {not_urls[0]!r}. {USAGE_INGEST}"
    try:
        report = ingest_inputs(store, settings, args)
    except StoreError:
        raise  # a full or damaged store: the Slack error handler's short reply
    except RuntimeError as exc:
        return f"Could not ingest: {exc}"
    lines = [f"failed: {origin}: {reason}" for origin, reason in report.failures]
    lines.extend(report.copy_lines())
    lines.append(report.summary())
    return "\n".join(lines)


def _feed(store: Store, settings: Settings, args: list[str], user_id: str | None) -> str:

    action = args[0].lower() if args else ""
    try:
        if action == "add" and len(args) == 2:
            feed, new = add_feed_url(store, settings, args[1], added_by=user_id)
            verb = "Added" if new else "Already added:"
            every = settings.feed_poll_minutes
            return f"{verb} feed #{feed.id} {feed.url}; it is polled every {every} minutes."
        if action == "list" and len(args) == 1:
            return feed_list_text(store)
        if action == "remove" and len(args) == 2:
            feed = remove_feed_id(store, args[1])
            return f"Removed feed #{feed.id} {feed.url} (its articles stay)."
    except FeedCommandError as exc:
        return f"{exc}"
    return USAGE_FEED
