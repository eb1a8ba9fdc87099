"""Digests: parsing /digest, schedules, runs (claim, post once, watermark), recovery of
unfinished runs, and the poster interface the Slack edge implements."""
