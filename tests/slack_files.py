"""The mock Web API's file uploads (tests/slack_mock.py), as `files_upload_v2` makes them:
files.getUploadURLExternal gives an upload URL on the mock, the bytes are POSTed there, and
files.completeUploadExternal shares the file; conversations.open gives a DM with a user."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.slack_mock import Call, MockSlack

UPLOAD_PATH = "/up/"


def file_reply(
    mock: MockSlack, call: Call
) -> tuple[int, dict[str, str], dict[str, Any] | str] | None:
    """The mock's answer to a file-upload call (with the mock's lock held), else None."""
    if call.path.startswith(UPLOAD_PATH):  # step 2: the bytes, at the upload URL
        return 200, {}, f"OK - {len(call.raw)}"
    if call.method == "files.getUploadURLExternal":  # step 1: one URL on the mock per file
        file_id = "F0" + str(sum(1 for c in mock.calls if c.method == call.method)).zfill(6)
        url = f"http://127.0.0.1:{mock.port}{UPLOAD_PATH}{file_id}"
        return 200, {}, {"ok": True, "upload_url": url, "file_id": file_id}
    if call.method == "files.completeUploadExternal":  # step 3: shared in the channel
        return 200, {}, {"ok": True, "files": named_files(call)}
    if call.method == "conversations.open":  # the bot's DM with the user
        return 200, {}, {"ok": True, "channel": {"id": "D" + str(call.body.get("users"))[1:]}}
    return None


def named_files(call: Call) -> list[dict[str, Any]]:
    """The files a files.completeUploadExternal call shares ({"id", "title"} each)."""
    files = call.body.get("files") or "[]"
    found = json.loads(files) if isinstance(files, str) else files
    return [f for f in found if isinstance(f, dict)]


def uploaded(mock: MockSlack) -> list[tuple[str, Call]]:
    """Each file uploaded, as (its content, the files.completeUploadExternal call that
    shared it)."""
    with mock.lock:
        done = [c for c in mock.calls if c.method == "files.completeUploadExternal"]
        sent = {
            c.path[len(UPLOAD_PATH) :]: c.raw for c in mock.calls if c.path.startswith(UPLOAD_PATH)
        }
    files = [(f, c) for c in done for f in named_files(c)]
    return [(sent[f["id"]], c) for f, c in files if f["id"] in sent]
