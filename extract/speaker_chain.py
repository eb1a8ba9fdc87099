"""A speaker read with the attribution before it: a "he"/"she" or a generic title right
after an unnamed source or an organisation ("A police spokeswoman said ... “...,” she said.";
"Acme said it was sorry. “...,” a spokeswoman said.")."""

from __future__ import annotations

from spacy.tokens import Token

from extract.descriptions import kin_group
from extract.names import fold
from extract.people import Cast
from extract.people_words import FEMALE_TITLES, GENERIC_TITLES, MALE_TITLES, ROLE_WORDS
from extract.speaker_record import Speaker

_PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
_INDEFINITE = {"a", "an", "one", "another"}


def same_unnamed_source(
    speaker: Speaker, previous: tuple[Speaker, int] | None, paragraph: int
) -> Speaker:
    """ "A police spokeswoman said ... “...,” she said.": a "he" or "she" the cast cannot
    name, right after an unnamed source in the same or the previous paragraph, is that
    source (unless the description's gender disagrees: a spokesman is no "she"); a "they"
    after a family or other kin described ("the family of X said ... “...,” they said")."""
    if speaker.name is not None or speaker.title is not None or previous is None:
        return speaker
    pronoun = (speaker.mention or "").lower()
    before, where = previous
    if pronoun not in ("he", "she", "they") or paragraph - where > 1:
        return speaker
    if before.name is not None or before.title is None:
        return speaker
    if pronoun == "they" and not kin_group(before.title):
        return speaker  # "they" is a family's ("the family of X said ... they said")
    words = {fold(w) for w in before.title.split()}
    if words & (FEMALE_TITLES if pronoun == "he" else MALE_TITLES):
        return speaker
    return Speaker(None, None, before.title, before.org, speaker.mention)


def speaks_for_previous(
    speaker: Speaker, previous: tuple[Speaker, int] | None, paragraph: int
) -> Speaker:
    """ "Acme said it was disappointed. “...,” a spokeswoman said.": an unnamed source of a
    generic title (spokeswoman, official) with no organisation of its own, right after an
    organisation spoke in the same or the previous paragraph, speaks for that organisation."""
    if previous is None or speaker.name is not None or speaker.org is not None:
        return speaker
    before, where = previous
    words = (speaker.title or "").split()
    if not words or fold(words[-1]) not in GENERIC_TITLES or paragraph - where > 1:
        return speaker
    if before.kind == "org" and before.name is not None:
        return Speaker(None, None, speaker.title, before.name, speaker.mention)
    if before.name is None and before.org is not None and before.mention == speaker.mention:
        return Speaker(None, None, speaker.title, before.org, speaker.mention)  # she again
    return speaker


def unnamed_over_far_name(
    speaker: Speaker,
    previous: tuple[Speaker, int] | None,
    paragraph: int,
    subject: Token,
    cast: Cast,
) -> Speaker:
    """ "One nurse, who asked not to be named, said ... “...,” she said.": a "he" or "she"
    right after an indefinite unnamed source in the same paragraph is that source, not a
    person of that gender the paragraph never names (named paragraphs before)."""
    pronoun = (speaker.mention or "").lower()
    if speaker.name is None or speaker.kind != "person" or pronoun not in ("he", "she"):
        return speaker
    if previous is None or previous[1] != paragraph:
        return speaker
    before = previous[0]
    if before.name is not None or before.title is None:
        return speaker
    if fold((before.mention or "").split(" ", 1)[0]) not in _INDEFINITE:
        return speaker  # "The former first lady said": a description of someone known
    if {fold(w) for w in before.title.split()} & (
        FEMALE_TITLES if pronoun == "he" else MALE_TITLES
    ):
        return speaker
    for m in cast.mentions:
        if m.paragraph != paragraph or m.start >= subject.idx:
            continue
        token = cast.index.token_at(m.start)
        named = token is None or token.lower_ not in _PERSONAL_PRONOUNS
        if named and cast.entries[m.entry].name == speaker.name:
            return speaker
    return Speaker(None, None, before.title, before.org, speaker.mention)


def subject_before(subject: Token) -> Token | None:
    """The subject of the sentence just before the subject's own, in the same paragraph."""
    sentence = subject.sent
    doc = subject.doc
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if "\n" in doc[before.end - 1 : sentence.start + 1].text_with_ws:
        return None  # another paragraph
    return next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)


def titled_subject_before(speaker: Speaker, subject: Token) -> Speaker:
    """ "The leader of the council came out to meet them. “...,” he told the crowd.": a "he"
    or "she" nobody in the cast answers for, right after a sentence of the same paragraph
    whose subject is a definite description of a post holder (the head a role word, no name
    in it), is that post's holder, unnamed."""
    pronoun = (speaker.mention or "").lower()
    if speaker.name is not None or speaker.title is not None or pronoun not in ("he", "she"):
        return speaker
    holder = subject_before(subject)
    if holder is None or holder.lower_ not in ROLE_WORDS:
        return speaker
    words = list(holder.subtree)
    if not words or words[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in words):
        return speaker
    if {fold(t.text) for t in words} & (FEMALE_TITLES if pronoun == "he" else MALE_TITLES):
        return speaker
    phrase = subject.doc[words[0].i : words[-1].i + 1].text
    return Speaker(None, None, phrase.split(" ", 1)[1], None, phrase)
