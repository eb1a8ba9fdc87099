"""Names are names: post-nominal letters, judicial styles, courtroom roles and family names
written first stay out of the name a person is filed under (common/post_nominals.py,
extract/post_nominal_names.py, extract/name_styles.py, extract/clause_roles.py), on
fictional court and council stories, through extraction and through the CLI's answers."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language

from common.names import canonical_name, clean_name, same_person
from common.post_nominals import ROLES, is_post_nominal, post_nominal_role
from extract.name_styles import JUDICIAL_STYLES, PERSONAL_HONORIFICS
from extract.pipeline import extract_doc
from tests.conftest import ask_json, speakers_in, stories_db


def credited(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, kind, title) of each quote extraction finds in a text."""
    return [(q.speaker, q.speaker_kind, q.speaker_title) for q in extract_doc(nlp(text)).quotes]


def test_post_nominal_families_are_data() -> None:
    raw = json.loads(
        resources.files("common").joinpath("data/post_nominals.json").read_text("utf-8")
    )
    assert {"counsel", "legislators", "honours", "fellowships", "degrees"} <= set(raw["families"])
    assert ROLES["KC"] == "Barrister" and ROLES["MSP"] == "MSP" and ROLES["OBE"] is None
    assert is_post_nominal("Q.C.") and is_post_nominal("FRS") and not is_post_nominal("Ms")


@pytest.mark.parametrize(
    "written, filed, role",
    [
        ("Ayodele Bankole KC", "Ayodele Bankole", "Barrister"),
        ("Harriet Vole Q.C.", "Harriet Vole", "Barrister"),
        ("Dame Rosalind Querry DBE", "Rosalind Querry", None),
        ("Professor Anand Rasmussen FRS FREng", "Anand Rasmussen", None),
        ("Rhys Powys-Edwards MS", "Rhys Powys-Edwards", "MS"),
        ("Fiona MacAskill MSP", "Fiona MacAskill", "MSP"),
        ("Walter Brannock Jr. OBE", "Walter Brannock Jr.", None),
    ],
)
def test_post_nominal_letters_are_no_part_of_the_name(
    written: str, filed: str, role: str | None
) -> None:
    assert canonical_name(written) == filed
    assert post_nominal_role(written) == role
    assert same_person(written, clean_name(filed).split()[-1])


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Oyelaran Adebisi KC told the jury the loan was a fraud. "
            '"He knew exactly what he was doing," Mr Adebisi said.',
            "Oyelaran Adebisi",
            "Barrister",
        ),
        (
            "For the prosecution, Ifeoma Okparaeke KC said the Crown would appeal the ruling. "
            "He told the court that a second hearing had been listed.",
            "Ifeoma Okparaeke",
            "Prosecutor",
        ),
        (
            "Gwenllian Price-Rhys MS said the ward must stay open. "
            '"We will not let it close," Ms Price-Rhys said.',
            "Gwenllian Price-Rhys",
            "MS",
        ),
    ],
)
def test_a_name_with_letters_is_one_person(nlp: Language, text: str, name: str, title: str) -> None:
    found = credited(nlp, text)
    assert {speaker for speaker, _, _ in found} == {name}
    assert all(kind == "person" and t == title for _, kind, t in found)


def test_the_crown_is_no_person(nlp: Language) -> None:
    text = (
        "Zaid Farouk KC, prosecuting, said the Crown would seek costs. "
        "He said the firm had ignored three warnings."
    )
    assert {s for s, _, _ in credited(nlp, text)} == {"Zaid Farouk"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("In mitigation, Marisol Quenby QC said her client was deeply sorry.", "Defence barrister"),
        ("Marisol Quenby QC, for Mr Dovecote, said her client was of good character.", "Defence"),
        ("Marisol Quenby, representing Ms Arkwright, told the tribunal it was unfair.", "Defence"),
        ("Opening the prosecution case, Marisol Quenby told jurors the cash was stolen.", "Prose"),
        ("Closing for the defence, Marisol Quenby said the evidence was thin.", "Defence"),
    ],
)
def test_courtroom_roles_around_a_name(nlp: Language, text: str, title: str) -> None:
    found = credited(nlp, text)
    assert [s for s, _, _ in found] == ["Marisol Quenby"]
    assert (found[0][2] or "").startswith(title)


