"""Transcript labels that name a person by other means than their name:

- initials, when exactly one person of the article has them ("TO:" for Tobias Okafor, the
  interview's subject, whose initials the article never spells out);
- a title with "the" ("THE JUDGE:" in a court transcript): the person the article named with
  that title ("Her Honour Judge Marion Clegg is hearing the case"), as "the judge" in a
  sentence would be (resolution.py `resolve_title`).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.interviewers import initials
from extract.people import Cast


def label_person(text: str, subject: Token | None, cast: Cast) -> int | None:
    """The cast entry a transcript label denotes by initials or by a title, if any."""
    words = text.split()
    if len(words) == 1 and 2 <= len(text) <= 3 and text.isalpha() and text.isupper():
        found = {
            index
            for index, entry in enumerate(cast.entries)
            if entry.kind == "person" and initials(entry.name) == text
        }
        return found.pop() if len(found) == 1 else None
    if len(words) >= 2 and words[0].lower() == "the" and subject is not None:
        return cast.resolve_title(subject, [w.lower() for w in words])
    return None
