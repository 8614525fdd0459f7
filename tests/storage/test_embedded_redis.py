import os
import signal
from pathlib import Path

import pytest
import redis

from storage.embedded_redis import EmbeddedRedis
from tests.support import wait_until


@pytest.fixture
def server(tmp_path: Path):
    srv = EmbeddedRedis(tmp_path / "redis")
    yield srv
    srv.stop()


def test_starts_once_then_reuses(server: EmbeddedRedis):
    assert server.start() is True
    assert server.start() is False
    client = redis.Redis.from_url(server.url())
    assert client.info("server")["redis_version"].startswith("6.2")


def test_recovers_after_kill_9_and_keeps_data(server: EmbeddedRedis):
    server.start()
    client = redis.Redis.from_url(server.url())
    client.set("kept", "yes")
    client.execute_command("BGREWRITEAOF")
    wait_until(lambda: client.info("persistence")["aof_rewrite_in_progress"] == 0)
    os.kill(server.running_pid(), signal.SIGKILL)
    wait_until(lambda: server.running_pid() is None)
    assert server.start() is True
    assert redis.Redis.from_url(server.url()).get("kept") == b"yes"


def test_stop(server: EmbeddedRedis):
    server.start()
    assert server.stop() is True
    assert server.running_pid() is None
    assert server.stop() is False
