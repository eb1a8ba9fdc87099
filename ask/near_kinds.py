"""A body asked for by its kind and words of its own that no story uses together: "the heritage
charity" (the Coastal Heritage Trust, "a national charity"), "the firefighters' union" (the
Fire Crews Union), "the Saltmoor Road residents' group" (the Saltmoor Road Residents'
Association), "the library workers' union" (the union in the library stories).

Read only when no body of the kind itself fits (ask/org_kinds.py `orgs_of_kind`). The
candidates are the bodies of the kind's head noun or of a near kind a reporter may mean by it
(data/org_kinds.json "near_kinds": a group may be an association), and for a general noun the
bodies whose names end in a word it covers ("hypernyms": a body may be a Federation). Each is
scored by the question's own words: first those its name holds, then those the stories naming
it use (the words before the kind, a place or a subject, must all be held), then whether it is
of the kind itself rather than a near one; a word
may be another form of the name's ("firefighters" and "Fire", "libraries" and "library").
Member nouns that tell no body from another ("workers": "general_members") count only in a
name, and last: asked alone ("the residents' group") they choose the one body whose name
holds them (Dunmoor Residents' Association). The one best body answers; equals, or no word
matched, answer nothing. A phrase whose last two words a story writes as a description ("the
Carrowmoor families' group": "the families' group said") asks for that body
(ask/qualified_bodies.py), never a near kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ask.org_kinds import after_owner, kind_data, kind_words, named_as, orgs_of_kind
from common.names import fold
from storage.db import Store
from storage.org_kinds import articles_using
from storage.org_names import known_org_names
from storage.profiles import article_texts

_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, list[str]], frozenset[str]]:
    raw = kind_data()
    return raw["near_kinds"], frozenset(raw["general_members"])


def same_word(a: str, b: str) -> bool:
    """Whether two folded words are forms of one ("firefighter" and "fire", "libraries" and
    "library"): one begins the other and the shorter has four letters or more, or they share
    their first six."""
    short, long = sorted((a, b), key=len)
    return (len(short) >= 4 and long.startswith(short)) or (
        len(short) >= 6 and long[:6] == short[:6]
    )


def _held(word: str, words: set[str]) -> bool:
    return any(same_word(word, w) for w in words)


def _described_in_stories(store: Store, phrase: str) -> bool:
    """Whether a story writes the phrase's last two words in lower case after "the", "its"
    or "their", as a description of one body ("the families' group said"), not inside a name
    ("Road Workers' Union") nor bringing in a body named elsewhere ("a national allotments
    body questioned")."""
    words = phrase.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if len(words) < 3:  # a place or a name before the description: "the academy trust" has none
        return False
    described = " ".join(words[-2:]).lower().replace("\u2019", "'")
    pattern = re.compile(rf"\b(?:the|its|their)\s+{re.escape(described)}\b", re.IGNORECASE)
    ids = [article_id for article_id, _ in articles_using(store, described)]
    return any(pattern.search(a["body"].replace("\u2019", "'")) for a in article_texts(store, ids))


def _named_under(store: Store, head: str) -> list[str]:
    """The bodies whose names end in a word the general noun covers (data/org_kinds.json
    "hypernyms": "the allotments body" may be a Federation, "the rail regulator" an Office
    of Rail Standards), for the question's own words to choose among."""
    covered = kind_data()["hypernyms"].get(head, [])
    return [o for o in _proper_names(store) if any(named_as(o, h.split()) for h in covered)]


def _proper_names(store: Store) -> list[str]:
    """The organisations' names the store knows that are names (a capital in them)."""
    return [o for o in known_org_names(store.db) if any(c.isupper() for c in o)]


def _story_words(store: Store, org: str) -> set[str]:
    """The words of the stories that name a body."""
    words: set[str] = set()
    for _, text in articles_using(store, org):
        words |= set(_WORD.findall(text))
    return words


def _one_form(names: list[str]) -> list[str]:
    """The names without repeats written with the other apostrophe ("Players' Guild",
    "Players’ Guild") and without a name's last words standing alone ("Guild")."""
    forms = {fold(n).replace("’", "'"): n for n in reversed(names)}
    kept = list(dict.fromkeys(forms[fold(n).replace("’", "'")] for n in names))
    words = {n: fold(n).replace("’", "'") for n in kept}
    return [
        n for n in kept if not any(o != n and o.endswith(" " + words[n]) for o in words.values())
    ]


def _headed(org: str, heads: set[str]) -> bool:
    """Whether a body's name ends in the kind's head, a near kind's or one it covers."""
    last = _WORD.findall(fold(org))[-1:]
    return bool(last) and last[0] in heads


def _all_in_stories(store: Store, org: str, words: set[str]) -> bool:
    """Whether the stories naming a body use every word (of four letters or more)."""
    said = set(_WORD.findall(fold(org))) | _story_words(store, org)
    return all(_held(w, said) for w in words if len(w) > 3)


def _ending(store: Store, head: str) -> list[str]:
    """The bodies whose names end in a near kind's head no question reads as a kind of its
    own ("Porthcarne Harbour Commissioners", asked for as the harbour authority)."""
    return [o for o in _proper_names(store) if named_as(o, [head])]


def near_kind_orgs(store: Store, phrase: str, topic: str | None = None) -> list[str]:
    """The one body the module's scores put first for a kind with words of its own, or []
    (equals told apart by the words of the question's `topic` their stories use); a general
    kind asked alone ("the regulator") is the one body whose name it covers, if only one."""
    kind, members = kind_words(phrase)
    if not kind:
        return []
    near, general = _lists()
    head = kind[-1]
    own = [w for w in kind[:-1] if len(w) > 2]
    specific = own + [m for m in members if m not in general]
    loose = [m for m in members if m in general]
    asked = set(_WORD.findall(fold(topic or ""))) - {"the", "and", "about", "what", "its"}
    if not specific and not loose:  # "the regulator": the one it covers, or on the topic
        covered = _one_form(_named_under(store, head)) if len(kind) == 1 else []
        if len(covered) > 1 and asked:
            covered = [o for o in covered if _all_in_stories(store, o, asked)]
        return covered if len(covered) == 1 else []
    if _described_in_stories(store, phrase):  # "the Carrowmoor families' group"
        return []  # is the body the stories call so (ask/qualified_bodies.py)
    exact = orgs_of_kind(store, head)
    candidates = _one_form(
        [
            *exact,
            *(o for h in near.get(head, []) for o in orgs_of_kind(store, h) or _ending(store, h)),
            *_named_under(store, head),
        ]
    )
    heads = {head, *near.get(head, []), *kind_data()["hypernyms"].get(head, [])}
    if not specific:  # a member noun alone, only in a name: "the residents' group"
        holding = [
            o for o in candidates if any(_held(w, set(_WORD.findall(fold(o)))) for w in loose)
        ]
        return holding if len(holding) == 1 else []
    scores: dict[str, tuple[int, int, bool, int, bool, int]] = {}
    for org in candidates:
        name = set(_WORD.findall(fold(org)))
        in_name = [w for w in specific if _held(w, name)]
        stories = _story_words(store, org)
        in_stories = [w for w in specific if w not in in_name and _held(w, stories)]
        if any(w not in in_name and w not in in_stories for w in own):
            continue  # "the Dunvarrow campers' group" is no Skellow body
        loose_held = sum(_held(w, name) for w in loose)
        on_topic = sum(_held(w, name | stories) for w in asked if len(w) > 3)
        scores[org] = (
            len(in_name),
            len(in_stories),
            org in exact,
            loose_held,
            _headed(org, heads),
            on_topic,
        )
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1][:2] == (0, 0):
        return []
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return []
    return [ranked[0][0]]


def bodies_of_kind(store: Store, phrase: str, topic: str | None = None) -> list[str]:
    """The bodies a question asks for by their kind: those of the kind (`orgs_of_kind`),
    else the one of a near kind (`near_kind_orgs`), else, for a kind owned ("the quarrying
    industry's trade body", no story saying so), those of the kind after the owner."""
    found = orgs_of_kind(store, phrase) or near_kind_orgs(store, phrase, topic)
    owned = None if found else after_owner(phrase)
    return orgs_of_kind(store, owned) if owned else found