def test_a_spokesperson_for_a_person_is_no_counsel(nlp: Language) -> None:
    found = credited(nlp, "Hollis Grange, speaking for Mr Vardy, said the claim was false.")
    assert [s for s, _, _ in found] == ["Hollis Grange"]
    assert found[0][2] != "Defence barrister"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Mrs Justice Abernethy-Lowe said the claim was hopeless. "
            '"This case should never have been brought," the judge said.',
            "Mrs Justice Abernethy-Lowe",
        ),
        (
            "Lord Justice Pennycook said the appeal failed. The judge said costs would follow.",
            "Lord Justice Pennycook",
        ),
        (
            "Mr Justice Ormerod-Vance told the court the evidence was weak. "
            '"I am not persuaded," he said.',
            "Mr Justice Ormerod-Vance",
        ),
        (
            "District Judge Carys Vellacott said there was no remorse. "
            "Judge Vellacott said the fine would be doubled.",
            "Carys Vellacott",
        ),
    ],
)
def test_a_judge_is_named_in_the_style(nlp: Language, text: str, name: str) -> None:
    found = credited(nlp, text)
    assert {s for s, _, _ in found} == {name}
    assert all(kind == "person" for _, kind, _ in found)


def test_style_words_are_data() -> None:
    assert {"mrs", "dr", "lord"} <= PERSONAL_HONORIFICS and "st" not in PERSONAL_HONORIFICS
    assert {"justice", "judge"} <= JUDICIAL_STYLES


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Dr Pham Quoc Bao, a virologist, said the samples were clean. "
            '"We tested every one," Dr Pham said.',
            "Pham Quoc Bao",
        ),
        (
            "Kim Seo-yeon, the union's leader, said the strike would go ahead. "
            '"We have no choice," Ms Kim said.',
            "Kim Seo-yeon",
        ),
    ],
)
def test_a_family_name_written_first(nlp: Language, text: str, name: str) -> None:
    assert {s for s, _, _ in credited(nlp, text)} == {name}


def test_questions_find_counsel_and_the_judge(tmp_path: Path) -> None:
    db = stories_db(
        tmp_path,
        {
            "trial": (
                "Fraud trial hears from both sides\n\n"
                "Opening the prosecution case, Temitope Adeyemi KC told jurors that the "
                "accused had spent the money on a yacht.\n\n"
                '"Every penny was meant for the hospice," Mr Adeyemi said.\n\n'
                "Rosamund Tillery KC, for Mr Harcastle, said her client had repaid the loan. "
                '"He has lost everything," Ms Tillery said.\n\n'
                "Mrs Justice Quarrington-Beale said the trial would last a fortnight. "
                '"Do not read about this case online," the judge told jurors.'
            ),
        },
    )
    assert speakers_in(ask_json(db, "what did the prosecutor say?")) == {"Temitope Adeyemi"}
    assert speakers_in(ask_json(db, "what did the defence barrister say?")) == {"Rosamund Tillery"}
    assert speakers_in(ask_json(db, "what did the judge say?")) == {"Mrs Justice Quarrington-Beale"}
    assert speakers_in(ask_json(db, "what did Tillery say?")) == {"Rosamund Tillery"}
    assert speakers_in(ask_json(db, "what did counsel say?")) == {
        "Temitope Adeyemi",
        "Rosamund Tillery",
    }


def test_counsel_for_a_person_keeps_the_client_beside_the_role(nlp: Language) -> None:
    found = credited(nlp, "Marisol Quenby QC, for Mr Dovecote, said her client was sorry.")
    assert found == [("Marisol Quenby", "person", "Defence barrister for Mr Dovecote")]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Outside court, Tran Van Khoa, the former bursar who raised the alarm, said he was "
            'relieved. "Say so when something is wrong," he said.',
            "Tran Van Khoa",
        ),
        (
            "Outside court, Ingrid Sollas, the victim's sister, said the family could rest.",
            "Ingrid Sollas",
        ),
        (
            "After school, Bea Lindqvist, a parent, said the crossing was dangerous.",
            "Bea Lindqvist",
        ),
        (
            "Outside the court, Ingrid Sollas, the victim's sister, said it was over.",
            "Ingrid Sollas",
        ),
    ],
)
def test_an_opening_adverbial_is_no_speaker(nlp: Language, text: str, name: str) -> None:
    assert {s for s, _, _ in credited(nlp, text)} == {name}


def test_a_bare_noun_introduces_no_organisation(nlp: Language) -> None:
    text = "Outside court, Tran Thi Hoa, the former treasurer, said she felt vindicated."
    assert credited(nlp, text) == [("Tran Thi Hoa", "person", "Former treasurer")]
