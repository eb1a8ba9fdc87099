"""The reply to a question is the answer of the one asked (extract/replies.py,
data/question_verbs.json): "She asked Roe whether ... Mr Pyke. He said: ..." is Roe's
reply, not Mr Pyke's, whoever the question names after him."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc


@pytest.mark.parametrize(
    "question",
    [
        "Ms Harte asked Colm Birtles whether the ladder had been checked by Mr Pyke.",
        "Ms Harte pressed Colm Birtles on why the alarm had been switched off by Mr Pyke.",
        "Ms Harte questioned Colm Birtles about the report written by Mr Pyke.",
        "Ms Harte quizzed Colm Birtles over the delay blamed on Mr Pyke.",
        "Ms Harte challenged Colm Birtles over the figures given to Mr Pyke.",
    ],
)
def test_the_reply_is_the_answer_of_the_one_asked(nlp: Language, question: str) -> None:
    text = (
        "Representing the tenants, Orla Harte said the building had failed its residents. "
        f'{question} He said: "Not that I know of."'
    )
    quotes = extract_doc(nlp(text)).quotes
    reply = next(q for q in quotes if q.text.startswith("Not that"))
    assert reply.speaker == "Colm Birtles"
