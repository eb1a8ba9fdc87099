"""One affiliation fact per person and organisation in an article, with its evidence.

The cast gives each person at most one organisation (extract/attributes.py and its
helpers); this module states how the article ties them, so that questions read the tie
instead of re-reading sentences:

- the sentence that names the organisation beside one of the person's names: "X, general
  secretary of ORG" (apposition), "ORG's director X" (possessive), "X, who chairs ORG"
  (relative clause), "X of ORG said" ("for/of ORG" clause), "a statement from X of ORG";
  "Its secretary, X" when the nearest of the three sentences before that names it (by
  its last word too: "The trust said ... Its medical director, X") or opens with a body
  names it (possessive);
- a tie no sentence states is "implied" (the organisation of the story an officer's title
  belongs to: "Head teacher X said" in a story about a school), and questions treat it as
  before; a title owned by "its"/"their" after a sentence opening with another body
  ("Vellan Buses said ... Its fleet manager, X", the cast's organisation being the union
  named earlier) is "guessed", co-occurrence, which never makes a person the cast's
  organisation's voice, and that body is theirs instead (possessive);
- the title gives the kind: a spokesperson, a former member ("former head coach", the
  title the cast gives one an organisation has sacked), else a member. The words are data
  (data/people_words.json "affiliation_kinds").

`fact_for` is the hook for other stages that find a person's organisation (a clause's
role: "speaking for the union, X said"): it turns a person, an organisation and the
evidence into a fact.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from spacy.tokens import Token

from common.names import fold, is_title_word, name_variants
from extract.docindex import DocIndex
from extract.lexicon import load_lexicon
from extract.names import is_given_name
from records.extraction import Affiliation, AffiliationKind, Person, Quote

_KINDS = json.loads(
    resources.files("extract").joinpath("data/people_words.json").read_text("utf-8")
)["affiliation_kinds"]
SPOKESPERSON_WORDS: frozenset[str] = frozenset(_KINDS["spokesperson"])
FORMER_WORDS: frozenset[str] = frozenset(_KINDS["former"])

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_THROUGH = ("of", "for", "at", "with", "from")
_UNSTATED = ("implied", "guessed")


def affiliation_kind(title: str | None, org: str | None = None) -> AffiliationKind:
    """The kind of tie a title gives: "spokesperson", "former" or "member". A past title
    that names another body ("a former Elm Town manager") is no past tie to `org`."""
    key = fold(title or "")
    words = set(_WORD.findall(key.replace("-", " ")))
    if words & FORMER_WORDS and not (org and former_elsewhere(title, org)):
        return "former"
    if any(w in words or (" " in w and w in key) for w in SPOKESPERSON_WORDS):
        return "spokesperson"
    return "member"


def former_elsewhere(title: str | None, org: str) -> bool:
    """Whether a past title names a body other than `org` ("Former Elm Town manager" for
    the chairman of the managers' circle): a name's capitalised words, past the first, that
    are neither a title's words nor the organisation's."""
    own = set(_WORD.findall(fold(org)))
    named = [w for w in _WORD.findall(title or "")[1:] if w[:1].isupper()]
    return any(fold(w) not in own and not is_title_word(fold(w)) for w in named)


def impersonal(name: str) -> bool:
    """Whether a name of two words or more is no person's: its first word is no given
    name the name data knows ("Acme Land", "Bracken Hill Developments")."""
    parts = name.split()
    return len(parts) > 1 and not is_given_name(parts[0])


def fact_for(
    person: str,
    org: str,
    title: str | None,
    evidence: str,
    sentence: int,
    forms: tuple[str, ...] = (),
) -> Affiliation:
    """A person's tie to an organisation as a fact: the organisation as written, its other
    forms (without "the", those given), the kind the title gives and the evidence."""
    bare = re.sub(r"^the\s+", "", org.strip(), flags=re.IGNORECASE)
    others = tuple(dict.fromkeys(f for f in (bare, *forms) if f and fold(f) != fold(org)))
    return Affiliation(person, org, others, affiliation_kind(title, org), evidence, sentence)


def affiliation_facts(
    doc_index: DocIndex, people: list[Person], quotes: list[Quote]
) -> list[Affiliation]:
    """Each person's organisations in the article (`doc_index`: its Doc's), the cast's and those
    its quotes give the speaker, one fact each with the sentence that ties them, if any."""
    pairs: dict[tuple[str, str], tuple[str | None, set[str]]] = {}
    for p in people:
        if p.kind == "person" and p.org:
            pairs.setdefault((p.name, p.org), (p.title, set()))[1].update(p.aliases)
    for q in quotes:
        if q.speaker and q.speaker_kind == "person" and q.speaker_org:
            pairs.setdefault((q.speaker, q.speaker_org), (q.speaker_title, set()))
    if not pairs:
        return []
    sentences = [
        _QUOTED.sub(lambda m: " " * len(m.group()), fold(doc_index.span_text(s.start, s.end)))
        for s in doc_index.sentences
    ]
    cues = [_cue_words(doc_index.tokens[s.start : s.end]) for s in doc_index.sentences]
    text = fold(doc_index.text)
    facts: list[Affiliation] = []
    seen: set[tuple[str, str]] = set()
    # bodies a sentence may open with: the cast's organisations, and names with neither
    # title nor organisation ("Vellan Buses said", filed as a person) or no personal name
    # ("the developer Acme Land", filed as a person titled "Developer")
    bodies = {
        fold(a): p.name
        for p in people
        if p.kind == "org" or not (p.title or p.org) or (not p.org and impersonal(p.name))
        for a in {p.name, *p.aliases}
        if len(a) > 2
    }
    owners: dict[str, set[str]] = {}  # "kilbane" -> both Kilbanes: no one's name alone
    for p in people:
        if p.kind == "person":
            for variant in name_variants(p.name):
                owners.setdefault(variant, set()).add(p.name)
    for (person, org), (title, aliases) in pairs.items():
        if (person, fold(org)) in seen:
            continue
        seen.add((person, fold(org)))
        forms = _org_forms(org, text, people)
        names = {fold(a) for a in aliases} | set(name_variants(person))
        names = {n for n in names if len(owners.get(n, ())) < 2}
        full = {n for n in names if " " in n}  # "Dr Gerald Kilbane" before "Kilbane"
        keys = [fold(org), *map(fold, forms)]
        evidence, index, owner = _tie(sentences, cues, full, keys, bodies)
        if evidence in _UNSTATED:
            evidence, index, owner = _tie(sentences, cues, names, keys, bodies)
        facts.append(fact_for(person, org, title, evidence, index, forms))
        if owner is not None and (person, fold(owner)) not in seen:  # "its": the body before
            seen.add((person, fold(owner)))
            facts.append(fact_for(person, owner, title, "possessive", index))
    return facts


def _cue_words(sentence: list[Token]) -> frozenset[str]:
    """The (folded) words of a sentence's verbs of saying ("said", "told", "speaking")."""
    lexicon = load_lexicon()
    return frozenset(
        fold(t.text) for t in sentence if t.pos_ == "VERB" and lexicon.is_cue(t.lemma_.lower())
    )


