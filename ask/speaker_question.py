"""What a speaker asked for by a phrase said: by name, title or organisation
(ask/speaker_answer.py), else by the descriptions the stories give (a body of a place, a
body's voice by its kind, a head with words after it)."""

from __future__ import annotations

from ask.apposed_bodies import apposed_answer
from ask.asking import Ask
from ask.body_voices import voice_by_kind
from ask.clause_people import clause_speaker
from ask.generic_heads import generic_head_answer
from ask.modified_people import fits, modified_answer
from ask.people import SpeakerMatch, find_speakers
from ask.person_kinds import kind_answer, one_of_the_group
from ask.qualified_bodies import qualified_answer
from ask.qualified_people import trailing_answer
from ask.speaker_answer import speaker_answer
from ask.titles import spelled_out
from ask.unquoted_holders import unquoted_holder
from ask.views import Answer


def speaker_question(ask: Ask, phrase: str, topic: str | None) -> Answer:
    """What a speaker (a name, a title or an organisation) said, on a topic if given; for
    a post whose holder the stories name but never quote, that they have not been quoted
    (not another's words: ask/unquoted_holders.py); a description no story uses, by a noun
    for a kind of it that one does (ask/person_kinds.py), or by the words before a head that
    says only "a person" ("the rights of way man": ask/generic_heads.py); a person asked for
    by what a clause tells of them, the one the stories tell it of ("the woman who lost her
    wedding ring": ask/clause_people.py)."""
    phrase = spelled_out(phrase)  # "the chief exec": the chief executive
    told = clause_speaker(ask.store, phrase)  # "the woman who lost her wedding ring"
    if told is not None:
        answer = speaker_answer(ask, SpeakerMatch([told], "name", True), topic, told.name)
        if answer.quotes:
            return answer
    answer = _speaker_question(ask, phrase, topic)

    def inner(asked: str) -> Answer:
        return _speaker_question(ask, asked, topic)

    if not answer.quotes:  # "the fisheries scientist": "X, a freshwater ecologist"; "the
        # rights of way man": the one whose post those words name
        answer = (
            one_of_the_group(phrase, inner)  # "the judges": the chair of the judges
            or kind_answer(ask.store, phrase, inner)
            or generic_head_answer(ask.store, phrase, inner)
            or answer
        )
    return unquoted_holder(ask.store, phrase, answer) or answer


def _speaker_question(ask: Ask, phrase: str, topic: str | None) -> Answer:
    found = find_speakers(ask.store, phrase)

    def ask_body(body: str) -> Answer:  # a body asked for by its name or its description
        return speaker_answer(ask, find_speakers(ask.store, body), topic, body)

    def ask_head(head: str) -> Answer:  # a description's head, asked alone
        return speaker_question(ask, head, topic)

    # "the national food bank charity": the body a story calls so, not one whose name holds
    # some of its words
    described = apposed_answer(ask.store, phrase, found.rows, ask_body)
    if described is not None:
        return described
    answer = speaker_answer(ask, found, topic, phrase)
    if not found.rows and not fits(ask.store, phrase, answer):
        # nobody by that description, and the stories' best fit is not so described: its
        # head, kept to the words around it ("the care home manager in Penmoor" is not the
        # farm manager elsewhere; "the retiring headteacher" is not the one who stays)
        narrowed = trailing_answer(ask.store, phrase, ask_head, relative=False)
        alone = not answer.quotes  # nothing else answers
        narrowed = narrowed or modified_answer(ask.store, phrase, ask_head, alone=alone)
        if narrowed is not None:
            return narrowed
    if answer.quotes:
        return answer
    # "the Carrowmoor families' group"; "the union rep"; "the vice-chairman who quit"
    return (
        qualified_answer(ask.store, phrase, ask_body)
        or voice_by_kind(phrase, ask_body)
        or trailing_answer(ask.store, phrase, ask_head)
        or answer
    )
