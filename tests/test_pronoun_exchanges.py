"""Who "he" or "she" means in two conventions of news writing (fictional articles):

- a given name borne by men in one language and women in another ("Andrea", "Nicola",
  "Jan") gives only a likely gender: the reporter's pronoun right after the person spoke or
  was introduced means them (extract/name_genders.py);
- in an exchange between a man and a woman, the other's turn is no nearer antecedent: "he"
  after her question is the man she asked (extract/exchanges.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.conftest import extracted_quotes as quotes
from tests.conftest import said_by, speaker_of, story_db

BOTH_GENDERS = [
    (  # an Italian man's name that German data counts a woman's, then "he said"
        "Harbour restaurants struggle.\n\n"
        "Andrea Bellini, a chef who has cooked on the quay for twenty years, said prices had "
        'doubled. "We cannot keep the menu the same," he said.',
        "keep the menu the same",
        "Andrea Bellini",
    ),
    (  # introduced in a sentence without speech, then "he said"
        "Ferry timetable cut.\n\n"
        "Islanders packed the hall on Monday. Councillor Nicola Ferri was unconvinced by the "
        'new timetable. "It is too little and far too late," he said.',
        "too little and far too late",
        "Nicola Ferri",
    ),
    (  # "he added" in the next paragraph after an indirect quote
        "Bakery to close.\n\n"
        "Simone Moretti, who has run the corner bakery since 1998, said rents had tripled.\n\n"
        '"My father opened this shop and I am the one closing it," he added.',
        "father opened this shop",
        "Simone Moretti",
    ),
    (  # a reply to an unnamed questioner
        "Station repairs delayed.\n\n"
        "Gabriele Conti, the station manager, was asked at the meeting when the lifts would "
        'work. "Nobody has told us a date," he replied.',
        "Nobody has told us a date",
        "Gabriele Conti",
    ),
    (  # a woman's name that Dutch data counts a man's, then "she said"
        "School wins award.\n\n"
        "Jan Whitmore, the head teacher at Fenbridge Primary, said the award belonged to the "
        'pupils. "They did the hard work," she said.',
        "They did the hard work",
        "Jan Whitmore",
    ),
]


@pytest.mark.parametrize("text, words, speaker", BOTH_GENDERS)
def test_a_pronoun_settles_a_name_borne_by_both_sexes(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes(nlp, text), words) == speaker


def test_a_name_borne_by_both_sexes_does_not_beat_an_agreeing_name(nlp: Language) -> None:
    text = (
        "Museum roof repaired.\n\n"
        "Andrea Holm, the museum's director, said the repairs were finished. Her deputy, Tom "
        'Price, said the galleries would reopen in May. "We have waited two years," he said.'
    )
    assert speaker_of(quotes(nlp, text), "waited two years") == "Tom Price"


def test_a_name_borne_by_one_sex_still_rules_a_pronoun_out(nlp: Language) -> None:
    text = (
        "Library hours cut.\n\n"
        'Margaret Dunne, the head librarian, said the cuts were painful. "We will fight '
        'this," he said.'
    )
    assert speaker_of(quotes(nlp, text), "We will fight this") != "Margaret Dunne"


def test_a_courtesy_title_rules_out_a_pronoun_of_the_other_sex(nlp: Language) -> None:
    text = (  # "Orla" and "Andrea" are borne by both sexes; "Ms" settles it
        "Ferry fares frozen.\n\n"
        "Ms Andrea Kallio, who chairs the island council, said the freeze was overdue. "
        '"We have paid enough," he said.'
    )
    assert speaker_of(quotes(nlp, text), "We have paid enough") != "Andrea Kallio"


EXCHANGES = [
    (  # a courtroom question by a woman and the man's reply
        "Builder gives evidence.\n\n"
        "Colin Hale, 61, denies theft. The prosecutor put it to him that he had spent the "
        "money.\n\n"
        '"Where did the money go, Mr Hale?" Ms Grant asked.\n\n'
        '"Into the roof," he replied.',
        "Into the roof",
        "Colin Hale",
    ),
    (  # a reporter's question at a press conference, then the minister's answer
        "Bridge date set.\n\n"
        "The transport minister, Paul Okoro, took questions at the quay on Tuesday.\n\n"
        '"When will the bridge open?" asked Sara Lind, a local reporter.\n\n'
        '"Next spring, if the steel arrives," he said.',
        "if the steel arrives",
        "Paul Okoro",
    ),
    (  # a debate: his attack, her rebuttal, his reply
        "Candidates clash on tram plan.\n\n"
        "Tom Reyes attacked the tram plan as the debate opened.\n\n"
        '"It is a fantasy with a price tag," said Lena Ortiz.\n\n'
        '"It is fully costed," he said.',
        "fully costed",
        "Tom Reyes",
    ),
    (  # a council meeting: she moved the motion, he objected, she answered
        "Council delays vote.\n\n"
        "Councillor Ruth Amos moved a motion to save the swimming baths.\n\n"
        "Mayor Idris Kane said the motion was premature.\n\n"
        '"We were promised a vote before Christmas," she said.',
        "promised a vote before Christmas",
        "Ruth Amos",
    ),
    (  # an interview exchange with the woman's turn as a pronoun
        "Farmer sues water company.\n\n"
        "Owen Pryce has farmed at Cwm Du for forty years.\n\n"
        'Asked about the flooding, Megan Rhys of the water company said: "We have '
        'apologised." Later she said the pipes were new.\n\n'
        '"They flooded my fields twice," he said.',
        "flooded my fields twice",
        "Owen Pryce",
    ),
]


@pytest.mark.parametrize("text, words, speaker", EXCHANGES)
def test_a_pronoun_after_the_other_sex_s_turn_means_the_one_before(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes(nlp, text), words) == speaker


def test_an_unnamed_speaker_of_the_pronoun_s_sex_still_blocks_the_exchange(
    nlp: Language,
) -> None:
    text = (
        "Pier closure.\n\n"
        "Colin Hale, the pier's owner, closed it on Monday.\n\n"
        '"It is a disgrace," a spokesman for the traders said.\n\n'
        '"We were never asked," he said.'
    )
    assert speaker_of(quotes(nlp, text), "We were never asked") != "Colin Hale"


def test_anyone_asked_is_no_nearer_antecedent(nlp: Language) -> None:
    # "anyone who supported the plant" is nobody in particular: "she" is the woman named
    text = (
        "Incinerator meeting.\n\n"
        "Dr Siobhan Mulcahy opened the meeting by asking anyone who supported the plant to "
        "raise their hand. Not a single hand went up.\n\n"
        '"That is the consultation result, and it cost nothing," she said.'
    )
    assert speaker_of(quotes(nlp, text), "consultation result") == "Siobhan Mulcahy"


def test_what_did_he_say_finds_the_reply_in_an_exchange(tmp_path: Path) -> None:
    text = (
        "Developer denies fraud.\n\n"
        "Colin Hale, 61, the former director of Ashby Homes, denies four counts of fraud. "
        "Under cross-examination, the prosecutor put it to him that he had known.\n\n"
        '"Where did the deposits go, Mr Hale?" Ms Grant asked.\n\n'
        '"Into the foundations," he replied.'
    )
    found, speakers = said_by(story_db(tmp_path, "hale", text), "Hale")
    assert "Into the foundations" in found
    assert speakers == {"Colin Hale"}
