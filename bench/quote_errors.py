"""Error analysis for bench/eval_quotes.py: misses, false hits and wrong speakers, with the
scorer's own matching rules (imported from ../shared/eval/score_quotes.py)."""

from __future__ import annotations

import collections
import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score_quotes.py"


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer as a module."""
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def classify(
    records: list[dict[str, Any]], systems: list[dict[str, Any]]
) -> dict[str, list[tuple[str, str]]]:
    """Errors by kind: 'miss', 'false', 'speaker' -> (article id, description)."""
    sq_mod = load_scorer()
    by_id = {s["id"]: s["quotes"] for s in systems}
    errors: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for gold in records:
        art = sq_mod.Article(gold)
        golds = gold["attributions"]
        g_pos = []
        for a in golds:
            p: set[int] = set()
            for sp in a["content"]["spans"]:
                p |= art.positions(sp["start"], sp["end"])
            g_pos.append(p)
        sysq = by_id.get(gold["id"], [])
        sq = [sq_mod.prepare_system_quote(art, q) for q in sysq]
        cands = []
        for si, sp in enumerate(sq):
            for gi in range(len(golds)):
                j = sq_mod.jaccard_sets(sp["pos"], g_pos[gi])
                if j >= sq_mod.THRESHOLD:
                    cands.append((-j, gi, si))
        cands.sort()
        used_g: set[int] = set()
        used_s: set[int] = set()
        for _, gi, si in cands:
            if gi in used_g or si in used_s:
                continue
            used_g.add(gi)
            used_s.add(si)
            if not sq_mod.speaker_ok(sysq[si].get("speaker"), golds[gi], "coref"):
                src = golds[gi].get("source") or {}
                names = (src.get("coref") or {}).get("names") if src else None
                errors["speaker"].append(
                    (
                        gold["id"],
                        f"ours {sysq[si].get('speaker')!r} gold {src.get('text')!r} {names} | "
                        f"{golds[gi]['content']['text'][:90]!r}",
                    )
                )
        for gi, a in enumerate(golds):
            if gi not in used_g:
                src = (a.get("source") or {}).get("text")
                cue = (a.get("cue") or {}).get("text")
                errors["miss"].append(
                    (gold["id"], f"[{a['type']}] {src!r} {cue!r} | {a['content']['text'][:110]!r}")
                )
        for si, q in enumerate(sysq):
            if si not in used_s:
                errors["false"].append(
                    (gold["id"], f"{q.get('speaker')!r} | {q.get('content', '')[:110]!r}")
                )
    return errors


def print_errors(records: list[dict[str, Any]], systems: list[dict[str, Any]], n: int) -> None:
    """Print counts and a random sample of each kind of error."""
    errors = classify(records, systems)
    rng = random.Random(0)
    for kind in ("speaker", "miss", "false"):
        items = errors.get(kind, [])
        print(f"\n== {kind}: {len(items)}")
        for article_id, text in rng.sample(items, min(n, len(items))):
            print(f"  {article_id[:40]}: {text}")
