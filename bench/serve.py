"""The Slack bot over HTTP: how fast it acknowledges and answers slash commands, and how much
memory the serving process takes.

Run: .venv/bin/python bench/serve.py [--commands N]

Ingests PolNeAR's 84 dev articles (read at run time from ../shared/corpora/polnear/, never
copied into the repository; the seed articles when it is absent) into a new store, starts
`newsbrief serve --http` in its own process with Slack's Web API played by the test mock on
127.0.0.1 (nothing leaves the machine), then sends N signed slash commands (/whosaid and
/brief on topics and people of the articles, /newsbrief status) one after another:
- ack: until the HTTP 200 (Slack's deadline is 3 s), against `GET /healthz` in the same run;
- answer: until the answer reaches the command's response_url.
Prints p50/p95 of both, and the serving process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import POLNEAR, ProcessTreeMemory, percentile  # noqa: E402
from tests.slack_mock import BOT_TOKEN, MockSlack, mock_slack_server  # noqa: E402
from tests.slack_requests import FORM, SIGNING_SECRET, free_port, post, signed_headers  # noqa: E402

COMMANDS = (
    ("/whosaid", "emails"), ("/whosaid", "immigration"), ("/whosaid", "the debate"),
    ("/whosaid", "taxes"), ("/whosaid", "the election"), ("/whosaid", "Trump"),
    ("/whosaid", "health care"), ("/whosaid", "the economy"), ("/whosaid", "polls"),
    ("/whosaid", "ceasefire"), ("/brief", "Hillary Clinton"), ("/brief", "Donald Trump"),
    ("/brief", "the convention"), ("/brief", "Bernie Sanders"), ("/brief", "immigration"),
    ("/whosaid", "Clinton on emails"), ("/whosaid", "the campaign"), ("/brief", "the FBI"),
    ("/newsbrief", "status"), ("/whosaid", "Russia"),
)  # fmt: skip


def write_articles(folder: Path) -> str:
    """The dev articles as JSON files (or the seeds); what they are, in words."""
    dev = POLNEAR / "dev.jsonl"
    if not dev.is_file():
        return str(ROOT / "seeds")
    folder.mkdir()
    for n, line in enumerate(dev.read_text("utf-8").splitlines()):
        record = json.loads(line)
        article = {
            "title": record["title"],
            "body": record["text"],
            "source": record.get("publisher"),
            "published": record.get("date"),
        }
        (folder / f"{n:03d}.json").write_text(json.dumps(article), "utf-8")
    return str(folder)


def command(mock: MockSlack, name: str, text: str, number: int) -> str:
    """A signed slash command's body whose answer goes to a response_url of its own."""
    return urlencode(
        {
            "token": "legacy",
            "team_id": "T0NEWS",
            "team_domain": "newsroom",
            "channel_id": "C0NEWSDESK",
            "channel_name": "newsdesk",
            "user_id": "U0REPORTER",
            "user_name": "reporter",
            "command": name,
            "text": text,
            "api_app_id": "A0NEWS",
            "response_url": mock.response_url(f"n{number}"),
            "trigger_id": "1.2.3",
        }
    )


def wait_healthy(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"newsbrief serve exited: {server.stderr.read().decode()}")  # type: ignore[union-attr]
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1) as response:
                response.read()
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("newsbrief serve did not start")


def ms(seconds: float) -> float:
    return seconds * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--commands", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-serve-") as tmp:
        work = Path(tmp)
        db = work / "serve.db"
        source = write_articles(work / "articles")
        env = {**os.environ, "NEWSBRIEF_LOG_LEVEL": "WARNING"}
        started = time.perf_counter()
        ingest = subprocess.run(
            [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", source],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
        )
        if ingest.returncode != 0:
            raise SystemExit(f"ingest failed:\n{ingest.stdout}{ingest.stderr}")
        summary = ingest.stdout.strip().splitlines()[-1]
        print(f"store: {summary} from {source} ({time.perf_counter() - started:.0f} s)")
        with mock_slack_server() as mock:
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
                [sys.executable, "-m", "bot.cli", "--db", str(db), "serve", "--http",
                 "--port", str(port)],
                cwd=work,
                env=serve_env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )  # fmt: skip
            memory = ProcessTreeMemory(server.pid).start()
            try:
                url = f"http://127.0.0.1:{port}"
                wait_healthy(url, server)
                health, acks, answers = [], [], []
                for _ in range(20):
                    begun = time.perf_counter()
                    with urllib.request.urlopen(url + "/healthz") as response:
                        response.read()
                    health.append(time.perf_counter() - begun)
                for number in range(args.commands):
                    name, text = COMMANDS[number % len(COMMANDS)]
                    body = command(mock, name, text, number)
                    begun = time.perf_counter()
                    status, _, _ = post(url + "/slack/events", body, signed_headers(body), FORM)
                    acked = time.perf_counter()
                    if status != 200:
                        raise SystemExit(f"{name} {text}: HTTP {status}")
                    calls = mock.wait_for(lambda m, n=number: m.of(f"/response_url/n{n}"), 60)
                    acks.append(acked - begun)
                    answers.append(calls[0].received - begun)
                memory.sample()
            finally:
                server.terminate()
                server.wait(timeout=30)
                memory.stop()
        rss = memory.peaks.get(server.pid, 0.0)
        h50 = ms(percentile(health, 50))
        a50, a95 = ms(percentile(acks, 50)), ms(percentile(acks, 95))
        r50, r95 = ms(percentile(answers, 50)), ms(percentile(answers, 95))
        print(f"{args.commands} slash commands over HTTP, one at a time")
        print(f"healthz round trip  p50 {h50:7.1f} ms  (baseline)")
        print(
            f"ack                 p50 {a50:7.1f} ms  p95 {a95:7.1f} ms  "
            f"({a50 / h50:.1f}x healthz; target p95 < 300 ms)"
        )
        print(f"full answer         p50 {r50:7.1f} ms  p95 {r95:7.1f} ms  (target p95 < 1000 ms)")
        print(f"serving process peak RSS {rss:.0f} MB (target <= 400 MB)")
        print(
            f"serve: ack p95 {a95:.0f} ms, answer p95 {r95:.0f} ms over {args.commands} "
            f"commands, serving RSS {rss:.0f} MB"
        )


if __name__ == "__main__":
    main()
