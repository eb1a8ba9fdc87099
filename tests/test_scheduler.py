"""Background jobs: the feed poll registered once under a stable id, with coalescing, no
overlap and a misfire grace time; started for a running bot, it polls the feeds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from bot.scheduler import (
    FEED_POLL_JOB_ID,
    REGISTRARS,
    build_scheduler,
    poll_feeds_job,
    register_feed_jobs,
    register_jobs,
    start_background_jobs,
    stop_background_jobs,
)
from storage.db import Store
from tests import pages
from tests.webserver import LoopbackServer, Route, serving, wait_for
from work.ingest.feeds import add_feed_url
from work.settings import Settings


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    with serving("127.0.0.1") as server:
        server.routes["/library.html"] = Route(pages.other_page())
        server.routes["/feed.xml"] = Route(
            pages.rss_feed("City news", [("Library", server.url("/library.html"), "s")]),
            content_type="application/rss+xml",
        )
        yield server


def settings(**env: str) -> Settings:
    return Settings.from_env({"NEWSBRIEF_ALLOW_HOSTS": "127.0.0.1", **env}, None)


def test_feed_poll_job_options(store: Store) -> None:
    scheduler = build_scheduler()
    scheduler.start(paused=True)
    try:
        register_feed_jobs(scheduler, settings(NEWSBRIEF_FEED_POLL_MINUTES="30"), store)
        register_feed_jobs(scheduler, settings(NEWSBRIEF_FEED_POLL_MINUTES="30"), store)
        jobs = scheduler.get_jobs()
    finally:
        scheduler.shutdown()
    assert [j.id for j in jobs] == [FEED_POLL_JOB_ID]  # registering again replaces
    job = jobs[0]
    assert job.coalesce is True and job.max_instances == 1
    assert job.misfire_grace_time == 15 * 60
    assert job.trigger.interval.total_seconds() == 30 * 60
    assert job.func is poll_feeds_job


def test_registrars_include_the_feed_poll(store: Store) -> None:
    assert register_feed_jobs in REGISTRARS
    scheduler = BackgroundScheduler()
    register_jobs(scheduler, settings(), store)
    assert FEED_POLL_JOB_ID in {j.id for j in scheduler.get_jobs()}


def test_the_job_function_polls_due_feeds(site: LoopbackServer, store: Store) -> None:
    add_feed_url(store, settings(), site.url("/feed.xml"))
    poll_feeds_job(store, settings())
    assert "/library.html" in site.paths_hit()
    count = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert count == 1
    poll_feeds_job(store, settings())  # just polled: not due again yet
    assert site.paths_hit().count("/feed.xml") == 1


def test_started_jobs_poll_at_once_and_stop(site: LoopbackServer, store: Store) -> None:
    add_feed_url(store, settings(), site.url("/feed.xml"))
    scheduler = start_background_jobs(store, settings())
    try:
        assert scheduler.running
        assert wait_for(
            lambda: store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1, 60
        )
    finally:
        stop_background_jobs(scheduler, wait=True)
    assert not scheduler.running


def test_a_failing_poll_never_raises(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("model missing")

    monkeypatch.setattr("work.ingest.feeds.poll_feeds", broken)
    poll_feeds_job(store, settings())  # logs, does not raise
