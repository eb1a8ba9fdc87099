"""Speech only, one attribution per speech event: each family of the non-speech lists
(extract/data/not_speech.json, cues.json's setting_prepositions) keeps a case where the text is
not taken for anybody's words, beside the speech that stays."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from extract.pipeline import extract_doc
from tests.conftest import ROOT, extracted_quotes

TRANSCRIPT = (
    "PENCE: We are going to win North Carolina, and we are going to win it big.\n\n"
    '"(CROSSTALK.)\n\n'
    "WALLACE: Governor, I want to get to the next question.\n\n"
    '"Follow Pam Key on Twitter @pamkeyNEN."'
)

FAMILY_CASES = {
    # family: (text, words that must not be a quote, words that must stay one)
    "transcript_markers": (TRANSCRIPT, "CROSSTALK", "going to win North Carolina"),
    "boilerplate": (TRANSCRIPT, "Follow Pam Key", "the next question"),
    "phrasal_verbs": (
        "Senator Ada Flint showed up at the rally in a borrowed coat. Flint said the plant "
        "would stay open until next year.",
        "at the rally",
        "the plant would stay open",
    ),
    "conditional_marks": (
        "If the moderator asks about the tax returns, the candidate will walk out. Rita Mohr, "
        "the campaign's spokeswoman, said the candidate would answer every question.",
        "about the tax returns",
        "would answer every question",
    ),
    "work_nouns": (
        "Mayor Kees Dalen sat for an interview this month on Ms. Orr's show, ''Harbourside.'' "
        "Critics seized upon the appearance, in which he said the ferry would run all winter.",
        "Harbourside",
        "the ferry would run all winter",
    ),
    "interviewer_labels": (
        "MODERATOR: Senator Holt, the union says the ferry will stop in March.\n\n"
        "HOLT: The ferry will run every day next year, and I will see to it myself.\n\n"
        "MODERATOR: Thank you, Senator.",
        "the ferry will stop in March",
        "The ferry will run every day next year",
    ),
    "interviewer_verbs": (
        "Mayor Joan Pike spoke to the Harbourside Gazette's Ann Vale on Monday.\n\n"
        "Ann Vale: The union says the ferry will stop in March. Will it?\n\n"
        "Joan Pike: The ferry will run every day next year, and I will see to it myself.\n\n"
        "Ann Vale: And after that?\n\n"
        "Joan Pike: After that it will run twice a day, whatever the union says.",
        "the ferry will stop in March",
        "The ferry will run every day next year",
    ),
    "label_words": (
        "Mayor Joan Pike spoke on Monday.\n\nBREAKING: The harbour will close for a month."
        "\n\nPIKE: We will reopen the harbour by June.",
        "harbour will close",
        "reopen the harbour",
    ),
    "sign_nouns": (
        'Strikers stood at the depot gates with placards reading "Fair Fares For All" and '
        '"Drivers Deserve Better". Organiser Nell Amis said: "We will be back on Friday."',
        "Drivers Deserve Better",
        "We will be back on Friday",
    ),
    "sign_verbs": (
        "A banner that said \u201cHands Off Our Library\u201d hung over the door. Tom Vale, "
        "holding a sign, said \u201cwe will not let it close\u201d.",
        "Hands Off Our Library",
        "we will not let it close",
    ),
    "naming_participles": (
        '"We will be back on Friday," said Nell Amis, whose campaign, called "Keep The Ferry", '
        "has 300 members.",
        "Keep The Ferry",
        "We will be back on Friday",
    ),
    "label_participles": (
        'Megan Rhys sent staff an email headed "staff cuts - confidential" on Friday. Rhys '
        'said: "Nobody will lose their job before the summer."',
        "staff cuts",
        "Nobody will lose their job",
    ),
    "setting_prepositions": (
        "Mayor Joan Pike campaigned in Dover with her supporters on Sunday. Pike said the "
        "harbour would be dredged next spring.",
        "in Dover",
        "harbour would be dredged",
    ),
}


def test_every_family_has_a_case() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "not_speech.json").read_text("utf-8"))
    families = {key for key in raw if key != "about"} | {"setting_prepositions"}
    assert families == set(FAMILY_CASES)


@pytest.mark.parametrize("family", FAMILY_CASES)
def test_family_is_not_speech(nlp: Language, family: str) -> None:
    text, not_speech, speech = FAMILY_CASES[family]
    quotes = extract_doc(nlp(text)).quotes
    assert not any(not_speech in q.text for q in quotes), (family, quotes)
    assert any(speech in q.text for q in quotes), (family, quotes)


def test_nested_clause_of_the_same_speaker_is_one_attribution(nlp: Language) -> None:
    # Not "she believes the plant ..." and again "the plant will close ..." from "believes".
    text = "Gov. Nora Estes said she believes the coal plant will close by 2030."
    quotes = extract_doc(nlp(text)).quotes
    assert len(quotes) == 1, quotes
    assert quotes[0].speaker == "Nora Estes"
    assert quotes[0].text.startswith("she believes the coal plant will close")


SOURCE_CASES = {
    # extract/data/sources.json, one case per family: a quotation in the sentence after
    # "..., the <noun> said." belongs to the same speaker.
    "speakers": "\u201cSafety comes first,\u201d the transport secretary said. \u201cI would "
    "rather close a bridge for a month too long than a day too short.\u201d",
    "documents": "\u201cCosts rose by half in two years,\u201d the audit said. \u201cNo "
    "contract for the repairs was ever put out to tender.\u201d",
}


def test_every_source_family_has_a_case() -> None:
    raw = json.loads((ROOT / "extract" / "data" / "sources.json").read_text("utf-8"))
    assert {key for key in raw if key != "about"} == set(SOURCE_CASES)


@pytest.mark.parametrize("family", SOURCE_CASES)
def test_source_noun_frames_the_next_quotation(nlp: Language, family: str) -> None:
    quotes = extract_doc(nlp(SOURCE_CASES[family])).quotes
    assert len(quotes) == 2 and len({q.attribution for q in quotes}) == 1, quotes


@pytest.mark.parametrize(
    "text, written, said",
    [
        (  # the sentence's subject a sign
            "Most of the flooded homes still had no power on Monday.\n\n"
            "A hand-painted sign propped against a garden wall read \u201cWho pays for "
            "this?\u201d. A spokesman for the sign company said: \u201cWe will help where we "
            "can.\u201d",
            "Who pays for this",
            "help where we can",
        ),
        (  # "..., and a banner strung between two posts read": its last clause's subject
            "Hundreds of lanterns were lit along the towpath, and a banner strung between two "
            "lamp posts read \u201cWelcome home, Ashby\u201d. The organiser, Tariq Mehmood, "
            "said: \u201cWe ran out of matches twice.\u201d",
            "Welcome home",
            "ran out of matches",
        ),
    ],
)
def test_words_on_a_sign_that_is_a_clauses_subject_are_no_speech(
    nlp: Language, text: str, written: str, said: str
) -> None:
    texts = [q.text for q in extracted_quotes(nlp, text)]
    assert not any(written in t for t in texts)
    assert any(said in t for t in texts)
