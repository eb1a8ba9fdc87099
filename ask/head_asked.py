"""A body's head asked for in a reporter's words: "the head of the wildlife trust", "the
landfill boss" (ask/data/offices.json "generic_heads"). When nobody is found so, the answer
is the first of the titles that lead a body ("top_titles": the chief executive, the
managing director, ..., the chair) that names someone: the wildlife trust's chief executive,
the landfill firm's managing director, each found as if asked for by that title; then, for a
field before the head ("the council's environment chief"), the titles of whoever answers for
a field ("portfolio_titles": the head of environment, the cabinet member for environment).
"""

from __future__ import annotations

from collections.abc import Callable

from ask.titles import head_forms
from ask.views import Answer

Question = Callable[[str], Answer]


def headed_answer(phrase: str, question: Question) -> Answer:
    """The answer to `question` for `phrase`, else for the first title of a body's head
    that `phrase` may mean and that finds quotes (the first answer when none does)."""
    answer = question(phrase)
    if answer.quotes:
        return answer
    for form in head_forms(phrase):
        found = question(form)
        if found.quotes:
            return found
    return answer
