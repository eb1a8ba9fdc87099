"""A plural possessive written with a curly apostrophe ("Aurelis Cruises\u2019 vice-president")
is read as the possessive it is, in ingest and in `newsbrief extract`, and the article's own
characters are what the quotes and offsets show (extract/parse_forms.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ask_json, run_newsbrief, speakers_in, stories_db

TEXT = (
    "Aurelis Cruises has agreed to bring 40 calls a year to Porthcarne.\n\n"
    "Thiago Nascimento, Aurelis Cruises\u2019 vice-president for ports and destinations, "
    "said Porthcarne would be the line\u2019s first call in the region."
)


def test_extract_reads_a_curly_plural_possessive_as_a_possessive() -> None:
    line = json.dumps({"id": "p", "text": TEXT})
    result = run_newsbrief("extract", "-", input=line)
    assert result.returncode == 0, result.stderr
    (output,) = [json.loads(x) for x in result.stdout.splitlines()]
    said = {q["text"]: q for q in output["quotes"]}
    first_call = said["Porthcarne would be the line\u2019s first call in the region"]
    assert first_call["speaker"] == "Thiago Nascimento"  # not the company's statement
    assert first_call["speaker_org"] == "Aurelis Cruises"
    assert TEXT[first_call["start"] : first_call["end"]] == first_call["text"]  # its own marks


def test_a_company_asked_for_answers_with_its_officer(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"cruise": "Cruise calls for Porthcarne\n" + TEXT})
    found = speakers_in(ask_json(db, "what did Aurelis Cruises say?"))
    assert "Thiago Nascimento" in found


def test_a_group_named_after_its_noun_is_the_speakers_body() -> None:
    """ "chair of the residents\u2019 group Quiet Skies Corrowby": the name after the noun is
    her body, though the recogniser starts a name late ("Skies Corrowby"); not the airport
    whose name shares a word."""
    text = (
        "Corrowby Airport wants a longer runway.\n\n"
        "Hazel Pinnock, chair of the residents\u2019 group Quiet Skies Corrowby, told the "
        'inquiry: "A longer runway means bigger, louder planes."'
    )
    result = run_newsbrief("extract", "-", input=json.dumps({"id": "g", "text": text}))
    assert result.returncode == 0, result.stderr
    (output,) = [json.loads(x) for x in result.stdout.splitlines()]
    orgs = {q["speaker"]: q["speaker_org"] for q in output["quotes"]}
    assert orgs["Hazel Pinnock"] == "Quiet Skies Corrowby"
