"""The body a post asked for is the holder's own ("what did the Rovers chairman say?").

News writing ties a post to its body in the holder's own description: before the post ("the
Brackenridge chairman", "Rovers' manager"), after it ("chairman of Rovers"), or by a
possessive that stands for a body the story has just named ("The League Managers' Circle
said ... Its chairman, X, said": X's organisation). A name the question puts with the post
("the Rovers chairman", "the chair of Thornshire") is such a body. A speaker whose
description ties the post to another body (their organisation, read from the story) holds
the post there, not in the body asked: the chairman of the managers' group is no Rovers
chairman, though the story is about Rovers. A speaker whose body the story never says keeps
the weak fit of a story naming it. A possessive name before a relation ("Gilberto Ferreira's
daughter") is the person the relation is to, not a body: relations are never read so.

A post the story gives a named holder who keeps it ("the club's chairman, Bernard
Hollingsworth") is not the post a newcomer of the story took ("The Spaniard, who was
appointed in June"): the story's post is open to a newcomer only when no holder keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ask.described_people import same_family
from common.names import fold
from extract.descriptions import kin_nouns
from extract.relatives import relation_noun

_WRITTEN = re.compile(r"[^\W\d_][\w'\u2019-]*")


def story_names(text: str) -> frozenset[str]:
    """The words a story writes only with a capital (names: "Rovers", "Brackenridge"),
    folded; a word it also writes in lower case ("chairman") is none."""
    written = _WRITTEN.findall(text)
    lower = {_bare(w) for w in written if w.islower()}
    return frozenset({_bare(w) for w in written if w[:1].isupper()} - lower)


def _bare(word: str) -> str:
    """A word folded, without a possessive ending ("Rovers'" -> "rovers")."""
    return re.sub(r"['\u2019]s?$", "", fold(word))


def held_elsewhere(word: str, head: str, org: str | None, names: frozenset[str]) -> bool:
    """Whether a word asked with a post (`head`) names a body (a name in the story) that the
    speaker, who holds the post in an organisation of their own (`org`), does not hold it
    in: the word is in none of the speaker's descriptions (the caller's test)."""
    if not org or word not in names:
        return False
    # "Gilberto Ferreira's daughter": a relation, not a post
    return relation_noun(head) is None and fold(head) not in kin_nouns()


# "the club's chairman, Bernard Hollingsworth": a post, then the name of its holder
_HOLDER = re.compile(
    r"([^\W\d_]+),?\s+((?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady)\s+)?"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+)"
)


def post_held(
    sentences: list[str],
    head: str,
    left: Callable[[str, int, int], set[str]],
    old: frozenset[str],
) -> bool:
    """Whether a story names a holder of the post asked who keeps it ("the club's chairman,
    Bernard Hollingsworth, has not spoken"): then the newcomer another sentence brings in
    ("X, who was appointed in June") took some other post. A holder the story tells left
    ("the chair, Tom Bell, resigned": `left` says "old"), or calls a former one ("the
    outgoing chair, Tom Bell": a word of `old` before the post), leaves the post open."""
    for sentence in sentences:
        for hit in _HOLDER.finditer(sentence):
            if not same_family(head, fold(hit.group(1))):
                continue
            if set(fold(sentence[: hit.start()]).split()[-2:]) & old:
                continue  # "the outgoing chair, Tom Bell"
            if "old" not in left(sentence, hit.start(2), hit.end(2)):
                return True
    return False
