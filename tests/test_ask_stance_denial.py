"""Denial is a side of its own: "who denied X" and "who rejected claims that X" find the
speakers who rebutted the charge (in the reporting verb, "rejected suggestions that ...", or
only in their own words, "We categorically deny ..."), not the accuser; a denier is no critic
of the topic. A bare plural group's stance in the lead ("Bus drivers have condemned a plan
...") is that of the one of them quoted right after it. Fictional stories, ingested through
the CLI and asked through `newsbrief ask --json` as a reporter would."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.stance_denial import DENY, denial_question, denies, load_denial
from ask.stance_lexicon import NEGATIVE, load_stance, polarity
from tests.conftest import ask_json, speakers_in, stories_db

STORIES = {
    "quarry": (
        "Quarry firm denies dumping silt in the Wenlow river\n"
        "Anglers say the river has run brown for a month.\n"
        "WENLOW, 2 March 2026 - Anglers say silt from the Harker Hill quarry has turned the "
        "Wenlow river brown and killed its trout.\n"
        '"They are using our river as a drain and nobody stops them," said Petra Lindqvist, '
        "secretary of the Wenlow Angling Club.\n"
        "Harker Aggregates, which runs the quarry, denied that it had let silt into the "
        "river. Its site manager, Owen Castellane, said the settling ponds were checked "
        "every day.\n"
        '"We categorically deny any suggestion that waste from this site reached the '
        'river," Castellane said.\n'
        "The company's environment officer, Mira Jansen, rejected suggestions that "
        'warnings had been ignored. "Every complaint was logged," she said.\n'
    ),
    "buses": (
        "Drivers condemn Fellby bus depot plan\n"
        "The operator says one depot is cheaper to run than two.\n"
        "FELLBY, 4 March 2026 - Bus drivers have condemned a plan by Fellby Buses to close "
        "its Northgate depot.\n"
        '"It will add an hour to every shift, for nothing," said Tomasz Rudd, who has '
        "driven the 42 route for eleven years.\n"
        "The operator's managing director, Clara Voss, said the move would save money. "
        '"Two half-empty depots cost more than one full one," she said.\n'
    ),
}


@pytest.fixture(scope="module")
def denial_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the two stories, ingested through the CLI (the real model)."""
    return stories_db(tmp_path_factory.mktemp("stance_denial"), STORIES)


def test_who_denied_finds_the_deniers_not_the_accuser(denial_db: Path) -> None:
    found = speakers_in(ask_json(denial_db, "who denied dumping silt in the Wenlow river?"))
    assert "Owen Castellane" in found  # "We categorically deny any suggestion that ..."
    assert "Petra Lindqvist" not in found  # the accuser


def test_rejected_claims_that_is_a_denial(denial_db: Path) -> None:
    answer = ask_json(denial_db, "who rejected claims that warnings about the quarry were ignored")
    found = speakers_in(answer)
    assert "Mira Jansen" in found  # "rejected suggestions that warnings had been ignored"
    assert "Petra Lindqvist" not in found


def test_a_denier_is_no_critic(denial_db: Path) -> None:
    found = speakers_in(ask_json(denial_db, "who criticised the Harker Hill quarry?"))
    assert "Mira Jansen" not in found and "Owen Castellane" not in found


def test_a_bare_plural_groups_stance_is_the_next_speakers(denial_db: Path) -> None:
    found = speakers_in(ask_json(denial_db, "who criticised the plan to close the Northgate depot"))
    assert "Tomasz Rudd" in found  # "Bus drivers have condemned a plan ..." then him
    assert "Clara Voss" not in found


@pytest.mark.parametrize(
    "verb, stance, topic, expected",
    [
        ("denied", DENY, "that the arena was full", (DENY, "the arena was full")),
        ("rejected", NEGATIVE, "claims that the arena was full", (DENY, "the arena was full")),
        ("dismissed", NEGATIVE, "fears about the mast", (DENY, "the mast")),
        ("rejected", NEGATIVE, "the inspector's findings", (NEGATIVE, "the inspector's findings")),
        ("criticised", NEGATIVE, "claims that it was full", (NEGATIVE, "claims that it was full")),
    ],
)
def test_denial_questions(verb: str, stance: str, topic: str, expected: tuple[str, str]) -> None:
    assert denial_question(verb, stance, topic) == expected


def test_every_claim_noun_makes_a_denial_question() -> None:
    for noun in load_denial().claim_nouns:
        assert denial_question("rejected", NEGATIVE, f"{noun} that the pier is unsafe") == (
            DENY,
            "the pier is unsafe",
        ), noun


def test_every_word_of_denial_is_read_in_a_quote() -> None:
    for words in load_denial().own_words:
        assert denies(f"Frankly, {words} anything of the sort."), words
    assert not denies("The pier will reopen in June.")


def test_every_polarity_word_has_its_side() -> None:
    lexicon = load_stance()
    for word, side in lexicon.polarity.items():
        assert polarity(f"Frankly, this is {word} here.") == side, word


def test_nobody_framed_as_denying_leaves_the_speakers_on_the_charge(tmp_path: Path) -> None:
    """No frame says "denied" of the charge asked: the answer falls back to the speakers of
    unknown side on it (a denial has no other side to leave out)."""
    db = stories_db(
        tmp_path,
        {
            "ferry": "Ferry out of service until spring\nThe island's only ferry is laid up.\n"
            "Rui Fonseca, the operator's managing director, said: \"We never cut the ferry "
            'maintenance budget. Our spending rose every year."\n',
        },
    )
    found = ask_json(db, "who denied cutting the ferry maintenance budget?")["quotes"]
    assert {q["speaker"] for q in found} == {"Rui Fonseca"}