def _tie(
    sentences: list[str],
    cues: list[frozenset[str]],
    names: set[str],
    keys: list[str],
    bodies: dict[str, str],
) -> tuple[str, int, str | None]:
    """The first sentence tying one of the names to one of the organisation's: its evidence
    and index, ("implied", -1) when none does. A title owned by "its"/"their" is the
    organisation's when the nearest sentence before naming it or opening with another body
    names it ("The trust said ... Its director, X"); "guessed" when another body opens it
    ("Vellan Buses said ... Its fleet manager, X"), with that body."""
    guess: tuple[str, int, str | None] = ("implied", -1, None)
    for i, sentence in enumerate(sentences):
        found = _evidence(sentence, names, keys, cues[i])
        if found is not None:
            return found, i, None
        if guess[1] < 0 and _pronoun_owner(sentence, names):
            owner = _look_back(sentences, i, keys, bodies)
            if owner == "":
                return "possessive", i, None
            if owner is not None:
                guess = ("guessed", i, owner)
    return guess


def _look_back(sentences: list[str], i: int, keys: list[str], bodies: dict[str, str]) -> str | None:
    """Whom "its" in sentence i refers to, of the three sentences before: "" for the
    organisation (a sentence naming it, by its last word too), another body's name for a
    sentence opening with it; None when none does."""
    last = (_WORD.findall(keys[0]) or [""])[-1]
    for j in range(i - 1, max(-1, i - 4), -1):
        if _find(sentences[j], [*keys, last]) is not None:
            return ""
        opening = re.sub(r"^(the\s+)?", "", sentences[j].lstrip())
        for key, name in bodies.items():
            if opening.startswith(key) and not opening[len(key) : len(key) + 1].isalnum():
                return name
    return None


