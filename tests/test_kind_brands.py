"""A brand whose name gives no kind is the body a question asks for by kind only once a story
calls it so after naming it ("Hollowmead Bakeries ... the bakery chain said"): a kind in the
headline, or a "the <kind>" before any body is named, is not a reason to give the words of
another brand in the story (ask/org_kinds.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ask_json, stories_db

FLOOD = """Insurer faces anger over Brackwater flood payouts

Homeowners in Brackwater say claims are being delayed weeks after the river burst its banks.

BRACKWATER, 2 December 2026 - Homeowners in Brackwater say claims are being delayed weeks
after the river burst its banks.

"They answer the phone and then nothing happens," said Gwen Pritchard, 71, whose kitchen
flooded.

The supermarket chain Harvest Lane, whose Brackwater store was flooded, said it would reopen on
Friday. "Our staff have worked around the clock," a Harvest Lane spokeswoman said.
"""

BAKERY = """Bakery chain to close Elmford site

Sixty jobs are at risk at the Elmford bakery.

ELMFORD, 1 December 2026 - Sixty jobs are at risk at the Elmford bakery.

Hollowmead said demand had fallen. "We have looked at every option," the bakery chain said.
"""


def test_a_kind_in_the_headline_does_not_make_another_brand_that_kind(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"flood": FLOOD})
    answer = ask_json(db, "what did the insurer say", "--limit", "0")
    assert not {q["speaker"] for q in answer["quotes"]} & {"Harvest Lane"}
    texts = " | ".join(q["text"] for q in ask_json(db, "what did the supermarket say")["quotes"])
    assert "Our staff have worked around the clock" in texts


def test_a_brand_called_by_its_kind_after_its_name_answers_for_the_kind(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"bakery": BAKERY})
    answer = ask_json(db, "what did the bakery chain say", "--limit", "0")
    texts = " | ".join(q["text"] for q in answer["quotes"])
    assert "We have looked at every option" in texts


RECALL = "\n\n".join(
    [
        "Bakery chain recalls rye loaves over missing nut warning",
        "Customers are told to return the bread.",
        "TOLLCASTER, 2 December 2026 - Westerby Bakeries has recalled its rye loaf because the "
        "label does not say that it contains walnuts.",
        "The loaves were sold in 30 of the chain's shops.",
        '"An old label went on a new recipe, and we are sorry," a spokeswoman for the chain, '
        "Ines Marwick, said.",
        '"My daughter had one slice and came out in hives," said customer Dora Phelps.',
    ]
)


def test_a_brand_whose_name_says_the_headlines_kind_is_that_body(tmp_path: Path) -> None:
    db = stories_db(tmp_path, {"recall": RECALL})
    answer = ask_json(db, "what did the bakery chain say", "--limit", "0")
    speakers = {q["speaker"] for q in answer["quotes"]}
    assert "Ines Marwick" in speakers
    assert "Dora Phelps" not in speakers
