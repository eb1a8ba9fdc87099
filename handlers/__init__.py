"""Slack listeners and Block Kit rendering (see the Slack issue); nothing here yet."""
