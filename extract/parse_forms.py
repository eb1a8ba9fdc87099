"""Text in the form the parser was trained on, every character and offset of it kept.

The English model learnt a plural possessive from a straight apostrophe ("the drivers'
union"); with a curly one ("the drivers\u2019 union", "Aurelis Cruises\u2019 vice-president")
it reads a closing quotation mark, and the parse that follows goes wrong: "Thiago Nascimento,
Aurelis Cruises\u2019 vice-president, said ..." became the company's statement. So the
parser reads the text with such an apostrophe straight (one character for one: offsets
stay), and the Doc it returns is rebuilt over the original characters with the parse kept
(`restored`): quotes, names and offsets are the article's own.
"""

from __future__ import annotations

import re
from typing import cast

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc
from thinc.types import Ints2d

# A curly apostrophe after a plural's "s" and before the next word: "parents\u2019 petition".
_PLURAL_POSSESSIVE = re.compile(r"(?<=[^\W\d_][sS])\u2019(?=[ \t]+[^\W\d_])")
_KEPT = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def parse_form(text: str) -> str:
    """The text as the parser reads it: a plural possessive's curly apostrophe straight."""
    return _PLURAL_POSSESSIVE.sub("'", text)


def restored(doc: Doc, text: str) -> Doc:
    """The parse of `parse_form(text)` over the original `text` (the same length): the same
    tokens, tags, tree and entities, each token's characters the text's own."""
    if doc.text == text:
        return doc
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    rebuilt = Doc(doc.vocab, words=words, spaces=spaces)
    rebuilt.from_array(_KEPT, cast(Ints2d, doc.to_array(_KEPT)))
    rebuilt.user_data.update(doc.user_data)
    return rebuilt
