"""Who, in the stories, speaks as one of a public (passengers, residents, parents, fans).

News writing introduces a member of the public by what they are to the public, and an
official by their office; a person's membership is read from what the story says of them:
- introduced as one of them: "one passenger", "a mother of two", "Jo Bell, a local";
- by what they do as one of them: "who has lived on the estate for 30 years", "waiting for
  the 47", "whose son sings in the choir", "X, from Stelling Cross";
- as a relative of one: "her husband, Y" (in a story of the public);
- as the public's own group, or its chair or member: "the Bus Users' Group", "Ann Lee,
  chair of the residents' association" (a body whose name holds a member noun in the
  plural), or as their voice: "X, speaking on behalf of the buyers, said";
- as the first voice after the story says the public reacted: "Residents reacted angrily.
  Dr Z, a GP, said ..."; "At the bus station, passengers reacted with dismay. One pensioner
  said ...";
- and a private voice: a person with no organisation and no office quoted in a story that
  names the public ("X, a care worker, said" in the story of the residents' data breach).
Nobody who holds an office (a title or honorific whose word is an office: "council leader",
"Cllr", "chief executive") speaks as one of the public in that story, and an organisation
only as the public's own group. A named speaker is a member when some story makes them one
and none gives them an office. The words are data (data/publics.json).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from lemminflect import getAllLemmas

from ask.lexicon import singular
from common.names import fold
from extract.people_words import ORG_FAMILY, ORG_NOUNS, PERSON_NOUNS, ROLE_WORDS
from records.quotes import QuoteRow
from storage.db import Store
from storage.profiles import article_texts
from storage.quote_lookup import quotes_by_speakers


@dataclass(frozen=True)
class Public:
    """A public: its name ("residents"), its member nouns (singular) and markers; an
    `employed` public is a workforce ("workers"): anyone with a trade at a body is one."""

    name: str
    nouns: tuple[str, ...]
    markers: tuple[str, ...]
    employed: bool = False
    body: str | None = None  # the body a workforce is asked of ("Quenby workers": quenby)
    described: bool = False  # private voices only with no title: no post holders

    @property
    def plurals(self) -> tuple[str, ...]:
        """The member nouns in the plural ("bus users", "families")."""
        return tuple(plural(n) for n in self.nouns)


@dataclass(frozen=True)
class Story:
    """An article's headline and body, as membership reads them."""

    title: str
    body: str


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("ask").joinpath("data/publics.json").read_text("utf-8")
    return dict(json.loads(text))


def words_of(key: str) -> frozenset[str]:
    """One of the data's word lists ("office_heads", "relatives", "plain_words")."""
    return frozenset(_data()[key])


def publics() -> list[Public]:
    """Every public of the data, by family."""
    return [
        Public(name, tuple(f["nouns"]), tuple(f["markers"]), bool(f.get("employed")))
        for name, f in _data()["families"].items()
    ]


def plural(noun: str) -> str:
    """A member noun's plural ("family" -> "families", "bus user" -> "bus users")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


def public_of(phrase: str) -> tuple[Public, int] | None:
    """The public a plural noun phrase asks for ("bus passengers", "commuters",
    "the choristers' parents") and how many of its last words name it, or None."""
    words = fold(phrase).split()
    for size in (2, 1):
        if len(words) < size or singular(words[-1]) == words[-1]:
            continue
        noun = " ".join([*words[-size:-1], singular(words[-1])])
        for public in publics():
            if noun in public.nouns:
                return public, size
    return None


def any_public(phrase: str) -> tuple[Public, int] | None:
    """The public a plural noun for people that no family holds names ("the midwives", "the
    walkers", "the bell-ringers"): its members are those the stories describe by the noun
    ("a senior midwife", "one of the ringers"), and its stories' private voices that hold no
    post ("X, 34, said"; not "X, the lifeboat's helm"); None for a word that is no plural,
    or names bodies or offices ("the charities", "the councillors": asked as speakers)."""
    last = (fold(phrase).split() or [""])[-1]
    if re.fullmatch(r"[a-z][a-z'-]*s", last) is None:
        return None
    head, _, base = last.rpartition("-")  # "bell-ringers": ringer
    lemmas = [w for w in getAllLemmas(base, "NOUN").get("NOUN", ()) if "-" not in w]
    nouns = {singular(last), *(f"{head}-{w}" if head else w for w in lemmas)} - {last}
    if not lemmas or nouns & (ORG_NOUNS | set(ORG_FAMILY) | words_of("office_heads")):
        return None
    if head:  # "bell-ringer": a ringer too
        nouns |= set(lemmas)
    return Public(last, tuple(sorted(nouns, key=len, reverse=True)), (), described=True), 1


def _pattern(forms: tuple[str, ...]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def own_group(name: str, public: Public) -> bool:
    """Whether a body's name holds a member noun in the plural ("Tarnside Bus Users' Group",
    "Elm Road Residents' Association"): the public's own group."""
    return re.search(rf"\b(?:{_pattern(public.plurals)})(?:'s?)?(?!\w)", fold(name)) is not None