def _org_forms(org: str, text: str, people: list[Person]) -> tuple[str, ...]:
    """An organisation's other names in the article: the acronym in brackets after it
    ("the Quarry Workers' Union (QWU)") and the cast's aliases of it."""
    forms: list[str] = []
    key = fold(org)
    after = re.search(rf"{re.escape(key)}\s*\(([^\W\d_]{{2,8}})\)", text)
    if after:
        forms.append(after.group(1).upper())
    for p in people:
        if p.kind == "org" and fold(p.name) == key:
            forms += sorted(a for a in p.aliases if fold(a) != key)
    return tuple(dict.fromkeys(forms))


def _evidence(
    sentence: str, names: set[str], orgs: list[str], cues: frozenset[str] = frozenset()
) -> str | None:
    """How one (folded, quotes blanked) sentence ties one of a person's names to one of an
    organisation's: the evidence kind, or None when it does not name both, or names the
    organisation only in what the person said ("X said she would meet ORG's managers": a
    verb of saying, `cues`, between them; "X, speaking for ORG" is a tie)."""
    person = _find(sentence, names)
    if person is None:
        return None
    org = _find(sentence, [o for o in orgs if o])
    words = _WORD.findall(orgs[0])
    # "the forum's new chair, X", "X, the inspectorate's director": the organisation's last
    # word, owning the title; or another word of its name after the first ("the county's
    # cabinet member" of Westmarsh County Council)
    for word in [*words[-1:], *reversed(words[1:-1])]:
        if org is not None or word in _THROUGH or len(word) < 3:
            continue
        mark = re.search(rf"(?<![^\W_]){re.escape(word)}(?:'s|s'|')", sentence)
        org = (mark.start(), mark.start() + len(word)) if mark else None
    if org is None:
        return None
    if org[1] <= person[0]:
        between = sentence[org[1] : person[0]]
        if between.startswith(("'", "s'")):
            return "possessive"
        return "statement" if "statement" in sentence[: org[0]] else "named"
    between = sentence[person[1] : org[0]]
    if _reported(between, cues):
        return None
    if re.search(r"\bwho(se)?\b", between):
        return "relative"
    if "statement" in sentence[: person[0]]:
        return "statement"
    if between.lstrip().startswith(","):
        return "apposition"
    if set(_WORD.findall(between)) <= {*_THROUGH, "the", "a", "an"} and between.strip():
        return "for-of"
    return "named"


def _reported(between: str, cues: frozenset[str]) -> bool:
    """Whether the words between a person and an organisation hold a verb of saying that
    does not say whom they speak for ("said she would meet", not "speaking for" or
    "speaking on behalf of")."""
    words = [*_WORD.findall(between), "", ""]
    return any(
        w in cues and words[i + 1] != "for" and words[i + 1 : i + 3] != ["on", "behalf"]
        for i, w in enumerate(words)
    )


def _pronoun_owner(sentence: str, names: set[str]) -> str | None:
    """ "Its secretary, X", "Their leader X" or "X, its secretary," right after a sentence
    naming the organisation: a possessive title whose owner the sentence before names."""
    person = _find(sentence, names)
    if person is None:
        return None
    owner = re.search(r"(?<![^\W_])(its|their)\s", sentence[: person[0]])
    after = re.match(r"\s*,\s*(the\s+)?(its|their)\s", sentence[person[1] :])
    return "possessive" if owner or after else None


def _find(sentence: str, keys: set[str] | list[str]) -> tuple[int, int] | None:
    """The first whole-word occurrence of the longest of the keys in the sentence."""
    for key in sorted(keys, key=len, reverse=True):
        if not key or key not in sentence:  # (a quick test before the pattern's)
            continue
        hit = re.search(rf"(?<![^\W_]){re.escape(key)}(?![^\W_])", sentence)
        if hit:
            return hit.start(), hit.end()
    return None
