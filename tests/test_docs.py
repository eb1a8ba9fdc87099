"""Documentation kept true: settings in .env.example and the README, CLI help, make targets."""

from __future__ import annotations

import re

import click
import pytest

from bot.cli import cli
from tests.conftest import ROOT
from work.settings import SETTINGS

README = (ROOT / "README.md").read_text("utf-8")
ENV_EXAMPLE = (ROOT / ".env.example").read_text("utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_setting_documented(setting: object) -> None:
    name = setting.name  # type: ignore[attr-defined]
    assert re.search(rf"^#?\s*{name}=", ENV_EXAMPLE, re.M), f"{name} missing from .env.example"
    assert name in README, f"{name} missing from README"


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, prefix + name + " "))
    return found


@pytest.mark.parametrize("name, command", _commands(cli), ids=lambda x: str(x))
def test_every_command_has_help(name: str, command: click.Command) -> None:
    assert command.help and len(command.help) > 20
    assert f"newsbrief {name}" in README or f"`{name}`" in README


def test_readme_starts_with_the_two_commands() -> None:
    first = README.index("make run")
    assert first < README.index("make test") < README.index("## Configuration")
