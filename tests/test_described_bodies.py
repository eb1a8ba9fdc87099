"""Bodies a story names only by a lower-case description, and bodies asked for by one.

Over a fictional story about a housing estate's demolition: the chair of "the residents'
association" (apposition), the secretary of "the parents' group" ("Its secretary, X" after
a sentence opening with the group) and the president of "the union" named in full before
speak for their bodies, not for the named developer that the cast would otherwise give
them; the developer's director is the other side. "Speaking for the Quillon Caretakers'
Guild, its branch secretary, X" names the body its secretary speaks for, though the
sentence before names the developer; "X, of Quillon Constabulary's housing unit" is the
constabulary's officer. "The tenants' union" asked for is the
Ferndale Renters and Tenants Union the story names ("tenants" a word of its name in
another inflection), and "the city council" is no one city council. Each family of
extract/data/described_bodies.json keeps a case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ask.org_forms import is_form_of
from extract.described_bodies import described_bodies
from tests.conftest import said_by, story_db

STORY = (
    "Estate demolition approved despite protests\n\n"
    "Larchwood Homes will knock down the Quillon estate next spring, the developer said on "
    'Monday. Its managing director, Bertram Oxenholme, said: "The new homes will be warmer '
    'and cheaper to heat."\n\n'
    "Perpetua Lindqvist-Ames, the chair of the residents' association, said the vote had "
    'been rushed. "Nobody asked the people who live here," she said.\n\n'
    "The parents' group said it would write to every family. Its secretary, Marisol "
    'Quennell, said: "The school run will double in length."\n\n'
    "Ferndale Renters and Tenants Union said it would ballot its members. Augustin "
    'Pellow-Vance, the union\'s president, said: "We will not let this pass quietly."\n\n'
    "Larchwood Homes said the estate's boiler house would close in May.\n\n"
    "Speaking for the Quillon Caretakers' Guild in Ferndale, its branch secretary, Desmond "
    'Ravenhill, said: "We heard it from the tenants."\n\n'
    "Inspector Rosalind Achterberg, of Quillon Constabulary's housing unit, said officers "
    'would patrol the site. "Empty blocks draw trouble," she said.\n'
)


@pytest.fixture(scope="module")
def estate_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return story_db(tmp_path_factory.mktemp("estate"), "estate", STORY)


@pytest.mark.parametrize(
    "who, speaker, words",
    [
        ("the residents' association", "Perpetua Lindqvist-Ames", "Nobody asked the people"),
        ("the parents' group", "Marisol Quennell", "The school run will double"),
        ("the tenants' union", "Augustin Pellow-Vance", "We will not let this pass"),
        ("the Quillon Caretakers' Guild", "Desmond Ravenhill", "We heard it from the tenants"),
        ("Quillon Constabulary", "Rosalind Achterberg", "Empty blocks draw trouble"),
    ],
)
def test_a_described_body_speaks_through_its_officer(
    estate_db: Path, who: str, speaker: str, words: str
) -> None:
    texts, speakers = said_by(estate_db, who)
    assert speaker in speakers
    assert words in texts
    assert "Bertram Oxenholme" not in speakers  # the developer is the other side


def test_the_developer_keeps_its_own_director_only(estate_db: Path) -> None:
    _, speakers = said_by(estate_db, "Larchwood Homes")
    assert "Bertram Oxenholme" in speakers
    assert not speakers & {"Perpetua Lindqvist-Ames", "Marisol Quennell", "Desmond Ravenhill"}


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("The dockers' union called a strike.", "dockers' union"),  # heads
        ("Ama Owusu, the head of the ramblers' society, spoke.", "ramblers' society"),
        ("The same union said nothing.", None),  # not_modifiers
        ("The porters' union, the Dockside Porters Guild, said no.", None),  # a name's kind
    ],
)
def test_described_bodies_by_their_words(sentence: str, body: str | None) -> None:
    found = [name for _, _, name, _ in described_bodies(sentence)]
    assert found == ([body] if body else [])


@pytest.mark.parametrize(
    "phrase, name, same",
    [
        ("the tenants' union", "Ferndale Renters and Tenants Union", True),
        ("the porters' union", "Ferndale Renters and Tenants Union", False),
        ("the city council", "Brindle City Council", False),  # a kind, not a description
    ],
)
def test_a_description_names_an_organisation(phrase: str, name: str, same: bool) -> None:
    assert is_form_of(phrase, name) is same
