"""`newsbrief extract`: JSON Lines in and out, no store; bad lines reported and skipped."""

from __future__ import annotations

import json

from tests.conftest import run_newsbrief

SPLIT_AND_PARTIAL = (
    "Residents packed the hall on Tuesday.\n\n"
    "\u201cWe were never asked,\u201d said Ines Varga, who chairs the residents' group. "
    "\u201cNot once in three years.\u201d\n\n"
    "The mayor, Tom Reid, said the council had been \u201cas open as it could be\u201d about "
    "the plans."
)


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
            json.dumps({"id": "a4", "text": SPLIT_AND_PARTIAL}),
        ]
    )
    result = run_newsbrief("extract", "-", input=lines)
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["a1", "a3", "a4"]
    (quote,) = outputs[0]["quotes"]
    assert (
        quote["spans"]
        == quote["quoted"]
        == [{"start": quote["start"], "end": quote["end"], "text": quote["text"]}]
    )
    assert quote["speaker"] == "Beatriz Aranda"
    assert text[quote["start"] : quote["end"]] == quote["text"] == "Nobody wants to do this"
    assert quote["kind"] == "direct" and quote["cue"] == "told"
    assert any(e["label"] == "PERSON" for e in outputs[0]["entities"])
    assert outputs[1]["quotes"] == []
    assert "line 2" in result.stderr and "line 3" in result.stderr

    split, partial = outputs[2]["quotes"]
    # One object per attribution: a quote split around its speaker is one, with two spans.
    assert split["speaker"] == "Ines Varga" and split["kind"] == "direct"
    assert [s["text"] for s in split["spans"]] == [
        "We were never asked",
        "Not once in three years.",
    ]
    assert split["quoted"] == split["spans"]
    assert (split["start"], split["end"]) == (split["spans"][0]["start"], split["spans"][1]["end"])
    # A partial quote is not repeated: its reported sentence is the span, the quoted words
    # are marked inside it.
    assert partial["speaker"] == "Tom Reid" and partial["kind"] == "partial"
    (span,) = partial["spans"]
    assert span["text"].startswith("the council had been") and "about the plans" in span["text"]
    (quoted,) = partial["quoted"]
    assert quoted["text"] == "as open as it could be"
    assert span["start"] < quoted["start"] < quoted["end"] < span["end"]
    assert SPLIT_AND_PARTIAL[quoted["start"] : quoted["end"]] == quoted["text"]
