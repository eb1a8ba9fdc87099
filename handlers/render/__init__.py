"""Block Kit rendering: answers, replies and the App Home as Slack blocks, within Slack's
limits, with every piece of text from articles or users escaped."""
