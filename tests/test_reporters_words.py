"""A reporter's own words for what a story tells otherwise: a body's voice asked for by its
kind ("the union rep", "the fire officer") when nobody holds those words as a title, a short
form ("chief exec"), a word written closed up that no story uses ("steamboat" for the paddle
steamer), everyday words for a story's event ("packing up", "going up", "retiring"), words
for the talk itself ("worries", "complaints") beside the topic, and questions set after
their subject ("dog show entries, any good lines?"). Fictional stories of a river town,
ingested and asked through the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from ask.compounds import first_part
from ask.intents import WHAT_DID_X_SAY, parse_question
from ask.lexicon import concepts
from extract.pipeline import extract_doc
from tests.conftest import ask_json, said_in, speakers_in, stories_db

STORIES = {
    "kitchens": (
        "Hospital kitchen staff to ballot over outsourcing\n"
        "Catering at Marlow Vale Hospital is to be run by a private firm.\n"
        "MARLOW VALE, 24 November - Catering at Marlow Vale Hospital is to be run by a "
        "private firm from April. Marlow Vale Hospitals NHS Trust, which runs the hospital, "
        "said the change would save £1.2m a year.\n"
        "Yolanda Breckett, branch secretary of the Health and Care Workers Union, said staff "
        'had found out from a newsletter. "Nobody asked the people who cook the food," she '
        "said.\n"
        '"This is about freeing up money for nurses," said Dr Cyril Anand, the trust\'s chief '
        "executive.\n"
    ),
    "pavilion": (
        "Cricket pavilion destroyed in overnight fire\n"
        "Firefighters were called to Ashby Parva Cricket Club at 2am.\n"
        "ASHBY PARVA, 25 November - Firefighters were called to Ashby Parva Cricket Club at "
        "2am on Tuesday.\n"
        '"By the time the first crew arrived the roof had already gone," said Station '
        "Commander Idris Fenwick of Northshire Fire and Rescue Service.\n"
        "The club\u2019s groundsman, Walter Crouch, said he simply wanted the square ready for "
        "April. Jaswinder Gill, the club chairman, said members had assumed an electrical "
        "fault.\n"
    ),
    "steamer": (
        "Paddle steamer appeal still short of target\n"
        "The Maid of Kessock needs a new boiler before she can sail again.\n"
        "KESSOCK, 26 November - The trust restoring the paddle steamer Maid of Kessock says "
        "its appeal is still £200,000 short.\n"
        "Trust chair Harriet Quayle said the restoration had come further than anyone "
        'expected. "It is the boiler that eats the money," she said.\n'
    ),
    "twinning": (
        "Kessock twinning association to fold after 40 years\n"
        "Members have voted to wind the association up.\n"
        "KESSOCK, 27 November - The Kessock Twinning Association is to fold because it cannot "
        "find new members.\n"
        'Its chair, Olwen Pryce, said: "Our youngest committee member is 74."\n'
    ),
    "moorings": (
        "Boaters protest at mooring fee rise\n"
        "Fees at Kessock Basin will increase by a third in April.\n"
        "KESSOCK, 28 November - Mooring fees at Kessock Basin will increase by a third in "
        "April, the canal trust has confirmed.\n"
        'Liveaboard boater Tunde Adeyemi said the rise was "a tax on people who have run out '
        'of options".\n'
        "A liveaboard boater moored near Tallow Lock, a retired nurse, said she had budgeted "
        "to the last pound.\n"
    ),
    "bells": (
        "Church bells row divides village\n"
        "Complaints about early ringing at St Olaf's have split Kessock.\n"
        "KESSOCK, 1 December - Complaints about early ringing at St Olaf's have split the "
        "village.\n"
        "One neighbour, who lives opposite the church and did not want to be named, said the "
        "bells woke her at six every Sunday.\n"
        "A neighbour on Mill Street said the bells were part of village life.\n"
    ),
    "tipping": (
        "Farmers fear fly-tipping surge if tip closes\n"
        "Landowners say rubbish will end up in their gateways.\n"
        "KESSOCK, 29 November - Landowners near Kessock fear a surge in fly-tipping if the "
        "town's recycling centre closes.\n"
        'Farmer Gwen Tallis said: "I already clear a sofa out of my gateway every month."\n'
        "The Northshire Farmers' Network said in a statement that rural fly-tipping was "
        '"an epidemic that councils keep feeding".\n'
        "The Village Stores Network, a charity that supports community shops, said in a "
        "statement that around one in five volunteer-run shops now employed at least one paid "
        "member of staff.\n"
    ),
    "tip": (
        "Council votes to close Kessock recycling centre\n"
        "The tip will shut in March to save £300,000.\n"
        "KESSOCK, 30 November - Kessock Town Council has voted to close the town's recycling "
        "centre in March.\n"
        "Cllr Morag Leith, the council leader, said the tip closure was among the hardest "
        "decisions she had taken.\n"
        "Cllr Ravi Sondh, leader of the opposition on Kessock Town Council, said the tip "
        "closure would be a gift to fly-tippers.\n"
    ),
}


def has(answer: dict[str, Any], words: str) -> bool:
    return any(words in text for _, text in said_in(answer))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory.mktemp("words"), STORIES)


def test_a_bodys_voice_asked_by_its_kind(store: Path) -> None:
    """Nobody's title is "union rep" or "fire officer": the union's branch secretary and
    the fire service's station commander answer; the trust's chief executive is nobody's
    rep."""
    union = ask_json(store, "what did the union rep say about the hospital kitchens?")
    assert "Yolanda Breckett" in speakers_in(union)
    assert "Cyril Anand" not in speakers_in(union)
    fire = ask_json(store, "what did the fire officer say about the pavilion")
    assert speakers_in(fire) == {"Idris Fenwick"}


def test_chief_exec_is_the_chief_executive(store: Path) -> None:
    answer = ask_json(store, "what's the hospital chief exec been saying")
    assert speakers_in(answer) == {"Cyril Anand"}


def test_a_closed_compound_no_story_uses_is_asked_by_its_first_part(store: Path) -> None:
    """ "steamboat": the paddle steamer's story; "restoration" is no "rest" and "oration"."""
    answer = ask_json(store, "who's been talking about the old steamboat restoration?")
    assert has(answer, "eats the money")
    assert first_part("steamboat") == ("steam", "steamer", "steamers")
    assert first_part("restoration") is None and first_part("important") is None


