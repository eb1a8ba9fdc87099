"""The speech frame around a reporting cue: which of the words a cue governs are what was
said and which only tell where, when or why it was said, and when a cue's verb describes its
subject rather than reports words (data: extract/data/frames.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from lemminflect import getLemma
from spacy.tokens import Token


@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("extract").joinpath("data/frames.json").read_text("utf-8"))
    keys = (
        "complementizers",
        "reflexives",
        "enabling_verbs",
        "personal_subjects",
        "writing_verbs",
        "written_request_verbs",
        "text_bearers",
        "read_only_bearers",
        "text_verbs",
        "plea_verbs",
        "court_nouns",
        "while_families",
        "thought_families",
    )
    return {key: frozenset(raw[key]) for key in keys}


def adjunct_preposition(verb: Token, prep: Token) -> bool:
    """Whether a preposition a cue governs gives the setting of the report, not its topic:
    the cue already has its direct object before it ("reiterated them [on the radio show]":
    what was reiterated is "them"), or a comma stands between them ("he said, [on condition
    of anonymity]": an aside of the reporter's)."""
    if any(c.dep_ == "dobj" and verb.i < c.i < prep.i for c in verb.children):
        return True
    return any(t.text == "," for t in verb.doc[verb.i + 1 : prep.i])


def adverbial_clause(clause: Token) -> bool:
    """Whether a clause the parse hangs on a cue as its complement opens with a
    subordinator that is no complementizer ("after a ruling made it legal, he urged ...",
    "because the vote failed"): it says when or why, not what was said."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    return bool(marks) and all(m.lower_ not in _frames()["complementizers"] for m in marks)


def temporal_as(verb: Token) -> bool:
    """Whether a cue under "as" is a time clause after its head ("rode the will of the crowd
    [as he replied]": while he replied), not an aside crediting the clause around it ("As
    she put it, ...", "The plan, as he noted, is ..."): an aside opens its sentence or
    stands between punctuation."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or verb.head.i > mark.i:
        return False
    before = verb.doc[mark.i - 1] if mark.i > 0 else None
    return before is not None and not before.is_punct and before.i > verb.head.i


def as_clause_not_aside(family: str | None, acting: bool) -> bool:
    """Whether a cue under "as" (or set off as an aside) cannot credit the clause around
    it: its family tells only when ("as he spoke to accept the nomination, X became ...":
    while he spoke; frames.json "while_families"), or a person does what the verb says
    ("as she has demonstrated in recent speeches": `acts_on_object`)."""
    return acting or (family is not None and family in _frames()["while_families"])


def object_is_thought(family: str | None) -> bool:
    """Whether a cue's plain noun object is a thing known or held, not words ("knew their
    voters", "has known them since 1992"): a cue of knowing or believing (frames.json
    "thought_families") reports only through its clause."""
    return family is not None and family in _frames()["thought_families"]


def interjected(clause: Token, verb: Token) -> bool:
    """Whether a clause the parse hangs on a cue stands between the cue's own subject and
    the cue ("Mr. Vance, it turned out, knew their voters", "Ms Hale, it seems, believed
    ..."): the reporter's aside inside the sentence, not what was said."""
    if clause.i > verb.i:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return any(s.right_edge.i < clause.left_edge.i for s in subjects)


def describes_subject(content: list[Token]) -> bool:
    """Whether a cue's words open with the speaker again as the verb's object ("declared
    [himself an independent]", "found [herself embroiled in a feud]"): the verb says what
    the subject is or became, not what they said."""
    words = [t for t in content if not t.is_punct]
    return bool(words) and words[0].lower_ in _frames()["reflexives"]


def acts_on_object(family: str | None, families: frozenset[str], subject: Token | None) -> bool:
    """Whether a cue of a family whose object frame is no person's ("object_not_by_people"
    in cues.json: "a poll shows Y leading", "the audit found gaps") has a person for its
    subject, who shows, finds or proves a thing by acting ("showed no emotion", "found the
    keys"): its object is then no report."""
    if family not in families or subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _frames()["personal_subjects"]
    if subject.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return False  # "Gallup found", "Ohio showed": a body's findings report
    return subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"


def enabled_only(cue: Token) -> bool:
    """Whether a cue stands under a verb of enabling ("which allows him to keep his options
    open and deny any blame", "scenes that let her call for calm", "helped persuade the
    board"): what somebody can or could do, not what they said."""
    enabling = _frames()["enabling_verbs"]
    if any(c.dep_ == "aux" and _lemmas(c) & enabling for c in cue.children):
        return True  # "helped persuade": the parse makes the helping verb an auxiliary
    token = cue
    for _ in range(3):
        if token.dep_ not in ("conj", "xcomp", "ccomp") or token.head.i == token.i:
            return False
        token = token.head
        if _lemmas(token) & enabling:
            return True
    return False


def reports_nothing(cue: Token) -> bool:
    """Whether a cue's frame says it reports nobody's words: a cue under a verb of enabling
    (enabled_only), a request a letter made (asked_in_writing), the words written on a
    thing (written_on_a_thing) or a plea entered in court (pleaded_in_court)."""
    return (
        enabled_only(cue)
        or asked_in_writing(cue)
        or written_on_a_thing(cue)
        or pleaded_in_court(cue)
    )


def pleaded_in_court(cue: Token) -> bool:
    """Whether "admit" or "deny" takes an act or a charge for its object ("admitted causing
    injury", "denied two counts of fraud") in a sentence set in court: a plea to a charge,
    not words about the story ("admitted that he had lied" still reports)."""
    frames = _frames()
    if cue.lemma_.lower() not in frames["plea_verbs"]:
        return False
    charged = any(
        (c.dep_ == "xcomp" and c.tag_ == "VBG") or c.dep_ == "dobj"
        for c in cue.children
        if c.i > cue.i
    )
    return charged and any(t.lemma_.lower() in frames["court_nouns"] for t in cue.sent)


def asked_in_writing(cue: Token) -> bool:
    """Whether a request cue hangs on a writing verb ("has written to the council asking it
    to review the fees"): what the letter asked of its addressee, not the writer's words."""
    frames = _frames()
    return (
        cue.dep_ in ("advcl", "xcomp", "conj")
        and cue.head.i != cue.i
        and cue.lemma_.lower() in frames["written_request_verbs"]
        and bool(_lemmas(cue.head) & frames["writing_verbs"])
    )


def written_on_a_thing(cue: Token) -> bool:
    """Whether "read" or "say" has a thing with writing on it for its subject ("a sign that
    reads ...", "the label says ..."; "board" only with "read"): the words are a text, not
    a speaker's. For "which reads" the subject is the noun the clause hangs on, or the noun
    before that noun's preposition ("a board at the gate, which reads ...")."""
    frames = _frames()
    lemma = cue.lemma_.lower()
    if lemma not in frames["text_verbs"]:
        return False
    bearers = frames["text_bearers"] | (frames["read_only_bearers"] if lemma == "read" else set())
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if not subjects and cue.dep_ in ("advcl", "conj"):  # "a banner hung on a gate reads"
        subjects = [c for c in cue.head.children if c.dep_ == "nsubj"]
    if cue.dep_ in ("relcl", "acl") and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
        subjects = [cue.head]
        if cue.head.dep_ == "pobj" and cue.head.head.head.i != cue.head.head.i:
            subjects.append(cue.head.head.head)
    return any(s.lemma_.lower() in bearers or s.lower_ in bearers for s in subjects)


def _lemmas(token: Token) -> set[str]:
    """A verb's lemmas: the parser's, and the dictionary's for a word it tagged as an
    auxiliary and left unlemmatised ("helped")."""
    return {token.lemma_.lower(), *getLemma(token.lower_, upos="VERB")}
