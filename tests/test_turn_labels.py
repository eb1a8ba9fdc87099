"""An interview's "Q:" and "A:" labels name nobody: the chairman of a club interviewed in
question-and-answer form is the club's, never an organisation called "Q". (Fictional
names.)"""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import speaker_orgs

_INTERVIEW = (
    "Okonjo named Harlow Athletic manager\n\n"
    "Harlow Athletic have appointed Adaeze Okonjo as manager until the end of the season.\n\n"
    "Q: Will you sign new players in January?\n\n"
    "A: We will look at the squad first, and then we will decide.\n\n"
    "Q: Is promotion the target?\n\n"
    "A: Staying up is the target. Anything else is a bonus.\n\n"
    "Chairman Rupert Vallance said Okonjo had been the board's first choice. "
    '"She knows this town and she knows this club," Vallance said.\n'
)


def test_a_question_label_is_no_organisation(nlp: Language) -> None:
    orgs = speaker_orgs(nlp, _INTERVIEW)
    assert orgs.get("Rupert Vallance") != "Q", orgs
    assert "Q" not in orgs.values(), orgs
