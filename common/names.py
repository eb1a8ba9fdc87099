"""Personal names, pure helpers shared by extract/, storage/ and ask/: honorifics, titles,
particles, surnames and whether two names are one person.

Rules:
- Honorifics ("Dr.", "Mr", "Prof.") are not part of a name; job titles ("Mayor", "Chief
  Engineer") are not either, and are kept apart as the title.
- Lower-case particles (de, van der, al-, bin) belong to the surname: "Femke de Jong" has
  the surname "de Jong"; "Taher al-Nunu" answers to "al-Nunu" and "Nunu". A capitalised
  particle opening a full name is a given name: "Ben Okafor" is not "Chidi Okafor".
- Two names are one person when their surnames agree and their given names do not clash:
  equal, one an initial of the other, or one missing. "Melania Trump" and "Donald Trump"
  clash; "Trump" alone matches either, so callers resolve a bare surname within an article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from common.post_nominals import is_post_nominal

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "sir", "dame", "lord", "lady",
    "rev", "reverend", "fr", "hon", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cpt", "maj", "adm", "cmdr", "sheikh", "sheik", "mme", "mlle", "herr", "frau", "st", "pc",
    "dc", "dci", "cllr", "cllrs", "baroness",
}  # fmt: skip


def _rank_families() -> dict[str, dict[str, list[str]]]:
    """Abbreviated ranks and titles by family (common/data/titles.json, and the ranks' own
    families in common/data/ranks.json)."""
    data = resources.files("common").joinpath("data")
    families: dict[str, dict[str, list[str]]] = {}
    for name in ("titles.json", "ranks.json"):
        raw = json.loads(data.joinpath(name).read_text("utf-8"))
        families |= {
            k: {"words": v["words"], "as_written": v["as_written"]}
            for k, v in raw["families"].items()
        }
    return families


RANK_FAMILIES = _rank_families()
HONORIFICS |= {w for family in RANK_FAMILIES.values() for w in family["words"]}
# Ranks matched only as written: "DI Calder" is a detective inspector, "Di Maio" a surname.
WRITTEN_HONORIFICS = frozenset(w for f in RANK_FAMILIES.values() for w in f["as_written"])
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "mayor", "governor", "senator",
    "representative", "congressman", "congresswoman", "chief", "engineer", "executive",
    "director", "professor", "chairman", "chairwoman", "chair", "chairperson", "spokesman",
    "spokeswoman", "spokesperson", "leader", "commissioner", "deputy", "ambassador", "general",
    "colonel", "lieutenant", "sergeant", "captain", "major", "admiral", "commander", "judge",
    "justice", "attorney", "sheriff", "officer", "official", "councillor", "councilman",
    "councilwoman", "councilor", "king", "queen", "prince", "princess", "pope", "bishop",
    "archbishop", "cardinal", "rabbi", "imam", "pastor", "father", "coach", "manager",
    "chancellor", "premier", "speaker", "treasurer", "founder", "ceo", "cfo", "coo", "chef",
    "co-ordinator", "coordinator",
    "editor", "correspondent", "analyst", "economist", "adviser", "advisor", "aide",
    "candidate", "nominee", "former", "acting", "interim", "senior", "junior", "assistant",
    "associate", "head", "member", "mp", "mep", "lawmaker", "legislator", "superintendent",
    "inspector", "detective", "constable", "trooper", "agent", "emir", "sultan", "ayatollah",
    "hydrologist", "scientist", "researcher", "lawyer", "doctor", "nurse", "surgeon",
    "economy", "finance", "foreign", "defence", "defense", "interior", "health", "transport",
    "education", "energy", "environment", "state", "home", "trade", "labour",
    "labor", "culture", "agriculture", "house", "senate", "majority", "minority", "whip",
    "first", "lady", "elect", "designate", "emeritus", "national", "security",
    "press", "campaign", "party", "chairs", "co", "delegate", "envoy", "special",
    "republican", "democratic", "democrat", "gop", "conservative", "liberal", "progressive",
    "independent", "libertarian", "tory", "presidential", "vice-presidential", "coroner",
    "barrister", "solicitor", "magistrate", "harbourmaster", "harbormaster", "keeper",
    "pharmacist", "curator", "headteacher", "provost", "organiser", "organizer", "investigator",
    "recorder", "fiscal", "procurator", "pathologist",
}  # fmt: skip
PARTICLES = {
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos",
    "das", "al", "el", "bin", "ibn", "ben", "ter", "ten", "zu", "af", "av", "abu", "y", "e",
    "o", "ni", "nic", "ui", "ap", "ab", "ua",
}  # fmt: skip
# Particles written as a capital letter alone (Irish "Ó Dálaigh"; "O Dalaigh" typed): part of
# the surname, never a middle initial, unless written with a dot ("John O. Smith").
_LETTER_PARTICLES = {"o"}
# Words joining the parts of a hyphenated title: "editor-in-chief".
_TITLE_LINKS = {"in", "of"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq"}
_WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*", re.UNICODE)


# Letters Unicode does not decompose into a base letter and an accent, folded to the letter
# a reporter types for them ("Yıldırım" is asked as "Yildirim", "Søren" as "Soren", "Łukasz"
# as "Lukasz"): one letter for one, so a folded text keeps its length.
UNDECOMPOSED_LETTERS = "ıøØłŁđĐðÐħĦŧŦŀĿ"
_UNDECOMPOSED = str.maketrans(UNDECOMPOSED_LETTERS, "ioOlLdDdDhHtTlL")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accents removed (letters with a stroke or without a dot too: "ø", "ł",
    "ı"), apostrophes and dashes unified: the matching key."""
    if text.isascii():  # nothing to decompose or unify
        return text.casefold().strip()
    text = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return text.casefold().strip()


