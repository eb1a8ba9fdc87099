"""The conventions by which a news story ties a person's words to an organisation, and the
answer to "what has ORG said?" that reads them: the body's own voices, and only its own.

Fictional sentences, one per real-world form of each convention:

- a title owned by "its"/"their" set after the name ("Dilys Pryce, its finance director,
  said") belongs to the body the sentences before name, as "Its director, X" does;
- a verb of saying between a person and a body names the body in what they said, not whom
  they speak for ("X said she would meet Pellow Homes' managers"; "X, speaking for Brenlow
  Council" stays a tie);
- a past post at another body is no past tie to this one ("Its chairman, X, a former Elm
  Town manager, said");
- a lower-case body ties its officer by a compound title ("X, the tenants' association
  president"), a relative clause ("X, who chairs the residents' group") and, as a part of a
  named body the story gave before ("Elm Borough Council's planning committee ... The
  committee's chair, X"), to that body;
- a body's name also filed as a person ("the developer Acme Land said") does not stop its
  people answering for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from extract.affiliation_facts import affiliation_kind
from extract.pipeline import extract_doc
from tests.conftest import ask_json, normalise, stories_db

STATED = ("implied", "guessed")


def _ties(nlp: Language, text: str, person: str) -> dict[str, tuple[str, str]]:
    facts = extract_doc(nlp(text)).affiliations
    return {f.org.removeprefix("the "): (f.kind, f.evidence) for f in facts if f.person == person}


@pytest.mark.parametrize(
    "text, person, org",
    [
        (
            "Harrow Mills Ltd said the site would close. Dilys Pryce, its finance director, "
            "said the decision had been painful.",
            "Dilys Pryce",
            "Harrow Mills Ltd",
        ),
        (
            "The Kestrel Conservation Trust has objected to the road. Anwen Probert, its chief "
            "executive, told the inquiry the plan was flawed.",
            "Anwen Probert",
            "Kestrel Conservation Trust",
        ),
        (
            "Gorsey Housing Association wrote to 300 tenants last week. Ruth Amadi, its "
            "longest-serving board member, said the letters had been a mistake.",
            "Ruth Amadi",
            "Gorsey Housing Association",
        ),
        (
            'The Fenwick Canoe Club lodged a formal complaint. "We were ignored," said Sol '
            "Baptiste, its secretary.",
            "Sol Baptiste",
            "Fenwick Canoe Club",
        ),
        (
            "The Tarrow Valley Farmers' Union called the scheme unworkable. Idris Vaughan, "
            "their regional chair, said members would not sign up.",
            "Idris Vaughan",
            "Tarrow Valley Farmers' Union",
        ),
    ],
)
def test_its_title_after_the_name_ties_them_to_the_body_before(
    nlp: Language, text: str, person: str, org: str
) -> None:
    assert _ties(nlp, text, person).get(org) == ("member", "possessive")


@pytest.mark.parametrize(
    "text, person, org",
    [
        (
            "Corran Water apologised for the outage. Jonah Frey, who leads the residents' "
            "group, told reporters that Corran Water had ignored warnings.",
            "Jonah Frey",
            "Corran Water",
        ),
        (
            "Lisbet Moor, the harbour users' forum chair, said she had written to Kelp Marine "
            "Ltd twice without reply.",
            "Lisbet Moor",
            "Kelp Marine Ltd",
        ),
        (
            "Arlo Penn, a parent at the school, told reporters Dunmere Academy Trust had "
            "broken its promise.",
            "Arlo Penn",
            "Dunmere Academy Trust",
        ),
    ],
)
def test_a_body_named_in_what_a_person_said_is_no_tie(
    nlp: Language, text: str, person: str, org: str
) -> None:
    tie = _ties(nlp, text, person).get(org)
    assert tie is None or tie[1] in STATED


def test_speaking_for_a_body_stays_a_tie(nlp: Language) -> None:
    text = "Nadia Okoro, speaking for Brenlow Council, said the road would reopen on Monday."
    tie = _ties(nlp, text, "Nadia Okoro").get("Brenlow Council")
    assert tie is not None and tie[1] not in STATED


@pytest.mark.parametrize(
    "text, person, body",
    [
        (
            "Pellow Homes denied the claims. Marta Quill, the tenants' association president, "
            "said the letters were a threat.",
            "Marta Quill",
            "tenants' association",
        ),
        (
            "Pellow Homes denied the claims. The residents' association chair, Dev Sandhu, "
            "said tenants were frightened.",
            "Dev Sandhu",
            "residents' association",
        ),
        (
            "Corran Water apologised for the outage. Jonah Frey, who leads the residents' "
            "group, said the apology came too late.",
            "Jonah Frey",
            "residents' group",
        ),
        (
            "Members of Elmore Borough Council's licensing committee met Vardy Leisure on "
            "Monday. The committee's chair, Cllr Hetty Lamb, said the bar would stay shut.",
            "Hetty Lamb",
            "Elmore Borough Council",
        ),
    ],
)
def test_a_described_bodys_officer_is_its_own(
    nlp: Language, text: str, person: str, body: str
) -> None:
    people = {p.name: p.org for p in extract_doc(nlp(text)).people}
    assert people.get(person) == body


@pytest.mark.parametrize(
    "title, org, kind",
    [
        ("Former Penwith Town manager", "League Managers' Circle", "member"),
        ("Former Kestle Bank economist", "Tidewater Institute", "member"),
        ("Ex-Dunmore Rovers striker", "Players' Welfare Trust", "member"),
        ("Former head coach", "Elm Rovers", "former"),
        ("Former Elm Rovers manager", "Elm Rovers", "former"),
        ("Former chief executive", "Kestle Bank", "former"),
    ],
)
def test_a_past_post_at_another_body_is_no_past_tie(title: str, org: str, kind: str) -> None:
    assert affiliation_kind(title, org) == kind


CIRCLE = (
    "Wardle Town charged over touchline row\n\n"
    "The Northshire FA said Wardle Town had failed to control its players.\n\n"
    "The Coaches' Guild, which represents managers in the league, said it was worried that "
    "managers were being punished for honesty.\n\n"
    'Its chairman, Ezra Pollard, a former Penwith Town manager, said: "A manager gets asked '
    'a question a minute after the whistle. That is no disciplinary matter."\n'
)

PLANNING = (
    "Councillors back 300 homes at Tolley Meadow\n\n"
    "Elmore Borough Council's planning committee approved the scheme by the developer "
    "Ravensholt Land on Thursday.\n\n"
    "The committee's chair, Cllr Hetty Lamb, said: \"We need homes, and this is the least bad "
    'site we have."\n\n'
    "Ravensholt Land said the scheme would include a new school. Aldo Grint, its land "
    'director, told the committee: "We have redrawn the plans three times."\n\n'
    "Kezia Dunn, who chairs the Tolley Meadow Action Group, said the vote ignored 900 "
    "objections and that Ravensholt Land should think again.\n"
)


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("orgvoices")
    return stories_db(folder, {"circle": CIRCLE, "planning": PLANNING})


def _said(db: Path, question: str) -> tuple[str, set[str]]:
    quotes = ask_json(db, question, "--limit", "0")["quotes"] or []
    return " | ".join(normalise(q["text"]) for q in quotes), {q["speaker"] for q in quotes}


def test_a_bodys_chairman_with_a_past_post_elsewhere_answers_for_it(stories: Path) -> None:
    said, speakers = _said(stories, "what has the Coaches' Guild said?")
    assert "no disciplinary matter" in said and "Ezra Pollard" in speakers


def test_a_developer_answers_through_its_director_not_the_committee(stories: Path) -> None:
    said, speakers = _said(stories, "what has Ravensholt Land said?")
    assert "redrawn the plans" in said and "Aldo Grint" in speakers
    assert "Hetty Lamb" not in speakers and "Kezia Dunn" not in speakers
