"""A story is about a topic when every concept of it is prominent in the story: in its
headline, standfirst or first paragraphs of its own text (a stored body repeats the
standfirst first: that paragraph is not one of them), or said again and again. Fictional
stories of a harbour town, ingested through the CLI, asked through `newsbrief ask --json` as
a reporter would: a speaker's remarks in the story about the crane answer "the crane money"
although their words repeat neither, and the budget story that names the crane once, far
down, does not lend its remarks to the topic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ask.lexicon import concepts
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "crane": (
        "Steam crane on Ellory quay to be restored\n"
        "The listed harbour crane will be repaired and repainted by spring.\n"
        "PORT ELLORY, 3 March - The steam crane that has stood on the quay since 1911 "
        "will be restored by the harbour trust, its chair announced on Tuesday.\n"
        "The money comes from a heritage grant awarded last year, and the work will take "
        "four months.\n"
        "The trust's chair, Idris Penhallow, said: \"Every child in this town has climbed "
        'on it. We owe it a coat of paint and a new boiler."\n'
        "The quay will stay open throughout.\n"
    ),
    "budget": (
        "Port Ellory council sets tight budget for next year\n"
        "Councillors agreed spending plans after a long meeting.\n"
        "PORT ELLORY, 5 March - Port Ellory council has agreed its budget for next year, "
        "with the money for libraries held at this year's level.\n"
        "The council's treasurer, Marta Quenby, said: \"We have kept every library open. "
        'That was the line we would not cross."\n'
        "Parking charges will rise by ten pence an hour from April.\n"
        '"Shoppers will simply go to Trewen instead," replied Wynne Abbot, who leads the '
        "opposition group.\n"
        "A grant for the harbour trust, which looks after the crane, was approved without "
        "debate.\n"
        "The money for road repairs was cut by a tenth.\n"
    ),
    "ferry": (
        "Ferry fares to rise as fuel costs climb\n"
        "Passengers to the islands will pay more from May.\n"
        "PORT ELLORY, 6 March - Fares on the island ferry will rise by eight percent from "
        "May, the operator said, blaming the price of fuel.\n"
        'Its managing director, Sunniva Rake, said: "Nobody likes paying more. But fuel '
        'is now a third of what every crossing costs us."\n'
        "The operator said it had lost money on the winter timetable for three years.\n"
        "Last summer the ferry carried more passengers than in any year since 2009.\n"
        'Islander Tomos Vey said: "We have no bridge. The boat is our road."\n'
    ),
}


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the three stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("story-topics"), STORIES)


def texts(answer: dict[str, Any]) -> str:
    return " | ".join(q["text"] for q in answer["quotes"])


def test_the_lead_is_the_storys_first_paragraphs_after_its_standfirst(harbour_db: Path) -> None:
    # "crane" is the headline; "money" is in the story's second paragraph (the third of the
    # stored body, which opens with the standfirst). Penhallow's words repeat neither.
    answer = ask_json(harbour_db, "what did Idris Penhallow say about the crane money?")
    assert "We owe it a coat of paint" in texts(answer)
    assert {q["match"] for q in answer["quotes"]} == {"article"}  # after direct matches
    everyone = ask_json(harbour_db, "who said what about the crane money?", "--limit", "0")
    assert "We owe it a coat of paint" in texts(everyone)
    by_title = ask_json(harbour_db, "what did the chair say about the crane money?")
    assert [q["speaker"] for q in by_title["quotes"]] == ["Idris Penhallow"]


def test_a_story_naming_the_specific_word_in_passing_is_not_about_the_topic(
    harbour_db: Path,
) -> None:
    # The budget story is about money and names the crane once: the treasurer's remark
    # on libraries is not on the crane money, nor is the ferry story's.
    everyone = ask_json(harbour_db, "who said what about the crane money?", "--limit", "0")
    assert not speakers_in(everyone) & {"Marta Quenby", "Sunniva Rake", "Tomos Vey"}
    treasurer = ask_json(harbour_db, "what did Marta Quenby say about the crane money?")
    assert not treasurer["quotes"]


def test_a_word_that_only_counts_the_topic_need_not_be_said(harbour_db: Path) -> None:
    # "passenger numbers": the ferry story says "more passengers", never "numbers".
    assert concepts("passenger numbers") == [("passenger",)]
    answer = ask_json(harbour_db, "who said what about passenger numbers?", "--limit", "0")
    assert "Sunniva Rake" in speakers_in(answer) or "Tomos Vey" in speakers_in(answer)
    assert "Marta Quenby" not in speakers_in(answer)


def test_a_reply_answers_the_paragraph_before_it(harbour_db: Path) -> None:
    # "replied" after the paragraph on parking charges: an answer about them, although its
    # words do not say so and the budget story is not about parking.
    answer = ask_json(harbour_db, "who said what about parking charges?", "--limit", "0")
    found = {q["speaker"]: q["match"] for q in answer["quotes"]}
    assert found.get("Wynne Abbot") == "context"
    assert "Marta Quenby" not in found  # her remark on libraries comes before it


def test_a_paragraph_on_what_the_story_does_not_lead_on_discusses_the_topic(
    tmp_path: Path,
) -> None:
    """ "the uncertainty for hospice nurses": the hospice story leads on the hospice; its
    paragraph on the nurses' uncertainty discusses the topic though it never says
    "hospice", and its speaker answers; a paragraph on the nurses alone does not."""
    hospice = (
        "Hospice granted three-month funding reprieve\n"
        "St Ebba's Hospice in Corrieford will keep its contract until June.\n"
        "CORRIEFORD, 4 December - St Ebba's Hospice in Corrieford will keep its contract "
        "until June, the health board said on Friday.\n"
        "The board's medical director, Dr Tomas Reyes, said the extension would cost £350,000.\n"
        "The nursing union criticised the uncertainty. Its regional officer, Declan Furey, "
        'said nurses had been "left to refresh their email every morning".\n'
        "The hospice has 16 beds and employs 60 nurses.\n"
        'Volunteer Ruth Ames said: "We have a rota of nurses and volunteers for Christmas."\n'
    )
    db = stories_db(tmp_path, {"hospice": hospice})
    answer = ask_json(db, "who said what about the uncertainty for hospice nurses?")
    assert "Declan Furey" in speakers_in(answer)
    assert "Ruth Ames" not in speakers_in(answer)
