"""Who may do what: the one rule every surface asks (slash command, DM, mention, button,
App Home, the local console).

- The local console (`newsbrief chat`, and the CLI) is the operator: an admin. Whoever runs
  it already holds the store file, so there is nothing to protect from them.
- A Slack user listed in NEWSBRIEF_ADMINS is an admin: sees and changes every channel's
  digest subscriptions, and may run the admin commands (`/newsbrief ingest`, `feed`).
- Any other Slack user sees and changes the subscriptions of the channel they are typing in
  (a slash command, a mention, a button there), and none from a DM with the bot. In the App
  Home, which is in no channel either, they see (not change) the ones they made themselves.
  A Slack request without a user id is nobody: it sees and changes nothing.

Every command that reveals or changes subscriptions, and every admin-only command, asks
`subscription_scope`, `may_change`, `visible_subscriptions` or `admin_refusal` here; nothing
else decides.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from storage.db import Store
from storage.digests import SubscriptionRow, list_subscriptions
from work.settings import Settings

logger = logging.getLogger(__name__)

# Surfaces a request comes from.
CONSOLE, SLASH, DM, MENTION, BUTTON, HOME = "console", "slash", "dm", "mention", "button", "home"
_CHANNEL_SURFACES = (SLASH, MENTION, BUTTON)

NOT_ADMIN = (
    "Sorry, only newsbrief admins can add or change sources. "
    "Ask an admin to add your Slack user id to NEWSBRIEF_ADMINS."
)
NO_CHANNEL_HERE = (
    "Here I show no channel's digests: run `/digest {what}` in the channel whose digests "
    "you mean (or ask a newsbrief admin)."
)


@dataclass(frozen=True)
class Actor:
    """Who asks, and where: the surface, the Slack user (None for the console) and the
    channel the request was typed in (None for the console and the App Home)."""

    surface: str
    user_id: str | None = None
    channel: str | None = None

    @classmethod
    def console(cls) -> Actor:
        """The local operator at the console or the CLI."""
        return cls(CONSOLE)

    @classmethod
    def operator(cls, channel: str) -> Actor:
        """The local operator acting on one channel's digests from the CLI
        (`newsbrief subscriptions add --channel C0123 ...`)."""
        return cls(CONSOLE, None, channel)

    @classmethod
    def slack(cls, surface: str, user_id: str | None, channel: str | None) -> Actor:
        """A Slack user on a surface; a DM channel counts as no channel."""
        if surface == CONSOLE:
            raise ValueError("a Slack request is never the console")
        where = channel or None
        if surface in (DM, HOME) or (where is not None and where.startswith("D")):
            where = None
        return cls(surface, user_id or None, where if surface in _CHANNEL_SURFACES else None)


def is_admin(settings: Settings, actor: Actor) -> bool:
    """True for the console and for Slack users in NEWSBRIEF_ADMINS."""
    if actor.surface == CONSOLE:
        return True
    return actor.user_id is not None and actor.user_id in settings.admins


@dataclass(frozen=True)
class Scope:
    """Which channels' subscriptions an actor may see and change: every one (`everything`)
    or the one `channel` (None: none at all)."""

    everything: bool
    channel: str | None

    def covers(self, channel: str) -> bool:
        """True when the actor may see and change this channel's subscriptions."""
        return self.everything or (self.channel is not None and channel == self.channel)

    @property
    def nothing(self) -> bool:
        """True when the actor may see no subscription at all."""
        return not self.everything and self.channel is None


def subscription_scope(settings: Settings, actor: Actor) -> Scope:
    """The subscriptions `actor` may see and change (see the module's rule)."""
    if is_admin(settings, actor):
        return Scope(True, actor.channel)
    if actor.user_id is None:  # nobody: a Slack request that names no user
        return Scope(False, None)
    return Scope(False, actor.channel)


def may_change(settings: Settings, actor: Actor, channel: str) -> bool:
    """True when `actor` may change (or see) a subscription of `channel`; a refusal is
    logged."""
    allowed = subscription_scope(settings, actor).covers(channel)
    if not allowed:
        logger.info(
            "refused a change to a digest of channel %s for user %s (%s)",
            channel,
            actor.user_id,
            actor.surface,
        )
    return allowed


def visible_subscriptions(store: Store, settings: Settings, actor: Actor) -> list[SubscriptionRow]:
    """The subscriptions `actor` may see, oldest first: all (an admin), their channel's, or
    in the App Home the ones they made."""
    scope = subscription_scope(settings, actor)
    if scope.everything:
        return list_subscriptions(store)
    if scope.channel is not None:
        return list_subscriptions(store, scope.channel)
    if actor.surface == HOME and actor.user_id is not None:
        return [s for s in list_subscriptions(store) if s.created_by == actor.user_id]
    return []


def admin_refusal(settings: Settings, actor: Actor, what: str) -> str | None:
    """None when `actor` may run the admin command `what`, else the reply that refuses it
    (and a log line)."""
    if is_admin(settings, actor):
        return None
    logger.info("refused %s for non-admin user %s (%s)", what, actor.user_id, actor.surface)
    return NOT_ADMIN


# What an actor's correction of a quote or speaker does (see `correction_mode`).
APPLY, PROPOSE, REFUSE = "apply", "propose", "refuse"


def correction_mode(settings: Settings, actor: Actor) -> str:
    """How a correction (hide, reassign, merge, rename) from `actor` is taken: APPLY at once
    for an admin (the console, the CLI, NEWSBRIEF_ADMINS), PROPOSE to the admins for
    approval for any other Slack user, REFUSE for nobody (a request that names no user).
    Approving or rejecting a proposed correction is for admins only (`admin_refusal`)."""
    if is_admin(settings, actor):
        return APPLY
    if actor.user_id is None:
        logger.info("refused a correction from a request without a user (%s)", actor.surface)
        return REFUSE
    return PROPOSE
