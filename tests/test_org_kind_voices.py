"""An unnamed source whose title names the body by its kind, and a body asked for by the
kind the story's lead gave it before naming it. Fictional stories, in several forms each:

- "a commission spokesman said", "a council official told", "a union spokeswoman added":
  the source speaks for the article's one organisation whose name ends in that kind, not
  for the organisation that spoke just before; "the spokesman" right after is the same
  source;
- "The health regulator has fined ...", then "The Water Standards Commission said ...":
  asked for "the regulator", the body so described in the lead answers, through its named
  officers too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ask_json, normalise, stories_db


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "Brenlow District Council closed the pier on Friday.\n\nThe Pier Traders' "
            "Association said the closure would ruin the summer.\n\nA council official "
            'rejected that. She said engineers had found cracks.\n\n"Nobody wants the pier '
            'shut," the official said.\n',
            "Brenlow District Council",
        ),
        (
            "The Harbour Pilots' Union called a strike on Monday.\n\nKelp Marine Ltd said in "
            "a statement that the ballot was flawed.\n\nA union spokeswoman disagreed. She "
            'said every vote had been counted twice.\n\n"The result will stand," the '
            "spokeswoman said.\n",
            "Harbour Pilots' Union",
        ),
        (
            "The Dunmere Hospitals Trust has closed its maternity ward at night.\n\nThe "
            "Patients' Forum said mothers would have to travel 40 miles.\n\nA trust "
            "spokesperson disputed the figure. He said most mothers lived within 20 miles."
            '\n\n"Safety has to come first," the spokesperson said.\n',
            "Dunmere Hospitals Trust",
        ),
        (
            "Vardy Leisure lost its licence after a hearing at the Elmore Licensing Board.\n\n"
            "Vardy Leisure said in a statement that the hearing had been unfair.\n\nA board "
            "spokesman rejected that. He said the company had been given three warnings.\n\n"
            '"The decision stands," the spokesman said.\n',
            "Elmore Licensing Board",
        ),
        (
            "HM Coastguard said it was the fourth rescue at Saltmere this year.\n\nA "
            "coastguard spokeswoman urged visitors to check tide times before walking on the "
            'sands. "The tide comes in around you," she said.\n',
            "HM Coastguard",
        ),
    ],
)
def test_a_title_naming_a_kind_speaks_for_that_body_and_again(
    nlp: Language, text: str, org: str
) -> None:
    quotes = extract_doc(nlp(text)).quotes
    orgs = {q.speaker_org for q in quotes if q.speaker is None}
    assert orgs == {org}, [(q.text, q.speaker_title, q.speaker_org) for q in quotes]


def test_a_kind_no_named_body_has_is_not_the_other_sides(nlp: Language) -> None:
    text = (
        "Officers raided a warehouse in Tolley on Tuesday.\n\nThe Tolley Traders' "
        "Association said shops had been left without stock.\n\nA police spokeswoman "
        'apologised. She said the raid had been planned for months.\n\n"We will pay for '
        'any damage," the spokeswoman said.\n'
    )
    quotes = extract_doc(nlp(text)).quotes
    assert "Tolley Traders' Association" not in {q.speaker_org for q in quotes if not q.speaker}


LEAD = (
    "Regulator fines Orrin Water over spills\n\n"
    "The water regulator has fined Orrin Water £2m after sewage spills at Tamsin Bay.\n\n"
    "The Water Standards Commission said the company had ignored warnings for two years.\n\n"
    "Dr Ines Farrow, the commission's director of enforcement, said: \"The spills at Tamsin "
    'Bay were the worst we have seen."\n\n'
    "Orrin Water's chief executive, Bram Keel, said the spills were caused by a storm.\n"
)


@pytest.fixture(scope="module")
def lead_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("lead"), {"a-fine": LEAD})


def test_the_kind_a_lead_gives_before_the_name_finds_the_body(lead_db: Path) -> None:
    answer = ask_json(lead_db, "what did the regulator say about the spills?", "--limit", "0")
    said = " | ".join(normalise(q["text"]) for q in answer["quotes"] or [])
    speakers = {q["speaker"] for q in answer["quotes"] or []}
    assert "worst we have seen" in said and "Ines Farrow" in speakers
    assert "Bram Keel" not in speakers


def test_a_general_kind_keeps_the_named_body_that_can_be_one(nlp: Language) -> None:
    text = (
        "Halden & Croft will cut 90 jobs at its Tolley works.\n\n"
        "Halden & Croft said in a statement that it had no realistic alternative.\n\n"
        "A company spokeswoman said voluntary redundancy had been offered to every worker. "
        '"Forty people have already applied," she said.\n'
    )
    quotes = extract_doc(nlp(text)).quotes
    orgs = {q.speaker_org for q in quotes if q.speaker is None and q.speaker_title}
    assert orgs == {"Halden & Croft"}, [(q.text, q.speaker_title, q.speaker_org) for q in quotes]
