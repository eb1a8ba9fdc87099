"""Answers to fixed topic questions of several words on a store, saved, and compared between
two versions of the code: which answer quotes each version gains and loses.

Run: .venv/bin/python bench/topic_answers.py ask DB LABEL   (answers saved as OUT/LABEL.json)
     .venv/bin/python bench/topic_answers.py diff LABEL_A LABEL_B

DB is a store of PolNeAR TRAIN (2015-16 US politics; build it as ../shared/eval/answer_eval.py
does, `newsbrief --db DB ingest` over one JSON file per article). The questions name the most
quoted speakers and topics of several words, many of them lexicon phrases ("legal action",
"health care", "spending cuts", ask/data/topics.json), and a few ask every speaker ("who said
what about ..."). Each question runs as a user runs it: `newsbrief ask QUESTION --json
--limit 0`. To compare code versions, ask with one, change the code, ask again, then diff.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = Path("/tmp/topic-answers")
# (speaker or None for every speaker, topic)
QUESTIONS: list[tuple[str | None, str]] = [
    ("Hillary Clinton", "legal action"),
    ("Donald Trump", "legal action"),
    ("Barack Obama", "legal action"),
    ("Donald Trump", "the legal challenge"),
    ("Barack Obama", "the legal challenge"),
    ("Ted Cruz", "the legal challenge"),
    ("Donald Trump", "taking them to court"),
    ("Hillary Clinton", "going to court"),
    ("Hillary Clinton", "job losses"),
    ("Donald Trump", "job losses"),
    ("Bernie Sanders", "job losses"),
    ("Barack Obama", "gun control"),
    ("Hillary Clinton", "gun control"),
    ("Donald Trump", "gun control"),
    ("Hillary Clinton", "health care"),
    ("Bernie Sanders", "health care"),
    ("Ted Cruz", "health care"),
    ("Donald Trump", "tax cuts"),
    ("Jeb Bush", "tax cuts"),
    ("Marco Rubio", "tax cuts"),
    ("Bernie Sanders", "climate change"),
    ("Barack Obama", "climate change"),
    ("Bernie Sanders", "the minimum wage"),
    ("Donald Trump", "the trade deal"),
    ("Bernie Sanders", "free trade"),
    ("Donald Trump", "the border wall"),
    ("Marco Rubio", "national security"),
    ("Ted Cruz", "foreign policy"),
    ("Bernie Sanders", "Wall Street"),
    ("Hillary Clinton", "the private email server"),
    ("Barack Obama", "the Supreme Court nominee"),
    ("Paul Ryan", "the middle class"),
    ("Donald Trump", "illegal immigration"),
    ("Hillary Clinton", "Planned Parenthood"),
    ("Ted Cruz", "the Iran deal"),
    ("Barack Obama", "the refugee crisis"),
    ("Paul Ryan", "spending cuts"),
    ("Ted Cruz", "budget cuts"),
    ("Bernie Sanders", "the cost of living"),
    ("Hillary Clinton", "rising prices"),
    ("John Kerry", "the ceasefire"),
    ("Barack Obama", "refugees"),
    ("Donald Trump", "refugees"),
    ("Hillary Clinton", "the hack"),
    ("Barack Obama", "the death toll"),
    ("Bernie Sanders", "housing"),
    ("Barack Obama", "pollution"),
    ("Hillary Clinton", "layoffs"),
    ("Donald Trump", "lawsuits"),
    ("Hillary Clinton", "pay"),
    ("Donald Trump", "tariffs"),
    *[
        (None, topic)
        for topic in (
            "legal action",
            "the legal challenge",
            "health care",
            "job cuts",
            "climate change",
            "spending cuts",
            "the cost of living",
            "the ceasefire",
            "refugees",
            "pay",
            "lawsuits",
            "rising prices",
        )
    ],
]


def question_text(speaker: str | None, topic: str) -> str:
    """The question as a user asks it."""
    return f"what did {speaker} say about {topic}?" if speaker else f"who said what about {topic}?"


def ask(db: Path, question: str) -> dict[str, Any]:
    """What was searched and each answer quote (article:start key, tier, speaker, text)."""
    command = [str(Path(sys.executable).parent / "newsbrief"), "--db", str(db), "ask", question]
    done = subprocess.run(
        [*command, "--json", "--limit", "0"], capture_output=True, text=True, check=False
    )
    try:
        answer = json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"error": (done.stdout + done.stderr)[-300:], "quotes": []}
    quotes = [
        {
            "key": f"{_article(q['article'])}:{q['start']}",
            "match": q.get("match"),
            "speaker": q["speaker"],
            "text": q["text"],
        }
        for q in answer.get("quotes") or []
    ]
    return {"searched": answer.get("searched"), "quotes": quotes}


def _article(article: dict[str, Any]) -> str:
    """An article's name that stays the same between stores: its URL's last part, else its id."""
    return str(article.get("url") or article["id"]).rsplit("/", 1)[-1]


def diff(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Per question, the answer quotes only one of the two versions gives."""
    totals = [0, 0]
    for question, old in before.items():
        new = after.get(question, {"quotes": []})
        was = {q["key"]: q for q in old["quotes"]}
        now = {q["key"]: q for q in new["quotes"]}
        totals[0] += len(was)
        totals[1] += len(now)
        if was.keys() == now.keys():
            continue
        print(f"{question}  {len(was)} -> {len(now)}")
        for tag, side, other in (("LOST", was, now), ("NEW", now, was)):
            for key in side.keys() - other.keys():
                q = side[key]
                print(f"   {tag} [{q['match']}] {key} {q['speaker']}: {q['text'][:200]}")
    print(f"answer quotes {totals[0]} -> {totals[1]}")


def main() -> None:
    """ask: answer every question and save; diff: compare two saved runs."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--out", type=Path, default=OUT, help="where runs are saved")
    sub = cli.add_subparsers(dest="command", required=True)
    asking = sub.add_parser("ask")
    asking.add_argument("db", type=Path)
    asking.add_argument("label")
    comparing = sub.add_parser("diff")
    comparing.add_argument("before")
    comparing.add_argument("after")
    opt = cli.parse_args()
    opt.out.mkdir(parents=True, exist_ok=True)
    if opt.command == "ask":
        texts = [question_text(speaker, topic) for speaker, topic in QUESTIONS]
        with ThreadPoolExecutor(2) as pool:
            answers = dict(zip(texts, pool.map(lambda t: ask(opt.db, t), texts), strict=True))
        (opt.out / f"{opt.label}.json").write_text(json.dumps(answers, indent=1))
        count = sum(len(a["quotes"]) for a in answers.values())
        errors = sum("error" in a for a in answers.values())
        print(f"{opt.label}: {len(answers)} questions, {count} answer quotes, {errors} errors")
    else:
        runs = [
            json.loads((opt.out / f"{label}.json").read_text()) for label in (opt.before, opt.after)
        ]
        diff(*runs)


if __name__ == "__main__":
    main()
