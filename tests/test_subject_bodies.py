"""Which body an unnamed spokesperson speaks for, and names that are no person's or no
body's: "The board rejected that. A spokeswoman said ..." is the board's spokeswoman, not
the company quoted before; "Carrowell Pharmacy" is a business (a name ending in
"Pharmacy", people_words.json "org_words"); "the GP" is a title, no organisation
(people_words.json "role_words"). A fictional village story, extracted with the real model
and asked through `newsbrief ask --json`."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, said_in, story_db

STORY = (
    "Village GP surgery to hand out prescriptions\n\n"
    "Patients in Little Stenning will collect prescriptions from the village surgery after "
    "the pharmacy closes. The North Vale Health Board agreed the plan on Friday.\n\n"
    'Dr Samuel Oyelaran, a GP at the Stenning Medical Practice, said it was "a bridge, not '
    'a destination".\n\n'
    'Carrowell Pharmacy criticised the board for taking "too long" to act. In a statement, '
    "the company said it had warned the board about the branch's finances in the summer.\n\n"
    "The board rejected that. A spokeswoman said it had received no formal warning from "
    "Carrowell until the closure was announced.\n"
)


def test_a_spokeswoman_after_a_bodys_sentence_speaks_for_that_body(nlp: Language) -> None:
    found = [q for q in extract_doc(nlp(STORY)).quotes if "formal warning" in q.text]
    assert found and all(q.speaker_org == "North Vale Health Board" for q in found)


def test_a_name_ending_in_pharmacy_is_a_business(nlp: Language) -> None:
    cast = {p.name: p.kind for p in extract_doc(nlp(STORY)).people}
    assert cast.get("Carrowell Pharmacy") == "org"
    found = [q for q in extract_doc(nlp(STORY)).quotes if "warned the board" in q.text]
    assert found and all(q.speaker == "Carrowell Pharmacy" for q in found)


def test_a_title_in_capitals_is_no_organisation(nlp: Language) -> None:
    extraction = extract_doc(nlp(STORY))
    assert "GP" not in {p.name for p in extraction.people}
    found = [q for q in extraction.quotes if "a bridge" in q.text]
    assert found and all(q.speaker == "Samuel Oyelaran" for q in found)
    assert {(q.speaker_title, q.speaker_org) for q in found} == {
        ("GP", "Stenning Medical Practice")
    }


def test_the_health_board_answers_with_its_spokeswoman(nlp: Language, tmp_path: Path) -> None:
    answer = ask_json(story_db(tmp_path, "pharmacy", STORY), "what did the health board say?")
    texts = [t for _, t in said_in(answer)]
    assert any("no formal warning" in t for t in texts)
    assert not any("warned the board" in t for t in texts)  # the pharmacy's, not the board's
