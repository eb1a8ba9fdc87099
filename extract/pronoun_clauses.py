"""Names a subject pronoun cannot mean: the others named in its own participial clause.

"Asked by the chairman whether the plant would close, she said ...": the participle "asked"
has no subject of its own; its subject is the pronoun's, so whoever else that clause names
(the one who asked, the one asked about, the one spoken to) is someone other than the
pronoun's person. A subject pronoun's antecedent is never a name inside a subjectless
participial clause ("asked by", "pressed on", "speaking to", "responding to") that modifies
the pronoun's own verb and comes before the pronoun. A clause with a subject of its own
("After Reed left the room, he said") keeps its names as candidates.
"""

from __future__ import annotations

from spacy.tokens import Token

PARTICIPLES = {"VBN", "VBG"}  # "asked", "speaking"
OWN_SUBJECT = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
SUBJECTS = {"nsubj", "nsubjpass"}


def participle_spans(pronoun: Token) -> list[tuple[int, int]]:
    """Character spans of the subjectless participial clauses before a subject pronoun that
    modify its verb: the names in them are other people than the pronoun's."""
    if pronoun.dep_ not in SUBJECTS:
        return []
    spans = []
    for clause in pronoun.head.children:
        if (
            clause.dep_ == "advcl"
            and clause.tag_ in PARTICIPLES
            and clause.i < pronoun.i
            and not any(c.dep_ in OWN_SUBJECT for c in clause.children)
        ):
            tokens = list(clause.subtree)
            spans.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return spans


def own_clause(pronoun: Token, char: int) -> bool:
    """True when a name starting at `char` lies in a subjectless participial clause of the
    pronoun's own verb (module rule), so it is no antecedent of the pronoun."""
    return any(start <= char < end for start, end in participle_spans(pronoun))
