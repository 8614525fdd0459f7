"""Conversation checkpoints in our Postgres (LangGraph's AsyncPostgresSaver).

A thread survives restarts and resumes mid-interrupt. The saver creates its own tables
(`checkpoints`, `checkpoint_blobs`, `checkpoint_writes`, `checkpoint_migrations`) with its own
versioned migrations on `setup()`; ours leave them alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from storage.db import libpq_url


async def open_checkpointer(database_url: str, allowed: Iterable[type] = ()
                            ) -> tuple[AsyncPostgresSaver, AsyncConnectionPool]:
    """The saver on its own pool; `allowed` are the only classes a checkpoint may revive."""
    pool = AsyncConnectionPool(
        libpq_url(database_url), min_size=1, max_size=10, open=False,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row})
    await pool.open()
    serde = JsonPlusSerializer(allowed_msgpack_modules=list(allowed) or None)
    saver = AsyncPostgresSaver(pool, serde=serde)  # type: ignore[arg-type]
    await saver.setup()
    return saver, pool
