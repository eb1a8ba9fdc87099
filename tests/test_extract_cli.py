"""`newsbrief extract`: JSON Lines in and out, no store; bad lines reported and skipped."""

from __future__ import annotations

import json

from tests.conftest import run_newsbrief


def test_extract_jsonl_from_stdin() -> None:
    text = (
        "Mayor Beatriz Aranda spoke on Monday.\n\n"
        "\u201cNobody wants to do this,\u201d Aranda told a news conference."
    )
    lines = "\n".join(
        [
            json.dumps({"id": "a1", "text": text}),
            "{not json",
            json.dumps({"id": "a2"}),
            json.dumps({"id": "a3", "text": "No quotes in this one at all."}),
        ]
    )
    result = run_newsbrief("extract", "-", input=lines)
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["a1", "a3"]
    (quote,) = outputs[0]["quotes"]
    assert quote["speaker"] == "Beatriz Aranda"
    assert text[quote["start"] : quote["end"]] == quote["text"] == "Nobody wants to do this"
    assert quote["kind"] == "direct" and quote["cue"] == "told"
    assert any(e["label"] == "PERSON" for e in outputs[0]["entities"])
    assert outputs[1]["quotes"] == []
    assert "line 2" in result.stderr and "line 3" in result.stderr
