"""Database URLs, engines and the start-up checks that turn driver errors into sentences."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from kernel.errors import ConfigurationError, ServiceUnavailable

DRIVER = "postgresql+psycopg"  # psycopg 3 serves sync, async, the checkpointer and pgvector


def normalise_url(url: str) -> str:
    """Accept the usual spellings (postgres://, postgresql://, +asyncpg) and use psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError(f"DATABASE_URL is not a database URL: {url!r}.") from exc
    if parsed.get_backend_name() not in ("postgres", "postgresql"):
        raise ConfigurationError(
            f"DATABASE_URL must point at PostgreSQL (with pgvector), not {parsed.drivername}."
        )
    return parsed.set(drivername=DRIVER).render_as_string(hide_password=False)


def libpq_url(url: str) -> str:
    """The same URL without the SQLAlchemy driver suffix (for psycopg / LangGraph directly)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def redacted(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def sync_engine(url: str, **kwargs: object) -> Engine:
    return create_engine(url, pool_pre_ping=True, **kwargs)


def async_engine(url: str, **kwargs: object) -> AsyncEngine:
    return create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, **kwargs)


def session_factory(engine: AsyncEngine) -> async_sessionmaker:
    return async_sessionmaker(engine, expire_on_commit=False)


@dataclass(frozen=True)
class PostgresInfo:
    server_version: str
    pgvector_available: str | None  # version the server could install
    pgvector_installed: str | None  # version installed in this database


def inspect_postgres(url: str) -> PostgresInfo:
    """Connect once and report versions; raise ServiceUnavailable with what to do if we can't."""
    engine = sync_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one()
            available = conn.execute(
                text("SELECT default_version FROM pg_available_extensions WHERE name = 'vector'")
            ).scalar()
            installed = conn.execute(
                text("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
            ).scalar()
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ServiceUnavailable(
            f"Cannot reach the database at {redacted(url)} ({reason}). Check DATABASE_URL, "
            "or unset it to use the embedded Postgres."
        ) from exc
    finally:
        engine.dispose()
    return PostgresInfo(str(version).split()[0], available, installed)


def require_pgvector(info: PostgresInfo, url: str) -> None:
    if info.pgvector_available is None:
        raise ServiceUnavailable(
            f"The database at {redacted(url)} has no pgvector extension. Install pgvector on "
            "that server (e.g. the postgresql-NN-pgvector package), or unset DATABASE_URL to "
            "use the embedded Postgres, which has it."
        )
