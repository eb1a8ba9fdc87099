"""An infinitive stance verb under a verb of committing or acting is its subject's side:
"Residents vowed to fight the closure", "She had written to the council to oppose the
decision" (ask/data/stance.json "purposes"); under any other verb an infinitive is no frame
("refused to back it", "is expected to oppose it": ask/stance.py)."""

from __future__ import annotations

from ask.stance_lexicon import load_stance

_AUXILIARIES = {"has", "have", "had", "will", "would", "shall", "should", "could", "may", "might"}


def purpose_subject(subject: str, before: list[str]) -> str | None:
    """The subject of an infinitive stance verb whose clause (`subject`: the words from the
    clause's start up to the verb; `before`: its last two words, folded) holds a verb of
    committing or acting: the words before that verb and its auxiliaries ("She had written
    to the council to": "She"); None for any other clause or no "to" before the verb."""
    if before[-1:] != ["to"]:
        return None
    words = subject.split()
    purposes = load_stance().purposes
    at = next((i for i, w in enumerate(words) if w.lower() in purposes), None)
    if not at:
        return None
    while at and words[at - 1].lower() in _AUXILIARIES:
        at -= 1
    return " ".join(words[:at]) or None