def words(name: str) -> list[str]:
    """The words of a name, punctuation kept inside words ("al-Nunu", "O'Neill", "Jr.")."""
    return _WORD.findall(name)


def _bare(word: str) -> str:
    return fold(word).strip(".")


@lru_cache(maxsize=65536)
def is_honorific(word: str) -> bool:
    """True for "Dr.", "Mr", "Prof.", "Det Supt", "DI" and the like (common/data/titles.json)."""
    return _bare(word) in HONORIFICS or word.strip(".") in WRITTEN_HONORIFICS


@lru_cache(maxsize=65536)
def is_title_word(word: str) -> bool:
    """True for words that make up job titles ("Chief", "Secretary", "Transport"), and for
    hyphenated titles made of them ("Vice-Chancellor", "co-founder", "editor-in-chief")."""
    bare = _bare(word)
    if bare in TITLE_WORDS:
        return True
    parts = bare.split("-")
    return (
        len(parts) > 1
        and parts[0] in TITLE_WORDS
        and parts[-1] in TITLE_WORDS
        and all(p in TITLE_WORDS or p in _TITLE_LINKS for p in parts)
    )


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    """A name without honorifics, leading title words, suffixes or possessive 's."""
    name = re.sub(r"['\u2019]s?$", "", name.strip())
    parts = words(name)
    while parts and (is_honorific(parts[0]) or is_title_word(parts[0])) and len(parts) > 1:
        parts = parts[1:]
    parts = parts[_inner_title_end(parts) :]
    while len(parts) > 1 and _after_name(parts[-1]):
        parts = parts[:-1]
    return " ".join(parts)


def _after_name(word: str) -> bool:
    """A suffix or post-nominal letters written after a name ("Jr.", "PhD", "KC", "OBE")."""
    return _bare(word) in SUFFIXES or is_post_nominal(word)


def _inner_title_end(parts: list[str]) -> int:
    """Where the name begins after a title inside it: "Phoenix Mayor Greg Stanton",
    "Texas Gov. Greg Abbott", "Trump campaign spokeswoman Hope Hicks" -> the words after
    the last title, honorific or lower-case word, when they are a name: two capitalised
    words at least, or one after an honorific ("Vermont Sen. Sanders"). A title word that
    ends a name is a surname ("Billie Jean King"); 0 when no title stands inside."""
    index = len(parts)
    while index > 0:
        part = parts[index - 1]
        named = part[:1].isupper() and not is_honorific(part) and not is_title_word(part)
        if named or _after_name(part) or (_is_particle(part) and index < len(parts)):
            index -= 1
            continue
        break
    if index == 0:
        return 0
    name = [p for p in parts[index:] if not _after_name(p)]
    if len(name) >= 2 or (name and is_honorific(parts[index - 1])):
        return index
    return 0


_INITIAL = re.compile(r"(?:[^\W\d_]\.)+|[^\W\d_]", re.UNICODE)
GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}  # part of who someone is: "Donald Trump Jr."


@lru_cache(maxsize=65536)
def generation(name: str) -> str:
    """The generational suffix of a name ("Jr.", "III"), or ""."""
    parts = words(re.sub(r"['\u2019]s?$", "", name.strip()))
    for part in reversed(parts[1:]):
        if _bare(part) in GENERATIONS:
            return part
        if not _after_name(part):
            break
    return ""


@lru_cache(maxsize=65536)
def canonical_name(name: str) -> str:
    """The form a person is filed under: the name without honorifics, titles, degrees or
    middle initials ("Sen. Donald J. Trump" -> "Donald Trump"; "J. Smith" keeps its
    initial). A generation is part of who someone is and stays: "Donald Trump Jr.", not
    his father's name."""
    parts = words(clean_name(name))
    if len(parts) > 2:
        middle = [p for p in parts[1:-1] if not _INITIAL.fullmatch(p) or _letter_particle(p)]
        parts = [parts[0], *middle, parts[-1]]
    suffix = _GENERATION_FORMS.get(_bare(generation(name)), "")
    return " ".join([*parts, suffix] if suffix and parts else parts)


def _is_particle(part: str) -> bool:
    """A surname particle ("de", "al", "Ó"); a dotted letter is an initial ("O.")."""
    return _bare(part) in PARTICLES and not (len(_bare(part)) == 1 and part.endswith("."))


