"""Slack's Block Kit limits (https://api.slack.com/reference/block-kit), kept in one place.

Rendering stays below them with a margin, so a long answer is split over pages and never
rejected by Slack."""

MAX_BLOCKS_MESSAGE = 50
MAX_BLOCKS_VIEW = 100
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK_TEXT = 3000

# What one page of an answer may hold (below the limits above, leaving room for the header,
# page footer and buttons).
PAGE_BLOCK_BUDGET = 44
PAGE_QUOTES = 8
PAGE_CHAR_BUDGET = 12_000
SECTION_CHUNK = 2900
