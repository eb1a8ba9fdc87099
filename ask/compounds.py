"""A word written closed up ("steamboat", "skateboard") that no story uses is asked by its
first part: the stories write the thing their own way ("the paddle steamer", "the skate
park").

Rule: a one-word concept no stored article says, that splits into two nouns the dictionary
has (each of three letters or more; of the splits, the one whose shorter part is longest),
and that ends in no derivational ending ("restoration" is no "rest" and "oration"), is
searched as its first part, with that part's agent noun when it is a verb too and of five
letters or more ("steam": "steamer"; "skate": "skater"; "tow" is no "tower"), when some
article says one of them.
"""

from __future__ import annotations

from lemminflect import getAllLemmas

PART = 3  # the fewest letters of either part of a compound
AGENT_PART = 5  # the fewest letters of a first part searched with its agent noun
_ENDINGS = (
    "tion", "sion", "ment", "ance", "ence", "ant", "ent", "ness", "ity", "ist", "ism", "ing",
    "ive", "ous", "able", "ible", "ful", "less", "ary", "ery", "ory", "ure", "age", "ate",
)  # fmt: skip


def first_part(word: str) -> tuple[str, ...] | None:
    """The forms of a closed compound's first part ("steamboat" -> steam, steamer,
    steamers), or None when the word is no compound of two dictionary nouns."""
    if not word.isalpha() or word.endswith(_ENDINGS):
        return None
    splits = [
        (word[:cut], word[cut:])
        for cut in range(PART, len(word) - PART + 1)
        if _noun(word[:cut]) and _noun(word[cut:])
    ]
    if not splits:
        return None
    head, _ = max(splits, key=lambda s: min(len(s[0]), len(s[1])))
    if len(head) < AGENT_PART or not getAllLemmas(head).get("VERB"):
        return (head,)  # "tow" is no "tower"
    agent = head + ("r" if head.endswith("e") else "er")
    return (head, agent, agent + "s")


def _noun(part: str) -> bool:
    return bool(getAllLemmas(part).get("NOUN"))