def _letter_particle(part: str) -> bool:
    """An undotted one-letter particle ("Ó" in "Patrick Ó Dálaigh"), not an initial."""
    return not part.endswith(".") and fold(part) in _LETTER_PARTICLES


# How a generation is written in a canonical name ("Donald Trump Jr.", "Brent Bozell III").
_GENERATION_FORMS = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The surname with its particles: "Femke de Jong" -> "de Jong"."""
    parts = words(clean_name(name))
    if not parts:
        return ""
    index = len(parts) - 1
    while index > 0 and _is_particle(parts[index - 1]):
        index -= 1
    if index == 0 and len(parts) > 1 and _given_particle(parts[0], parts[1]):
        index = _surname_start(parts, 1)
    return " ".join(parts[index:])


def _given_particle(part: str, following: str) -> bool:
    """A capitalised particle opening a full name is a given name ("Ben Okafor", "Al Gore",
    "Van Morrison"), and so is one in a name typed in lower case ("ben okafor"); a
    lower-case one before a capital ("de Jong"), one before another particle ("Van der
    Berg") or a one-letter one ("Ó Dálaigh") opens the surname."""
    if len(_bare(part)) < 2 or "-" in part or (_is_particle(following) and following.islower()):
        return False
    return part[:1].isupper() or following[:1].islower()


def _surname_start(parts: list[str], start: int) -> int:
    """Where the surname begins, not before `start`: the last word with the particles
    right before it ("Ben De Souza" -> "De Souza")."""
    index = len(parts) - 1
    while index > start and _is_particle(parts[index - 1]):
        index -= 1
    return index


@lru_cache(maxsize=65536)
def surname_keys(name: str) -> frozenset[str]:
    """Every way the surname may be written alone: "al-Nunu" -> {"al-nunu", "nunu"}."""
    full = fold(surname(name))
    if not full:
        return frozenset()
    keys = {full}
    last = full.split()[-1]
    keys.add(last)
    if "-" in last:
        head, _, tail = last.partition("-")
        if head in PARTICLES:
            keys.add(tail)
    return frozenset(keys)


@lru_cache(maxsize=65536)
def given_names(name: str) -> tuple[str, ...]:
    """Given names and initials: everything before the surname."""
    parts = words(clean_name(name))
    sur = words(surname(name))
    return tuple(parts[: len(parts) - len(sur)])


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Whether two names can denote one person (see the module's rules)."""
    if not a or not b:
        return False
    if fold(clean_name(a)) == fold(clean_name(b)):
        return _bare(generation(a)) == _bare(generation(b))
    if fold(clean_name(a)) == fold(surname(b)) or fold(clean_name(b)) == fold(surname(a)):
        return True  # a surname alone, particle and all: "Van Hollen", "Le Pen"
    keys_a, keys_b = surname_keys(a), surname_keys(b)
    if not keys_a & keys_b:
        return False
    given_a = [fold(g).strip(".") for g in given_names(a)]
    given_b = [fold(g).strip(".") for g in given_names(b)]
    if not given_a or not given_b:
        return True
    if _bare(generation(a)) != _bare(generation(b)):
        return False  # "Donald Trump Jr." is not "Donald Trump"
    first_a, first_b = given_a[0], given_b[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b or fuzz.ratio(first_a, first_b) >= 90


# Near-miss spellings of one full name: given names this alike under one surname, or
# surnames this alike under one given name.
NEAR_GIVEN = 80
NEAR_SURNAME = 85


@lru_cache(maxsize=65536)
def near_same_person(a: str, b: str) -> bool:
    """Whether two full names differ only by a slip of spelling ("Donand Trump", "Donald
    Trump"); callers accept it only when no other person fits."""
    given_a, given_b = given_names(a), given_names(b)
    if not given_a or not given_b or _bare(generation(a)) != _bare(generation(b)):
        return False  # "Walter Brannigan Jr." is no misspelt "Walter Brannigan"
    first_a, first_b = fold(given_a[0]).strip("."), fold(given_b[0]).strip(".")
    if len(first_a) < 3 or len(first_b) < 3:
        return False
    if surname_keys(a) & surname_keys(b):
        return fuzz.ratio(first_a, first_b) >= NEAR_GIVEN
    sur_a, sur_b = fold(surname(a)), fold(surname(b))
    return (
        first_a == first_b
        and min(len(sur_a), len(sur_b)) >= 5
        and fuzz.ratio(sur_a, sur_b) >= NEAR_SURNAME
    )


@lru_cache(maxsize=65536)
def name_variants(name: str) -> frozenset[str]:
    """Folded forms a reader may use for a person: full, without middle names, surname."""
    clean = clean_name(name)
    variants = {fold(clean), fold(canonical_name(name))} | surname_keys(clean)
    given = given_names(clean)
    if given:
        variants.add(fold(f"{given[0]} {surname(clean)}"))
    return frozenset(v for v in variants if v)