def _group_in(text: str, public: Public) -> bool:
    """An introduction naming the public's own group ("chair of the residents' group")."""
    heads = _pattern(tuple(words_of("body_words")))
    pattern = rf"\b(?:{_pattern(public.plurals)})(?:'s?)?\s+(?:[\w'-]+\s+)?(?:{heads})\b"
    return re.search(pattern, fold(text)) is not None


def _speaks_for(title: str, public: Public) -> bool:
    """A title that makes its holder the public's own voice ("Spokesperson for the buyers",
    from "speaking on behalf of the buyers"; "representing the residents"): no office
    over them, whatever the head noun."""
    pattern = rf"\b(?:for|on behalf of|representing)\s+(?:the\s+)?(?:{_pattern(public.plurals)})\b"
    return re.search(pattern, fold(title)) is not None


_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|spoke|speaking|asked|insisted|argued|claimed|"
    r"described|welcomed|criticised|criticized|complained|urged|called|warned)\b|[\"\u201c\u201d]"
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")
APPOSITION_WORDS = 6  # "A retired pilot from Elm, Y, said": words of an apposition before a name
_CLAUSE = re.compile(r"\b(?:who|whose|which|that)\b")


def introduction(body: str, row: QuoteRow) -> tuple[int, str]:
    """Where a speaker is first introduced in a story's body (the start of that sentence;
    -1: nowhere) and the words introducing them: from their name (or a short apposition
    before it: "Her husband, Y") up to what they said."""
    keys = [k for k in (row.speaker, row.speaker_title, row.mention) if k and len(k) > 3]
    if row.speaker and row.speaker_kind == "person" and len(row.speaker.split()) > 1:
        keys.append(row.speaker.split()[-1])
    places = [p for p in (body.find(k) for k in keys) if p >= 0]
    if not places:
        return -1, ""
    at = min(places)
    start = max((m.end() for m in _SENTENCE_END.finditer(body, 0, at)), default=0)
    said = _SPEECH.search(body, at + 1)
    end = said.start() if said else len(body)
    ends = _SENTENCE_END.search(body, at)
    end = min(end, ends.start() if ends else end)
    before = body[start:at]  # "Her husband, Y": an apposition before the name
    short = before.rstrip().endswith(",") and len(before.split()) <= APPOSITION_WORDS
    return start, body[start if short else at : end]


def holds_office(row: QuoteRow, intro: str) -> bool:
    """Whether a speaker holds an office in a story: their title's head word, an honorific
    of their mention, or the head of their introduction's apposition is an office."""
    office = words_of("office_heads")
    title = re.split(r"\b(?:of|for|at|with|to)\b", fold(row.speaker_title or ""))[0].split()
    if title and singular(re.sub(r"\W", "", title[-1])) in office:
        return True  # "the council leader"; "Prosecutors told the court": offices too
    named = set(fold(row.speaker or "").split())
    said = [re.sub(r"\W", "", w) for w in fold(row.mention or "").split() if w not in named]
    described = _CLAUSE.split(fold(intro))[0]
    words = [re.sub(r"\W", "", w) for w in described.split() if w not in named]
    return any(w in office or singular(w) in office for w in [*said, *words])


def _says_member(text: str, public: Public) -> bool:
    """A description naming one of the public or a marker of one ("a resident", "who has
    lived on the estate", "waiting for the 47", "mother of two")."""
    folded = " " + " ".join(singular(w) for w in re.findall(r"[\w'-]+", fold(text))) + " "
    if any(f" {noun} " in folded for noun in public.nouns):
        return True
    plain = " " + " ".join(re.findall(r"[\w'-]+", fold(text))) + " "
    return any(f" {m} " in plain for m in public.markers if m != "from")


def _from_place(text: str, org: str | None) -> bool:
    """ "X, from Stelling Cross", "a mother from the village of Elm": where they live (not
    an organisation they come from)."""
    found = re.search(
        r"\bfrom (?:the (?:village|town|city|estate|island|parish) of )?([A-Z]\w+)", text
    )
    return found is not None and (not org or fold(found.group(1)) in fold(org))


