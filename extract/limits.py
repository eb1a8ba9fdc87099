"""Bounds that keep extraction linear on hostile or broken articles (a run-on text, thousands
of unclosed quotation marks), set far above real news: PolNeAR's articles have at most 79
quotations. Past a bound an article is read up to it, with a warning naming the article."""

MAX_SPAN = 400  # most tokens a subtree or a sentence is read over
MAX_CUES = 2_000  # reporting cues read per article
MAX_REGIONS = 5_000  # quotations attributed per article
MAX_MARKS = 1_000  # double quotation marks parsed per article (real news: under 200)

_DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
UNPARSED = "newsbrief_unparsed"  # Doc.user_data key: characters left unparsed


def parse_extent(text: str) -> int:
    """How much of a text is parsed: all of it, unless it holds more than MAX_MARKS double
    quotation marks (a hostile or broken article); then the text before the first mark past
    the bound, cut back to a space. Parsing is the costly part of extraction, so this keeps
    such an article's time bounded; what is left unparsed is stored, never attributed."""
    count = 0
    for position, char in enumerate(text):
        if char in _DOUBLE_MARKS:
            count += 1
            if count > MAX_MARKS:
                space = text.rfind(" ", 0, position)
                return space if space > 0 else position
    return len(text)


def unparsed_warning(total: int, parsed: int) -> str:
    """The warning naming what a bound left unparsed."""
    return (
        f"more than {MAX_MARKS:,} quotation marks: only the first {parsed:,} of "
        f"{total:,} characters parsed and attributed"
    )
