"""Migrations go up and down on a fresh database, and the schema guards money."""

import uuid

import psycopg
import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from storage import migrate
from storage.db import sync_engine
from storage.embedded_postgres import EmbeddedPostgres
from storage.models import Base


@pytest.fixture
def fresh_database_url(infra) -> str:
    pg: EmbeddedPostgres = infra.postgres
    name = f"mig_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg.url(driver="", database="postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg.url(database=name)
    with psycopg.connect(pg.url(driver="", database="postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def tables(url: str) -> set[str]:
    engine = sync_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_creates_every_model_table_and_pgvector(fresh_database_url: str):
    migrate.upgrade(fresh_database_url)
    assert migrate.current_revision(fresh_database_url) == migrate.head_revision()
    assert set(Base.metadata.tables) <= tables(fresh_database_url)
    engine = sync_engine(fresh_database_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT extversion FROM pg_extension WHERE extname='vector'")
                            ).scalar() == "0.8.6"
    engine.dispose()


def test_downgrade_to_base_removes_everything_and_upgrade_again_works(fresh_database_url: str):
    migrate.upgrade(fresh_database_url)
    migrate.downgrade(fresh_database_url, "base")
    assert migrate.current_revision(fresh_database_url) is None
    assert tables(fresh_database_url) <= {"alembic_version"}
    migrate.upgrade(fresh_database_url)
    assert set(Base.metadata.tables) <= tables(fresh_database_url)


def test_models_and_migrations_agree(database_url: str):
    """Autogenerate finds nothing to do: the models are what the migrations built."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = sync_engine(database_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def _user(connection, balance: int = 0) -> uuid.UUID:
    user_id = uuid.uuid4()
    connection.execute(text("INSERT INTO users (id, email, display_name, role, credit_balance) "
                            "VALUES (:id, :email, '', 'creator', :b)"),
                       {"id": user_id, "email": f"{user_id}@example.com", "b": balance})
    return user_id


def test_balance_can_never_go_below_zero(connection):
    user_id = _user(connection, balance=3)
    with pytest.raises(IntegrityError, match="balance_not_negative"):
        connection.execute(text("UPDATE users SET credit_balance = credit_balance - 4 "
                                "WHERE id = :id"), {"id": user_id})


def test_ledger_rows_cannot_be_rewritten(connection):
    user_id = _user(connection)
    connection.execute(text("INSERT INTO credit_ledger (user_id, kind, delta, balance_after, note)"
                            " VALUES (:u, 'grant', 5, 5, '')"), {"u": user_id})
    savepoint = connection.begin_nested()
    with pytest.raises(DBAPIError, match="append-only"):
        connection.execute(text("UPDATE credit_ledger SET delta = 500 WHERE user_id = :u"),
                           {"u": user_id})
    savepoint.rollback()
    with pytest.raises(DBAPIError, match="append-only"):
        connection.execute(text("DELETE FROM credit_ledger WHERE user_id = :u"), {"u": user_id})
