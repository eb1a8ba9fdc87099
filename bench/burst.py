"""A burst of Slack slash commands at once: does the HTTP server acknowledge them all, in
time? (Slack's deadline for the acknowledgement is 3 s; a reset connection is a lost command.)

Run: .venv/bin/python bench/burst.py [--commands 200] [--articles dev|seeds]

Builds a store (PolNeAR's dev articles, read at run time from ../shared/corpora/polnear/,
or the seed articles), starts `newsbrief serve --http` in its own process with Slack's Web
API played by the test mock on 127.0.0.1 (nothing leaves the machine), then opens N
connections at once and sends N signed slash commands over them together. Prints how many
were acknowledged (HTTP 200), how many were reset or refused, the acknowledgement's
p50/p95/p99 and max, and how many answers reached their response_url. The same burst of
`GET /healthz` first, as the baseline of the same run. Target: all acknowledged, none
reset, ack p99 < 3 s.
"""

from __future__ import annotations

import argparse
import http.client
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import percentile  # noqa: E402
from bench.serve import COMMANDS, command, wait_healthy, write_articles  # noqa: E402
from tests.slack_mock import BOT_TOKEN, MockSlack, mock_slack_server  # noqa: E402
from tests.slack_requests import FORM, SIGNING_SECRET, free_port, signed_headers  # noqa: E402

Request = tuple[str, str, bytes, dict[str, str]]  # method, path, body, headers


class Outcome:
    """What one request got: an HTTP status and the seconds until it, or an error."""

    def __init__(self) -> None:
        self.status: int | None = None
        self.seconds = 0.0
        self.error = ""


def _send(port: int, request: Request, start: threading.Barrier, outcome: Outcome) -> None:
    method, path, body, headers = request
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        start.wait()
        begun = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        outcome.seconds = time.perf_counter() - begun
        outcome.status = response.status
    except (OSError, http.client.HTTPException) as error:
        outcome.error = type(error).__name__
    finally:
        connection.close()


def burst(port: int, requests: list[Request]) -> list[Outcome]:
    """Send every request at once, each on its own connection."""
    outcomes = [Outcome() for _ in requests]
    start = threading.Barrier(len(requests))
    threads = [
        threading.Thread(target=_send, args=(port, request, start, outcome))
        for request, outcome in zip(requests, outcomes, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def report(label: str, outcomes: list[Outcome]) -> tuple[float, str]:
    """Print one burst's figures; returns its ack p50 in seconds and a summary."""
    ok = [o for o in outcomes if o.status == 200]
    other = [o for o in outcomes if o.status is not None and o.status != 200]
    errors: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.status is None:
            errors[outcome.error] = errors.get(outcome.error, 0) + 1
    times = [o.seconds for o in ok] or [0.0]
    p50, p95, p99 = (percentile(times, p) * 1000 for p in (50, 95, 99))
    late = sum(1 for t in times if t >= 3.0)
    print(
        f"{label:<22} acknowledged {len(ok)}/{len(outcomes)}, other status {len(other)}, "
        f"reset/refused {sum(errors.values())} {errors or ''}"
    )
    print(
        f"{'':<22} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  "
        f"max {max(times) * 1000:7.1f} ms  (over 3 s: {late})"
    )
    summary = (
        f"{len(ok)}/{len(outcomes)} acknowledged, {sum(errors.values())} reset or refused, "
        f"ack p99 {p99:.0f} ms"
    )
    return p50 / 1000, summary


def start_bot(db: Path, mock: MockSlack, work: Path, env: dict[str, str]) -> tuple[Any, int]:
    """`newsbrief serve --http` on a free port, once healthy."""
    port = free_port()
    serve_env = {
        **env,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": mock.api_url,
        "NEWSBRIEF_HOST": "127.0.0.1",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "--db", str(db), "serve", "--http", "--port", str(port)],
        cwd=work,
        env=serve_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wait_healthy(f"http://127.0.0.1:{port}", server)
    return server, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--commands", type=int, default=200)
    parser.add_argument("--articles", choices=("dev", "seeds"), default="dev")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-burst-") as tmp:
        work = Path(tmp)
        db = work / "burst.db"
        source = (
            write_articles(work / "articles") if args.articles == "dev" else str(ROOT / "seeds")
        )
        env = {**os.environ, "NEWSBRIEF_LOG_LEVEL": "ERROR"}
        ingest = subprocess.run(
            [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", source],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
        )
        if ingest.returncode != 0:
            raise SystemExit(f"ingest failed:\n{ingest.stdout}{ingest.stderr}")
        print(f"store: {ingest.stdout.strip().splitlines()[-1]} from {source}")
        with mock_slack_server() as mock:
            server, port = start_bot(db, mock, work, env)
            try:
                health = [("GET", "/healthz", b"", {})] * args.commands
                h50, _ = report(f"{args.commands} x GET /healthz", burst(port, health))
                requests: list[Request] = []
                for number in range(args.commands):
                    name, text = COMMANDS[number % len(COMMANDS)]
                    body = command(mock, name, text, number)
                    headers = {**signed_headers(body), "Content-Type": FORM}
                    requests.append(("POST", "/slack/events", body.encode(), headers))
                began = time.perf_counter()
                c50, summary = report(f"{args.commands} x slash command", burst(port, requests))
                print(f"{'':<22} ack p50 {c50 / h50:.1f}x the healthz burst's p50")
                answered = _answers(mock, args.commands, began)
                print(f"answers reaching response_url: {answered}")
                print(f"burst: {summary} (target: all, none, < 3000 ms)")
            finally:
                server.terminate()
                server.wait(timeout=30)
            if server.returncode != 0:
                print(f"serve exited with {server.returncode}: {server.stderr.read().decode()}")  # type: ignore[union-attr]


def _answers(mock: MockSlack, count: int, began: float, timeout: float = 180) -> str:
    done: Callable[[], int] = lambda: sum(  # noqa: E731
        1 for c in mock.answers() if c.path.startswith("/response_url/n")
    )
    deadline = time.monotonic() + timeout
    while done() < count and time.monotonic() < deadline:
        time.sleep(0.2)
    last = max((c.received for c in mock.answers()), default=began)
    return f"{done()}/{count}, the last {last - began:.1f} s after the burst began"


if __name__ == "__main__":
    main()
