"""`/digest`: subscribe a channel to scheduled digests, list them, unsubscribe, preview the
next one. Spoken in Slack; DMs, mentions and the local console have the usage, the list and
unsubscribe (subscriptions are made from the channel that should receive them). Who may see
and change which subscriptions is work.permissions' one rule.

    /digest subscribe daily 08:00 Europe/London ceasefire
    /digest subscribe weekdays 7:30am
    /digest subscribe every 6h UTC --empty
    /digest list | unsubscribe 3 | now
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ask.digest import Digest, build_digest
from storage.db import Store
from storage.digests import (
    FAILING,
    NEW,
    NewSubscription,
    SubscriptionRow,
    create_subscription,
    delete_subscription,
    get_subscription,
    latest_article_before,
    list_subscriptions,
)
from work.digests.parse import EXAMPLES, USAGE, DigestRequest
from work.digests.runs import subscription_digest
from work.digests.schedules import (
    DAILY,
    Schedule,
    ScheduleError,
    check_zone,
    iso,
    meta_line,
    parse_iso,
    schedule_of,
)
from work.permissions import CONSOLE, NO_CHANNEL_HERE, SLASH, Actor, may_change, subscription_scope
from work.settings import Settings

logger = logging.getLogger(__name__)


@dataclass
class DigestReply:
    """What /digest answers: a text, or previews of digests (each with its meta line);
    `done` is False when nothing could be done (a refused line, an unknown id)."""

    text: str = ""
    previews: list[tuple[Digest, str]] = field(default_factory=list)
    done: bool = True


def run_digest(
    store: Store,
    settings: Settings,
    request: DigestRequest,
    *,
    actor: Actor,
    default_zone: str | None = None,
    now: datetime | None = None,
    on_change: Callable[[], None] | None = None,
) -> DigestReply:
    """Do what the request asks for `actor` (who asks, on which surface, in which channel):
    what it may see and change is work.permissions' rule. Subscribe and preview need the
    channel of a slash command. `default_zone` is the user's Slack time zone (else
    NEWSBRIEF_TZ); `on_change` is called after a subscription was added or removed (to
    update the jobs)."""
    now = now or datetime.now(UTC)
    if request.error:
        return DigestReply(request.error, done=False)
    scope = subscription_scope(settings, actor)
    if request.action in ("list", "unsubscribe") and scope.nothing:
        what = "list" if request.action == "list" else f"unsubscribe {request.subscription_id}"
        return DigestReply(NO_CHANNEL_HERE.format(what=what), done=False)
    if request.action == "list":
        return DigestReply(list_text(store, scope.channel, now))
    if request.action == "unsubscribe":
        return _unsubscribe(store, settings, request, actor, on_change)
    # A slash command's channel, or the one the operator names (`subscriptions add --channel`).
    channel = actor.channel if actor.surface in (SLASH, CONSOLE) else None
    if request.action == "subscribe":
        if channel is None:
            return DigestReply(
                "Subscribe from the Slack channel that should receive the digest, e.g. "
                "/digest subscribe daily 08:00 Europe/London",
                done=False,
            )
        return DigestReply(
            _subscribe(store, settings, request, actor, channel, default_zone, now, on_change)
        )
    if request.action == "now":
        if channel is None or actor.surface != SLASH:
            return DigestReply(
                "Preview a channel's next digest with /digest now in that channel, or: "
                "newsbrief digest --channel CHANNEL_ID"
            )
        return _preview(store, settings, channel, now)
    return DigestReply(f"{USAGE}\n{EXAMPLES}")


def _subscribe(
    store: Store,
    settings: Settings,
    request: DigestRequest,
    actor: Actor,
    channel: str,
    default_zone: str | None,
    now: datetime,
    on_change: Callable[[], None] | None,
) -> str:
    # In Slack the reply is read in the channel; the operator names it.
    here = "this channel" if actor.surface == SLASH else f"channel {channel}"
    zone = request.zone or _usable_zone(default_zone) or _usable_zone(settings.tz) or "UTC"
    schedule = Schedule(request.kind or DAILY, zone, request.at, request.every_hours)
    for sub in list_subscriptions(store, channel):
        same_topic = (sub.topic or "").lower() == (request.topic or "").lower()
        if schedule_of(sub) == schedule and same_topic:
            return (
                f"{here[0].upper()}{here[1:]} already has that digest (#{sub.id}, "
                f"{schedule.describe()})."
            )
    new = NewSubscription(
        channel=channel,
        kind=schedule.kind,
        at_time=schedule.at_text,
        every_hours=schedule.every_hours or None,
        zone=zone,
        topic=request.topic,
        post_empty=request.post_empty,
        created_by=actor.user_id,
    )
    first = now - timedelta(hours=settings.digest_first_hours)
    sub = create_subscription(store, new, iso(now), iso(first))
    if on_change is not None:
        on_change()
    about = f" about {request.topic}" if request.topic else ""
    hours = settings.digest_first_hours
    empty = (
        "It is posted even when nothing is new."
        if request.post_empty
        else "When nothing is new, nothing is posted."
    )
    where = (
        "here, so invite me to this channel"
        if actor.surface == SLASH
        else f"in {channel}, so invite me to that channel"
    )
    return (
        f"Subscribed {here} to digest #{sub.id}{about}: {schedule.describe()}, next "
        f"{_local(schedule.next_slot(now), zone)}. The first digest includes what I read in "
        f"the last {hours} hours; after that, only what is new since the previous digest. "
        f"{empty} I post it {where} (/invite @newsbrief) if I am not in it yet."
    )


def _usable_zone(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return check_zone(name)
    except ScheduleError:
        return None


def _unsubscribe(
    store: Store,
    settings: Settings,
    request: DigestRequest,
    actor: Actor,
    on_change: Callable[[], None] | None,
) -> DigestReply:
    number = request.subscription_id or 0
    sub = get_subscription(store, number)
    if sub is None or not may_change(settings, actor, sub.channel):
        # The same answer whether it exists elsewhere or not: nothing about other channels.
        where = " in this channel" if actor.channel else ""
        return DigestReply(
            f"There is no digest #{number}{where}; /digest list shows them.", done=False
        )
    delete_subscription(store, sub.id)
    logger.info("digest #%d of channel %s removed by %s", sub.id, sub.channel, actor.user_id)
    if on_change is not None:
        on_change()
    return DigestReply(
        f"Unsubscribed: digest #{sub.id} ({schedule_of(sub).describe()}) will not be posted again."
    )


MAX_PREVIEWS = 3


def _preview(store: Store, settings: Settings, channel: str, now: datetime) -> DigestReply:

    subs = list_subscriptions(store, channel)
    if not subs:
        since = latest_article_before(
            store, iso(now - timedelta(hours=settings.digest_first_hours))
        )
        digest = build_digest(store, since)
        meta = "No digest in this channel yet: a new subscription would start with this"
        return DigestReply(previews=[(digest, meta)])
    previews = []
    for sub in subs[:MAX_PREVIEWS]:
        previews.append((subscription_digest(store, sub), meta_line(sub)))
    many = len(subs) > MAX_PREVIEWS
    text = f"This channel has {len(subs)} digests; showing {MAX_PREVIEWS}." if many else ""
    return DigestReply(text, previews)


def _local(moment: datetime, zone: str) -> str:
    local = moment.astimezone(Schedule(DAILY, zone).tz)
    return local.strftime("%a %d %b %H:%M") + f" ({zone})"


def status_text(sub: SubscriptionRow) -> str:
    """ "ok, last posted ...", "no digest yet" or "FAILING: channel_not_found (since ...)"."""
    if sub.status == FAILING:
        since = f" (since {_stamp(sub.last_error_at)})" if sub.last_error_at else ""
        return f"FAILING: {sub.last_error}{since}"
    if sub.status == NEW or not sub.last_posted_at:
        return "no digest posted yet"
    return f"ok, last posted {_stamp(sub.last_posted_at)}"


def _stamp(text: str | None) -> str:
    if not text:
        return "never"
    return parse_iso(text).strftime("%Y-%m-%d %H:%M UTC")


def describe_subscription(sub: SubscriptionRow, now: datetime, with_channel: bool) -> str:
    """One line about a subscription, for /digest list, the console and the CLI."""
    schedule = schedule_of(sub)
    parts = [f"#{sub.id}"]
    if with_channel:
        parts.append(f"channel {sub.channel}")
    parts.append(schedule.describe())
    if sub.topic:
        parts.append(f"about {sub.topic}")
    if sub.post_empty:
        parts.append("posted even when empty")
    parts.append(f"next {_local(schedule.next_slot(now), sub.zone)}")
    parts.append(status_text(sub))
    return " \u00b7 ".join(parts)


def list_text(store: Store, channel: str | None, now: datetime | None = None) -> str:
    """The subscriptions of a channel (or all of them, for the console and CLI)."""
    now = now or datetime.now(UTC)
    subs = list_subscriptions(store, channel)
    if not subs:
        if channel is None:
            return "No digest subscriptions yet. In a Slack channel: /digest subscribe daily 08:00"
        return "This channel has no digests yet. Try: /digest subscribe daily 08:00"
    title = "Digests for this channel:" if channel else "Digest subscriptions:"
    lines = [title]
    lines.extend(
        "\u2022 " + describe_subscription(s, now, with_channel=channel is None) for s in subs
    )
    return "\n".join(lines)


def subscription_view(sub: SubscriptionRow, now: datetime | None = None) -> dict[str, object]:
    """A subscription's JSON fields, with its schedule in words and its next slot."""
    now = now or datetime.now(UTC)
    schedule = schedule_of(sub)
    return {
        **sub.to_dict(),
        "schedule": schedule.describe(),
        "spec": schedule.spec(),
        "next_slot": iso(schedule.next_slot(now)),
    }


class DigestCommandError(ValueError):
    """A digest command that cannot be done (the message says why)."""


def channel_subscription(
    store: Store, channel: str, subscription_id: int | None = None
) -> tuple[SubscriptionRow, str]:
    """The channel's subscription (the given one, else its first) and a note when the
    channel has others; DigestCommandError when there is none."""
    subs = list_subscriptions(store, channel.strip().lstrip("#"))
    if subscription_id is not None:
        subs = [s for s in subs if s.id == subscription_id]
    if not subs:
        which = f" #{subscription_id}" if subscription_id is not None else ""
        raise DigestCommandError(
            f"channel {channel} has no digest subscription{which} (newsbrief subscriptions "
            "lists them)"
        )
    note = ""
    if len(subs) > 1:
        others = ", ".join(f"#{s.id}" for s in subs[1:])
        note = f"channel {channel} has other digests too ({others}); pick one with --id"
    return subs[0], note
