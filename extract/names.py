"""Personal names as extraction reads them: party tags, whether a span looks like a person's
name, and the likely gender of a given name. The shared name rules (folding, surnames, whether
two names are one person) live in common/names.py and are re-exported here."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from extract.model import Person

from common.names import (  # noqa: F401  (re-exported: extract/ imports them from here)
    HONORIFICS,
    PARTICLES,
    SUFFIXES,
    TITLE_WORDS,
    _bare,
    canonical_name,
    clean_name,
    fold,
    generation,
    given_names,
    is_honorific,
    is_title_word,
    name_variants,
    near_same_person,
    same_person,
    surname,
    surname_keys,
    words,
)

# Title words no surname shares: a name cannot end with one.
ROLE_ENDINGS = {
    "chair", "chairman", "chairwoman", "chairperson", "director", "president", "secretary",
    "minister", "spokesman", "spokeswoman", "spokesperson", "executive", "officer", "official",
    "governor", "senator", "mayor", "commissioner", "editor", "adviser", "advisor", "aide",
    "ceo", "nominee", "candidate", "leader", "deputy", "ambassador", "lawmaker", "correspondent",
}  # fmt: skip

_PARTY_TAG = re.compile(r"^\(?[DRIL]-[A-Z][A-Za-z.]*\.?\)?$")


def is_party_tag(text: str) -> bool:
    """ "D-N.C.", "(R-Wis.)": the party and state after a US politician's name."""
    return bool(_PARTY_TAG.match(text.strip()))


@lru_cache(maxsize=65536)
def looks_like_person_name(text: str) -> bool:
    """Two to four capitalised words, or one, with nothing that marks an organisation."""
    if is_party_tag(text):
        return False
    parts = words(clean_name(text))
    if not 1 <= len(parts) <= 5:
        return False
    if len(parts) > 1 and _bare(parts[-1]) in ROLE_ENDINGS:
        return False  # "Frances Miller Chair", "Sirius XM Vice President"
    return all(p[:1].isupper() or _bare(p) in PARTICLES or "-" in p for p in parts)


@lru_cache(maxsize=1)
def _gender_detector() -> Any:
    import gender_guesser.detector as detector  # 4 MB of name data: load on first use

    return detector.Detector(case_sensitive=False)


# Only confident answers: "mostly_female" covers "Bernie" in the data's European statistics.
_GENDERS: dict[str, Literal["m", "f"]] = {"male": "m", "female": "f"}


@lru_cache(maxsize=1)
def _known_given_names() -> dict[str, Literal["m", "f"]]:
    """Given names the guesser gets wrong for English-language news (data file)."""
    import json
    from importlib import resources

    raw = json.loads(resources.files("extract").joinpath("data/given_names.json").read_text())
    return {k: v for k, v in raw["names"].items() if v in ("m", "f")}


@lru_cache(maxsize=4096)
def gender_of(name: str) -> Literal["m", "f"] | None:
    """The likely gender of a person's given name (for he/she agreement), or None."""
    for given in given_names(name):
        found = given_name_gender(given)
        if found:
            return found
    return None


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """Whether the name data knows a word as a given name of either gender or both ("Ji",
    "Hyun-woo", "Anne"); places and parties it does not know ("Florida", "Tory" aside)."""
    first = word.strip(".")
    if len(first) < 2:
        return False
    return fold(first) in _known_given_names() or _gender_detector().get_gender(first) != (
        "unknown"
    )


@lru_cache(maxsize=4096)
def given_name_gender(word: str) -> Literal["m", "f"] | None:
    """The likely gender of one word read as a given name ("Marcus" -> "m"), or None when
    it is no known given name ("Abernathy")."""
    first = word.strip(".")
    if len(first) < 2:
        return None
    for part in [first, *first.split("-")]:
        found = _known_given_names().get(fold(part)) or _GENDERS.get(
            _gender_detector().get_gender(part)
        )
        if found:
            return found
    return None


def person_gender(person: Person) -> str | None:
    """A person's gender for agreement with "he" and "she": known, or the gender of the one
    name the article calls them by when that is a given name ("Keith")."""
    if person.gender or " " in person.name:
        return person.gender
    return gender_of(f"{person.name} X")


@lru_cache(maxsize=4096)
def borne_by_both(given: str) -> bool:
    """True when the name data counts `given` a man's name in some country and a woman's in
    another, and the project's own list does not settle it: such a name gives only a likely
    gender (extract/name_genders.py)."""
    if fold(given) in _known_given_names():
        return False
    detector: Any = _gender_detector()
    found = {detector.get_gender(given, country) for country in detector.COUNTRIES}
    return {"male", "female"} <= found
