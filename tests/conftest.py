"""Session-wide real servers: one embedded Postgres and one embedded Redis per test run.

Each test that touches the database gets its own transaction, rolled back at the end
(`db` fixture), so tests never see each other's rows.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from kernel.runtime import tune_process
from kernel.settings import Settings
from routix.infrastructure import Infrastructure
from storage import migrate
from storage.db import sync_engine
from tests.support import free_port

tune_process()


@pytest.fixture(scope="session", autouse=True)
def no_clusters_left_behind() -> Iterator[None]:
    """Tests whose data dir sits in a private temp folder (pytest's, as root) get a cluster
    under the server dir (storage/embedded_postgres.py); remove the ones this run made."""
    clusters = Settings(_env_file=None).server_dir / "clusters"
    before = set(clusters.iterdir()) if clusters.exists() else set()
    yield
    for made in (set(clusters.iterdir()) if clusters.exists() else set()) - before:
        shutil.rmtree(made, ignore_errors=True)


@pytest.fixture(scope="session")
def data_dir() -> Iterator[Path]:
    # Not under pytest's basetemp: a second pytest run on the machine prunes old basetemps,
    # which would delete a live Postgres data dir under this session.
    path = Path(tempfile.mkdtemp(prefix="routix-test-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Settings:
    # _env_file=None: a developer's .env must not leak into tests.
    return Settings(_env_file=None, data_dir=data_dir, database_url=None, redis_url=None,
                    openai_api_key=None, google_api_key=None, midjourney_url=None,
                    stripe_secret_key=None, port=free_port())


@pytest.fixture(scope="session")
def infra(settings: Settings) -> Iterator[Infrastructure]:
    infrastructure = Infrastructure.from_settings(settings)
    assert infrastructure.postgres is not None
    # Durability is not under test; skipping fsync makes migrations and fixtures faster.
    infrastructure.postgres.options.update(fsync="off", synchronous_commit="off",
                                          full_page_writes="off")
    infrastructure.start()
    migrate.upgrade(infrastructure.database_url)
    yield infrastructure
    infrastructure.stop()


@pytest.fixture(scope="session")
def database_url(infra: Infrastructure) -> str:
    return infra.database_url


@pytest.fixture(scope="session")
def redis_url(infra: Infrastructure) -> str:
    return infra.redis_url


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    eng = sync_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that is rolled back after the test."""
    with engine.connect() as conn:
        outer = conn.begin()
        try:
            yield conn
        finally:
            outer.rollback()


@pytest.fixture
def db(connection: Connection) -> Iterator[Session]:
    """An ORM session whose commits become savepoints of the rolled-back outer transaction."""
    with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
        yield session


_redis_db = 0


def with_db(redis_url: str, db: int) -> str:
    base = redis_url.split("?")[0]
    return f"{base}?db={db}" if base.startswith("unix:") else f"{base.rsplit('/', 1)[0]}/{db}"


@pytest.fixture(scope="module")
def fresh_services(infra: Infrastructure, settings: Settings):
    """Services on a database and object folder of their own (for tests that commit)."""
    import asyncio
    import uuid

    import psycopg

    from services import Services

    pg = infra.postgres
    name = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg.url(driver="", database="postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg.url(database=name)
    migrate.upgrade(url)
    own = settings.model_copy(update={"data_dir": settings.data_path / name})
    # A Redis database of its own too, so this module's workers never take another's jobs.
    global _redis_db
    _redis_db += 1
    services = Services.open(own, database_url=url, redis_url=with_db(infra.redis_url, _redis_db))
    yield services
    asyncio.run(services.engine.dispose())
    with psycopg.connect(pg.url(driver="", database="postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
