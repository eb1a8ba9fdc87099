"""What an extraction change did to the battery's stores: every quote whose speaker or
organisation differs between two folders of SET.db stores of the same articles.

    python bench/store_diff.py BEFORE_DIR AFTER_DIR [--sets LIST] [--most N]

BEFORE_DIR and AFTER_DIR are `bench/battery.py --stores` folders built by two versions of
extraction (the second with `--rebuild`). A quote is matched by its story's headline, its
offset and its words; prints, per set, each quote whose speaker or organisation changed
(before -> after, with the words the story used for the source), then the counts: quotes
compared, organisation changes, speaker changes, quotes only before, only after. Read the
list for people turned into bodies and bodies into people before landing a change.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.battery import set_folders  # noqa: E402

Key = tuple[str, int, str]
Source = tuple[str | None, str | None, str | None]  # speaker, organisation, mention


def read_store(path: Path) -> dict[Key, Source]:
    """Each quote of a store by (headline, offset, words): its speaker, organisation, mention."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT a.title, q.start, q.text, q.speaker, q.speaker_org, q.mention"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
        ).fetchall()
    return {(t, s, x): (sp, org, m) for t, s, x, sp, org, m in rows}


def changes(before: dict[Key, Source], after: dict[Key, Source]) -> list[tuple[Key, str]]:
    """The quotes that differ, each with its kind of change: "speaker", "organisation",
    "only before" or "only after" (a mention alone differing is no change)."""
    found: list[tuple[Key, str]] = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            found.append((key, "only after" if old is None else "only before"))
        elif old[0] != new[0]:
            found.append((key, "speaker"))
        elif old[1] != new[1]:
            found.append((key, "organisation"))
    return found


def main(argv: list[str] | None = None) -> int:
    """Compare the two folders' stores (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--sets", type=Path, help="file naming a set a line (default: all)")
    parser.add_argument("--most", type=int, default=20, help="changes printed per set")
    options = parser.parse_args(argv)
    if options.sets:  # (a set given by its path has its folder's name)
        names = [folder.name for _, folder in set_folders(options.sets)]
    else:
        names = sorted(p.stem for p in options.before.glob("*.db"))
    counts = {"compared": 0, "organisation": 0, "speaker": 0, "only before": 0, "only after": 0}
    for name in names:
        before_path, after_path = options.before / f"{name}.db", options.after / f"{name}.db"
        if not (before_path.exists() and after_path.exists()):
            print(f"{name}: missing in one folder")
            continue
        before, after = read_store(before_path), read_store(after_path)
        counts["compared"] += len(set(before) | set(after))
        found = changes(before, after)
        for (title, _, words), kind in found[: options.most]:
            old, new = before.get((title, _, words)), after.get((title, _, words))
            print(f"{name} | {title[:40]} | {words[:50]!r} | {kind}: {old} -> {new}")
        for _, kind in found:
            counts[kind] += 1
    print("store_diff: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
