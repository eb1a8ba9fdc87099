"""Finding the speakers a question names.

- By name, surname or particle name ("Femke de Jong", "de Jong", "Jong"); typed names with
  a typo are matched by edit distance ("Boatang" -> Yaw Boateng) when nothing matches exactly.
  A full name is never someone else's with the same surname ("John Smith" is not Will
  Smith), and a known surname is never matched by spelling.
- By title or role ("the mayor", "the transport secretary", "the farmers"): every word must
  appear in the speaker's title or organisation (short forms too: "Indiana Gov." is the
  Indiana governor, ask/titles.py); a former holder ("former mayor", "ex-mayor") answers
  only when the question says "former".
- By organisation ("Halden", "quotes from the Environment Ministry", "anyone from Halden"):
  the organisation itself and the people who speak for it (its spokespeople, officials).
- Several at once: "Aranda and de Jong".
People only mentioned in articles are not speakers: they never match here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from ask.bare_phrases import bare_phrase
from ask.body_voices import body_of
from ask.lexicon import singular
from ask.member_bodies import body_words, kind_words
from ask.organisations import org_members
from ask.person_kinds import is_person_noun
from ask.titles import (
    before_preposition,
    current_markers,
    full_title_word,
    head_zone,
    kind_forms,
    kind_holder_fits,
    names_office,
    one_title,
    other_office,
    past_markers,
    role_forms,
    short_forms,
)
from common.names import clean_name, fold, is_title_word, name_variants, same_person
from extract.compound_surnames import one_person
from storage.db import Store
from storage.quote_lookup import speaker_stories_naming
from storage.roles import role_descriptions
from storage.speakers import (
    SpeakerRow,
    alias_table,
    called_of,
    headlines_with,
    is_place_name,
    persons_named_first,
    speaker_quote_counts,
    speakers_matching_alias,
)

_STOP = {"the", "of", "a", "an", "for", "at", "in", "and", "s", "from", "on"}
_FUZZY_MIN = 80


@dataclass
class SpeakerMatch:
    """The speakers a phrase names, and how they were found ("name", "org", "role",
    "fuzzy", "none"; "other": a full name whose surname is someone else's, never matched
    by spelling). `exact` is True when the phrase is a speaker's full name or a
    person's surname (not just the first word of an organisation's name)."""

    rows: list[SpeakerRow] = field(default_factory=list)
    how: str = "none"
    exact: bool = False


def find_speakers(store: Store, phrase: str, *, loose: bool = True) -> SpeakerMatch:
    """The speakers a phrase refers to (see the module docstring); empty when none.

    With `loose=False` only names count (no titles, roles or typo matching): for phrases
    that may as well be a topic ("bridge", "Casavel")."""
    text = bare_phrase(phrase)
    if not text:
        return SpeakerMatch()
    titled = [w for w in text.split() if w.lower() not in _STOP]
    if loose and titled and is_title_word(titled[0]):
        role = _by_role(store, text)  # "mayor of Elswick", "health minister"
        if role.rows:
            return role
    found = SpeakerMatch()
    if not all(is_title_word(w) or w.lower() in _STOP for w in text.split()):
        found = _by_name(store, text)
    parts = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*", text) if p]
    if loose and len(parts) > 1 and one_title(parts):
        role = _by_role(store, text)  # "the police and crime commissioner": one office
        if role.rows:
            return role
    if len(parts) > 1 and not (found.rows and fold(found.rows[0].name) == fold(text)):
        rows: list[SpeakerRow] = []
        office = one_title(parts)  # its words before the last only by name: no "police"
        for i, part in enumerate(parts):  # "Aranda and de Jong"
            by = loose and not (office and i < len(parts) - 1)
            rows += [r for r in find_speakers(store, part, loose=by).rows if r not in rows]
        if rows:
            return SpeakerMatch(rows, "name")
    if found.rows or not loose or (found.how == "other" and not _complemented_role(text)):
        return found  # no typo for a known surname; "member for ... care" is a role
    if names_office(text):  # "Stainmoor's leader": an office, not the place's people
        role = _by_role(store, text)
        if role.rows:
            return role
    org = body_of(text)
    if org:
        inner = _by_name(store, bare_phrase(org))
        if inner.rows:
            return SpeakerMatch(inner.rows, "org", inner.exact)
    role = _by_role(store, text)  # (never "X's office" for X: it tells of X, it is not X)
    rows = [r for r in role.rows if not fold(r.name).startswith(f"{fold(text)}'s ")]
    if rows:
        return SpeakerMatch(rows, role.how, role.exact)
    return _by_typo(store, text)


def _by_name(store: Store, text: str) -> SpeakerMatch:
    """Speakers known under the name. A full name picks that person; a bare surname picks
    the person most quoted under it (and any speaker stored under the bare surname), plus
    namesakes only when they are quoted about as often ("Trump": Donald, not Ivana); an
    organisation brings its people."""
    db = store.db
    key = fold(text)
    rows = speakers_matching_alias(db, set(name_variants(text)) | {key})
    first = _family_name_first(db, key, rows)
    if first is not None:
        rows = [first, *(r for r in rows if r.name.count(" ") == 0)]
        return SpeakerMatch(rows, "name", True)
    if not rows:
        return SpeakerMatch()

    def exactness(row: SpeakerRow) -> int:
        if fold(row.name) == key or fold(clean_name(row.name)) == key:
            return 2
        if row.kind == "person" and key in name_variants(row.name):
            return 1
        return 0

    best = max(exactness(r) for r in rows)
    kept: list[SpeakerRow] = []
    if len(key.split()) > 1:  # a full name: that person ("Hilary Clinton" too)
        kept = [
            r
            for r in rows
            if exactness(r) == 2
            or (r.kind == "person" and (same_person(r.name, text) or one_person(r.name, text)))
        ]
    if not kept:
        persons = [r for r in rows if r.kind == "person" and exactness(r) >= 1]
        if persons:
            counts = speaker_quote_counts(db, [r.id for r in persons])
            top = max(persons, key=lambda r: counts.get(r.id, 0))
            most = counts.get(top.id, 0)
            kept = [r for r in rows if exactness(r) == 2]
            kept += [
                r
                for r in persons
                if r not in kept
                and (same_person(r.name, top.name) or counts.get(r.id, 0) * 2 >= most)
            ]
        else:
            # A full name is a person's only when it is one of their names (a merged
            # speaker's too); "John Smith" when only Will Smith is known is someone else.
            # An organisation found only through a word of it ("Trump" in the Trump
            # campaign) is no answer to a name holding other words ("Freddy Trump").
            named = {r.id for r in speakers_matching_alias(db, {key})}
            kept = [
                r
                for r in rows
                if len(key.split()) == 1
                or r.id in named
                or (r.kind != "person" and _holds_words(r.name, key))
            ]
            if not kept:
                return SpeakerMatch(how="other")
    kept.sort(key=lambda r: -exactness(r))
    if any(r.kind == "person" for r in kept):
        return SpeakerMatch(kept, "name", best > 0)
    orgs = [r.name for r in kept]
    members = [m for m in org_members(store, orgs) if m not in kept]
    return SpeakerMatch(kept + members, "name", best > 0)


def _holds_words(name: str, key: str) -> bool:
    """Whether a name holds every word of a folded phrase but its joining words."""
    have = set(_WORD_RE.findall(fold(name)))
    return all(w in have for w in _WORD_RE.findall(key) if w not in _STOP)


_WORD_RE = re.compile(r"[^\W_]+")


def _family_name_first(db: Any, key: str, rows: list[SpeakerRow]) -> SpeakerRow | None:
    """A lone word that is the first word of one person's name, and nobody's surname or
    fuller name otherwise ("Park" for "Park Ji-won"; a bare "Park" is the same person)."""
    if " " in key or len(key) < 2 or any(r.name.count(" ") for r in rows):
        return None
    found = persons_named_first(db, key)
    return found[0] if len(found) == 1 else None


def _words(text: str) -> list[str]:
    return list(_word_tuple(text))


@lru_cache(maxsize=8192)
def _word_tuple(text: str) -> tuple[str, ...]:  # descriptions repeat across speakers
    return tuple(full_title_word(singular(w)) for w in re.findall(r"[^\W_]+", fold(text)))


def _same_word(have: str, wanted: str) -> bool:
    """The word asked for, or a longer form of it, but never a title made from a plain word
    ("councillor" is not "council": a council leader is no councillor)."""
    longer = len(wanted) >= 4 and have.startswith(wanted)
    return have == wanted or (longer and (is_title_word(wanted) or not is_title_word(have)))


def _by_role(store: Store, text: str) -> SpeakerMatch:
    """Speakers a title or role describes, in any of its forms ("head teacher" and
    "headteacher"; "the judge" and the Recorder, the Sheriff: ask/titles.py role_forms)."""
    rows: list[SpeakerRow] = []
    kinds = kind_forms(text)
    broader: list[SpeakerRow] = []  # found only by a word of the title asked: "Head"
    for form in role_forms(text):
        asked = text if form in kinds else ""  # "head" for "headteacher": a kind of the role
        found = [r for r in _by_role_form(store, form, asked).rows if r not in rows]
        rows += found
        broader += found if asked and form in text.lower() else []
    titled = [r for r in rows if r not in broader]
    return SpeakerMatch(titled or rows, "role")  # a "Headteacher" before a "Head"


def _by_role_form(store: Store, text: str, kind: str = "") -> SpeakerMatch:
    """Speakers a title, role or common noun describes. The question's role (its last title
    word) must be the role of the speaker's title, not a word of an organisation's name
    ("the governor" is not an official of the Board of Governors). Words the description
    lacks may be in the headlines of the speaker's stories ("the mayor of Elswick"), unless
    the description names something else in their place ("the Clinton campaign" is not the
    Trump campaign's spokesman). `kind` is the role asked when the text is a kind of it
    ("head" for "the headteacher"): the kind must be the title's own role, its last title
    word ("Head", not "Head coach"), at an organisation of the role's kind (not a cafe)."""
    wanted = [w for w in _words(text) if w not in _STOP]
    if not wanted:
        return SpeakerMatch()
    former = bool(set(wanted) & past_markers())  # "former", "ex-": a past holder
    wanted = [
        w for w in wanted if w not in past_markers() and w not in current_markers()
    ]  # the new X: latest
    if not wanted:
        return SpeakerMatch()
    rows = []
    titles = [w for w in wanted if is_title_word(w)]
    head = head_zone(text)
    role = [w for w in head if is_title_word(w)][-1:]
    last = fold(text).split()[-1]
    one = singular(last) == last  # "the farmer": one, not "the trustees"
    noun = [wanted[-1]] if one and not role and is_person_noun(wanted[-1]) else []
    place: bool | None = None  # whether the words name a place (read when needed)
    probe = titles or wanted
    described = role_descriptions(store.db, probe)
    for short in short_forms(max(probe, key=len)):  # "Indiana Gov." for "governor"
        seen = {r.id for r, _ in described}
        described += [d for d in role_descriptions(store.db, [short]) if d[0].id not in seen]
    for body in body_words(max(probe, key=len)):  # "the union": a Tilers' Association
        seen = {r.id for r, _ in described}
        described += [d for d in role_descriptions(store.db, [body]) if d[0].id not in seen]
    for row, descriptions in described:
        in_headlines: dict[str, bool] = {}
        own_name = set(_words(row.name)) if row.kind == "person" else set()
        for title, org in descriptions:
            have = [*_words(f"{title} {org}"), *kind_words(org)]
            if bool(set(have) & past_markers()) != former or other_office(title, org, wanted):
                continue  # "the leader" is not the deputy leader
            if role and not any(_same_word(h, role[0]) for h in head_zone(title)):
                continue
            if noun and not any(_same_word(h, noun[0]) for h in head_zone(title)[-1:]):
                continue  # "the farmer": no Farmers' Union, nor a referee development officer
            if kind and [w for w in head_zone(title) if is_title_word(w)][-1:] != role:
                continue  # "the headteacher" is the Head, not the head coach
            if kind and not kind_holder_fits(kind, org):
                continue  # nor the head of a cafe
            if (row.kind == "org" or not role) and not _names_head(wanted, f"{title} {org}"):
                if place is None:
                    place = is_place_name(store.db, text)
                if place:  # "New York" is not the New York Times; "the Times" is. Nor
                    continue  # is "North Carolina" a "North Carolina businessman".
            missing = [w for w in wanted if not any(_same_word(h, w) for h in have)]
            if not missing:
                rows.append(row)
                break
            # "the mayor of Elswick": the title says mayor, the headlines say Elswick.
            other = [
                h
                for h in have
                if h not in _STOP
                and h not in own_name
                and not is_title_word(h)
                and not any(_same_word(h, w) for w in wanted)
            ]
            if (
                len(missing) < len(wanted)
                and not other
                and all(
                    not is_title_word(w) and _in_headline(store, row, w, in_headlines)
                    for w in missing
                )
            ):
                rows.append(row)
                break
            if (
                len(missing) < len(wanted)
                and not other
                and _complement_named(store, row, text, missing)
            ):
                rows.append(row)  # "the chair of the licensing committee": the title says
                break  # chair of the committee, the story names the licensing committee
    return SpeakerMatch(rows, "role")


def _complemented_role(text: str) -> bool:
    """Whether a phrase is a title word with a complement ("cabinet member for adult social
    care"): the last word before its first preposition is a title word."""
    words = _words(text)
    head = before_preposition(words)
    return 0 < len(head) < len(words) and is_title_word(head[-1])


def _complement_named(store: Store, row: SpeakerRow, text: str, missing: list[str]) -> bool:
    """Whether the words a speaker's description lacks are all in the phrase's complement
    (its words after the first preposition: "licensing committee" of "chair of the licensing
    committee"), none a title word, and a story quoting the speaker names that complement
    whole."""
    words = _words(text)
    head = before_preposition(words)
    complement = [w for w in words[len(head) + 1 :] if w not in _STOP]
    if not complement or any(is_title_word(w) or w not in complement for w in missing):
        return False
    return speaker_stories_naming(store, row.id, " ".join(complement))


def _names_head(wanted: list[str], name: str) -> bool:
    """Whether the words asked for hold an organisation's head word (the last of its name
    before any "of": "Times" of "New York Times", "Ministry" of "Ministry of Health"). Words
    that only modify it may be a short name ("Kestrel Cycling"), unless they name a place
    ("New York" is not the New York Times)."""
    head = head_zone(name)
    return bool(head) and head[-1] in wanted


def title_alone(phrase: str) -> bool:
    """Whether a phrase names a role and nothing else ("the minister", "the foreign
    minister"), so that it means one person: the one the story is about."""
    words = [w for w in _words(bare_phrase(phrase)) if w not in _STOP]
    return bool(words) and all(is_title_word(w) for w in words) and "former" not in words


def _in_headline(store: Store, row: SpeakerRow, word: str, known: dict[str, bool]) -> bool:
    """Whether a word is in a headline of an article quoting the speaker, or a story calls
    the person "<surname> of <word>" ("President Ana Ruiz of Tarvania", when the parse
    gave her no organisation) (remembered)."""
    if word not in known:
        # The store finds headlines by a prefix ("ferri" for "Ferries"); the words decide.
        headlines = headlines_with(store.db, row.id, [word[: max(4, len(word) - 2)]])
        known[word] = any(word in _words(h) for h in headlines) or (
            row.kind == "person"
            and not row.org
            and called_of(store.db, row.id, row.name.split()[-1], word)
        )
    return known[word]


def _by_typo(store: Store, text: str) -> SpeakerMatch:
    key = fold(text)
    if len(key) < 4:
        return SpeakerMatch()
    best_score, best_alias = 0.0, ""
    words = len(key.split())
    for _, alias in alias_table(store.db):
        if abs(len(alias) - len(key)) > 3 or len(alias.split()) != words:
            continue  # a typo is in a word, never a word more or less ("hallowby mp")
        score = fuzz.ratio(key, alias)
        if score >= _FUZZY_MIN and score > best_score:
            best_score, best_alias = score, alias
    if not best_alias:
        return SpeakerMatch()
    return SpeakerMatch(_by_name(store, best_alias).rows, "fuzzy")
