"""An organisation's answer holds its own people, tied to it by what the article says of
them, and not the other side of its story.

Over two fictional stories, asked as a reporter would:

- "X, the inspectorate's director of adult care" is the inspectorate's, though the small
  model labels "The Care Standards Inspectorate" a law (a proper-noun run ending in an
  organisation word is a name);
- "the nurses' union" is the Nursing and Allied Staff Union (a question's word in another
  inflection of the name's), and brings its officer, not the hospital trust's people;
- a club ("Ashwell Rovers": a sports club's name word) answers with its statement and its
  chief executive, not with its supporters' trust, whose name the model labels a work of
  art ("The Ashwell Rovers Supporters' Trust said"), nor the trust's chair ("Its chair, X");
- "Head teacher X", named with no organisation, is the school's the story made a subject
  (an office of a school's kind), not the union quoted between; "the teachers' union" is the
  Teaching Staff Union (an agent noun for the name's word);
- a manager the club "has sacked" is its former manager: the club's answer leaves him out,
  and his own answer keeps his words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span

from extract.pipeline import extract_doc
from tests.conftest import ask_json, normalise, said_by, story_db

CARE = (
    "Thornfield nursing home rated inadequate after inspectors find missed medicines\n"
    "A Thornfield nursing home has been rated inadequate after inspectors found medicines "
    "given late and call bells left ringing.\n"
    "THORNFIELD, 2 December - A Thornfield nursing home has been rated inadequate after "
    "inspectors found medicines given late. The Care Standards Inspectorate published its "
    "report on Rowan Court, which cares for up to 30 older people, on Wednesday.\n"
    "Odette Faraday, the inspectorate's director of adult care, said the home had \"lost its "
    'way" since its last visit.\n'
    '"Residents at Rowan Court deserve far better than this," she said.\n'
    'Maple Leaf Care, which owns Rowan Court, said in a statement that it was "very sorry".\n'
    "At the nearby Thornfield General Hospital, the Thornfield Hospitals Trust said beds were "
    "full. The trust's director of nursing, Ruth Okafor, said: \"We are opening a new ward "
    'in the spring."\n'
    "Bryony Walsh, regional organiser for the Nursing and Allied Staff Union, said nurses were "
    'leaving. "Our members are worn down by the shortage of beds," she said.\n'
)

CLUB = (
    "Brockley United sack Pike after eleven defeats\n"
    "Brockley United have sacked their manager, Tom Pike, after a run of eleven defeats.\n"
    "BROCKLEY, 3 December - Brockley United have sacked their manager, Tom Pike, after a run "
    "of eleven defeats left the club bottom of the Southern League. The club announced the "
    "decision in a statement on Thursday.\n"
    '"The board has decided that the club needs a fresh start," the statement said.\n'
    'Pike said he was disappointed. "I gave this club everything I had," he said.\n'
)

FANS = (
    "Ashwell Rovers raise ticket prices by a fifth\n"
    "Ashwell Rovers have raised season ticket prices by 20%, prompting anger from fans.\n"
    "ASHWELL, 2 December - Ashwell Rovers have raised season ticket prices by 20%. The club "
    'said in a statement that rising wages left it "no alternative".\n'
    'Chief executive Maureen Blythe said: "We have held prices for four years."\n'
    "The Ashwell Rovers Supporters' Trust said the rise would price out families. Its chair, "
    'Kevin Doyle, said: "This is a club that has forgotten who it belongs to."\n'
)

SCHOOL = (
    "Fernwick Grammar to close its sixth form\n"
    "Fernwick Grammar School will close its sixth form next summer.\n"
    "FERNWICK, 1 December - Fernwick Grammar School will close its sixth form next summer, "
    "the school said on Monday. The Teaching Staff Union said eleven jobs would go.\n"
    'Head teacher Lorna Beck said: "We cannot fill the classes any more."\n'
)


@pytest.fixture(scope="module")
def school_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("school"), "school", SCHOOL)


@pytest.fixture(scope="module")
def fans_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("fans"), "fans", FANS)


@pytest.fixture(scope="module")
def care_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("care"), "care", CARE)


@pytest.fixture(scope="module")
def club_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("club"), "club", CLUB)


def test_the_inspectorates_director_speaks_for_the_inspectorate(care_db: Path) -> None:
    answer = ask_json(care_db, "what did the inspectorate say about Rowan Court?")
    speakers = {q["speaker"] for q in answer["quotes"]}
    said = " | ".join(normalise(q["text"]) for q in answer["quotes"])
    assert "Odette Faraday" in speakers and "deserve far better" in said
    assert "Maple Leaf Care" not in speakers


def test_the_nurses_union_is_the_nursing_union_not_the_trust(care_db: Path) -> None:
    said, speakers = said_by(care_db, "the nurses' union")
    assert "Bryony Walsh" in speakers and "worn down" in said
    assert "Ruth Okafor" not in speakers


def test_the_club_is_not_its_supporters_trust(fans_db: Path) -> None:
    said, speakers = said_by(fans_db, "Ashwell Rovers")
    assert "no alternative" in said and "Maureen Blythe" in speakers
    assert "Kevin Doyle" not in speakers and "price out families" not in said
    trust, speakers = said_by(fans_db, "the supporters' trust")
    assert "Kevin Doyle" in speakers and "forgotten who it belongs to" in trust


def test_the_head_teacher_is_the_schools_and_the_union_is_asked_as_teachers(
    school_db: Path,
) -> None:
    said, speakers = said_by(school_db, "Fernwick Grammar School")
    assert "Lorna Beck" in speakers and "fill the classes" in said
    union, speakers = said_by(school_db, "the teachers' union")
    assert "eleven jobs" in union and "Lorna Beck" not in speakers


def test_a_sacked_manager_is_not_the_clubs_voice(club_db: Path) -> None:
    said, speakers = said_by(club_db, "Brockley United")
    assert "fresh start" in said
    assert "Tom Pike" not in speakers
    own, _ = said_by(club_db, "Tom Pike")
    assert "gave this club everything" in own


def test_a_union_named_with_and_and_an_apostrophe_is_its_officers(nlp: Language) -> None:
    """The model may label "The Shipbuilding and Engineering Workers' Union" a work of art
    (it did in a story of a navy order): a run of proper nouns, linking words and an
    apostrophe ending in an organisation word is a name, so "its regional officer" is the
    union's, not the shipyard's that spoke before."""
    doc = nlp(
        "Orrin Marine Engineering, which owns the yard, said it was bitterly disappointed.\n\n"
        "The Shipbuilding and Engineering Workers\u2019 Union condemned the award. Callum "
        "Drysdale, its regional officer, said the decision should be reversed."
    )
    start = next(t.i for t in doc if t.text == "The")
    end = next(t.i for t in doc if t.text == "Union") + 1
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [
        Span(doc, start, end, label="WORK_OF_ART")
    ]
    people = {p.name: p.org for p in extract_doc(doc).people}
    assert people["Callum Drysdale"] == "Shipbuilding and Engineering Workers\u2019 Union"
