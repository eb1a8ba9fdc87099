"""Settings for sources: parsed once, bad values refused with the setting's name."""

from __future__ import annotations

import pytest

from tests.conftest import run_newsbrief
from work.permissions import DM, SLASH, Actor, is_admin
from work.settings import Settings


def test_defaults_and_lists() -> None:
    settings = Settings.from_env(
        {"NEWSBRIEF_ADMINS": "U1, U2;U3", "NEWSBRIEF_ALLOW_HOSTS": ""}, None
    )
    assert settings.admins == {"U1", "U2", "U3"}
    assert is_admin(settings, Actor.console()) and is_admin(settings, Actor.slack(DM, "U2", None))
    assert not is_admin(settings, Actor.slack(SLASH, "U9", "C1"))
    assert not is_admin(settings, Actor.slack(SLASH, None, "C1"))  # no user: nobody
    assert settings.allow_hosts == ()
    assert (settings.fetch_timeout, settings.fetch_connect_timeout) == (15.0, 5.0)
    assert settings.feed_poll_minutes == 15 and settings.fetch_max_redirects == 5
    fetcher = Settings.from_env({"NEWSBRIEF_ALLOW_HOSTS": "127.0.0.1, 10.0.0.0/8"}, None).fetcher()
    assert fetcher.allow.networks and fetcher.limits.max_bytes == 5_000_000


@pytest.mark.parametrize(
    "name, value",
    [
        ("NEWSBRIEF_ALLOW_HOSTS", "wire desk/8"),
        ("NEWSBRIEF_FETCH_TIMEOUT", "0"),
        ("NEWSBRIEF_FETCH_TIMEOUT", "soon"),
        ("NEWSBRIEF_FEED_POLL_MINUTES", "0"),
        ("NEWSBRIEF_FETCH_MAX_REDIRECTS", "-1"),
    ],
)
def test_bad_values_are_usage_errors(name: str, value: str) -> None:
    with pytest.raises(ValueError, match=name):
        Settings.from_env({name: value}, None)
    result = run_newsbrief("--db", "t.db", "feeds", "list", env={"PATH": "", name: value})
    assert result.returncode == 2 and name in result.stderr
