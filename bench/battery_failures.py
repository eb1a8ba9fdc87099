"""The battery's failures grouped, to choose what to work on next.

    python bench/battery_failures.py OUT.json --stores DIR [--sets LIST] [--kind KIND]
        [--where WHERE]

OUT.json is a `bench/battery.py --out` file, DIR the stores it asked, LIST its sets (needed
only for sets given as paths outside bench/). Each failing question
is put in a kind by its parse (`ask.intents.parse_question`: stance, who_said_what,
what_did_x_say with or without a topic, keyword, ...; "/nothing" when it expects nothing)
and the kinds are counted with their problems (missing speaker, missing phrase, forbidden
speaker, unwanted phrase, expected none). Each missing phrase is then looked up in the
store: "not extracted" (no quote holds it), "unattributed" (only quotes with neither a
speaker nor an organisation), "other speaker" (held by someone not expected), or "ask
missed" (an expected speaker, or the body an unnamed spokesperson's quote is filed under,
holds it). `--kind KIND` lists that kind's failing questions; `--where WHERE` lists the
missing phrases found so. Held-out sets and probes stay out of it until their stop's end.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.battery import set_folders  # noqa: E402
from bench.heldout import ROOT, normalise, read_questions  # noqa: E402

_PHRASE = re.compile(r"missing phrase (['\"])(?P<phrase>.*)\1$")


def question_kind(question: dict[str, Any]) -> str:
    """A failing question's kind: its parse's intent (stance questions apart, a topic or not
    for what_did_x_say), "/nothing" added when it expects no quotes."""
    from ask.intents import parse_question

    query = parse_question(question["q"], tz="UTC")
    kind = "stance" if query.stance else query.intent
    if query.intent == "what_did_x_say":
        kind += " about" if query.topic and query.speaker else ""
    if not question["expect_speakers"] and not question["expect_phrases"]:
        kind += "/nothing"
    return kind


def phrase_place(phrase: str, expected: set[str], holders: list[tuple[str | None, str]]) -> str:
    """Where a missing phrase is in the store: not extracted, unattributed, other speaker,
    or ask missed (see the module docstring)."""
    speakers = {normalise(s) if s else None for s, text in holders if phrase in text}
    if not speakers:
        return "not extracted"
    if speakers & expected:
        return "ask missed"
    return "unattributed" if speakers == {None} else "other speaker"


def _holders(store: Path) -> list[tuple[str | None, str]]:
    """Each quote of a store: who holds it (speaker, else organisation) and its words."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT COALESCE(speaker, speaker_org), text FROM quotes")
        return [(s, normalise(t)) for s, t in rows]


def main(argv: list[str] | None = None) -> int:
    """Group and print the failures (module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path, help="a bench/battery.py --out file")
    parser.add_argument("--stores", type=Path, required=True, help="the stores it asked")
    parser.add_argument("--sets", type=Path, help="the battery's LIST, for sets given by path")
    parser.add_argument("--kind", help="list this kind's failing questions")
    parser.add_argument("--where", help="list the missing phrases found so")
    options = parser.parse_args(argv)
    results: dict[str, dict[str, Any]] = json.loads(options.results.read_text("utf-8"))
    folders = {f.name: f for _, f in set_folders(options.sets)} if options.sets else {}
    questions: dict[str, list[dict[str, Any]]] = {}
    stores: dict[str, list[tuple[str | None, str]]] = {}
    kinds: dict[str, list[tuple[str, dict[str, Any], list[str]]]] = {}
    places: Counter[str] = Counter()
    listed: list[str] = []
    for key, result in results.items():
        if result["right"]:
            continue
        name, number = key.rsplit(" ", 1)
        if name not in questions:
            folder = folders.get(name, ROOT / "bench" / name)
            questions[name] = read_questions(folder / "questions.jsonl")
        question = questions[name][int(number) - 1]
        kinds.setdefault(question_kind(question), []).append((key, question, result["problems"]))
        if name not in stores:  # each store's quotes read once
            stores[name] = _holders(options.stores / f"{name}.db")
        holders = stores[name]
        expected = {normalise(s) for s in question["expect_speakers"]}
        for problem in result["problems"]:
            found = _PHRASE.match(problem)
            if found:
                where = phrase_place(normalise(found.group("phrase")), expected, holders)
                places[where] += 1
                if where == options.where:
                    listed.append(f"  {key} | {found.group('phrase')[:60]} | {question['q']}")
    for kind, failing in sorted(kinds.items(), key=lambda item: -len(item[1])):
        problems = Counter(" ".join(p.split()[:2]) for _, _, ps in failing for p in ps)
        print(f"{kind}: {len(failing)} {dict(problems)}")
        if kind == options.kind:
            for key, question, problem_list in failing:
                print(f"  {key} | {question['q']} | {'; '.join(problem_list)[:200]}")
    print("missing phrases: " + ", ".join(f"{k} {v}" for k, v in places.most_common()))
    print("\n".join(listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
