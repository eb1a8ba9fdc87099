"""An organisation named right after the noun that introduces it is the speaker's body,
though the recogniser marks its name late (extract/org_phrases.py `name_after`)."""

from __future__ import annotations

import json

from tests.conftest import run_newsbrief


def test_a_group_named_after_its_noun_is_the_speakers_body() -> None:
    """ "chair of the residents' group Quiet Skies Corrowby": the name after the noun is
    her body, though the recogniser starts a name late ("Skies Corrowby"); not the airport
    whose name shares a word."""
    text = (
        "Corrowby Airport wants a longer runway.\n\n"
        "Hazel Pinnock, chair of the residents' group Quiet Skies Corrowby, told the "
        'inquiry: "A longer runway means bigger, louder planes."'
    )
    result = run_newsbrief("extract", "-", input=json.dumps({"id": "g", "text": text}))
    assert result.returncode == 0, result.stderr
    (output,) = [json.loads(x) for x in result.stdout.splitlines()]
    orgs = {q["speaker"]: q["speaker_org"] for q in output["quotes"]}
    assert orgs["Hazel Pinnock"] == "Quiet Skies Corrowby"
