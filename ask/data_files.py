"""The ask package's word lists: one reader for every JSON file under ask/data/.

Each file is read once per process, from the installed package (importlib.resources), so the
lists work from a wheel as well as from a checkout. Modules take the part they need from the
parsed document; none opens a data file itself.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def ask_data(name: str) -> Any:
    """The parsed JSON document ask/data/`name` (e.g. "speech.json"), read once."""
    return json.loads(resources.files("ask").joinpath("data", name).read_text("utf-8"))
