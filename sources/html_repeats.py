"""Parts of an article page that are not its running text, though they sit inside it.

- Subheads (h2 to h6 inside the article): labels over a section ("Regulator steps in",
  "Company 'disappointed'"), not sentences of the story; read as text they become names
  ("Company") and headline-like sentences.
- Pull quotes: a `<blockquote>` whose words the story already prints elsewhere. Shown
  twice, the same words would be credited twice (once to a dash credit under the box).
  A blockquote that repeats nothing (a letter, a statement printed in full) stays.
"""

from __future__ import annotations

import re
from typing import Any

_SUBHEADS = ("h2", "h3", "h4", "h5", "h6")
_WORD = re.compile(r"\w+")
# A pull quote shorter than this many words could repeat the story by chance.
_FEWEST_WORDS = 4
# The share of its three-word runs a pull quote repeats from the story.
_SHARE = 0.8


def drop_repeats(tree: Any) -> None:
    """Remove subheads and pull quotes from every article (or main) element of `tree`."""
    for article in tree.iter("article", "main"):
        for heading in [el for el in article.iter(*_SUBHEADS)]:
            if heading.getparent() is not None:
                heading.drop_tree()
        for box in [el for el in article.iter("blockquote")]:
            if _repeats_story(box, article):
                box.drop_tree()


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _repeats_story(box: Any, article: Any) -> bool:
    """Whether the box's first paragraph (its credit line aside) repeats the article's text
    outside the box: nearly all its three-word runs appear there (a pull quote may leave out
    the "she said" that splits the quotation in the story)."""
    paragraphs = [p for p in box.iter("p") if p.text_content().strip()]
    quoted = paragraphs[0].text_content() if paragraphs else box.text_content()
    quoted = re.split(r"\s[\u2013\u2014-]\s", quoted)[0]  # "... ." – Name: the credit
    words = _words(quoted)
    if len(words) < _FEWEST_WORDS:
        return False
    outside: set[tuple[str, ...]] = set()
    for p in article.iter("p"):
        if not any(a is box for a in p.iterancestors()):
            outside.update(_runs(_words(p.text_content())))
    runs = _runs(words)
    return sum(run in outside for run in runs) >= _SHARE * len(runs)


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[k : k + 3]) for k in range(len(words) - 2)]
