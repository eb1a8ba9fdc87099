"""Stance questions: "who criticised X" answers with those who took that side on X, read from
the story (a cue or a verb of a stance family framing the speaker, whose object is X or
refers back to it), else from the quote's own evaluative words (a negator flipping them);
"who praised / welcomed / defended / backed X" likewise. Fictional stories of a harbour town,
ingested through the CLI and asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from lemminflect import getInflection

from ask.intents import parse_question
from ask.stance import NEGATIVE, POSITIVE, frames, load_stance, polarity, toward
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "lighthouse": (
        "Harbour board votes to sell Penwick lighthouse\n"
        "The Victorian lighthouse will go to auction in the spring.\n"
        "PENWICK, 9 March - The Penwick harbour board voted on Thursday to sell the town's "
        "lighthouse at auction, ending 150 years of public ownership.\n"
        "Councillor Aled Morcombe condemned the sale, saying the town would lose its best-known "
        'landmark. "Our grandparents paid for that tower with their own pennies," Morcombe '
        "said.\n"
        'Harbour master Ilse Varga defended the sale. "The board cannot find the money for '
        'the repairs, and a new owner can," said Varga.\n'
        "The tourism officer, Yusuf Delane, welcomed the decision but said visitors should "
        'still be able to climb the tower. "We will ask any buyer to open it in summer," '
        "Delane said.\n"
        '"Selling the lighthouse is not sensible and it is a mistake," said the fisherman '
        "Colm Tremayne.\n"
        "Local historian Bram Okafor said the lighthouse sale would be the board's biggest in "
        "a decade.\n"
    ),
    "ferry": (
        "Penwick ferry timetable to change in May\n"
        "Crossings will start half an hour earlier.\n"
        "PENWICK, 10 March - The ferry timetable will change in May, with the first crossing "
        "leaving at six.\n"
        'Ferry captain Nia Roskilly said: "The new ferry timetable suits the early workers."\n'
        "Harbour clerk Tobiah Wendt said the ferry timetable had been agreed in January.\n"
    ),
    "pier": (
        "Penwick pier to close for repairs\n"
        "The pier will shut for the summer.\n"
        "PENWICK, 11 March - Penwick's Victorian pier will close for repairs from June, the "
        "harbour board said on Tuesday.\n"
        "Cafe owner Dilys Amberley said her takings would halve over the summer. She also "
        "attacked the closure.\n"
        "Board member Ravi Solent said the pier closure would last twelve weeks.\n"
        "The closure was welcomed by the board's engineer, Hugo Fenn. \"The deck is rotten "
        'in places," Fenn said.\n'
    ),
}


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance"), STORIES)


@pytest.mark.parametrize(
    "verb", ["criticised", "criticized", "condemned", "hit out at", "had a go at", "laid into"]
)
def test_who_criticised_keeps_the_critics(harbour_db: Path, verb: str) -> None:
    answer = ask_json(harbour_db, f"who {verb} the lighthouse sale?")
    found = speakers_in(answer)
    assert "Aled Morcombe" in found  # "condemned the sale, saying ..."
    assert "Colm Tremayne" in found  # "not sensible", "a mistake": his own words
    assert not found & {"Ilse Varga", "Yusuf Delane", "Bram Okafor"}
    texts = " ".join(q["text"] for q in answer["quotes"])
    assert "paid for that tower" in texts  # the critic's other words in the story


@pytest.mark.parametrize("verb", ["defended", "welcomed", "backed", "praised", "supported"])
def test_who_took_the_other_side(harbour_db: Path, verb: str) -> None:
    found = speakers_in(ask_json(harbour_db, f"who {verb} the lighthouse sale?"))
    assert "Ilse Varga" in found  # "defended the sale." before her words
    assert "Yusuf Delane" in found  # "welcomed the decision but said ..."
    assert not found & {"Aled Morcombe", "Colm Tremayne", "Bram Okafor"}


def test_nobody_took_a_side_then_the_quotes_on_the_topic(harbour_db: Path) -> None:
    answer = ask_json(harbour_db, "who criticised the ferry timetable?")
    assert speakers_in(answer) >= {"Nia Roskilly", "Tobiah Wendt"}
    assert "nobody reported critical" in answer["searched"]


def test_a_passive_frame_is_its_agents(harbour_db: Path) -> None:
    # "The closure was welcomed by the board's engineer, Hugo Fenn." (no cue of his)
    found = speakers_in(ask_json(harbour_db, "who welcomed the pier closure?"))
    assert "Hugo Fenn" in found
    assert not found & {"Dilys Amberley", "Ravi Solent"}  # took no side: left out


def test_a_pronoun_framing_the_last_speaker(harbour_db: Path) -> None:
    # "She also attacked the closure." after Amberley's words: her side, not the board's.
    found = speakers_in(ask_json(harbour_db, "who criticised the pier closure?"))
    assert "Dilys Amberley" in found
    assert "Ravi Solent" not in found


@pytest.mark.parametrize(
    "question, stance, topic",
    [
        ("who criticised the referee?", NEGATIVE, "the referee"),
        ("has anyone opposed the budget", NEGATIVE, "the budget"),
        ("who has been backing the mayor's plan", POSITIVE, "the mayor's plan"),
        ("who said what about the referee?", None, "the referee"),
        ("critics of the quarry plan?", NEGATIVE, "the quarry plan"),
        ("who are the supporters of the ban", POSITIVE, "the ban"),
        ("who's against the 20mph limit", NEGATIVE, "the 20mph limit"),
        ("who was in favour of the merger?", POSITIVE, "the merger"),
        ("who turned down the pay deal?", NEGATIVE, "the pay deal"),
        ("who objected to the pouches", NEGATIVE, "the pouches"),
        ("who's come out against the switch-off", NEGATIVE, "the switch-off"),
        ("who has come out in favour of the merger", POSITIVE, "the merger"),
    ],
)
def test_a_question_names_the_side_it_asks_for(
    question: str, stance: str | None, topic: str
) -> None:
    query = parse_question(question, tz="UTC")
    assert (query.stance, query.topic) == (stance, topic)


def test_who_was_criticised_asks_for_no_side() -> None:
    assert parse_question("who was criticised for the delays", tz="UTC").stance is None


@pytest.mark.parametrize("family", [NEGATIVE, POSITIVE])
def test_every_verb_of_a_family_asks_for_its_side(family: str) -> None:
    raw = json.loads(resources.files("ask").joinpath("data/stance.json").read_text("utf-8"))
    for lemma in raw["families"][family]:
        past = getInflection(lemma, tag="VBD")[0]
        assert parse_question(f"who {past} the plan?", tz="UTC").stance == family, lemma
    for phrase in raw["phrases"][family]:
        assert parse_question(f"who {phrase} the plan?", tz="UTC").stance == family, phrase
    for phrase in raw["question_phrases"][family]:  # "who is against", "critics of"
        asked = (
            f"who are the {phrase} the plan?"
            if phrase.endswith(("s of", "s to"))
            else (f"who is {phrase} the plan?")
        )
        assert parse_question(asked, tz="UTC").stance == family, phrase


def test_a_frame_counts_when_its_object_is_the_topic_or_refers_back_to_it() -> None:
    lexicon = load_stance()
    body = (
        "Mayor Ruth Ashgrove criticised the proposals on Monday.\n"
        "She blamed the rising cost of heating, which she said had doubled.\n"
        "Councillor Pim Hale was criticised by residents.\n"
    )
    found = frames(body)
    assert [(f.subject, f.stance) for f in found] == [
        ("Mayor Ruth Ashgrove", NEGATIVE),
        ("She", NEGATIVE),
        ("residents", NEGATIVE),  # "was criticised by": the residents' side, not Hale's
    ]
    assert toward(found[2], ["hale"], lexicon)  # on Hale
    assert toward(found[0], ["budget"], lexicon)  # "the proposals" refer back to the story
    assert not toward(found[1], ["budget"], lexicon)  # the cost of heating is not the budget
    assert toward(found[1], ["heating"], lexicon)


@pytest.mark.parametrize("noun", ["vote", "result", "outcome", "u-turn", "reversal"])
def test_an_event_noun_refers_back_to_the_story(noun: str) -> None:
    """ "X welcomed the vote from the public gallery" in the story of the council's U-turn
    on the lights: the vote is the story's subject (stance.json "referring_nouns")."""
    found = frames(f"Annelise Brandt, president of the chamber, welcomed the {noun}.\n")
    assert [f.stance for f in found] == [POSITIVE]
    assert found[0].subject.startswith("Annelise Brandt")
    assert toward(found[0], ["lights"], load_stance())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("This is a shameful day for the town.", NEGATIVE),
        ("It was a sensible and bold decision.", POSITIVE),
        ("The plan is not sensible.", NEGATIVE),
        ("It was never a failure.", POSITIVE),
        ("The board will meet on Tuesday.", None),
    ],
)
def test_a_quotes_own_words_give_its_stance(text: str, expected: str | None) -> None:
    assert polarity(text) == expected


def test_who_criticised_a_person_is_never_that_person(tmp_path: Path) -> None:
    """ "who has had a go at Ines Castellanos?": her critic, not Castellanos, though her own
    words in the story criticise the government."""
    text = (
        "MP says food bank queues are a policy choice\n"
        "The MP visited the food bank on Tuesday.\n"
        "Dunmere's MP has criticised the government after visiting the town's food bank, "
        'saying the queues are "a policy choice". Ines Castellanos spent two hours there.\n'
        '"I met a bus driver in that queue," Ms Castellanos said.\n'
        'Councillor Bruno Lightfoot accused Ms Castellanos of grandstanding. "She discovers '
        'the food bank in December, with a photographer," he said.\n'
        "Ms Castellanos rejected the charge. She said she had visited the food bank three "
        "times this year.\n"
    )
    db = stories_db(tmp_path, {"queues": text})
    found = speakers_in(ask_json(db, "who has had a go at Ines Castellanos?"))
    assert "Bruno Lightfoot" in found
    assert "Ines Castellanos" not in found
