"""Bounds that keep extraction linear on hostile or broken articles (a run-on text, thousands
of unclosed quotation marks), set far above real news: PolNeAR's articles have at most 79
quotations. Past a bound an article is read up to it, with a warning naming the article."""

MAX_SPAN = 400  # most tokens a subtree or a sentence is read over
MAX_CUES = 2_000  # reporting cues read per article
MAX_REGIONS = 5_000  # quotations attributed per article