@pytest.mark.parametrize(
    "question, words",
    [
        ("twinning association packing up - who commented?", "youngest committee member"),
        ("mooring charges going up - reactions?", "a tax on people"),
        ("fly-tipping worries?", "a sofa out of my gateway"),
    ],
)
def test_a_reporters_words_for_the_event_find_the_story(
    store: Path, question: str, words: str
) -> None:
    assert has(ask_json(store, question), words)


@pytest.mark.parametrize(
    "asked, said",
    [
        ("the association packing up", "fold"),  # closing: topics.json groups
        ("the radio station shutting down", "closure"),
        ("mooring charges", "fees"),  # fees and charges
        ("fees going up", "increase"),  # rises
        ("the postman retiring", "retirement"),  # retiring
    ],
)
def test_everyday_words_for_an_event_meet_the_storys(asked: str, said: str) -> None:
    assert any(said in group for group in concepts(asked))


def test_words_for_the_talk_itself_are_dropped_beside_a_topic() -> None:
    """ "fly-tipping worries", "skate park noise complaints": the topic is what the worries
    and complaints are about (topics.json "vague")."""
    assert concepts("fly-tipping worries") == [("fly-tipping",)]
    assert ("complaints",) not in concepts("skate park noise complaints")
    assert concepts("complaints") == [("complaints",)]  # alone, it is the topic


@pytest.mark.parametrize(
    "question, subject",
    [
        ("dog show record entries, any good lines?", "dog show record entries"),
        ("rural shops charity - anything?", "rural shops charity"),
    ],
)
def test_a_question_after_its_subject(question: str, subject: str) -> None:
    """The subject is a speaker when the store has one so called, else the topic."""
    query = parse_question(question, tz="UTC")
    assert (query.intent, query.speaker) == (WHAT_DID_X_SAY, subject)
    commented = parse_question("twinning association packing up - who commented?", tz="UTC")
    assert commented.topic == "twinning association packing up"


def test_a_general_word_for_a_body_and_its_members(store: Path) -> None:
    """ "the farmers' organisation": the farmers' network (ask/data/org_kinds.json
    "near_kinds"), not the farmer who spoke for herself."""
    answer = ask_json(store, "what did the farmers' organisation say about fly-tipping?")
    assert speakers_in(answer) == {"Northshire Farmers' Network"}


def test_a_statement_that_holds_a_clause_is_said(store: Path) -> None:
    """ "said in a statement that around one in five shops now employed paid staff": what
    the charity said (the model read "employed" as describing the shops), not an act."""
    answer = ask_json(store, "what did the Village Stores Network say")
    assert has(answer, "one in five volunteer-run shops")


def test_a_role_noun_beside_a_name_is_a_title(store: Path) -> None:
    """ "The club's groundsman, Walter Crouch, said": asked for as the groundsman after a
    dash, he answers, not the club's chairman."""
    answer = ask_json(store, "the groundsman at the cricket club - what's he said?")
    assert speakers_in(answer) == {"Walter Crouch"}


def test_the_opposition_is_no_voice_of_the_council(store: Path) -> None:
    """The opposition leader on the council is a rival there, not its voice."""
    answer = ask_json(store, "what has Kessock Town Council said about the tip closure?")
    assert "Morag Leith" in speakers_in(answer)
    assert "Ravi Sondh" not in speakers_in(answer)


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("what has the NHS trust said in its statements?", "the nhs trust"),
        ("what did the council say in its latest comments", "the council"),
    ],
)
def test_words_for_the_talk_are_no_topic(question: str, speaker: str) -> None:
    """ "in its statements" asks what the trust said, on no topic (a topic of its own
    stays: "its statements on parking")."""
    query = parse_question(question, tz="UTC")
    assert (query.speaker, query.topic) == (speaker, None)
    kept = parse_question("what did the council say about its statements on parking", tz="UTC")
    assert kept.topic == "its statements on parking"


def test_an_unnamed_source_asked_with_words_after_the_head(store: Path) -> None:
    """ "opposite the church", "living on a narrowboat": words after the head that the
    story's description or sentence holds (the retired nurse's story says she is moored
    on the canal, not that she lives on a narrowboat: her head and its "retired" are
    there, and half the words asked)."""
    church = ask_json(store, "what did the neighbour opposite the church say?")
    assert has(church, "woke her at six") and not has(church, "part of village life")
    nurse = ask_json(store, "what did the retired nurse living on a narrowboat say")
    assert has(nurse, "budgeted to the last pound")


@pytest.mark.parametrize(
    "text, title",
    [
        ('"We got there just in time," said Ilkka Moberg, the lifeboat\'s helm.', "helm"),
        ("The parish's churchwarden, Desmond Achebe, said an appeal would open.", "churchwarden"),
    ],
)
def test_a_post_a_body_owns_is_a_title_whatever_its_word(
    nlp: Language, text: str, title: str
) -> None:
    """ "X, the lifeboat's helm": a post the possessive's body owns, though "helm" is in no
    list of roles."""
    quotes = extract_doc(nlp(text)).quotes
    assert quotes and title in (quotes[0].speaker_title or "").lower()
