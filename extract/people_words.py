"""The cast's word lists (data/people_words.json) as frozensets, loaded once at import."""

from __future__ import annotations

import json
from importlib import resources

from common.names import fold
from common.ranks import address_words, rank_heads

_RAW = json.loads(resources.files("extract").joinpath("data/people_words.json").read_text("utf-8"))

ORG_WORDS: frozenset[str] = frozenset(_RAW["org_words"])  # words inside organisations' names
ORG_NOUNS: frozenset[str] = frozenset(_RAW["org_nouns"])  # "the group", "the council"
# "Steel" in Carrick Bay Steel: heads that make a name of several words an organisation
ORG_HEADS: frozenset[str] = frozenset(_RAW["org_heads"]["words"])
BODY_WORDS: frozenset[str] = ORG_WORDS | ORG_HEADS  # the words a body's name may end in
# "Group" in Kestle Homes Group, "RFC" in Corrie Vale RFC: by family, read by ask/ too
ORG_SUFFIXES: frozenset[str] = frozenset(w for f in _RAW["org_suffixes"].values() for w in f)
# "Pryor Ashdown's chief executive": posts only an organisation has
BODY_POSTS: frozenset[str] = frozenset(_RAW["body_posts"]["words"])
# "business", "civic": the families whose word a short form may leave off ("Pryor Ashdown")
SHORT_FORM_FAMILIES: frozenset[str] = frozenset(_RAW["short_form_heads"]["families"])
PERSON_NOUNS: frozenset[str] = frozenset(_RAW["person_nouns"])  # "a delivery driver"
GENERIC_TITLES: frozenset[str] = frozenset(_RAW["generic_titles"])  # speak for an organisation
GENERIC_ORG_NOUNS: frozenset[str] = frozenset(_RAW["generic_org_nouns"])  # any organisation
MALE_TITLES: frozenset[str] = frozenset(_RAW["male_titles"])
FEMALE_TITLES: frozenset[str] = frozenset(_RAW["female_titles"])
# "the statement said": a written statement's words are its issuer's
STATEMENT_NOUNS: frozenset[str] = frozenset(_RAW["statement_nouns"]["words"])
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
# A word in an organisation's name -> its kind ("association" -> "civic"); a generic noun ->
# the kinds it may refer back to ("newspaper" -> {"press"}).
ORG_FAMILY: dict[str, str] = {
    word: family for family, members in _RAW["org_families"].items() for word in members
}
# "food bank" -> "civic": two words whose kind overrides their last word's
ORG_KIND_PHRASES: dict[str, str] = {
    k: v for k, v in _RAW.get("org_kind_phrases", {}).items() if k != "about"
}
# "Chief executive X": titles of an office inside an organisation, by their last word
OFFICER_TITLES: frozenset[str] = frozenset(_RAW.get("officer_titles", {}).get("words", []))
# "managing director" -> {"business"}: the kinds of organisation an office belongs to
OFFICER_KINDS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _RAW.get("officer_kinds", {}).items() if k != "about"
}
GENERIC_ORG_FAMILIES: dict[str, frozenset[str]] = {
    noun: frozenset(families) for noun, families in _RAW["generic_org_families"].items()
}
# what a title must hold: these and the heads of the ranks ("manager", "alderman", "dci")
ROLE_WORDS: frozenset[str] = frozenset(_RAW["role_words"]) | rank_heads()
COURTESY_TITLES: frozenset[str] = frozenset(_RAW["courtesy_titles"])  # "Mr.": no role
RANK_WORDS: frozenset[str] = frozenset(_RAW["rank_words"])  # "vice", "former": another office
# "acting", "interim": ranks whose holder holds the office for now ("the chief executive")
HOLDING_RANKS: frozenset[str] = frozenset(_RAW["holding_ranks"]["words"])
# "Leader of the Opposition", "leads the opposition on the council": another office too.
COMPLEMENT_RANKS: frozenset[str] = frozenset(_RAW["complement_ranks"])
# "X, who chairs the trust": verbs that place a person in an organisation
AFFILIATION_VERBS: frozenset[str] = frozenset(_RAW["affiliation_verbs"])
SEVERING_VERBS: frozenset[str] = frozenset(_RAW["severing_verbs"])
OUTSIDE_VERBS: frozenset[str] = frozenset(_RAW["outside_verbs"])  # "who uses the crematorium"
# "the Elm branch of the union", "Acme's roads unit": parts that stand for the organisation
ORG_PARTS: frozenset[str] = frozenset(_RAW["org_parts"])
# "X, who leads the council,": a relative clause's verb lemma -> the title it gives
ROLE_VERBS: dict[str, str] = {k: v for k, v in _RAW.get("role_verbs", {}).items() if k != "about"}
# "the judge" may be a story's Recorder or Sheriff: a role word -> the titles of its kind
TITLE_KINDS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _RAW.get("title_kinds", {}).items() if k != "about"
}
# "chairman" is the chair: title words that name one post (each family one post)
TITLE_SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(f) for f in _RAW.get("title_synonyms", {}).get("families", [])
)
# "Pellworth RFC" is a club, "Acme plc" a company: a short form -> the words it stands for
ORG_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _RAW.get("org_abbreviations", {}).items() if k != "about"
}
# "Captain X", "Cllr X": forms of address that give way to a role an apposition states: the
# one-word ranks (common/data/ranks.json) and the academic and clergy forms listed here
ADDRESS_RANKS: frozenset[str] = frozenset(_RAW.get("address_ranks", [])) | address_words()


def org_name_words(name_words: list[str]) -> list[str]:
    """An organisation's folded name words with its short forms spelt out ("pellworth rfc"
    -> pellworth rugby football club)."""
    out: list[str] = []
    for word in name_words:
        out += ORG_ABBREVIATIONS.get(word.strip("."), (word,))
    return out


def title_kind(role: str) -> frozenset[str]:
    """The title words that hold a role: itself and the titles of its kind ("judge" ->
    judge, recorder, sheriff, justice)."""
    return frozenset({role}) | TITLE_KINDS.get(role, frozenset())


def title_synonyms(word: str) -> list[str]:
    """The other title words of the post a title word names ("chairman": chair, chairperson),
    none of the other gender ("chairman" is no chairwoman)."""
    word = word.lower()
    gendered = ("woman", "man", "mistress", "master")
    own = next((g for g in gendered if word.endswith(g)), None)
    return sorted(
        other
        for family in TITLE_SYNONYMS
        if word in family
        for other in family
        if other != word and not (own and any(other.endswith(g) and g != own for g in gendered))
    )


def title_parts(title: str | None) -> set[str]:
    """A title's folded words, a hyphenated one's parts apart ("Vice-chancellor": vice,
    chancellor)."""
    return {part for w in (title or "").split() for part in fold(w).strip(".,").split("-")}
