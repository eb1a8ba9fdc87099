"""A person asked for by what they deal with and a noun that says only that they are a
person: "the council's rights of way man" is "Dermot Flanagan, the council's public rights
of way manager"; "the planning woman" the planning officer.

The head ("man", "woman", "guy", ...: ask/data/role_words.json "generic_heads") names no
post, so the words before it must: the one person whose title, organisation or the way a
story describes them holds those words, in that order, answers (asked by name with the
caller's question). Nobody, or several, and the phrase answers nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lemminflect import getAllLemmas

from ask.data_files import ask_data
from ask.views import Answer
from common.names import fold
from storage.db import Store
from storage.roles import role_descriptions

_ASKED = re.compile(
    r"^(?:the|a|an)\s+(?:(?P<owner>[\w'\u2019-]+?)['\u2019]s?\s+)?(?P<words>.+?)\s+(?P<head>\w+)$"
)


def generic_head_answer(
    store: Store, phrase: str, question: Callable[[str], Answer]
) -> Answer | None:
    """The answer for the one person described by the words before a generic head (module
    docstring), None when the head is no generic one or not one person is so described."""
    found = _ASKED.match(fold(phrase).strip())
    if found is None or found.group("head") not in ask_data("role_words.json")["generic_heads"]:
        return None
    words = found.group("words")
    if not any(getAllLemmas(w, upos="NOUN") for w in re.findall(r"[a-z]{3,}", words)):
        return None  # "the old man", "the young woman": no post's words
    within = re.compile(rf"(?<![^\W_]){re.escape(words)}(?![^\W_])")
    people = {
        row.name
        for row, descriptions in role_descriptions(store.db, [words])
        if row.kind == "person"
        and any(within.search(fold(f"{title} {org}")) for title, org in descriptions)
    }
    if len(people) != 1:
        return None
    answer = question(people.pop())
    return answer if answer.quotes else None
