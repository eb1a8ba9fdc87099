"""Names written with post-nominal letters are people's names (common/post_nominals.py).

- The small model often takes letters after a name for an organisation's ending:
  "Oluwaseun Bakare KC", "Anand Rao FRS", "Rhys Owen MS" come out as ORG. A named entity
  whose last words are post-nominal letters, before them a personal name of two words or more
  and no organisation's word, is a person (the letters stay in the mention; the name the
  person is filed under drops them, common/names.py).
- Letters right after a person's name the recogniser left out ("Ayo Bello QC said") are
  not read here: the name is already a person's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from common.post_nominals import is_post_nominal, without_post_nominals
from extract.names import fold, looks_like_person_name
from extract.people_words import ORG_NOUNS, ORG_WORDS


def _personal(ent: Span) -> bool:
    """Whether an entity is a personal name followed by post-nominal letters."""
    texts = [t.text for t in ent]
    name = without_post_nominals(texts)
    if len(name) == len(texts) or len(name) < 2:
        return False
    if any(fold(w) in ORG_WORDS or fold(w) in ORG_NOUNS for w in name):
        return False
    return all(t.is_alpha or "-" in t.text for t in ent[: len(name)]) and looks_like_person_name(
        " ".join(name)
    )


def post_nominal_people(doc: Doc) -> None:
    """Relabel as people the entities that are names with post-nominal letters, in place."""
    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        if ent.label_ != "PERSON" and is_post_nominal(ent[-1].text) and _personal(ent):
            ents[i] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.set_ents(ents, default="outside")