def _after_public(before: str, public: Public) -> bool:
    """Whether the sentence before an introduction says the public did something (the
    public its subject): "Residents reacted angrily.", "At the station, passengers
    reacted with dismay."."""
    sentences = [s for s in _SENTENCE_END.split(before.strip()) if s.strip()]
    if not sentences:
        return False
    last = fold(sentences[-1].strip())
    subject = rf"^(?:[^,]{{0,120}},\s*)?(?:[\w'-]+\s+){{0,2}}(?:{_pattern(public.plurals)})\b(?!')"
    return re.search(subject, last) is not None


def names_public(story: Story, public: Public) -> bool:
    """Whether a story names the public ("residents", "a passenger") anywhere."""
    text = fold(f"{story.title}\n{story.body}")
    nouns = _pattern((*public.nouns, *public.plurals))
    return re.search(rf"\b(?:{nouns})\b", text) is not None


def is_member(row: QuoteRow, story: Story, public: Public) -> bool:
    """Whether a quote's speaker speaks as one of the public in its story (module rule)."""
    if row.speaker is None and not row.speaker_title:
        return False  # unattributed, or a source described by no words of a person
    org = row.speaker_org or ""
    names = [org, row.speaker or "", row.mention or ""] if row.speaker_kind == "org" else [org]
    if any(n and own_group(n, public) for n in names):
        return True
    if row.speaker_kind == "org":
        return False
    start, intro = introduction(story.body, row)
    if _group_in(intro, public) or _speaks_for(row.speaker_title or "", public):
        return True
    if holds_office(row, intro):
        return False
    described = f"{row.speaker_title or ''}, {intro}"
    if _says_member(described, public):
        return True
    kin = set(re.findall(r"[\w'-]+", fold(row.speaker_title or ""))) & words_of("relatives")
    if public.described and row.speaker_title and not kin:
        return False  # a post ("the lifeboat's helm") in a story of the walkers it rescued
    if start >= 0 and _after_public(story.body[:start], public):
        return True
    if row.speaker is None and not _a_person(row.speaker_title or ""):
        return False  # "an email from Elm Data", "the new figures": no person's words
    if "from" in public.markers and _from_place(described, row.speaker_org):
        return True
    if public.employed and org and (row.speaker_title or _a_person(described)):
        return _works_for(org, public.body)  # "X, a packer at Elm Foods": a trade, no office
    if _a_body(row.speaker or ""):
        return False  # "The Elm Courier reported": a paper the parse took for a person
    if not names_public(story, public):
        return False
    relative = set(fold(described).split()) & words_of("relatives")  # "her husband Y"
    return bool(relative) or not org


def _works_for(org: str, body: str | None) -> bool:
    """Whether an organisation is the body a workforce is asked of (any, when none is):
    "Quenby workers" are Quenby Logistics' people, not an analyst at a broker."""
    return body is None or set(fold(body).split()) <= set(re.findall(r"[\w'-]+", fold(org)))


def _a_body(name: str) -> bool:
    """Whether a name ends in a word of organisations' names ("The Elm Courier", "Dunmore
    Logistics"): no private voice, whatever the parse made of it."""
    last = re.findall(r"[\w'-]+", fold(name))[-1:]
    return bool(last) and last[0] in ORG_FAMILY


def _a_person(title: str) -> bool:
    """Whether an unnamed source's description names a person ("a student", "one
    driver"), not a thing ("the new figures")."""
    people = PERSON_NOUNS | ROLE_WORDS | words_of("relatives")
    return any(singular(w) in people for w in re.findall(r"[\w'-]+", fold(title)))


def stories(store: Store, ids: set[int]) -> dict[int, Story]:
    """The stories of the articles given, by id."""
    return {
        a["id"]: Story(a["title"] or "", a["body"] or "") for a in article_texts(store, sorted(ids))
    }


def member_speakers(store: Store, rows: list[QuoteRow], public: Public) -> set[int]:
    """The named speakers among `rows` whom some story makes one of the public and none
    gives an office."""
    ids = sorted({r.speaker_id for r in rows if r.speaker_id is not None})
    theirs = quotes_by_speakers(store, ids, limit=5_000) if ids else []
    texts = stories(store, {r.article_id for r in theirs})
    members: set[int] = set()
    officers: set[int] = set()
    for row in theirs:
        story = texts.get(row.article_id)
        if story is None or row.speaker_id is None:
            continue
        if is_member(row, story, public):
            members.add(row.speaker_id)
        elif row.speaker_kind != "org" and holds_office(row, introduction(story.body, row)[1]):
            officers.add(row.speaker_id)
    return members - officers
