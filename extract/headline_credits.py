"""Headline credits: a text's first paragraph, above its body, in the form "Name: words"
("Graham: Trump's Rhetoric Destroying GOP's Chances", "Poll: Sanders Takes First National
Lead", "Gillibrand on the Speeches: 'I Think She Will.'") credits the words after the colon to
the name before it.

The name is the label before the colon, up to a link word (data: cues.json "headline_links":
"Gillibrand on ..." credits Gillibrand). A label that names nobody ("BREAKING", "The Latest";
data: not_speech.json "label_words"), a long label, or a transcript turn ("WALLACE: ...", read
by extract/transcripts.py) is no credit. A headline names no one new: the speaker is the
person or organisation the article's sentences name (extract/speakers.py).
"""

from __future__ import annotations

import re

from extract.credits import Label, is_label_word, opens_turn

_LABEL = re.compile(r"[ \t\u00a0]*(?P<label>[^\W\d_][^:\n]*?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)")
# A credit's label is short; its name shorter ("Former Secretary of State Hillary Clinton").
MAX_LABEL_WORDS = 12
MAX_NAME_WORDS = 6
# Fewest words credited: "Trump: No." says too little to be a statement.
MIN_WORDS = 3
_WORD = re.compile(r"\w+")
# A tag before a dash at the start of a label: "EXCLUSIVE – ", "BREAKING - ".
_TAG = re.compile(r"(?P<tag>[^\W\d_][\w' ]*?)\s*(?:[\u2013\u2014\u2015|]|--| - )\s*")


def headline_credit(
    text: str, paragraphs: list[tuple[int, int]], links: frozenset[str]
) -> Label | None:
    """The first paragraph's credit, if it has one (see the module's rules): the credited
    name's offsets as the label's, and the words credited to it."""
    if len(paragraphs) < 2:
        return None  # a headline heads a body
    start, end = paragraphs[0]
    match = _LABEL.match(text, start, end)
    if match is None or opens_turn(text[start:end]):
        return None
    label_start = match.start("label")
    label = match.group("label")
    tagged = _TAG.match(label)
    if tagged is not None and is_label_word(tagged.group("tag")):
        # "EXCLUSIVE – Roger Stone: ...": the tag names nobody, the name follows it
        label_start += tagged.end()
        label = label[tagged.end() :]
    words = label.split()
    if not words or len(words) > MAX_LABEL_WORDS or is_label_word(label):
        return None
    cut = next((k for k, w in enumerate(words) if k > 0 and w.lower() in links), len(words))
    if cut > MAX_NAME_WORDS:
        return None
    name_end = label_start + len(label)
    if cut < len(words):
        # the name ends with the word before the link word
        name_end = label_start + len(label.split(f" {words[cut]} ", 1)[0])
    content_end = end
    while content_end > match.end() and text[content_end - 1].isspace():
        content_end -= 1
    if len(_WORD.findall(text, match.end(), content_end)) < MIN_WORDS:
        return None
    return Label(label_start, name_end, match.end(), content_end)
