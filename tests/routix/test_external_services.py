"""With DATABASE_URL and REDIS_URL set, Routix talks to ordinary servers over TCP.

The "ordinary servers" are the same Postgres and Redis binaries, started here as plain TCP
servers on loopback, so the test needs no system packages and behaves the same in CI.
"""

from pathlib import Path

import pytest
import redis

from kernel.settings import Settings
from routix.doctor import run_checks
from routix.infrastructure import Infrastructure
from storage import migrate
from storage.embedded_postgres import EmbeddedPostgres
from storage.embedded_redis import EmbeddedRedis
from tests.support import free_port


@pytest.fixture(scope="module")
def tcp_servers(tmp_path_factory):
    root = tmp_path_factory.mktemp("external")
    pg = EmbeddedPostgres(root / "pg", tcp_port=free_port(), extra_options={"fsync": "off"})
    rd = EmbeddedRedis(root / "redis", tcp_port=free_port())
    pg.start()
    rd.start()
    yield f"postgresql://postgres@127.0.0.1:{pg.tcp_port}/routix", rd.url()
    rd.stop()
    pg.discard()


def test_external_urls_start_nothing_embedded(tcp_servers, tmp_path: Path):
    db_url, redis_url = tcp_servers
    settings = Settings(_env_file=None, data_dir=tmp_path, database_url=db_url,
                        redis_url=redis_url)
    infra = Infrastructure.from_settings(settings)
    assert infra.postgres is None and infra.redis is None
    infra.start()
    assert infra.database_url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    assert not (tmp_path / "postgres").exists() and not (tmp_path / "redis").exists()
    assert infra.stop() == []


def test_migrations_and_doctor_work_over_tcp(tcp_servers, tmp_path: Path):
    db_url, redis_url = tcp_servers
    settings = Settings(_env_file=None, data_dir=tmp_path, database_url=db_url,
                        redis_url=redis_url)
    infra = Infrastructure.from_settings(settings).start()
    migrate.upgrade(infra.database_url)
    checks = {c.component: c for c in run_checks(settings)}
    assert checks["postgres"].ok and "127.0.0.1" in checks["postgres"].detail
    assert "pgvector 0.8.6" in checks["postgres"].detail
    assert checks["schema"].ok
    assert checks["redis"].ok and redis_url in checks["redis"].detail
    assert redis.Redis.from_url(redis_url).ping()
