"""An unnamed source the story names a little later ("one objector told ... The objector,
Ludmila Petrova, ...") is that person: their words are credited to the name, and a question
about the person finds them. Fictional articles through the real model and the CLI."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.conftest import ask_json, said_in, speaker_of, story_db
from tests.conftest import extracted_quotes as quotes

STORY = (
    "Ferry fares to double on the Hollin crossing\n\n"
    "Foot passengers will pay £6 each way from January.\n\n"
    '"Nobody on this island can afford to go to work on that," one commuter told a public '
    "meeting in the village hall. The commuter, Agnieszka Barwell, a care worker, crosses "
    "twice a day.\n\n"
    "Operator spokesman Dev Anand said fuel costs had doubled in two years.\n"
)


def test_the_source_named_later_is_credited_with_their_words(nlp: Language) -> None:
    assert speaker_of(quotes(nlp, STORY), "can afford to go to work") == "Agnieszka Barwell"


def test_a_question_about_the_person_finds_their_words(tmp_path: Path) -> None:
    found = said_in(ask_json(story_db(tmp_path, "hollin", STORY), "what did Barwell say?"))
    assert any("can afford to go to work" in text for _, text in found)


def test_a_head_named_again_for_two_people_is_left_unnamed(nlp: Language) -> None:
    story = STORY.replace(
        "crosses twice a day.",
        "crosses twice a day. The commuter, Tomas Reyes, a student, agreed.",
    )
    assert speaker_of(quotes(nlp, story), "can afford to go to work") is None


MP_STORY = (
    "Carnbrook food bank queues criticised\n\n"
    "Carnbrook's MP has criticised the government after visiting the town's food bank, "
    'saying the queues there are "a policy choice, not bad luck". Imogen Achebe-Lund spent two '
    "hours at the church hall on Tuesday, packing parcels.\n\n"
    '"I met a nurse in that queue today," Ms Achebe-Lund said.\n'
)


def test_an_office_holder_named_bare_after_the_lead_is_that_person(
    nlp: Language, tmp_path: Path
) -> None:
    """ "Carnbrook's MP has criticised ... Imogen Achebe-Lund spent two hours ...": a story
    introduces a new person by what they are, so the name given bare right after the MP's
    words is the MP's; "what did the MP say?" finds the lead's words under her name."""
    assert speaker_of(quotes(nlp, MP_STORY), "a policy choice") == "Imogen Achebe-Lund"
    found = said_in(ask_json(story_db(tmp_path, "queues", MP_STORY), "what did Achebe-Lund say?"))
    assert any("a policy choice, not bad luck" in text for _, text in found)


def test_a_name_given_with_its_own_description_is_someone_else(nlp: Language) -> None:
    for introduced in ("Cllr Imogen Achebe-Lund", "Imogen Achebe-Lund, a volunteer,"):
        story = MP_STORY.replace("Imogen Achebe-Lund spent", f"{introduced} spent")
        assert speaker_of(quotes(nlp, story), "a policy choice") is None
