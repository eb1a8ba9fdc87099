"""A branch of a body speaks for the body: "The Pellingford branch of the National Union of
Teachers said" and "a spokeswoman for the Brackenshire branch of the Growers' Union said"
are the union's voices, not a body called Pellingford or Brackenshire (a place's name the
recogniser read as an organisation's; extract/org_lookup.py `branch_whole`, data/
people_words.json "org_parts"). Fictional stories."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.conftest import ask_json, extracted_quotes, speakers_in, stories_db

STORY = (
    "Phones to be locked away at Kestrel Hill\n\n"
    "Parents packed the hall at Kestrel Hill Academy on Wednesday.\n\n"
    "The Pellingford branch of the National Union of Teachers and Tutors said in a statement "
    'that its members at the school "strongly welcome" the policy.\n\n'
    "A spokeswoman for the Brackenshire branch of the Growers and Landowners Union said grass "
    'cuttings were "the most common thing our members find dumped".\n'
)


def test_a_branchs_words_are_its_bodys(nlp: Language) -> None:
    quotes = extracted_quotes(nlp, STORY)
    orgs = {q.speaker_org for q in quotes}
    assert "National Union of Teachers and Tutors" in orgs
    assert "Growers and Landowners Union" in orgs
    assert not orgs & {"Pellingford branch", "Pellingford", "Brackenshire"}


def test_the_union_asked_for_answers_with_its_branch(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"phones": STORY})
    answer = ask_json(db, "what did the National Union of Teachers and Tutors say?")
    assert any("strongly welcome" in q["text"] for q in answer["quotes"])
    assert speakers_in(answer) <= {"National Union of Teachers and Tutors"}
