"""Front matter opening a text file: a block of `key: value` lines between two `---` lines,
as static-site and newsroom exports write it (`title:`, `date:`, `source:`, `url:`). Its
values are the article's metadata; the lines after it are the article in the seed layout."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*---\s*$")
_FIELD = re.compile(r"^\s*(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
# How many lines a front-matter block may take before it is taken for text.
_MOST_LINES = 40


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """The front matter's fields (keys lower-cased, quotes around values dropped) and the
    lines after it; no fields and the lines unchanged when the text opens with none."""
    if not lines or not _FENCE.match(lines[0]):
        return {}, lines
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:_MOST_LINES], start=1):
        if _FENCE.match(line):
            return fields, lines[number + 1 :]
        found = _FIELD.match(line)
        if found is None:
            if line.strip():
                return {}, lines  # not key: value lines, so not front matter
            continue
        fields[found["key"].lower()] = found["value"].strip("\"'")
    return {}, lines


def field(fields: dict[str, str], *keys: str) -> str | None:
    """The first of the keys the fields hold a non-empty value for."""
    for key in keys:
        value = fields.get(key.lower(), "").strip()
        if value:
            return value
    return None
