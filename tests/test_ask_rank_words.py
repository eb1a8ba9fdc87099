"""A rank word before a title makes another office (extract/data/people_words.json
rank_words): the pro-vice-chancellor is not the vice-chancellor, the deputy leader not the
leader."""

from __future__ import annotations

import pytest

from ask.titles import other_rank


@pytest.mark.parametrize(
    ("title", "asked", "other"),
    [
        (["pro", "vice", "chancellor"], ["vice", "chancellor"], True),
        (["vice", "chancellor"], ["vice", "chancellor"], False),
        (["deputy", "leader"], ["leader"], True),
        (["pro", "vice", "chancellor"], ["pro", "vice", "chancellor"], False),
    ],
)
def test_a_rank_the_question_lacks_is_another_office(
    title: list[str], asked: list[str], other: bool
) -> None:
    assert other_rank(title, asked) is other
