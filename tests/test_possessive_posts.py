"""A post owned by a word of a body's name other than its last ("the county's cabinet member"
of Westmarsh County Council) ties its holder to the body as "the council's" would: a stated
tie, not one guessed from co-occurrence (extract/affiliation_facts.py), so the body's answer
holds their words. Fictional stories."""

from __future__ import annotations

from spacy.language import Language

from extract.pipeline import extract_doc

MERGER = (
    "Two village schools to merge\n\n"
    "Brindlecombe County Council has decided to merge Upper Brindle and Brindle Park "
    "primary schools.\n\n"
    "Cllr Tobias Reyes, the county's cabinet member for children's services, said he "
    "understood parents' anger but denied that the decision had been made in advance.\n"
)


def test_the_countys_cabinet_member_is_the_county_councils_by_what_the_story_says(
    nlp: Language,
) -> None:
    ties = {
        a.evidence
        for a in extract_doc(nlp(MERGER)).affiliations
        if a.person == "Tobias Reyes" and a.org == "Brindlecombe County Council"
    }
    assert ties and "implied" not in ties
