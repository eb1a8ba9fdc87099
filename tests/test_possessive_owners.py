"""A title owned by "the club" or "the group" ("The club's chief executive, X, said") belongs
to the body of that kind the story is about, not to another body named near it: the league
that fined the club, or the company the tenants' group surveyed."""

from __future__ import annotations

from spacy.language import Language

from tests.conftest import speaker_orgs

CLUB = (
    "ASHMOOR, 3 March - Ashmoor Town RFC have been fined £9,000 for fielding an unregistered "
    "player, the Western Counties Rugby Union (WCRU) announced on Monday.\n"
    'The WCRU\'s disciplinary chair, Nell Sarrow, said the breach had been "careless". In its '
    "ruling, the union said the club had been warned twice.\n"
    "Ashmoor said they would appeal. The club's chief executive, Idris Penhale, said: "
    '"We made a mistake with a form. We did not try to gain anything."\n'
)
GROUP = (
    "BRELLTON, 4 March - One in three tenants of the housing association Brellton Homes Group "
    "report leaking roofs, according to a survey by the tenants' organisation Brellton Renters "
    "Forum.\n"
    "The group's chair, Osei Danquah, said some families had waited a year for repairs. "
    '"Buckets are not a repair," he said.\n'
)


def test_the_clubs_officer_is_the_clubs_not_the_leagues(nlp: Language) -> None:
    assert speaker_orgs(nlp, CLUB).get("Idris Penhale") == "Ashmoor Town RFC"


def test_the_groups_chair_is_the_tenants_group(nlp: Language) -> None:
    assert speaker_orgs(nlp, GROUP).get("Osei Danquah") == "Brellton Renters Forum"
