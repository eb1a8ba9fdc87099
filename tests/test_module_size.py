"""Small modules: no module outside tests/ and bench/ is over 400 lines (the developer guide)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 400
SKIPPED = {"tests", "bench", "build"}


def _modules() -> list[Path]:
    """Every Python module of the project, outside tests/, bench/ and hidden or build dirs."""
    found = []
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if parts[0] in SKIPPED or any(p.startswith(".") or p.endswith(".egg-info") for p in parts):
            continue
        found.append(path)
    return found


def test_no_module_is_over_400_lines() -> None:
    modules = _modules()
    assert len(modules) > 50, "the walk found too few modules to mean anything"
    over = {}
    for path in modules:
        with path.open(encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        if lines > MAX_LINES:
            over[str(path.relative_to(ROOT))] = lines
    assert not over, f"modules over {MAX_LINES} lines (split them by what they hold): {over}"
